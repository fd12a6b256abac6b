/**
 * Whether a word as written is spelled right: the lexicon's casing rules, possessives,
 * contractions, hyphenated compounds, diacritics, and the words the caller adds (context words,
 * the personal list). Pure look-ups; suggestions live in `suggest.ts`.
 */

import { boundedMemo, type Memo } from '../../text/memo.js'
import { foldDiacritics, normalizePunctuation } from '../../text/normalize.js'
import { WORD_PREFIXES } from './data/error-model.js'
import { izeSpelling } from './dialect.js'
import {
  CASING,
  casingOf,
  type Dialect,
  findNode,
  getLexicon,
  inDialect,
  type Lexicon,
  mixedSpelling,
  takesPossessive,
} from './lexicon.js'
import { derivedAgentNoun, derivedInflection, derivedIzeForm, derivedPrefixed } from './morphology.js'
import { suggest } from './suggest.js'

/** How a written word is capitalised. `Capitalized` covers one capital letter alone (`I`, `A`). */
export type WrittenCase = 'lower' | 'capitalized' | 'upper' | 'mixed'

export function writtenCase(word: string): WrittenCase {
  const lower = word.toLowerCase()
  if (word === lower) return 'lower'
  const upper = word.toUpperCase()
  const first = word.charAt(0)
  if (word === upper) return word.replace(/[^\p{L}]/gu, '').length > 1 ? 'upper' : 'capitalized'
  if (first !== first.toLowerCase() && word.slice(1) === lower.slice(1)) return 'capitalized'
  return 'mixed'
}

/** Words the caller accepts besides the dictionary, by lowercase form, each with its spellings. */
export interface ExtraWords {
  /** Lowercase forms accepted in any capitalisation (the context's words). */
  anyCase: ReadonlySet<string>
  /** Lowercase form → spellings accepted under the dictionary's casing rules (personal words). */
  spelled: ReadonlyMap<string, readonly string[]>
}

export const NO_EXTRA_WORDS: ExtraWords = { anyCase: new Set(), spelled: new Map() }

/** A stretch of a written word that is checked on its own: a part of a hyphenated compound. */
export interface WordPiece {
  /** As written, without apostrophes or full stops around it: `Ms` of `Ms.`, `em` of `'em`. */
  text: string
  /** Offset of `text` within the written word. */
  offset: number
}

/**
 * Endings added to a word of any kind (`Dana'll`, `Jordan'd`). A possessive `'s` counts only on
 * words the dictionary gives one (nouns and names: `team's`, not `get's`), and a negative `n't`
 * only in the dictionary's own forms (`doesn't`, not `doen't`).
 */
const CONTRACTION_ENDINGS = ["'ll", "'re", "'ve", "'d", "'m"]
/** A bare domain name (`brightline.io`, `jordanlee.design`); bounded, so it cannot backtrack far. */
const DOMAIN = /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,24}$/i

/**
 * The pieces of a written word that need checking: none for a domain name or a dotted
 * abbreviation (`e.g.`, `U.S.`, `Ph.D.`), else each hyphen-separated piece without its possessive
 * or contraction ending, leading and trailing apostrophes and full stops (`Ms.`, `'em`).
 */
export function piecesOf(written: string): WordPiece[] {
  if (isPlainWord(written)) return [{ text: written, offset: 0 }]
  const text = normalizePunctuation(written)
  if (DOMAIN.test(text)) return []
  if (/^(?:\p{L}{1,2}\.){2,}\p{L}?$/u.test(text)) return []
  const pieces: WordPiece[] = []
  let offset = 0
  for (const raw of text.split('-')) {
    let start = 0
    let end = raw.length
    while (start < end && (raw.charAt(start) === "'" || raw.charAt(start) === '.')) start++
    while (end > start && (raw.charAt(end - 1) === '.' || raw.charAt(end - 1) === "'")) end--
    if (start < end) pieces.push({ text: raw.slice(start, end), offset: offset + start })
    offset += raw.length + 1
  }
  return pieces
}

