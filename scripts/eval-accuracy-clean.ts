/**
 * False alarms of the accuracy checker on clean letters written by people, not from templates:
 *
 *   npx tsx scripts/eval-accuracy-clean.ts <letters.jsonl> [--verbose]
 *
 * Each line holds `{ id, context, text }` (as ../shared/data/letters-train.jsonl does). Every
 * accuracy warning or error on these letters is a false alarm; the script counts them per letter,
 * those on a span (a word wrongly flagged, not a letter-level "never names the role") and
 * `wrong-company` / `wrong-position` findings apart, for the tune and held-out halves of the
 * split in accuracy-eval/split.ts.
 */
import { lintThankYou } from '../src/index.js'
import type { ThankYouContext } from '../src/types.js'
import { type Split, splitOf } from './accuracy-eval/split.js'
import { readJsonl } from './read-jsonl.js'

const args = process.argv.slice(2)
const path = args.find((arg) => !arg.startsWith('--'))
if (!path) {
  console.error('usage: npx tsx scripts/eval-accuracy-clean.ts <letters.jsonl> [--verbose]')
  process.exit(2)
}
const verbose = args.includes('--verbose')
const letters = readJsonl<{ id: string; context: ThankYouContext; text: string }>(path)

for (const split of ['tune', 'held-out'] as Split[]) {
  const mine = letters.filter((letter) => splitOf(letter.id) === split)
  let alarms = 0
  let slotAlarms = 0
  let spanAlarms = 0
  let lettersWithAlarm = 0
  const lines: string[] = []
  for (const letter of mine) {
    const findings = lintThankYou(letter.text, letter.context).findings.filter(
      (finding) => finding.checker === 'accuracy' && finding.severity !== 'info',
    )
    if (findings.length > 0) lettersWithAlarm++
    for (const finding of findings) {
      alarms++
      if (finding.position) spanAlarms++
      if (finding.ruleId === 'wrong-company' || finding.ruleId === 'wrong-position') slotAlarms++
      const where = finding.position
        ? JSON.stringify(letter.text.slice(finding.position.start.offset, finding.position.end.offset))
        : '(letter)'
      lines.push(`  ${letter.id} ${finding.severity} ${finding.ruleId} ${where}: ${finding.message}`)
    }
  }
  const per = (n: number) => (mine.length === 0 ? 'n/a' : (n / mine.length).toFixed(3))
  console.log(`\n${split}: ${mine.length} clean letters from ${path}`)
  console.log(`  accuracy warnings and errors: ${alarms} (${per(alarms)} per letter)`)
  console.log(`  on a span (not letter-level):  ${spanAlarms} (${per(spanAlarms)} per letter)`)
  console.log(`  letters with any:             ${lettersWithAlarm} (${per(lettersWithAlarm)})`)
  console.log(`  wrong-company/wrong-position: ${slotAlarms} (${per(slotAlarms)} per letter)`)
  if (split === 'tune' || verbose) {
    if (lines.length > 0) console.log(lines.join('\n'))
  } else if (lines.length > 0) console.log('  (held-out findings listed with --verbose only)')
}
