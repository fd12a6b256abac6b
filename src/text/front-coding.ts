/**
 * Front coding: a sorted list of lowercase words as one string, each word written as one prefix
 * character (how many leading characters it shares with the word before, as a character code
 * `FRONT_CODE_ZERO` + n) then the rest of the word. Gzip finds far more to share in it than in a
 * quoted array (the census name lists: 30 KB against 46 KB), and decoding it is one pass.
 */

/** The prefix character of a word that shares nothing with the one before (`0`). */
export const FRONT_CODE_ZERO = 48
/** Prefix characters run from `0` to `` ` ``; word characters lie above them (`a`–`z`) or below (`'`, `-`). */
const FRONT_CODE_LAST = 96

/** The words of a front-coded string, in order. */
export function frontCodedWords(encoded: string): string[] {
  const words: string[] = []
  let previous = ''
  let at = 0
  while (at < encoded.length) {
    const shared = encoded.charCodeAt(at) - FRONT_CODE_ZERO
    const end = wordEnd(encoded, at)
    previous = previous.slice(0, shared) + encoded.slice(at + 1, end)
    words.push(previous)
    at = end
  }
  return words
}

/**
 * A front-coded list that answers `has` without decoding it whole. On the first `has` one pass over
 * the string (no word built) notes where each run of words sharing their first two characters
 * starts; a lookup then decodes only the run of its own first two characters (at most a few hundred
 * words in the census lists). Decoding every word into a Map cost the first lint 30–80 ms of CPU;
 * this index costs about a millisecond. Its one cache, the run index, holds at most one entry per
 * two-character prefix the list has, and is built once.
 */
export class FrontCodedSet {
  readonly #encoded: string
  #runs: Map<string, number[]> | undefined

  constructor(encoded: string) {
    this.#encoded = encoded
  }

  has(word: string): boolean {
    this.#runs ??= indexRuns(this.#encoded)
    const key = word.slice(0, 2)
    const starts = this.#runs.get(key)
    if (starts === undefined) return false
    for (const start of starts) if (runHas(this.#encoded, start, key, word)) return true
    return false
  }
}

/** Where each run of words sharing their first two characters starts, by those characters. */
function indexRuns(encoded: string): Map<string, number[]> {
  const runs = new Map<string, number[]>()
  let key = ''
  let at = 0
  while (at < encoded.length) {
    const shared = encoded.charCodeAt(at) - FRONT_CODE_ZERO
    const end = wordEnd(encoded, at)
    if (shared < 2) {
      // The word's first two characters: the `shared` it keeps from the word before, then its own.
      key = key.slice(0, shared) + encoded.slice(at + 1, Math.min(end, at + 3 - shared))
      const starts = runs.get(key)
      if (starts) starts.push(at)
      else runs.set(key, [at])
    }
    at = end
  }
  return runs
}

/** Where the word whose prefix character stands at `at` ends: at the next prefix character. */
function wordEnd(encoded: string, at: number): number {
  let end = at + 1
  while (end < encoded.length && !isPrefixCode(encoded.charCodeAt(end))) end++
  return end
}

/** Whether the run that starts at `start` (its words begin with `key`) holds `word`. */
function runHas(encoded: string, start: number, key: string, word: string): boolean {
  let previous = key
  let at = start
  while (at < encoded.length) {
    const shared = encoded.charCodeAt(at) - FRONT_CODE_ZERO
    // A word that keeps fewer than two characters starts the next run.
    if (at !== start && shared < 2) return false
    const end = wordEnd(encoded, at)
    previous = previous.slice(0, shared) + encoded.slice(at + 1, end)
    if (previous === word) return true
    at = end
  }
  return false
}

/**
 * A record whose values are written relative to their keys: its keys front-coded, and for each key
 * in that order one comma-separated item, how many characters to drop from the end of the key (a
 * decimal number) then what to add (`helps` → `help` is `1`, `accompanies` → `accompany` is `3y`,
 * `setup` → `set up` is `2 up`). Written by `frontCodeRecord`.
 */
export function frontCodedRecord(keys: string, values: string): Record<string, string> {
  // No prototype: a lookup of a draft's word ("constructor") must find nothing it does not hold.
  const record: Record<string, string> = Object.create(null)
  const words = frontCodedWords(keys)
  const items = values === '' ? [] : values.split(',')
  if (items.length !== words.length) throw new TypeError(`${words.length} keys but ${items.length} values`)
  for (let i = 0; i < words.length; i++) {
    const key = words[i] as string
    const item = items[i] as string
    let digits = 0
    while (digits < item.length && item.charCodeAt(digits) >= 48 && item.charCodeAt(digits) <= 57) digits++
    record[key] = key.slice(0, key.length - Number(item.slice(0, digits))) + item.slice(digits)
  }
  return record
}

/** The two strings `frontCodedRecord` reads, for a record whose values hold no comma. */
export function frontCodeRecord(record: Readonly<Record<string, string>>): { keys: string; values: string } {
  const keys = Object.keys(record).sort()
  const values = keys.map((key) => {
    const value = record[key] as string
    let shared = 0
    while (shared < key.length && shared < value.length && key[shared] === value[shared]) shared++
    const added = value.slice(shared)
    if (value.includes(',') || /^\d/.test(added))
      throw new TypeError(
        `cannot write ${JSON.stringify(value)}: a comma, or a digit after what it shares with its key`,
      )
    return `${key.length - shared}${added}`
  })
  return { keys: frontCode(keys), values: values.join(',') }
}

/** Front-codes sorted words whose characters all lie outside the prefix characters' range. */
export function frontCode(words: readonly string[]): string {
  let encoded = ''
  let previous = ''
  for (const word of words) {
    let shared = 0
    const limit = Math.min(previous.length, word.length, FRONT_CODE_LAST - FRONT_CODE_ZERO)
    while (shared < limit && previous.charCodeAt(shared) === word.charCodeAt(shared)) shared++
    for (let i = shared; i < word.length; i++) {
      if (isPrefixCode(word.charCodeAt(i))) throw new TypeError(`cannot front-code ${JSON.stringify(word)}`)
    }
    encoded += String.fromCharCode(FRONT_CODE_ZERO + shared) + word.slice(shared)
    previous = word
  }
  return encoded
}

function isPrefixCode(code: number): boolean {
  return code >= FRONT_CODE_ZERO && code <= FRONT_CODE_LAST
}