/** Dictionary verdicts by dialect and piece, kept across lints (letters share most of their words). */
const DICTIONARY_CACHE_SIZE = 20_000
const dictionaryVerdict = (dialect: Dialect) =>
  boundedMemo(DICTIONARY_CACHE_SIZE, (piece) =>
    someForm(piece, (form, possessive) => {
      if (inLexicon(getLexicon(), form, dialect, possessive)) return true
      if (!possessive && isDerived(form, dialect)) return true
      // en-GB writes `-ise` for every `-ize` word: `parallelised`, which dictionary-en-gb lacks.
      if (dialect !== 'en-GB') return false
      // A capital opening a sentence: `Anonymised`.
      const lowered =
        writtenCase(form) === 'capitalized' ? form.charAt(0).toLowerCase() + form.slice(1) : form
      const ize = izeSpelling(lowered)
      return (
        ize !== undefined &&
        (inLexicon(getLexicon(), ize, 'en-US', possessive) || (!possessive && isDerived(ize, 'en-US')))
      )
    }),
  )
const dictionaryVerdicts: Record<Dialect, Memo<boolean>> = {
  'en-US': dictionaryVerdict('en-US'),
  'en-GB': dictionaryVerdict('en-GB'),
}

/**
 * Forgets the remembered verdicts. A test that must see a change to the look-up code take effect
 * in a process that has already linted (a mutation run keeps modules loaded) calls this first.
 */
export function clearDictionaryCache(): void {
  dictionaryVerdicts['en-US'].clear()
  dictionaryVerdicts['en-GB'].clear()
}

/** The lexicon the remembered verdicts were reached with. */
let verdictsFrom: Lexicon | undefined

/** Whether `piece` (one piece of a written word) is spelled right under the dialect. */
export function isKnownPiece(piece: string, dialect: Dialect, extra: ExtraWords = NO_EXTRA_WORDS): boolean {
  // A browser build's lexicon grows once, when `prepare()` has loaded its extension tier: the
  // verdicts reached without it are forgotten then.
  const lexicon = getLexicon()
  if (lexicon !== verdictsFrom) {
    clearDictionaryCache()
    verdictsFrom = lexicon
  }
  const known = dictionaryVerdicts[dialect](piece)
  if (known) return true
  if (extra.anyCase.size === 0 && extra.spelled.size === 0) return false
  return someForm(piece, (form) => inExtraWords(form, extra))
}

/**
 * Whether `knows` accepts the piece, or its stem before a possessive (if that word takes one) or a
 * contraction ending (`Dana's`, `they'll`), or the singular of an acronym (`KPIs`), or each part
 * of a word with two apostrophes or more (`rock'n'roll`).
 */
function someForm(piece: string, knows: (form: string, possessive: boolean) => boolean): boolean {
  if (piece === '') return false
  if (knows(piece, false)) return true
  const apostrophe = piece.indexOf("'")
  if (apostrophe !== -1) {
    const lower = piece.toLowerCase()
    if (piece.length > 3 && lower.endsWith("'s") && knows(piece.slice(0, -2), true)) return true
    for (const ending of CONTRACTION_ENDINGS) {
      if (
        piece.length > ending.length + 1 &&
        lower.endsWith(ending) &&
        knows(piece.slice(0, -ending.length), false)
      ) {
        return true
      }
    }
    if (piece.indexOf("'", apostrophe + 1) !== -1) {
      const parts = piece.split("'").filter(Boolean)
      if (parts.every((part) => part.length === 1 || knows(part, false))) return true
    }
  }
  return /^\p{Lu}{2,}s$/u.test(piece) && knows(piece.slice(0, -1), false)
}

/** The written word's stem for reporting: `Jonhson` of `Jonhson's`. */
export function stemOf(piece: string): string {
  const lower = piece.toLowerCase()
  for (const ending of ["'s", ...CONTRACTION_ENDINGS]) {
    if (piece.length > ending.length + 1 && lower.endsWith(ending)) return piece.slice(0, -ending.length)
  }
  return piece
}

/** A known prefix written as a piece of a compound: `co-op`, `re-engage`, `non-profit`. */
export function isWordPrefix(piece: string): boolean {
  return WORD_PREFIXES.includes(piece.toLowerCase())
}

