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
 *
 * A letter that never names the company is read more widely (see
 * src/checks/accuracy/leftover-company.ts), so each letter is also linted with every mention of
 * the company and its aliases written as "your company" and the role's title as "open" ("the
 * open position"): the `wrong-company` and `wrong-position` findings on those letters are false
 * alarms of that wider reading.
 */
import { lintThankYou } from '../src/index.js'
import type { ThankYouContext } from '../src/types.js'
import { plainTitle } from './accuracy-eval/perturb.js'
import { type Split, splitOf } from './accuracy-eval/split.js'
import { readJsonl } from './read-jsonl.js'

const args = process.argv.slice(2)
const path = args.find((arg) => !arg.startsWith('--'))
if (!path) {
  console.error('usage: npx tsx scripts/eval-accuracy-clean.ts <letters.jsonl> [--verbose]')
  process.exit(2)
}
const verbose = args.includes('--verbose')
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const letters = readJsonl<{ id: string; context: ThankYouContext; text: string }>(path)

for (const split of ['tune', 'held-out'] as Split[]) {
  const mine = letters.filter((letter) => splitOf(letter.id) === split)
  let alarms = 0
  let slotAlarms = 0
  let spanAlarms = 0
  let lettersWithAlarm = 0
  const lines: string[] = []
  let elidedAlarms = 0
  let unnamed = 0
  for (const letter of mine) {
    const names = [letter.context.company?.name, ...(letter.context.company?.aliases ?? [])]
      .filter((name): name is string => Boolean(name?.trim()))
      .sort((a, b) => b.length - a.length)
    if (!names.some((name) => letter.text.includes(name))) unnamed++
    let elided = letter.text
    for (const name of names) elided = elided.split(name).join('your company')
    // The role's title proper, as the real-letter eval finds it, elided the same way.
    const title = letter.context.position ? plainTitle(letter.context.position) : ''
    if (title.trim()) elided = elided.replace(new RegExp(escapeRegExp(title), 'gi'), 'open')
    for (const finding of lintThankYou(elided, letter.context).findings) {
      if (
        (finding.ruleId !== 'wrong-company' && finding.ruleId !== 'wrong-position') ||
        finding.severity === 'info'
      )
        continue
      elidedAlarms++
      if (split === 'tune' || verbose) {
        const where = finding.position
          ? JSON.stringify(elided.slice(finding.position.start.offset, finding.position.end.offset))
          : '(letter)'
        lines.push(`  ${letter.id} (company elided) ${finding.severity} ${finding.ruleId} ${where}`)
      }
    }
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
  console.log(`  letters that never name the company as written: ${unnamed}`)
  console.log(
    `  wrong-company/wrong-position with company and role elided: ${elidedAlarms} (${per(elidedAlarms)} per letter)`,
  )
  if (split === 'tune' || verbose) {
    if (lines.length > 0) console.log(lines.join('\n'))
  } else if (lines.length > 0) console.log('  (held-out findings listed with --verbose only)')
}
