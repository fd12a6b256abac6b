/** A place in the draft. `line` and `column` are 1-based; `offset` is a 0-based UTF-16 index. */
export interface Point {
  line: number
  column: number
  offset: number
}

/** A range in the draft, `end` exclusive. */
export interface Position {
  start: Point
  end: Point
}

export type Severity = 'error' | 'warning' | 'info'

export type CheckerName =
  | 'spelling'
  | 'grammar'
  | 'length'
  | 'accuracy'
  | 'coverage'
  | 'timing'
  | 'tone'
  | 'structure'

export interface Interviewer {
  /** Full name as the interviewer writes it, e.g. `Siobhán O'Connor`. */
  name: string
  /** Job title, e.g. `Head of Marketing`. */
  title?: string
  /** e.g. `Ms.`, `Mr.`, `Mx.`, `Dr.`, `Prof.` */
  honorific?: string
  /** Short forms the interviewer uses, e.g. `['Jo']`. */
  nicknames?: readonly string[]
}

/**
 * What the letter is checked against. Every field is optional; `null` reads as absent (as JSON
 * from an API writes it). Never changed by the linter, so read-only and `as const` values fit.
 */
export interface ThankYouContext {
  candidate?: { readonly name: string }
  interviewers?: readonly Interviewer[]
  company?: { readonly name: string; readonly aliases?: readonly string[] }
  /** The role interviewed for, e.g. `Marketing Coordinator`. */
  position?: string
  /** What was discussed in the interview. */
  topics?: readonly string[]
  /** Other employers the candidate is writing to; naming one in this letter is an error. */
  otherCompanies?: readonly string[]
  /** When the interview ended (ISO 8601 with offset) and the recipient's IANA time zone. */
  interview?: { readonly endedAt: string; readonly timeZone?: string }
  /** When the note is to be sent, ISO 8601 with offset. */
  sendAt?: string
}

export interface Finding {
  checker: CheckerName
  /** Stable kebab-case id, e.g. `unknown-word`. */
  ruleId: string
  severity: Severity
  /** One line: what is wrong and what to write instead. */
  message: string
  position?: Position
  /** The flagged text. */
  actual?: string
  /** Replacements, best first. */
  expected?: string[]
  /** The rule's documentation. */
  url?: string
  /**
   * A repair certain enough to apply without asking: replace `range` (UTF-16 offsets of the
   * draft, end exclusive) with `text`. Only findings of rules marked `fixable` carry one, and
   * only when the repair is unambiguous; judgement calls stay in `expected`.
   */
  fix?: FindingFix
}

/** Replace the draft's text in `range` (`[start, end)`, UTF-16 offsets) with `text`. */
export interface FindingFix {
  range: [number, number]
  text: string
}

export type CoveragePoint = 'appreciation' | 'interest' | 'contribution' | 'specifics'

export interface CoverageResult {
  covered: boolean
  /** The sentence or clause that carries the point. */
  evidence?: Position
}

export type CoverageReport = Record<CoveragePoint, CoverageResult>

export interface LintStats {
  words: number
  sentences: number
  paragraphs: number
  /** Share of an A4 page the letter fills when set as a letter (see the README for the assumptions). */
  pageFraction: number
}

export interface LintReport {
  /** `true` when no finding has severity `error`. */
  ok: boolean
  /** Sorted by position; findings without a position come first. */
  findings: Finding[]
  stats: LintStats
  coverage: CoverageReport
}

/** `'off'` (or `false`) turns a rule off; a severity (or `true`, the default severity) turns it on. */
export type RuleSetting = 'off' | Severity | boolean

export interface LengthOptions {
  /** Warn when the letter fills more than this share of an A4 page. Default `0.6`. */
  maxPageFraction: number
  /** Error when the letter fills more than this share of an A4 page. Default `1`. */
  errorPageFraction: number
  /** Warn when the letter has fewer words than this. Default `50`. */
  minWords: number
  /** Warn when the body has more paragraphs than this. Default `5`. */
  maxParagraphs: number
  /** Warn when a sentence has more words than this. Default `45`. */
  maxSentenceWords: number
}

export interface StructureOptions {
  /** Warn when the subject line is longer than this many characters. Default `60`. */
  maxSubjectLength: number
}

export interface AccuracyOptions {
  /**
   * Most edits (letters added, dropped, changed or swapped) for a word to be taken for a misspelt
   * interviewer, company or candidate name. Shorter names allow fewer. Default `2`.
   */
  maxEditDistance: number
}

