/**
 * Scores the tone checker on single sentences, each set in the body of an otherwise clean letter:
 * recall on sentences labelled with a rule, and the share of clean sentences that raise any tone
 * finding. The held-out set (test/fixtures/tone-holdout/sentences.json) was written before any
 * change to the tone word lists and is never used to tune them.
 *
 *   npm run eval:tone-holdout
 *   npx tsx scripts/eval-tone-sentences.ts <sentences.json>
 */
import { readFileSync } from 'node:fs'
import { lintThankYou } from '../src/index.ts'

interface LabelledSentence {
  text: string
  rule: string | null
}

const path = process.argv[2] ?? 'test/fixtures/tone-holdout/sentences.json'
const { sentences } = JSON.parse(readFileSync(path, 'utf8')) as { sentences: LabelledSentence[] }

const before = 'Dear Ms. Okoro,\n\nThank you for meeting with me on Tuesday about the Analyst role. '
const after = ' I would bring my reporting experience to your team.\n\nBest regards,\nJordan Lee'
const context = {
  candidate: { name: 'Jordan Lee' },
  interviewers: [{ name: 'Dana Okoro', honorific: 'Ms.' }],
  position: 'Analyst',
}

let found = 0
let labelled = 0
let flaggedClean = 0
let clean = 0
for (const { text, rule } of sentences) {
  const start = before.length
  const end = start + text.length
  const tone = lintThankYou(before + text + after, context).findings.filter(
    (finding) =>
      finding.checker === 'tone' &&
      finding.position !== undefined &&
      finding.position.start.offset < end &&
      finding.position.end.offset > start,
  )
  const ids = tone.map((finding) => finding.ruleId)
  if (rule) {
    labelled++
    if (ids.includes(rule)) found++
    else console.log(`  missed ${rule}: ${text}${ids.length > 0 ? ` (got ${ids.join(', ')})` : ''}`)
  } else {
    clean++
    if (ids.length > 0) {
      flaggedClean++
      console.log(`  false ${ids.join(', ')}: ${text}`)
    }
  }
}
console.log(`${path}`)
console.log(`recall: ${found} of ${labelled} = ${(found / labelled).toFixed(2)}`)
console.log(
  `clean sentences flagged: ${flaggedClean} of ${clean} = ${((flaggedClean / clean) * 100).toFixed(1)}%`,
)
