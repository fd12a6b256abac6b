// Measures the fix loop and the batch check on letters written as clean thank-you notes:
//   npx tsx scripts/eval-fix.ts /work/shared/data/letters-train.jsonl tune|holdout
// Split (fixed before any measurement, never changed): letters with an even number in their id
// (T002, T004, …) are the tuning half, odd ids the held-out half. For each letter of the half it
// prints every fix the linter would apply (rule, text, replacement, with a little context), so a
// person can judge each one; then it lints the half as one batch with every letter given the same
// company, so any copied-letter or shared-sentence finding is a false alarm (the letters were
// written independently).
// Data: letters-train.jsonl, written for this project (see shared/data/SOURCES.md), same licence.
import { lintThankYou, lintThankYouBatch } from '../src/index.js'
import type { ThankYouContext } from '../src/types.js'
import { readJsonl } from './read-jsonl.js'

const [path, half] = process.argv.slice(2)
if (!path || (half !== 'tune' && half !== 'holdout')) {
  console.error('usage: tsx scripts/eval-fix.ts <letters.jsonl> tune|holdout')
  process.exit(2)
}
interface Row {
  id: string
  context: ThankYouContext
  text: string
}
const rows = readJsonl<Row>(path).filter(
  (row) => (Number(row.id.replace(/\D/g, '')) % 2 === 0) === (half === 'tune'),
)

let fixes = 0
let lettersWithFixes = 0
const byRule = new Map<string, number>()
for (const row of rows) {
  const found = lintThankYou(row.text, row.context).findings.filter((finding) => finding.fix)
  if (found.length > 0) lettersWithFixes++
  for (const finding of found) {
    const fix = finding.fix as NonNullable<typeof finding.fix>
    fixes++
    byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1)
    const [start, end] = fix.range
    const around = `${row.text.slice(Math.max(0, start - 30), start)}[${row.text.slice(start, end)} → ${fix.text}]${row.text.slice(end, end + 30)}`
    console.log(`${row.id}\t${finding.ruleId}\t${JSON.stringify(around)}`)
  }
}
console.log(`\n${half}: ${rows.length} letters, ${fixes} fixes in ${lettersWithFixes} letters`)
console.log([...byRule].map(([rule, count]) => `  ${rule}: ${count}`).join('\n'))

const company = { name: 'Acme Corporation' }
const reports = lintThankYouBatch(
  rows.map((row) => ({ draft: row.text, context: { ...row.context, company }, name: row.id })),
)
let copied = 0
let shared = 0
for (const [index, report] of reports.entries()) {
  for (const finding of report.findings) {
    if (finding.ruleId === 'copied-letter') copied++
    if (finding.ruleId === 'shared-sentence') {
      shared++
      console.log(
        `${rows[index]?.id}\tshared-sentence\t${JSON.stringify(finding.actual)}\t${finding.message}`,
      )
    }
  }
}
console.log(
  `batch, all ${rows.length} letters to one company: ${copied} copied-letter, ${shared} shared-sentence`,
)
