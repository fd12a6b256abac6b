import { editDistance } from '../../text/distance.js'
import { foldDiacritics } from '../../text/normalize.js'
import { keyOf } from './tokens.js'

/**
 * How a word of the letter relates to a word of the context, best first:
 * - `exact`: written as in the context;
 * - `diacritics`: only accents differ (`Jose` for `José`);
 * - `case`: letters are the same but their case is not (`Mcdonald` for `McDonald`);
 * - `typo`: within the allowed number of edits (`Jonhson` for `Johnson`).
 */
export type Likeness = 'exact' | 'diacritics' | 'case' | 'typo'

/** A word of a context name, prepared for comparison. */
export interface NameWord {
  text: string
  /** Lowercase, without diacritics. */
  key: string
  /** Lowercase, without diacritics, apostrophes or hyphens: `oconnor`, `annemarie`. */
  compact: string
}

export function nameWord(text: string): NameWord {
  const key = keyOf(text)
  return { text, key, compact: compactKey(key) }
}

export function compactKey(key: string): string {
  return key.replace(/['.\-\s]/g, '')
}

/**
 * Most edits for a word to count as a misspelling of a context word of `length` letters. A word
 * in a name position (after an honorific, in the greeting, beside another part of the name) may
 * stray further than one found on its own, which could be any other word.
 */
export function typoBound(length: number, anchored: boolean, max: number): number {
  const bound = anchored ? (length <= 3 ? 1 : 2) : length <= 3 ? 0 : length <= 5 ? 1 : 2
  return Math.min(bound, max)
}

/** `exact`, `diacritics` or `case` when `key` is the word's key already known to match. */
export function sameKeyLikeness(text: string, word: NameWord): Likeness {
  // "Ó" typed as O + combining acute is the same name as the precomposed "Ó".
  if (text === word.text || text.normalize('NFC') === word.text.normalize('NFC')) return 'exact'
  if (foldDiacritics(text) === foldDiacritics(word.text)) return 'diacritics'
  return 'case'
}

/** Edits between two keys, or `undefined` when more than `bound`. */
export function typoDistance(key: string, target: string, bound: number): number | undefined {
  if (bound <= 0) return undefined
  const distance = editDistance(key, target, bound)
  return distance <= bound ? distance : undefined
}
