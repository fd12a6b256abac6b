/**
 * What each part of the spelling lexicon costs gzipped, tier by tier, and what other
 * serialisations of the same data would cost: the evidence for the format (issue 21). Run with
 * `npx tsx scripts/lexicon-size.ts`.
 */
import { gzipSync } from 'node:zlib'
import * as extension from '../lib/lexicon-extension.js'
import * as core from '../src/checks/spelling/data/lexicon.ts'

const gz = (text: string) => gzipSync(text, { level: 9 }).length
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** The lowercase forms of a tier, decoded from the front coding. */
function wordsOf(encoded: string): string[] {
  const words: string[] = []
  let current = ''
  for (let i = 0; i < encoded.length; ) {
    const shared = core.PREFIX_ALPHABET.indexOf(encoded.charAt(i))
    let j = i + 1
    while (j < encoded.length && core.PREFIX_ALPHABET.indexOf(encoded.charAt(j)) < 0) j++
    current = current.slice(0, shared) + encoded.slice(i + 1, j)
    words.push(current)
    i = j
  }
  return words
}

const { FREQUENCIES, FREQUENCY_ALPHABET } = extension
const levels = [...FREQUENCIES].map((char) => FREQUENCY_ALPHABET.indexOf(char))
const deltas = levels
  .map((level, i) => FREQUENCY_ALPHABET.charAt((level - (levels[i - 1] ?? 0) + 64) % 64))
  .join('')
const counts = new Map<number, number>()
for (const level of levels) counts.set(level, (counts.get(level) ?? 0) + 1)
let entropy = 0
for (const count of counts.values()) entropy -= count * Math.log2(count / levels.length)

for (const [name, tier] of [
  ['core tier (src/checks/spelling/data/lexicon.ts, with the page)', core],
  ['extension tier (lib/lexicon-extension.js, on demand)', extension],
] as const) {
  const words = wordsOf(tier.WORDS)
  console.log(`${name}: ${words.length} word forms`)
  console.log(
    `  WORDS, front-coded (the format):          ${kb(tier.WORDS.length)} raw, ${kb(gz(tier.WORDS))} gzipped`,
  )
  console.log(`    the same words, one per line:           ${kb(gz(words.join('\n')))} gzipped`)
  console.log(`  CASINGS:                                  ${kb(gz(tier.CASINGS))} gzipped`)
  console.log(`  DIALECTS:                                 ${kb(gz(tier.DIALECTS))} gzipped`)
  console.log(`  MIXED_CASE:                               ${kb(gz(tier.MIXED_CASE.join('\n')))} gzipped`)
}
console.log(`FREQUENCIES (extension tier), whole bits:   ${kb(gz(FREQUENCIES))} gzipped`)
console.log(`  its order-0 entropy (floor per symbol):   ${kb(entropy / 8)}`)
console.log(`  delta from the previous word's level:     ${kb(gz(deltas))} gzipped`)
