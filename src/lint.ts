import type { CheckEnvironment, Checker, Issue } from './checker.js'
import { ruleUrl } from './checker.js'
import { CHECKERS, rules } from './checkers.js'
import { computeStats } from './checks/length/measure.js'
import {
  applyDirectives,
  findDirectives,
  findingToDraft,
  positionToDraft,
  type Stripped,
  stripDirectives,
} from './directives.js'
import { parseDocument, type ThankYouDocument } from './document.js'
import { splitLines } from './text/lines.js'
import type {
  CheckerName,
  CoverageReport,
  Finding,
  LintOptions,
  LintReport,
  RuleMeta,
  Severity,
  ThankYouContext,
} from './types.js'
import { validateContext, validateOptions } from './validate.js'

/** Drafts longer than this are refused with one finding, so no input can stall a caller. */
export const DEFAULT_MAX_LENGTH = 100_000

const RULES_BY_ID: ReadonlyMap<string, RuleMeta> = new Map(rules.map((rule) => [rule.id, rule]))

const NOT_COVERED: CoverageReport = {
  appreciation: { covered: false },
  interest: { covered: false },
  contribution: { covered: false },
  specifics: { covered: false },
}

/**
 * Lints a thank-you email against the interview context. Synchronous and pure: the same draft,
 * context and options always give the same report.
 *
 * @throws {TypeError} when `draft` is not a string, or `context` or `options` is malformed; the
 *   message names the field.
 */
export function lintThankYou(draft: string, context?: ThankYouContext, options?: LintOptions): LintReport {
  return lintWithDocument(draft, context, options).report
}

/** What `lintThankYou` reports, with the parsed document (of the draft less its directives). */
export interface LintRun {
  report: LintReport
  /** Undefined when the draft was too large to lint. */
  document?: ThankYouDocument
  /** Maps offsets of `document.text` back to the draft, when directives were cut from it. */
  stripped?: Stripped
}

/** `lintThankYou`, keeping the document for callers that read more of it (`lintThankYouBatch`). */
export function lintWithDocument(draft: string, context?: ThankYouContext, options?: LintOptions): LintRun {
  if (typeof draft !== 'string') {
    throw new TypeError(`draft must be a string, got ${draft === null ? 'null' : typeof draft}`)
  }
  const environmentContext = validateContext(context) ?? {}
  validateOptions(options, CHECKERS)
  const settings = options ?? {}

  const maxLength = settings.maxLength ?? DEFAULT_MAX_LENGTH
  if (draft.length > maxLength) return { report: refuseLargeDraft(draft, maxLength) }

  if (isBlank(draft)) {
    const document = parseDocument(draft)
    return { report: emptyDraft(document, settings), document }
  }

  const directives = settings.allowInlineConfig === false ? [] : findDirectives(draft)
  if (directives.length === 0) {
    const document = parseDocument(draft)
    return { report: lintDocument(document, environmentContext, settings), document }
  }

  // Lint the draft without its comments, then put every position back where it is in the draft.
  const stripped = stripDirectives(draft, directives)
  const document = parseDocument(stripped.text)
  const report = lintDocument(document, environmentContext, settings)
  const lines = splitLines(draft)
  const moved = report.findings.map((finding) => findingToDraft(finding, stripped, lines))
  const outcome = applyDirectives(
    moved,
    directives,
    draft,
    (ruleId) => RULES_BY_ID.has(ruleId),
    settings.reportUnusedDisableDirectives === true,
  )
  const problems: Finding[] = []
  for (const problem of outcome.problems) {
    const severity = resolveSeverity(problem.ruleId, undefined, settings)
    if (severity !== undefined) problems.push({ ...problem, severity })
  }
  const findings = [...outcome.findings, ...problems].sort(compareFindings)
  const coverage = { ...report.coverage }
  for (const point of Object.keys(coverage) as (keyof CoverageReport)[]) {
    const result = coverage[point]
    if (result.evidence)
      coverage[point] = { ...result, evidence: positionToDraft(result.evidence, stripped, lines) }
  }
  return {
    report: { ...report, ok: !findings.some((finding) => finding.severity === 'error'), findings, coverage },
    document,
    stripped,
  }
}

function lintDocument(
  document: ThankYouDocument,
  context: ThankYouContext,
  settings: LintOptions,
): LintReport {
  const environment: CheckEnvironment = {
    context,
    template: settings.template ?? false,
    isRuleEnabled: (ruleId) =>
      RULES_BY_ID.has(ruleId) && resolveSeverity(ruleId, undefined, settings) !== undefined,
  }

  const findingsByChecker = new Map<CheckerName, Finding[]>()
  let coverage = NOT_COVERED
  for (const checker of CHECKERS) {
    if (settings.checkers?.[checker.name] === false) continue
    const checkerOptions = { ...checker.defaults, ...(settings[checker.name as keyof LintOptions] as object) }
    const issues = checker.check(document, environment, checkerOptions)
    findingsByChecker.set(checker.name, toFindings(checker, issues, document, settings))
    if (checker.coverage) coverage = checker.coverage(document, environment, checkerOptions)
  }

  const findings = dropYieldedFindings(findingsByChecker).sort(compareFindings)
  return {
    ok: !findings.some((finding) => finding.severity === 'error'),
    findings,
    stats: computeStats(document),
    coverage,
  }
}