/** A working day's hours on the recipient's clock, `HH:MM` (24-hour); `end` is exclusive. */
export interface WorkingHours {
  start: string
  end: string
}

export interface TimingOptions {
  /** When a note may arrive on a working day. Default `{ start: '08:00', end: '18:00' }`. */
  workingHours: WorkingHours
  /** An interview that ends at or after this hour is late; its note waits for the next morning. Default `16`. */
  lateInterviewHour: number
  /** Warn when the note goes out more than this many hours after the interview, weekends not counted. Default `24`. */
  warnAfterHours: number
  /** Error past this many hours, weekends not counted. Default `48`. */
  errorAfterHours: number
  /** Days that are not working days, by English name or three-letter abbreviation. Default `['Saturday', 'Sunday']`. */
  weekend: readonly string[]
}

export interface ToneOptions {
  /** Apologies a letter may hold before each further one is flagged. Default `1`. */
  maxApologies: number
  /** Words in capitals that are acronyms or names here, not shouting, e.g. `['FINRA', 'SWIFT']`. Default `[]`. */
  acronyms: readonly string[]
}

export interface GrammarOptions {
  /** Accept two spaces after a sentence's full stop, a typewriter habit. Default `false`. */
  allowTwoSpacesAfterSentence: boolean
}

/** Options of `suggestSendTime`; the same rules as the timing checker. */
export interface SuggestSendTimeOptions {
  /** The recipient's IANA time zone. Default: the offset `interviewEndedAt` is written with. */
  timeZone?: string
  workingHours?: Partial<WorkingHours>
  lateInterviewHour?: number
  weekend?: readonly string[]
}

export interface SpellingOptions {
  /**
   * Your own words, accepted like dictionary words and offered as suggestions: `['Kubernetes',
   * 'fintech']`. A word listed in lower case may also be written capitalised or in capitals;
   * one listed with capitals must be written so. Default `[]`.
   */
  words: readonly string[]
  /**
   * The dictionary: American (`'en-US'`), British (`'en-GB'`), or the letter's own (`'auto'`): the
   * dialect whose spellings the letter writes most (`organised`, `colour` or `organized`, `color`),
   * en-US when it writes none; a letter that writes both gets one `mixed-dialect` finding naming
   * the fewer. Default `'auto'`.
   */
  dialect: 'auto' | 'en-US' | 'en-GB'
  /** Unknown all-capital words (`KPX`): report them as `info` (`'info'`) or skip them (`'ignore'`). Default `'info'`. */
  acronyms: 'info' | 'ignore'
  /**
   * How far ahead, in bits of the noisy-channel score, the best correction of an unknown word must
   * be of the next one (and at most one ordinary typo away) for its finding to carry a `fix`.
   * About one typo's worth by default; a larger number fixes fewer words. Default `10`.
   */
  autofixMargin: number
}

export interface LintOptions {
  /** Turn whole checkers on or off, e.g. `{ timing: false }`. All are on by default. */
  checkers?: Partial<Record<CheckerName, boolean>>
  /** Turn rules off or change their severity, e.g. `{ 'too-long': 'error', 'vague-subject': 'off' }`. */
  rules?: Readonly<Record<string, RuleSetting>>
  length?: Partial<LengthOptions>
  structure?: Partial<StructureOptions>
  accuracy?: Partial<AccuracyOptions>
  tone?: Partial<ToneOptions>
  grammar?: Partial<GrammarOptions>
  timing?: Partial<Omit<TimingOptions, 'workingHours'>> & { workingHours?: Partial<WorkingHours> }
  spelling?: Partial<SpellingOptions>
  /**
   * Treat `{{variable}}` placeholders as template slots that stand for context values
   * instead of unresolved placeholders. Default `false`.
   */
  template?: boolean
  /**
   * Longest draft linted, in UTF-16 code units. A longer draft gets one `draft-too-large`
   * error and no other work. Default `100_000`.
   */
  maxLength?: number
  /**
   * Honour `thank-you-lint-disable` comments in the draft (`<!-- … -->`, `{{!-- … --}}`, or a
   * line `# thank-you-lint-disable …`), which are stripped before linting. Default `true`.
   */
  allowInlineConfig?: boolean
  /** Report disable comments that silence nothing, as `unused-disable-directive`. Default `false`. */
  reportUnusedDisableDirectives?: boolean
}

/** A rule's metadata, as listed in `rules`. */
export interface RuleMeta {
  id: string
  checker: CheckerName
  defaultSeverity: Severity
  description: string
  url: string
  /** Whether some of this rule's findings carry a `fix`. */
  fixable?: boolean
}
