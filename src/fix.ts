import { CHECKERS } from './checkers.js'
import { lintThankYou } from './lint.js'
import type { CheckerName, Finding, LintOptions, LintReport, ThankYouContext } from './types.js'
import { fail, isRecord } from './validate.js'

/** What `applyFixes` did with the findings' fixes. */
export interface AppliedFixes {
  /** The draft with every applied fix written in. */
  output: string
  /** Findings whose fix was applied, in draft order. */
  applied: Finding[]
  /** Findings whose fix was not: it overlaps a fix applied before it, or its range lies outside the draft. */
  skipped: Finding[]
}

/**
 * Writes the findings' fixes into the draft they were found in. Fixes are taken in draft order;
 * a fix whose range overlaps one already taken is skipped (of two overlapping fixes, the first
 * wins), as is one whose range does not lie inside the draft. The rest are applied together, as
 * if from the end backwards, so no fix moves another's offsets. Findings without a fix are
 * neither applied nor skipped. Runs in time linear in the draft plus n log n in the fixes.
 *
 * @throws {TypeError} when `draft` is not a string, `findings` not an array, or a fix is malformed;
 *   the message names the field.
 */
export function applyFixes(draft: string, findings: readonly Finding[]): AppliedFixes {
  if (typeof draft !== 'string') fail('draft', 'a string', draft)
  if (!Array.isArray(findings)) fail('findings', 'an array of findings', findings)
  const candidates: { finding: Finding; start: number; end: number; text: string; order: number }[] = []
  const skipped: Finding[] = []
  for (const [order, finding] of findings.entries()) {
    const record: unknown = finding
    if (!isRecord(record)) fail(`findings[${order}]`, 'a finding object', finding)
    const fix: unknown = record.fix
    if (fix === undefined) continue
    const path = `findings[${order}].fix`
    if (!isRecord(fix)) fail(path, 'an object { range, text }', fix)
    const range: unknown = fix.range
    if (!Array.isArray(range) || range.length !== 2 || !range.every(Number.isInteger)) {
      fail(`${path}.range`, 'a pair of whole numbers [start, end]', range)
    }
    if (typeof fix.text !== 'string') fail(`${path}.text`, 'a string', fix.text)
    const [start, end] = range as [number, number]
    if (start < 0 || end < start || end > draft.length) {
      skipped.push(finding)
      continue
    }
    candidates.push({ finding, start, end, text: fix.text, order })
  }
  candidates.sort((a, b) => a.start - b.start || a.order - b.order)

  const applied: Finding[] = []
  const pieces: string[] = []
  let reach = 0
  let lastStart = -1
  for (const candidate of candidates) {
    // Two insertions at one offset would depend on their order: only the first is certain.
    const overlaps =
      candidate.start < reach || (candidate.start === lastStart && candidate.start === candidate.end)
    if (overlaps) {
      skipped.push(candidate.finding)
      continue
    }
    pieces.push(draft.slice(reach, candidate.start), candidate.text)
    reach = candidate.end
    lastStart = candidate.start
    applied.push(candidate.finding)
  }
  pieces.push(draft.slice(reach))
  return { output: pieces.join(''), applied, skipped }
}

/** Options of `fixThankYou`: those of `lintThankYou`, and which checkers' fixes to apply. */
export interface FixOptions extends LintOptions {
  /** Apply only the fixes of these checkers, e.g. `['grammar']`. Default: every checker's. */
  fixTypes?: CheckerName[]
}

/** What `fixThankYou` returns. */
export interface FixResult {
  /** The draft with every certain repair made. */
  output: string
  /** Whether `output` differs from the draft. */
  fixed: boolean
  /** How many fixes were applied, over all passes. */
  applied: number
  /** Lint passes that applied fixes (at most `MAX_FIX_PASSES`). */
  passes: number
  /** The findings that remain in `output`, positions in `output`. */
  findings: Finding[]
  /** The full report on `output`. */
  report: LintReport
}

/** Passes `fixThankYou` makes at most, as ESLint's `--fix` does. */
export const MAX_FIX_PASSES = 10

const CHECKER_NAMES: readonly string[] = CHECKERS.map((checker) => checker.name)

/**
 * Lints the draft, applies every certain fix, and lints again until no fix is left or a pass
 * changes nothing, at most ten passes (a fix may reveal another: "a a apple" becomes "a apple",
 * then "an apple"). Returns the fixed text with the findings that remain in it. Pure and
 * synchronous, like `lintThankYou`.
 *
 * @throws {TypeError} as `lintThankYou` does, or when `options.fixTypes` names no checker.
 */
export function fixThankYou(draft: string, context?: ThankYouContext, options?: FixOptions): FixResult {
  let lintOptions: LintOptions | undefined = options
  let types: ReadonlySet<string> | undefined
  if (isRecord(options) && options.fixTypes !== undefined) {
    const { fixTypes, ...rest } = options
    if (!Array.isArray(fixTypes) || fixTypes.some((name) => !CHECKER_NAMES.includes(name))) {
      fail('options.fixTypes', `an array of checker names (${CHECKER_NAMES.join(', ')})`, fixTypes)
    }
    types = new Set(fixTypes)
    lintOptions = rest
  }
  let text = draft
  let report = lintThankYou(text, context, lintOptions)
  let passes = 0
  let applied = 0
  while (passes < MAX_FIX_PASSES) {
    const fixable = report.findings.filter(
      (finding) => finding.fix !== undefined && (types === undefined || types.has(finding.checker)),
    )
    if (fixable.length === 0) break
    const result = applyFixes(text, fixable)
    if (result.output === text) break
    text = result.output
    applied += result.applied.length
    passes++
    report = lintThankYou(text, context, lintOptions)
  }
  return { output: text, fixed: text !== draft, applied, passes, findings: report.findings, report }
}
