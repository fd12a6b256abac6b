export { type BatchLetter, type BatchOptions, lintThankYouBatch } from './batch.js'
export { rules } from './checkers.js'
export { suggestSendTime } from './checks/timing/index.js'
export {
  type AppliedFixes,
  applyFixes,
  type FixOptions,
  type FixResult,
  fixThankYou,
  MAX_FIX_PASSES,
} from './fix.js'
export { lintThankYou } from './lint.js'
export { prepare } from './prepare.js'
export type {
  AccuracyOptions,
  CheckerName,
  CoveragePoint,
  CoverageReport,
  CoverageResult,
  Finding,
  FindingFix,
  GrammarOptions,
  Interviewer,
  LengthOptions,
  LintOptions,
  LintReport,
  LintStats,
  Point,
  Position,
  RuleMeta,
  RuleSetting,
  Severity,
  SpellingOptions,
  StructureOptions,
  SuggestSendTimeOptions,
  ThankYouContext,
  TimingOptions,
  ToneOptions,
  WorkingHours,
} from './types.js'
export { version } from './version.js'
