import type { Span, ThankYouDocument } from './document.js'
import type { CheckerName, CoverageReport, RuleMeta, Severity, ThankYouContext } from './types.js'

/** Where the rule documentation lives: one page per checker, `docs/rules/<checker>.md`. */
export const DOCS_URL = 'https://github.com/thank-you-lint/thank-you-lint/blob/main/docs/rules/'

/** A rule's documentation: its section (anchor `#<rule-id>`) in its checker's page. */
export function ruleUrl(checker: CheckerName, ruleId: string): string {
  return `${DOCS_URL}${checker}.md#${ruleId}`
}

/** What a check reports; the pipeline adds the checker, final severity, positions and URL. */
export interface Issue {
  ruleId: string
  message: string
  /** Absent for findings about the letter as a whole (a missing point, a late send time). */
  span?: Span
  actual?: string
  expected?: string[]
  /** This finding's severity when it differs from the rule's default; the user's setting still wins. */
  severity?: Severity
  /** A certain repair: replace `span` with `text`. Set it only when no judgement is needed. */
  fix?: IssueFix
}

/** Replace `span` of the draft with `text`. */
export interface IssueFix {
  span: Span
  text: string
}

/** Read-only facts a check may use besides the document and its own options. */
export interface CheckEnvironment {
  context: ThankYouContext
  /** `options.template`: `{{variable}}` placeholders are slots for context values. */
  template: boolean
  /** Whether a rule will be reported: it exists, its checker is on and the rule is not off. */
  isRuleEnabled(ruleId: string): boolean
}

export type RuleDefinition = Omit<RuleMeta, 'checker' | 'url'>

export interface Checker<Name extends CheckerName = CheckerName, Options extends object = object> {
  name: Name
  rules: readonly RuleDefinition[]
  /** Every option with its default; users override any subset under `options[name]`. */
  defaults: Options
  /** Checks option values beyond their type (the pipeline checks types against `defaults`). */
  validateOptions?(options: Options, path: string): void
  /** Findings of these checkers on the same span win over this checker's. */
  yieldsTo?: readonly CheckerName[]
  check(document: ThankYouDocument, environment: CheckEnvironment, options: Options): Issue[]
  /** Only the coverage checker fills `LintReport.coverage`. */
  coverage?(document: ThankYouDocument, environment: CheckEnvironment, options: Options): CoverageReport
}

/**
 * Identity function that keeps a checker's name as a literal and its option type as its
 * `defaults` give it, so the registry can derive every checker's options without a cast.
 */
export function defineChecker<const Name extends CheckerName, Options extends object>(
  checker: Checker<Name, Options>,
): Checker<Name, Options> {
  return checker
}
