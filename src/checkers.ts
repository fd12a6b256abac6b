import type { Checker } from './checker.js'
import { ruleUrl } from './checker.js'
import { accuracy } from './checks/accuracy.js'
import { coverage } from './checks/coverage.js'
import { grammar } from './checks/grammar.js'
import { length } from './checks/length.js'
import { spelling } from './checks/spelling.js'
import { structure } from './checks/structure.js'
import { timing } from './checks/timing.js'
import { tone } from './checks/tone.js'
import type { RuleMeta } from './types.js'

/**
 * Every checker, in the order it runs. Order only matters for ties when findings are sorted;
 * each checker is independent of the others.
 */
export const CHECKERS: readonly Checker[] = [
  structure as Checker,
  length as Checker,
  spelling as Checker,
  accuracy as Checker,
  coverage as Checker,
  timing as Checker,
  tone as Checker,
  grammar as Checker,
]

/** Every rule with its checker, default severity, description and documentation URL. */
export const rules: readonly RuleMeta[] = CHECKERS.flatMap((checker) =>
  checker.rules.map((rule) => ({ ...rule, checker: checker.name, url: ruleUrl(rule.id) })),
)
