/**
 * False alarms of the whole lint on letters written by other people: every error and warning that
 * `lintThankYou` raises on a labelled letter, per rule, per letter and per 1,000 words.
 *
 *   npm run eval:clean -- ../shared/data/letters-train.jsonl [--split tune|holdout|all] [--examples]
 *
 * The letters are good letters in many voices; a finding on one is a false alarm unless the letter
 * really has the fault (a casual "Hey" greeting, a 44-word note). A `missing-<point>` coverage
 * finding counts only where the letter's label says the point is made, so a letter that lacks a
 * point is not held against the checker. The split is coverage's (`scripts/coverage-eval/split.json`),
 * fixed before any rule was tuned on these letters; `--examples` prints the finding's text and is
 * refused on the held-out part, so tuning never reads it.
 */
import { readFileSync } from 'node:fs'
import { lintThankYou } from '../src/index.js'
import type { ThankYouContext } from '../src/types.js'
import { readJsonl } from './read-jsonl.js'

interface Letter {
  id: string
  style: string
  context: ThankYouContext
  text: string
  labels: Record<string, boolean>
}

const args = process.argv.slice(2)
const path = args.find((arg) => !arg.startsWith('--'))
const splitArg = args.find((arg) => arg.startsWith('--split'))
const split = splitArg?.includes('=') ? splitArg.split('=')[1] : args[args.indexOf('--split') + 1]
const which = splitArg ? (split ?? 'tune') : 'all'
const showExamples = args.includes('--examples')
if (!path || !['tune', 'holdout', 'all'].includes(which)) {
  console.error('usage: npm run eval:clean -- letters.jsonl [--split tune|holdout|all] [--examples]')
  process.exit(2)
}
if (showExamples && which !== 'tune') {
  console.error('--examples is for the tune split only: the held-out letters are never read while tuning')
  process.exit(2)
}

const splitFile = JSON.parse(
  readFileSync(new URL('./coverage-eval/split.json', import.meta.url), 'utf8'),
) as {
  tune: string[]
  holdout: string[]
}
const wanted = which === 'all' ? undefined : new Set(which === 'tune' ? splitFile.tune : splitFile.holdout)
const letters = readJsonl<Letter>(path).filter((letter) => !wanted || wanted.has(letter.id))

const byRule = new Map<string, { count: number; letters: Set<string>; examples: string[] }>()
let words = 0
const flaggedLetters = new Set<string>()
for (const letter of letters) {
  const report = lintThankYou(letter.text, letter.context)
  words += report.stats.words
  for (const finding of report.findings) {
    if (finding.severity === 'info') continue
    const point = /^missing-(appreciation|interest|contribution|specifics)$/.exec(finding.ruleId)?.[1]
    if (point && letter.labels[point] === false) continue
    const entry = byRule.get(finding.ruleId) ?? { count: 0, letters: new Set<string>(), examples: [] }
    entry.count++
    entry.letters.add(letter.id)
    flaggedLetters.add(letter.id)
    if (showExamples && entry.examples.length < 8) {
      const span = finding.position
        ? letter.text.slice(finding.position.start.offset, finding.position.end.offset)
        : ''
      entry.examples.push(
        `${letter.id} ${JSON.stringify(span.slice(0, 80))}: ${finding.message.slice(0, 110)}`,
      )
    }
    byRule.set(finding.ruleId, entry)
  }
}

const total = [...byRule.values()].reduce((sum, entry) => sum + entry.count, 0)
console.log(`letters: ${letters.length} (${which}), words: ${words}`)
console.log(
  `errors and warnings: ${total} (${(total / letters.length).toFixed(2)} per letter, ${((1000 * total) / words).toFixed(2)} per 1,000 words); letters with any: ${flaggedLetters.size} of ${letters.length}`,
)
console.log('\nrule                              findings  letters')
for (const [rule, entry] of [...byRule].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))) {
  console.log(`${rule.padEnd(34)}${String(entry.count).padStart(8)}${String(entry.letters.size).padStart(9)}`)
  for (const example of entry.examples) console.log(`    ${example}`)
}
