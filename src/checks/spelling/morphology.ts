/**
 * Words the lexicon lacks but English makes by a productive rule from a word it has: the agent
 * noun of a verb (`fund` → `funder`, `funders`) and the `-ize` verb of an adjective
 * (`anonymous` → `anonymize`, `anonymized`, `anonymization`; en-GB `anonymise` through
 * `izeSpelling`). Only regular spellings are derived, and only from a stem the lexicon shows to be
 * of the right kind (a verb has its `-ed` and `-ing` forms listed; an adjective ends in `-ous`,
 * `-al` or `-ic`), so a misspelling is not explained away as a derivation (`writter` is no `writ`
 * + `-er`: the lexicon has no `writting`). Pure: the look-ups are the caller's.
 */

/** A stem shorter than this is not derived from (`bet` → `beter`). */
const MIN_STEM_LENGTH = 4

const AGENT = /^(\p{Ll}+?)(e?)rs?$/u

/** A verb and its regular past and present participle, as the lexicon lists them. */
export interface VerbForms {
  verb: string
  ed: string
  ing: string
}

/**
 * The verb `lower` (a lowercase word) is the agent noun of, `-er` or `-ers`, if `known` (a
 * dictionary look-up of a lowercase word) shows that verb with its regular `-ed` and `-ing` forms:
 * `funders` ← `fund` (`funded`, `funding`), `bakers` ← `bake` (`baked`, `baking`), `runner` ←
 * `run` only with `running`.
 */
export function agentNounVerb(lower: string, known: (word: string) => boolean): VerbForms | undefined {
  const match = AGENT.exec(lower)
  if (match === null) return undefined
  const base = match[1] as string
  const e = match[2] as string
  if (e === '') return undefined
  // `-er` after a stem: `fund` + `er`; after a stem ending in `e`: `bake` + `r`.
  const candidates: VerbForms[] = []
  const last = base.charAt(base.length - 1)
  if (base.length >= MIN_STEM_LENGTH) candidates.push({ verb: base, ed: `${base}ed`, ing: `${base}ing` })
  if (base.length + 1 >= MIN_STEM_LENGTH && last !== 'e')
    candidates.push({ verb: `${base}e`, ed: `${base}ed`, ing: `${base}ing` })
  // A doubled final consonant: `run` + `n` + `er`, as in `running`.
  if (base.length > MIN_STEM_LENGTH && last === base.charAt(base.length - 2) && !'aeiou'.includes(last)) {
    const verb = base.slice(0, -1)
    candidates.push({ verb, ed: `${base}ed`, ing: `${base}ing` })
  }
  return candidates.find(
    ({ verb, ed, ing }) => !AGENT_ALREADY.test(verb) && known(verb) && known(ed) && known(ing),
  )
}

/** A verb that already names its agent (`mentor`, `partner`) takes no second `-er` (`mentorer`). */
const AGENT_ALREADY = /(?:or|er|ar)$/

/**
 * The verb `lower` is the agent noun of (see `agentNounVerb`), unless one typo away (`near`: the
 * dictionary words within one typo of `lower`) lies another word built on the same stem that is
 * not a form of the verb: then the verb's noun is already listed, spelled another way, and `lower`
 * is a misspelling of it (`calculater` of `calculator`, `failer` of `failure`, `propper` of
 * `proper`). A word of another stem nearby (`funders`, `founders`) proves nothing: most short
 * words are one typo from some other word.
 */
export function derivedAgentNoun(
  lower: string,
  known: (word: string) => boolean,
  near: (word: string) => readonly string[],
): string | undefined {
  const forms = agentNounVerb(lower, known)
  if (forms === undefined) return undefined
  const { verb, ed, ing } = forms
  const root = verb.endsWith('e') ? verb.slice(0, -1) : verb
  return hasRival(lower, root, [verb, `${verb}s`, `${verb}es`, ed, ing], near) ? undefined : verb
}

const IZE = /^(\p{Ll}+)iz(e|ed|es|ing|ation|ations)$/u
/** The `-ize` endings, which are forms of one verb (`-ize`, `-ized`, …). */
const IZE_ENDINGS = ['ize', 'ized', 'izes', 'izing', 'ization', 'izations']
/** Endings of an adjective that takes `-ize` after them (`normal`, `critic-al`, `metallic`). */
const ADJECTIVE_ENDINGS = /(?:al|ic)$/

/**
 * The adjective `lower` (an `-ize` verb or its `-ization` noun) is made from, if the lexicon has
 * it: `anonymized` ← `anonymous` (the `-ous` dropped), `tribalize` ← `tribal`. With the same check
 * for a rival of the same stem as `derivedAgentNoun`.
 */
export function derivedIzeForm(
  lower: string,
  known: (word: string) => boolean,
  near: (word: string) => readonly string[],
): string | undefined {
  const match = IZE.exec(lower)
  if (match === null) return undefined
  const stem = match[1] as string
  if (stem.length < MIN_STEM_LENGTH) return undefined
  const adjective = known(`${stem}ous`)
    ? `${stem}ous`
    : ADJECTIVE_ENDINGS.test(stem) && known(stem)
      ? stem
      : undefined
  if (adjective === undefined) return undefined
  const own = [adjective, ...IZE_ENDINGS.map((ending) => stem + ending)]
  if (hasRival(lower, stem, own, near)) return undefined
  // Another `-ize` verb one typo away is the verb meant: `homogeneized` is `homogenized`.
  const ending = `iz${match[2]}`
  return near(lower).some((word) => word !== lower && word.endsWith(ending)) ? undefined : adjective
}

