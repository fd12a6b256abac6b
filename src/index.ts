export { rules } from './checkers.js'
export { lintThankYou } from './lint.js'
export type {
  AccuracyOptions,
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
  StructureOptions,
  ThankYouContext,
} from './types.js'
export { version } from './version.js'
