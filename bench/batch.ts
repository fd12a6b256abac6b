// The cost of the batch check: lints N letters to one company one by one, then as one
// lintThankYouBatch, in the same process, and prints both times and their ratio.
//   npx tsx bench/batch.ts [count=1000]
// Letters are the typical letter with the interviewer's name and one sentence varied, the
// worst case for the check: every letter is a copy of every other.
import { readFileSync } from 'node:fs'
import { lintThankYou, lintThankYouBatch } from '../src/index.js'

const count = Number(process.argv[2] ?? 1000)
const letter = readFileSync(
  new URL('../test/fixtures/letters/typical-marketing.txt', import.meta.url),
  'utf8',
)
const letters = Array.from({ length: count }, (_, i) => ({
  draft: letter.replace('Ms. Okoro', `Ms. Person${i}`).replace('on Thursday', `on day ${i}`),
  context: {
    interviewers: [{ name: `Dana Person${i}`, honorific: 'Ms.' }],
    company: { name: 'Brightline' },
    position: 'Marketing Coordinator',
    candidate: { name: 'Jordan Lee' },
  },
  name: `letter-${i}.txt`,
}))
// Warm both paths once.
lintThankYouBatch(letters.slice(0, 20))
const t0 = performance.now()
for (const item of letters) lintThankYou(item.draft, item.context)
const alone = performance.now() - t0
const t1 = performance.now()
const reports = lintThankYouBatch(letters)
const batch = performance.now() - t1
const copied = reports.filter((report) =>
  report.findings.some((finding) => finding.ruleId === 'copied-letter'),
).length
console.log(
  `${count} letters: one by one ${(alone / 1000).toFixed(2)} s, as a batch ${(batch / 1000).toFixed(2)} s (×${(batch / alone).toFixed(2)}); ${copied} flagged copied-letter`,
)
