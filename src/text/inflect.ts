import { boundedMemo } from './memo.js'
/**
 * A small English inflection helper, enough to match phrase lists and topic words in any form
 * without a tagger: `inflections('bring')` lists `brings`, `bringing`, `brought`…, and
 * `sameLemma('migrating', 'migration')` says two words share a base. It over-generates on
 * purpose (`visitted`): a form nobody writes costs nothing, a missing one loses a match.
 */

/** Irregular forms by base, for the verbs and nouns the phrase lists and letters use. Sorted. */
export const IRREGULAR_FORMS: Readonly<Record<string, readonly string[]>> = {
  be: ['am', 'are', 'been', 'being', 'is', 'was', 'were'],
  become: ['became', 'becoming'],
  begin: ['began', 'begun'],
  bring: ['brought'],
  build: ['built'],
  buy: ['bought'],
  catch: ['caught'],
  choose: ['chose', 'chosen'],
  come: ['came'],
  cut: ['cutting'],
  do: ['did', 'does', 'done'],
  drive: ['driven', 'drove'],
  feel: ['felt'],
  find: ['found'],
  get: ['getting', 'got', 'gotten'],
  give: ['gave', 'given'],
  go: ['gone', 'went'],
  grow: ['grew', 'grown'],
  have: ['had', 'has', 'having'],
  hear: ['heard'],
  hold: ['held'],
  keep: ['kept'],
  know: ['knew', 'known'],
  lead: ['led'],
  learn: ['learnt'],
  leave: ['left'],
  lend: ['lent'],
  make: ['made'],
  mean: ['meant'],
  meet: ['met'],
  put: ['putting'],
  rebuild: ['rebuilt'],
  run: ['ran', 'running'],
  say: ['said'],
  see: ['saw', 'seen'],
  sell: ['sold'],
  send: ['sent'],
  set: ['setting'],
  show: ['shown'],
  speak: ['spoke', 'spoken'],
  speed: ['sped'],
  spend: ['spent'],
  stand: ['stood'],
  stick: ['stuck'],
  take: ['taken', 'took'],
  teach: ['taught'],
  tell: ['told'],
  think: ['thought'],
  understand: ['understood'],
  win: ['won'],
  write: ['written', 'wrote'],
}

const VOWEL = /[aeiou]/
const SIBILANT_END = /(?:s|x|z|ch|sh|o)$/
/** Consonant–vowel–consonant ending whose last consonant doubles: `plan` → `planned`, `chat` → `chatting`. */
const DOUBLING_END = /[^aeiou][aeiou][bdgklmnprtvz]$/

/**
 * Every form of `base` as a verb or noun: `-s`, `-ed`, `-ing` and irregulars. Comparatives and
 * adverbs are left out (`likely` is not a form of `like`); list them where a phrase needs them.
 */
export function inflections(base: string): string[] {
  // Function words (`i`, `my`, `me`) have no regular forms: `i` + `s` is not a form of `i`.
  if (base.length <= 2 && !IRREGULAR_FORMS[base]) return [base]
  const forms = new Set<string>([base])
  const add = (...more: string[]) => {
    for (const form of more) forms.add(form)
  }
  const last = base.charAt(base.length - 1)
  const beforeLast = base.charAt(base.length - 2)
  const stem = base.slice(0, -1)
  if (last === 'y' && !VOWEL.test(beforeLast)) {
    add(`${stem}ies`, `${stem}ied`, `${base}ing`)
  } else if (last === 'e') {
    add(`${base}s`, `${base}d`, `${stem}ing`)
    if (beforeLast === 'i') add(`${base.slice(0, -2)}ying`)
    // see → seeing, agree → agreeing
    if (beforeLast === 'e' || beforeLast === 'o' || beforeLast === 'y') add(`${base}ing`)
  } else {
    add(SIBILANT_END.test(base) ? `${base}es` : `${base}s`)
    add(`${base}ed`, `${base}ing`)
    if (DOUBLING_END.test(base)) add(`${base}${last}ed`, `${base}${last}ing`)
  }
  for (const form of IRREGULAR_FORMS[base] ?? []) add(form)
  return [...forms]
}

/**
 * Every base whose `inflections` could include `form`, and some that cannot: undoes `-s`, `-es`,
 * `-ies`, `-d`, `-ed`, `-ied`, `-ing`, a doubled consonant and irregular forms. A caller that
 * knows its bases keeps those for which `inflections(base)` does include the form.
 */
export function inflectionBases(form: string): string[] {
  const bases = [form]
  const irregular = IRREGULAR_BASES.get(form)
  if (irregular) bases.push(irregular)
  const cut = (suffix: string): string | undefined =>
    form.length > suffix.length && form.endsWith(suffix) ? form.slice(0, -suffix.length) : undefined
  const ies = cut('ies') ?? cut('ied')
  if (ies !== undefined) bases.push(`${ies}y`)
  const s = cut('s')
  if (s !== undefined) bases.push(s)
  const es = cut('es')
  if (es !== undefined) bases.push(es)
  const d = cut('d')
  if (d !== undefined) bases.push(d)
  for (const stem of [cut('ed'), cut('ing')]) {
    if (stem === undefined) continue
    bases.push(stem, `${stem}e`)
    if (stem.length > 1 && stem.at(-1) === stem.at(-2)) bases.push(stem.slice(0, -1))
  }
  const ying = cut('ying')
  if (ying !== undefined) bases.push(`${ying}ie`)
  return bases
}

const IRREGULAR_BASES: ReadonlyMap<string, string> = new Map(
  Object.entries(IRREGULAR_FORMS).flatMap(([base, forms]) => forms.map((form) => [form, base] as const)),
)

/**
 * The bases a word may come from, for comparing words that are not in any list (topic words):
 * `migrating` → `migrat`, `migrate`…; `expansion` → `expand`; `automation` → `automate`. Only
 * bases of four letters or more are kept, so short words do not collide.
 */
export const baseCandidates: (word: string) => readonly string[] = boundedMemo(20_000, findBases)

function findBases(word: string): string[] {
  const lower = word.toLowerCase()
  const bases = new Set<string>([lower])
  const irregular = IRREGULAR_BASES.get(lower)
  if (irregular) bases.add(irregular)
  const strip = (suffix: string, ...replacements: string[]) => {
    if (lower.length - suffix.length < 3 || !lower.endsWith(suffix)) return
    const stem = lower.slice(0, -suffix.length)
    for (const replacement of replacements) bases.add(stem + replacement)
    // planned → plan, chatting → chat
    if (replacements.includes('') && stem.length > 3 && stem.at(-1) === stem.at(-2))
      bases.add(stem.slice(0, -1))
  }
  strip('ies', 'y')
  strip('ied', 'y')
  strip('es', '', 'e')
  strip('s', '')
  strip('ed', '', 'e')
  strip('ing', '', 'e')
  strip('er', '', 'e')
  strip('ers', '', 'e')
  strip('ly', '')
  strip('ation', 'ate', '', 'e')
  strip('ations', 'ate', '', 'e')
  strip('ion', 'e', '')
  strip('ions', 'e', '')
  strip('sion', 'd', 'de')
  strip('ment', '')
  strip('ments', '')
  return [...bases].filter((base) => base.length >= 4 || base === lower)
}

/** Whether two words share a base: `migrating`/`migration`, `hires`/`hiring`, `onboard`/`onboarding`. */
export function sameLemma(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true
  const bases = new Set(baseCandidates(a))
  return baseCandidates(b).some((base) => base.length >= 4 && bases.has(base))
}
