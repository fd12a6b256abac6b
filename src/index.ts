export { rules } from './checkers.js'
export { lintThankYou } from './lint.js'
export type {
  CheckerName,
  CoveragePoint,
  CoverageReport,
  CoverageResult,
  Finding,
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
  ThankYouContext,
} from './types.js'
export { version } from './version.js'
