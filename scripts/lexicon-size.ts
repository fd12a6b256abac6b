/**
 * What each part of the spelling lexicon costs gzipped, and what other serialisations of the
 * same words would cost: the evidence for keeping the front-coded format (issue 21). Run with
 * `npx tsx scripts/lexicon-size.ts`.
 */
import { gzipSync } from 'node:zlib'
import {
  CASINGS,
  DIALECTS,
  FREQUENCIES,
  FREQUENCY_ALPHABET,
  MIXED_CASE,
  PREFIX_ALPHABET,
  WORDS,
} from '../src/checks/spelling/data/lexicon.ts'

const gz = (text: string) => gzipSync(text, { level: 9 }).length
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

// The lowercase forms, decoded from the front coding.
const words: string[] = []
let current = ''
for (let i = 0; i < WORDS.length; ) {
  const shared = PREFIX_ALPHABET.indexOf(WORDS.charAt(i))
  let j = i + 1
  while (j < WORDS.length && PREFIX_ALPHABET.indexOf(WORDS.charAt(j)) < 0) j++
  current = current.slice(0, shared) + WORDS.slice(i + 1, j)
  words.push(current)
  i = j
}

const levels = [...FREQUENCIES].map((char) => FREQUENCY_ALPHABET.indexOf(char))
const deltas = levels
  .map((level, i) => FREQUENCY_ALPHABET.charAt((level - (levels[i - 1] ?? 0) + 64) % 64))
  .join('')
const counts = new Map<number, number>()
for (const level of levels) counts.set(level, (counts.get(level) ?? 0) + 1)
let entropy = 0
for (const count of counts.values()) entropy -= count * Math.log2(count / levels.length)

console.log(`${words.length} word forms`)
console.log(`WORDS, front-coded (the format):          ${kb(WORDS.length)} raw, ${kb(gz(WORDS))} gzipped`)
console.log(`  the same words, one per line:           ${kb(gz(words.join('\n')))} gzipped`)
console.log(`FREQUENCIES, one character per word:      ${kb(gz(FREQUENCIES))} gzipped`)
console.log(`  its order-0 entropy (floor per symbol): ${kb(entropy / 8)}`)
console.log(`  delta from the previous word's level:   ${kb(gz(deltas))} gzipped`)
console.log(`CASINGS:                                  ${kb(gz(CASINGS))} gzipped`)
console.log(`DIALECTS:                                 ${kb(gz(DIALECTS))} gzipped`)
console.log(`MIXED_CASE:                               ${kb(gz(MIXED_CASE.join('\n')))} gzipped`)
