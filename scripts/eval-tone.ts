/**
 * Scores the tone checker on labelled letters.
 *
 *   npm run eval:tone                      # the fixtures in test/fixtures/tone
 *   npx tsx scripts/eval-tone.ts <directory with labels.json>
 */
import { evaluateTone } from './tone-eval.js'

const directory = process.argv[2]
if (!directory) {
  console.error('usage: tsx scripts/eval-tone.ts <directory with labels.json>')
  process.exit(1)
}
const result = evaluateTone(directory)
const unprofessional = result.letters.filter((letter) => !letter.professional)
const professional = result.letters.filter((letter) => letter.professional)
const percent = (value: number) => `${(value * 100).toFixed(1)}%`

for (const letter of result.letters) {
  const missed = letter.expected.filter((rule) => !letter.found.includes(rule))
  const extra = letter.found.filter((rule) => !letter.expected.includes(rule))
  if (missed.length === 0 && extra.length === 0) continue
  const notes = [
    missed.length > 0 && `missed ${missed.join(', ')}`,
    extra.length > 0 && `extra ${extra.join(', ')}`,
  ]
  console.log(`  ${letter.file}: ${notes.filter(Boolean).join('; ')}`)
}
const labels = unprofessional.reduce((sum, letter) => sum + letter.expected.length, 0)
console.log(`unprofessional letters: ${unprofessional.length}, labels: ${labels}`)
console.log(`  recall by label:  ${percent(result.labelRecall)}`)
console.log(`  recall by letter: ${percent(result.letterRecall)}`)
console.log(`professional letters: ${professional.length}`)
console.log(`  false-flag rate:  ${percent(result.falseFlagRate)}`)
