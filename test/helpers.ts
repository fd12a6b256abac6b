import { lintThankYou } from '../src/index.js'
import type { CheckerName, Finding, LintOptions, ThankYouContext } from '../src/types.js'

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

/** A finding as the checkers' mutation tests compare it, whole: `[ruleId, actual, start, end, expected, message]`. */
export type FindingRow = [
  ruleId: string,
  actual: string | undefined,
  start: number | undefined,
  end: number | undefined,
  expected: string[] | undefined,
  message: string,
]

/** Every finding of one checker as a `FindingRow`, in report order. */
export function findingRows(
  checker: CheckerName,
  draft: string,
  context?: ThankYouContext,
  options?: LintOptions,
): FindingRow[] {
  return lintThankYou(draft, context, options)
    .findings.filter((finding) => finding.checker === checker)
    .map((finding) => [
      finding.ruleId,
      finding.actual,
      finding.position?.start.offset,
      finding.position?.end.offset,
      finding.expected,
      finding.message,
    ])
}

/**
 * The `FindingRow` expected for `needle`, located in `draft` by text rather than by a typed offset:
 * its `occurrence`-th appearance, or, given a string, the appearance right after that text.
 */
export function rowAt(
  draft: string,
  ruleId: string,
  needle: string,
  expected: string[] | undefined,
  message: string,
  where: number | string = 0,
): FindingRow {
  const start =
    typeof where === 'string'
      ? offsetOf(draft, where + needle) + where.length
      : offsetOf(draft, needle, where)
  return [ruleId, needle, start, start + needle.length, expected, message]
}

/** A checker issue's span, which every accuracy issue has; fails the test if one has none. */
export function spanOf(issue: { span?: { start: number; end: number } | undefined }): {
  start: number
  end: number
} {
  if (!issue.span) throw new Error(`issue without a span: ${JSON.stringify(issue)}`)
  return issue.span
}