function toFindings(
  checker: Checker,
  issues: readonly Issue[],
  document: ThankYouDocument,
  settings: LintOptions,
): Finding[] {
  const findings: Finding[] = []
  for (const issue of issues) {
    const severity = resolveSeverity(issue.ruleId, issue.severity, settings)
    if (severity === undefined) continue
    const finding: Finding = {
      checker: checker.name,
      ruleId: issue.ruleId,
      severity,
      message: oneLine(issue.message),
    }
    if (issue.span) finding.position = document.position(issue.span)
    if (issue.actual !== undefined) finding.actual = issue.actual
    if (issue.expected !== undefined) finding.expected = issue.expected.slice(0, 5)
    finding.url = ruleUrl(checker.name, issue.ruleId)
    if (issue.fix) finding.fix = { range: [issue.fix.span.start, issue.fix.span.end], text: issue.fix.text }
    findings.push(finding)
  }
  return findings
}

/**
 * Messages are one line whatever they quote: a context name or a placeholder may hold a line
 * break (`{ candidate: { name: 'Jo\nLee' } }` is a valid context).
 */
function oneLine(message: string): string {
  return message.replace(/[\n\v\f\r\u0085\u2028\u2029]+/g, ' ')
}

/** The user's setting wins over the finding's own severity, which wins over the rule's default. */
export function resolveSeverity(
  ruleId: string,
  own: Severity | undefined,
  settings: LintOptions,
): Severity | undefined {
  const rule = RULES_BY_ID.get(ruleId)
  if (!rule) throw new Error(`thank-you-lint: checker reported unregistered rule "${ruleId}"`)
  if (settings.checkers?.[rule.checker] === false) return undefined
  const setting = settings.rules?.[ruleId]
  if (setting === 'off' || setting === false) return undefined
  if (setting === 'error' || setting === 'warning' || setting === 'info') return setting
  return own ?? rule.defaultSeverity
}

/** A checker that yields to another drops its findings on a span the other already reports. */
function dropYieldedFindings(findingsByChecker: ReadonlyMap<CheckerName, Finding[]>): Finding[] {
  const all: Finding[] = []
  for (const checker of CHECKERS) {
    const own = findingsByChecker.get(checker.name)
    if (!own) continue
    const taken = new Set<string>()
    for (const other of checker.yieldsTo ?? []) {
      for (const finding of findingsByChecker.get(other) ?? []) {
        if (finding.position) taken.add(spanKey(finding))
      }
    }
    for (const finding of own) if (!finding.position || !taken.has(spanKey(finding))) all.push(finding)
  }
  return all
}

function spanKey(finding: Finding): string {
  return `${finding.position?.start.offset}:${finding.position?.end.offset}`
}

const CHECKER_ORDER = new Map(CHECKERS.map((checker, index) => [checker.name, index]))

export function compareFindings(a: Finding, b: Finding): number {
  const aStart = a.position?.start.offset ?? -1
  const bStart = b.position?.start.offset ?? -1
  return (
    aStart - bStart ||
    (a.position?.end.offset ?? -1) - (b.position?.end.offset ?? -1) ||
    (CHECKER_ORDER.get(a.checker) ?? 0) - (CHECKER_ORDER.get(b.checker) ?? 0) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  )
}

/** Whether the draft holds nothing but white space (`\s` and the invisible format characters). */
function isBlank(draft: string): boolean {
  for (let index = 0; index < draft.length; index++) {
    if (!BLANK.test(draft.charAt(index))) return false
  }
  return true
}

const BLANK = /[\s\u200b-\u200d\u2060\ufeff]/

/**
 * A blank draft has no letter to check: one `empty-draft` finding (unless the rule is off)
 * rather than a pass that a mistyped template or an empty file would slip through.
 */
function emptyDraft(document: ThankYouDocument, settings: LintOptions): LintReport {
  const structure = CHECKERS.find((checker) => checker.name === 'structure')
  if (!structure) throw new Error('thank-you-lint: the structure checker is not registered')
  const issue: Issue = {
    ruleId: 'empty-draft',
    message: 'The draft is empty; write the letter before linting it',
  }
  const findings =
    settings.checkers?.structure === false ? [] : toFindings(structure, [issue], document, settings)
  return {
    ok: !findings.some((finding) => finding.severity === 'error'),
    findings,
    stats: computeStats(document),
    coverage: NOT_COVERED,
  }
}

function refuseLargeDraft(draft: string, maxLength: number): LintReport {
  return {
    ok: false,
    findings: [
      {
        checker: 'length',
        ruleId: 'draft-too-large',
        severity: 'error',
        message: `The draft has ${draft.length} characters, more than the limit of ${maxLength}; it was not linted. Lint the letter alone, or raise the limit (options.maxLength; --max-length on the command line)`,
        url: ruleUrl('length', 'draft-too-large'),
      },
    ],
    stats: { words: 0, sentences: 0, paragraphs: 0, pageFraction: 0 },
    coverage: NOT_COVERED,
  }
}
