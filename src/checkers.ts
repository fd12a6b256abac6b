import type { Checker } from './checker.js'
import { ruleUrl } from './checker.js'
import { accuracy } from './checks/accuracy/index.js'
import { coverage } from './checks/coverage/index.js'
import { grammar } from './checks/grammar/index.js'
import { length } from './checks/length/index.js'
import { spelling } from './checks/spelling/index.js'
import { structure } from './checks/structure/index.js'
import { timing } from './checks/timing/index.js'
import { tone } from './checks/tone/index.js'
import type { LintOptions, RuleMeta } from './types.js'

/**
 * Every checker, in the order it runs. Order only matters for ties when findings are sorted;
 * each checker is independent of the others.
 */
export const CHECKER_REGISTRY = [
  structure,
  length,
  spelling,
  accuracy,
  coverage,
  timing,
  tone,
  grammar,
] as const

type RegisteredChecker = (typeof CHECKER_REGISTRY)[number]

/** Each checker's options, derived from its `defaults`: `CheckerOptions['grammar']` is `GrammarOptions`. */
export type CheckerOptions = {
  [C in RegisteredChecker as C['name']]: C['defaults']
}

/**
 * Every registered checker, seen through the common interface the pipeline drives. This is an
 * assignment, not a cast: a checker's methods take its own options, and the pipeline always
 * passes them merged over that checker's `defaults`.
 */
export const CHECKERS: readonly Checker[] = CHECKER_REGISTRY

/**
 * Compile-time proof that `LintOptions` offers each checker exactly the options its `defaults`
 * declare: adding a default without documenting it in `types.ts` fails the typecheck.
 */
type OptionsInLintOptions = {
  [Name in keyof CheckerOptions]-?: Name extends keyof LintOptions
    ? NonNullable<LintOptions[Name]> extends Partial<CheckerOptions[Name]>
      ? keyof CheckerOptions[Name] extends keyof NonNullable<LintOptions[Name]>
        ? true
        : Name
      : Name
    : [keyof CheckerOptions[Name]] extends [never]
      ? true
      : Name
}
const optionsMatchDefaults: OptionsInLintOptions[keyof CheckerOptions] = true
void optionsMatchDefaults

/** Every rule with its checker, default severity, description and documentation URL. */
export const rules: readonly RuleMeta[] = CHECKERS.flatMap((checker) =>
  checker.rules.map((rule) => ({ ...rule, checker: checker.name, url: ruleUrl(checker.name, rule.id) })),
)
