/**
 * en-GB and en-US spellings of the same word, by the regular rules that tell them apart
 * (`organise`/`organize`, `colour`/`color`, `centre`/`center`, `licence`/`license`,
 * `labelled`/`labeled`, `programme`/`program`, `judgement`/`judgment`, `learnt`/`learned`), and the
 * letter's own dialect, decided by which of them it writes.
 *
 * A counterpart is derived by rule and kept only if the other dialect's dictionary has it, so
 * `prioritise` maps to `prioritize`, never to a nearest neighbour such as `priorities`.
 */
import type { Dialect } from './lexicon.js'

/** Rewrites of an en-GB ending or infix to its en-US form, `[pattern, replacement]`. */
const GB_TO_US: readonly (readonly [RegExp, string])[] = [
  [/our(?=s?$|ed$|ing$|ful|ite|able|less|er|ist)/, 'or'],
  [/is(e|ed|es|ing|ation|ations|er|ers|able)$/, 'iz$1'],
  [/isation(al|ally)$/, 'ization$1'],
  [/ys(e|ed|es|ing|er|ers)$/, 'yz$1'],
  [/tre(s?)$/, 'ter$1'],
  [/tr(ed|ing)$/, 'ter$1'],
  [/bre(s?)$/, 'ber$1'],
  [/ogue(s?)$/, 'og$1'],
  [/ence(s?)$/, 'ense$1'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
  [/tis(e|ed|es|ing)$/, 'tic$1'],
  [/ae/, 'e'],
  [/oe/, 'e'],
  [/gramme(s?)$/, 'gram$1'],
  [/gement(s?)$/, 'gment$1'],
  [/eing$/, 'ing'],
  [/([rl])nt$/, '$1ned'],
  [/elt$/, 'elled'],
  [/^(fulfi|enro|insti|disti)l(s|ment|ments)?$/, '$1ll$2'],
  [/skilful/, 'skillful'],
]

/**
 * The `-ize` and `-yze` spellings of an `-ise` or `-yse` word (`parallelised` → `parallelized`).
 * Where `-ize` is the Greek verb ending, en-GB writes `-ise` for every word that has it, so such a
 * form whose `-ize` spelling a dictionary has is an en-GB word even where dictionary-en-gb lacks
 * it. Where `-ize` is no ending, both dialects write it: `size` and its compounds (`downsize`),
 * `seize`, `prize`, `maize`, `capsize`; a stem of at least five letters not ending in `s` keeps
 * those out. The other rules do not hold that widely (`intence` is no form of `intense`).
 */
const ISE_TO_IZE = /^(\p{Ll}{4,}[^s])([iy])s(e|ed|es|ing|ation|ations|er|ers|able)$/u

/** `word`'s `-ize` spelling, if it has a `-ise` or `-yse` ending after a stem that can take one. */
export function izeSpelling(word: string): string | undefined {
  const match = ISE_TO_IZE.exec(word)
  return match ? `${match[1]}${match[2]}z${match[3]}` : undefined
}

/** The en-US rewrites run backwards, for an en-US word's en-GB form. */
const US_TO_GB: readonly (readonly [RegExp, string])[] = [
  [/or(?=s?$|ed$|ing$|ful|ite|able|less|er|ist)/, 'our'],
  [/iz(e|ed|es|ing|ation|ations|er|ers|able)$/, 'is$1'],
  [/ization(al|ally)$/, 'isation$1'],
  [/yz(e|ed|es|ing|er|ers)$/, 'ys$1'],
  [/ter(s?)$/, 'tre$1'],
  [/ter(ed|ing)$/, 'tr$1'],
  [/ber(s?)$/, 'bre$1'],
  [/og(s?)$/, 'ogue$1'],
  [/ense(s?)$/, 'ence$1'],
  [/([aeiou])l(ed|ing|er|ers)$/, '$1ll$2'],
  [/tic(e|ed|es|ing)$/, 'tis$1'],
  [/gram(s?)$/, 'gramme$1'],
  [/gment(s?)$/, 'gement$1'],
  [/ging$/, 'geing'],
  [/^(fulfi|enro|insti|disti)ll(s|ment|ments)?$/, '$1l$2'],
  [/skillful/, 'skilful'],
]

/**
 * The spellings of `lower` (a lowercase word) in the other dialect by rule, that `knows` accepts
 * in that dialect, most specific rule first.
 */
export function counterparts(
  lower: string,
  from: Dialect,
  knows: (word: string, dialect: Dialect) => boolean,
): string[] {
  const to: Dialect = from === 'en-GB' ? 'en-US' : 'en-GB'
  const rules = from === 'en-GB' ? GB_TO_US : US_TO_GB
  const found: string[] = []
  for (const [pattern, replacement] of rules) {
    const other = lower.replace(pattern, replacement)
    if (other !== lower && !found.includes(other) && knows(other, to)) found.push(other)
  }
  return found
}
