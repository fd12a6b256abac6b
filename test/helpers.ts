import { lintThankYou } from '../src/index.js'
import type { Finding, LintOptions, ThankYouContext } from '../src/types.js'

/** Findings of one rule, reduced to what tests assert: the flagged text and where it is. */
export function findingsOf(
  ruleId: string,
  draft: string,
  context?: ThankYouContext,
  options?: LintOptions,
): { actual: string | undefined; start: number | undefined; end: number | undefined; finding: Finding }[] {
  return lintThankYou(draft, context, options)
    .findings.filter((finding) => finding.ruleId === ruleId)
    .map((finding) => ({
      actual: finding.position
        ? draft.slice(finding.position.start.offset, finding.position.end.offset)
        : undefined,
      start: finding.position?.start.offset,
      end: finding.position?.end.offset,
      finding,
    }))
}

/** The offset of the `occurrence`-th (0-based) appearance of `needle` in `haystack`; throws when absent. */
export function offsetOf(haystack: string, needle: string, occurrence = 0): number {
  let index = -1
  for (let i = 0; i <= occurrence; i++) {
    index = haystack.indexOf(needle, index + 1)
    if (index === -1) throw new Error(`"${needle}" not found in draft`)
  }
  return index
}
