/**
 * Warm cost of the coverage checker per letter, and of a whole lint, on a folder of letters in
 * the coverage fixture format. Usage: `npm run bench:coverage -- <folder>`; the npm script passes
 * bench/fixtures (a typical ~250-word letter). Run it on test/fixtures/coverage/tune for more.
 */
import { lintThankYou } from '../src/index.js'
import { readLetters } from '../test/coverage-letters.js'

const folder = process.argv[2] ?? 'bench/fixtures'
const letters = readLetters(folder)
const words =
  letters.reduce((sum, letter) => sum + lintThankYou(letter.draft).stats.words, 0) / letters.length

function msPerLetter(options: Parameters<typeof lintThankYou>[2], rounds: number): number {
  const start = performance.now()
  for (let round = 0; round < rounds; round++) {
    for (const letter of letters) lintThankYou(letter.draft, letter.context, options)
  }
  return (performance.now() - start) / (rounds * letters.length)
}

// Warm up both paths, then alternate the measurements so drift hits both alike.
msPerLetter({}, 200)
msPerLetter({ checkers: { coverage: false } }, 200)
const all: number[] = []
const without: number[] = []
for (let i = 0; i < 5; i++) {
  all.push(msPerLetter({}, 400 / letters.length))
  without.push(msPerLetter({ checkers: { coverage: false } }, 400 / letters.length))
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
console.log(`${letters.length} letters, ${words.toFixed(0)} words on average`)
console.log(`whole lint:         ${median(all).toFixed(3)} ms/letter`)
console.log(`without coverage:   ${median(without).toFixed(3)} ms/letter`)
console.log(`coverage adds:      ${(median(all) - median(without)).toFixed(3)} ms/letter`)