/** Another word of the same stem, not one of `own`, within one typo of `lower`. */
function hasRival(
  lower: string,
  root: string,
  own: readonly string[],
  near: (word: string) => readonly string[],
): boolean {
  return near(lower).some((word) => word !== lower && word.startsWith(root) && !own.includes(word))
}

/**
 * A regular inflection the lexicon lacks of a word it has: `aliquoted`, `aliquoting` ← the noun
 * `aliquot`; `refinancings` ← `refinancing`; `pneumatics` ← `pneumatic`. The stem the word is made
 * from, or undefined.
 *
 * - `-ed` and `-ing` only on a countable noun the lexicon does not conjugate (its plural is
 *   listed, its `-ed` and `-ing` forms are not): a noun used as a verb. A verb the lexicon
 *   conjugates has its own forms, so an over-regular past is no word (`teached`: `teaching` is
 *   listed), and an adjective is no verb (`diversed`).
 * - `-s` only on a noun of a kind Hunspell lists without a plural: a gerund (`-ing`) or the field
 *   noun of an `-ic` adjective (`pneumatics`, `genomics`). Other stems without a listed plural are
 *   mostly plurals or mass nouns already (`criterias`, `aircrafts`, `todays`).
 *
 * With the rival check of `derivedAgentNoun`: another word one typo away, not one of the stem's
 * forms, is the word meant.
 */
export function derivedInflection(
  lower: string,
  known: (word: string) => boolean,
  near: (word: string) => readonly string[],
): string | undefined {
  const match = INFLECTION.exec(lower)
  if (match === null) return undefined
  const base = match[1] as string
  const ending = match[2] as string
  const candidates =
    ending === 's'
      ? PLURAL_LESS_NOUN.test(base)
        ? [base]
        : []
      : base.endsWith('e')
        ? [base]
        : [base, `${base}e`]
  for (const stem of candidates) {
    if (stem.length < MIN_STEM_LENGTH || !known(stem)) continue
    if (ending !== 's') {
      const root = stem.endsWith('e') ? stem.slice(0, -1) : stem
      if (!known(`${stem}s`)) continue
      if (VERB_ENDINGS.some((suffix) => known(root + suffix) || known(doubled(root) + suffix))) continue
    }
    const own = [stem, ...INFLECTION_ENDINGS.map((suffix) => stem + suffix)]
    if (near(lower).some((word) => word !== lower && !own.includes(word))) continue
    return stem
  }
  return undefined
}

/** A gerund or an `-ic` adjective's field noun, which Hunspell lists without a plural. */
const PLURAL_LESS_NOUN = /(?:ing|ic)$/
const INFLECTION = /^(\p{Ll}+?)(s|ed|ing)$/u
const INFLECTION_ENDINGS = ['s', 'es', 'ed', 'ing', 'd']
/** A verb's regular forms: a stem with either listed is a verb the lexicon conjugates. */
const VERB_ENDINGS = ['ed', 'ing']

/** The stem with its final consonant doubled (`plan` → `plann`), as before `-ed` and `-ing`. */
function doubled(stem: string): string {
  const last = stem.charAt(stem.length - 1)
  return 'aeiouwxy'.includes(last) ? stem : stem + last
}

/** Prefixes that make a word of a word (`reforecast`, `preapproved`, `unbudgeted`). Sorted. */
const PREFIXES = ['co', 'non', 'pre', 're', 'un']
/**
 * The other negative prefixes. A word the lexicon already negates with one of them blocks `un-`
 * (`incorrect` blocks `uncorrect`, `inefficient` blocks `unefficient`): the slip of a writer who
 * negates by the wrong prefix, common among non-native writers. Sorted.
 */
const RIVAL_NEGATIVES = ['dis', 'il', 'im', 'in', 'ir']

/**
 * The word `lower` is made of by a productive prefix, if the lexicon has it (or derives it by
 * `inflect`): `reforecasts` ← `forecasts`. The rest must be a word of at least four letters, and
 * no other word may lie one typo away (`untill` is `until`, not `un` + `till`), and `un-` gives way
 * to a negative the lexicon already has.
 */
export function derivedPrefixed(
  lower: string,
  known: (word: string) => boolean,
  near: (word: string) => readonly string[],
): string | undefined {
  for (const prefix of PREFIXES) {
    if (!lower.startsWith(prefix)) continue
    const rest = lower.slice(prefix.length)
    if (rest.length < MIN_STEM_LENGTH || !known(rest)) continue
    if (prefix === 'un' && RIVAL_NEGATIVES.some((rival) => known(rival + rest))) return undefined
    if (near(lower).some((word) => word !== lower)) return undefined
    return rest
  }
  return undefined
}
