/**
 * Warm cost of the coverage checker per letter, and of a whole lint, on a folder of letters in
 * the coverage fixture format. Usage: `npm run bench:coverage -- <folder>`; the npm script passes
 * bench/fixtures (a typical ~250-word letter). Run it on test/fixtures/coverage/tune for more.
 *
 * Times are CPU time of this process (`process.cpuUsage`), medians of short interleaved rounds,
 * so that other processes on a shared machine disturb them less than wall-clock time.
 */
import { lintThankYou } from '../src/index.js'
import type { LintOptions } from '../src/types.js'
import { readLetters } from '../test/coverage-letters.js'

const folder = process.argv[2] ?? 'bench/fixtures'
const letters = readLetters(folder)
const words =
  letters.reduce((sum, letter) => sum + lintThankYou(letter.draft).stats.words, 0) / letters.length
const withCoverage: LintOptions = {}
const withoutCoverage: LintOptions = { checkers: { coverage: false } }

function cpuMs(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** CPU milliseconds per letter over `rounds` passes through the letters. */
function msPerLetter(options: LintOptions, rounds: number): number {
  const start = cpuMs()
  for (let round = 0; round < rounds; round++) {
    for (const letter of letters) lintThankYou(letter.draft, letter.context, options)
  }
  return (cpuMs() - start) / (rounds * letters.length)
}

const rounds = Math.max(1, Math.round(100 / letters.length))
for (let i = 0; i < 10; i++) {
  msPerLetter(withCoverage, rounds)
  msPerLetter(withoutCoverage, rounds)
}
const all: number[] = []
const without: number[] = []
for (let i = 0; i < 31; i++) {
  all.push(msPerLetter(withCoverage, rounds))
  without.push(msPerLetter(withoutCoverage, rounds))
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0
console.log(`${letters.length} letters, ${words.toFixed(0)} words on average (CPU ms per letter, median)`)
console.log(`whole lint:         ${median(all).toFixed(3)}`)
console.log(`without coverage:   ${median(without).toFixed(3)}`)
console.log(`coverage adds:      ${(median(all) - median(without)).toFixed(3)}`)
