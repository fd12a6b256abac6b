/**
 * Warm cost of the timing, tone and grammar checkers, and of the whole lint, per letter.
 *
 *   npm run bench:style -- test/fixtures/letters
 *
 * Takes a letter file or a directory of `.txt` letters. Each letter is parsed once; each checker's
 * `check` then runs on that document repeatedly (after a warm-up, with a fresh memo each time)
 * and the CPU time per call is printed, as is the whole `lintThankYou` (parsing included).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { CheckEnvironment, Checker } from '../src/checker.js'
import { grammar } from '../src/checks/grammar/index.js'
import { timing } from '../src/checks/timing/index.js'
import { tone } from '../src/checks/tone/index.js'
import { parseDocument, type ThankYouDocument } from '../src/document.js'
import { lintThankYou } from '../src/index.js'
import type { ThankYouContext } from '../src/types.js'

const target = process.argv[2]
if (!target) {
  console.error('usage: npm run bench:style -- <letter.txt | directory of .txt letters>')
  process.exit(1)
}
const files = statSync(target).isDirectory()
  ? readdirSync(target)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => join(target, name))
  : [target]
const letters = files.map((file) => readFileSync(file, 'utf8'))

const context: ThankYouContext = {
  candidate: { name: 'Jordan Lee' },
  interviewers: [{ name: 'Dana Okoro', honorific: 'Ms.' }],
  company: { name: 'Brightline' },
  position: 'Marketing Coordinator',
  interview: { endedAt: '2026-03-05T16:30:00-05:00', timeZone: 'America/New_York' },
  sendAt: '2026-03-07T21:10:00-05:00',
}
const environment: CheckEnvironment = { context, template: false, isRuleEnabled: () => true }
const ROUNDS = 1000

/**
 * CPU time per call in µs, after a warm-up long enough for the optimising compiler: the best of
 * three rounds of mean CPU time, so other processes on a shared machine inflate the figure as
 * little as possible.
 */
function mean(run: () => void): number {
  for (let i = 0; i < 1000; i++) run()
  let best = Number.POSITIVE_INFINITY
  for (let trial = 0; trial < 3; trial++) {
    const started = process.cpuUsage()
    for (let i = 0; i < ROUNDS; i++) run()
    const used = process.cpuUsage(started)
    best = Math.min(best, (used.user + used.system) / ROUNDS)
  }
  return best
}

function freshMemo(): ThankYouDocument['memo'] {
  const memos = new Map<string, unknown>()
  return <T>(key: string, compute: () => T): T => {
    if (!memos.has(key)) memos.set(key, compute())
    return memos.get(key) as T
  }
}

const checkers = [timing, tone, grammar] as unknown as Checker[]
const totals = new Map<string, number>()
let words = 0
for (const letter of letters) {
  const document = parseDocument(letter)
  words += document.words.length
  for (const checker of checkers) {
    const options = checker.defaults
    // A fresh memo per call, so data shared through it (phrase keys, context terms) is timed too.
    const time = mean(() => checker.check({ ...document, memo: freshMemo() }, environment, options))
    totals.set(checker.name, (totals.get(checker.name) ?? 0) + time)
  }
  totals.set('lint', (totals.get('lint') ?? 0) + mean(() => lintThankYou(letter, context)))
}
const n = letters.length
console.log(`${n} letters, ${Math.round(words / n)} words on average; mean warm CPU time per letter:`)
let three = 0
for (const [name, total] of totals) {
  if (name !== 'lint') three += total / n
  console.log(`  ${name.padEnd(8)} ${(total / n).toFixed(1).padStart(7)} µs`)
}
console.log(`  ${'3 total'.padEnd(8)} ${three.toFixed(1).padStart(7)} µs (timing + tone + grammar)`)