/** The lexicon has the word as written, or without its diacritics (`résumé`), with a possessive if asked. */
function inLexicon(lexicon: Lexicon, word: string, dialect: Dialect, possessive: boolean): boolean {
  if (matchesLexicon(lexicon, word, word.toLowerCase(), writtenCase(word), dialect, possessive)) return true
  if (isAscii(word)) return false
  const folded = foldDiacritics(word)
  return (
    folded !== word &&
    matchesLexicon(lexicon, folded, folded.toLowerCase(), writtenCase(folded), dialect, possessive)
  )
}

/** Dictionary words within one typo of a word, for `derivedAgentNoun`'s check for a rival. */
const RIVAL_COST = 1
const RIVALS = 8

/**
 * A lowercase or capitalised word the lexicon lacks but English derives from a word it has
 * (`funders` from the verb `fund`, `anonymized` from `anonymous`: see `morphology.ts`).
 */
function isDerived(form: string, dialect: Dialect): boolean {
  const written = writtenCase(form)
  if (written !== 'lower' && written !== 'capitalized') return false
  const lexicon = getLexicon()
  const lower = form.toLowerCase()
  const known = (word: string) => matchesLexicon(lexicon, word, word, 'lower', dialect, false)
  const near = (word: string) =>
    suggest(word, { dialect, limit: RIVALS, maxCost: RIVAL_COST, name: false })
      .map((s) => s.word)
      .filter((s) => !s.includes(' ') && !s.includes('-'))
  if (derivedAgentNoun(lower, known, near) !== undefined) return true
  if (derivedInflection(lower, known, near) !== undefined) return true
  if (derivedPrefixed(lower, known, near) !== undefined) return true
  // en-GB writes the `-ise` form, which the caller maps to this one (en-US) first.
  return dialect === 'en-US' && derivedIzeForm(lower, known, near) !== undefined
}

function inExtraWords(word: string, extra: ExtraWords): boolean {
  const lower = word.toLowerCase()
  if (extra.anyCase.has(lower) || (!isAscii(lower) && extra.anyCase.has(foldDiacritics(lower)))) return true
  const spellings = extra.spelled.get(lower)
  if (spellings === undefined) return false
  const written = writtenCase(word)
  return spellings.some((spelling) => casingAccepts(spellingCase(spelling), written, spelling, word))
}

/** Only ASCII letters: most words, which need no splitting or normalising. */
export function isPlainWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i) | 32
    if (code < 97 || code > 122) return false
  }
  return word.length > 0
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false
  return true
}

function matchesLexicon(
  lexicon: Lexicon,
  word: string,
  lower: string,
  written: WrittenCase,
  dialect: Dialect,
  possessive: boolean,
): boolean {
  const node = findNode(lexicon.trie, lower)
  if (node <= 0) return false
  const first = (lexicon.trie.word[node] as number) - 1
  for (let id = first; id >= 0 && id < first + (lexicon.trie.wordCount[node] as number); id++) {
    if (!inDialect(id, dialect) || (possessive && !takesPossessive(id))) continue
    const casing = casingOf(id)
    if (casing === CASING.mixed) {
      if (written === 'upper' || mixedSpelling(id) === word) return true
    } else if (casingAccepts(casing, written, '', word)) return true
  }
  return false
}

function spellingCase(spelling: string): number {
  const written = writtenCase(spelling)
  return written === 'lower'
    ? CASING.lower
    : written === 'capitalized'
      ? CASING.capitalized
      : written === 'upper'
        ? CASING.upper
        : CASING.mixed
}

/** Hunspell's rule: a word may be written capitalised or in capitals, never in lower case than listed. */
function casingAccepts(casing: number, written: WrittenCase, spelling: string, word: string): boolean {
  switch (casing) {
    case CASING.lower:
      return written !== 'mixed'
    case CASING.capitalized:
      return written === 'capitalized' || written === 'upper'
    case CASING.upper:
      return written === 'upper'
    default:
      return written === 'upper' || spelling === word
  }
}
