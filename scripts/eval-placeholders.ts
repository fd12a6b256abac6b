/**
 * Measures placeholder detection on the letters in test/fixtures/placeholders: how many stand-ins
 * each set's letters hold are reported as `unresolved-placeholder` with their exact text, how many
 * findings are not stand-ins, and how many findings clean letters get.
 *
 *   npm run eval:placeholders
 */
import { readFileSync } from 'node:fs'
import { lintThankYou } from '../src/index.js'

const folder = new URL('../test/fixtures/placeholders/', import.meta.url)

function found(text: string): string[] {
  return lintThankYou(text, undefined, { checkers: { structure: true } })
    .findings.filter((finding) => finding.ruleId === 'unresolved-placeholder')
    .map((finding) => finding.actual ?? '')
}

for (const set of ['tune', 'holdout']) {
  const letters = JSON.parse(readFileSync(new URL(`${set}.json`, folder), 'utf8')) as {
    text: string
    placeholders: string[]
  }[]
  let expected = 0
  let hit = 0
  const missed: string[] = []
  const extra: string[] = []
  for (const letter of letters) {
    const actual = found(letter.text)
    expected += letter.placeholders.length
    for (const placeholder of letter.placeholders) {
      if (actual.includes(placeholder)) hit++
      else missed.push(placeholder)
    }
    for (const text of actual) if (!letter.placeholders.includes(text)) extra.push(text)
  }
  console.log(`${set}: ${hit} of ${expected} placeholders found; ${extra.length} findings that are not one`)
  if (missed.length > 0) console.log(`  missed: ${missed.map((text) => JSON.stringify(text)).join(', ')}`)
  if (extra.length > 0)
    console.log(`  not placeholders: ${extra.map((text) => JSON.stringify(text)).join(', ')}`)
}

const clean = JSON.parse(readFileSync(new URL('clean.json', folder), 'utf8')) as string[]
const alarms = clean.flatMap(found)
console.log(
  `clean: ${alarms.length} false alarms in ${clean.length} letters ${alarms.length ? JSON.stringify(alarms) : ''}`,
)
