/**
 * False alarms of the accuracy checker on clean letters written by people, not from templates:
 *
 *   npx tsx scripts/eval-accuracy-clean.ts [<letters-train.jsonl>] [--published <file.jsonl>]… [--all] [--held-out] [--verbose]
 *
 * With only <letters-train.jsonl> (`{ id, context, text }` a line, as
 * ../shared/data/letters-train.jsonl), it reads those letters, as in earlier rounds. With `--all`
 * it reads the whole clean set of accuracy-eval/clean-set.ts: letters written for accuracy, the
 * coverage letters (tune and voices), the bench corpus, the accuracy fixtures, the published
 * letters given with `--published` (a local copy outside the repository), and <letters-train.jsonl>
 * if given. Every accuracy warning or error on these letters is a false alarm; the script counts
 * them per letter, those on a span (a word wrongly flagged, not a letter-level "never names the
 * role") and `wrong-company` / `wrong-position` findings apart, per set and split.
 *
 * A letter that never names the company is read more widely (see
 * src/checks/accuracy/leftover-company.ts), so each letter is also linted with every mention of
 * the company and its aliases written as "your company" and the role's title as "open" ("the
 * open position"): the `wrong-company` and `wrong-position` findings on those letters are false
 * alarms of that wider reading.
 *
 * Only the tune part is printed unless `--held-out` is given; held-out findings are listed with
 * `--verbose` only, and neither is to be tuned on.
 */
import { lintThankYou } from '../src/index.js'
import type { ThankYouContext } from '../src/types.js'
import { type CleanSetLetter, cleanSet } from './accuracy-eval/clean-set.js'
import { plainTitle } from './accuracy-eval/perturb.js'
import { type Split, splitOf } from './accuracy-eval/split.js'
import { readJsonl } from './read-jsonl.js'

const args = process.argv.slice(2)
const published: string[] = []
for (let i = 0; i < args.length; i++)
  if (args[i] === '--published' && args[i + 1]) published.push(args[i + 1] as string)
const path = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--published')
const all = args.includes('--all')
if (!path && !all) {
  console.error(
    'usage: npx tsx scripts/eval-accuracy-clean.ts [<letters.jsonl>] [--published <file.jsonl>]… [--all] [--held-out] [--verbose]',
  )
  process.exit(2)
}
const verbose = args.includes('--verbose')
const splits: Split[] = args.includes('--held-out') ? ['tune', 'held-out'] : ['tune']
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const letters: CleanSetLetter[] = all
  ? cleanSet({ published, ...(path && { lettersTrain: path }) })
  : readJsonl<{ id: string; context: ThankYouContext; text: string }>(path as string).map((row) => ({
      set: 'letters-train',
      id: row.id,
      context: row.context,
      text: row.text,
      split: splitOf(row.id),
    }))

/** The letter with its company, aliases and role's title elided. */
function elide(letter: CleanSetLetter): string {
  const names = [letter.context.company?.name, ...(letter.context.company?.aliases ?? [])]
    .filter((name): name is string => Boolean(name?.trim()))
    .sort((a, b) => b.length - a.length)
  let elided = letter.text
  for (const name of names) elided = elided.split(name).join('your company')
  // The role's title proper, as the real-letter eval finds it, elided the same way.
  const title = letter.context.position ? plainTitle(letter.context.position) : ''
  if (title.trim()) elided = elided.replace(new RegExp(escapeRegExp(title), 'gi'), 'open')
  return elided
}

const sets = [...new Set(letters.map((letter) => letter.set))]
const totals = new Map<Split, { letters: number; slot: number; elided: number; span: number }>()
for (const split of splits) {
  for (const set of [...sets, 'all']) {
    const mine = letters.filter((letter) => letter.split === split && (set === 'all' || letter.set === set))
    if (set === 'all' && sets.length === 1) continue
    let alarms = 0
    let slotAlarms = 0
    let spanAlarms = 0
    let lettersWithAlarm = 0
    const lines: string[] = []
    let elidedAlarms = 0
    let unnamed = 0
    const list = split === 'tune' || verbose
    for (const letter of mine) {
      const names = [letter.context.company?.name, ...(letter.context.company?.aliases ?? [])].filter(
        (name): name is string => Boolean(name?.trim()),
      )
      if (!names.some((name) => letter.text.includes(name))) unnamed++
      const elided = elide(letter)
      for (const finding of lintThankYou(elided, letter.context).findings) {
        if (
          (finding.ruleId !== 'wrong-company' && finding.ruleId !== 'wrong-position') ||
          finding.severity === 'info'
        )
          continue
        elidedAlarms++
        if (set !== 'all') {
          const where = finding.position
            ? JSON.stringify(elided.slice(finding.position.start.offset, finding.position.end.offset))
            : '(letter)'
          lines.push(`  ${letter.set}/${letter.id} (elided) ${finding.severity} ${finding.ruleId} ${where}`)
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
        if (set !== 'all')
          lines.push(
            `  ${letter.set}/${letter.id} ${finding.severity} ${finding.ruleId} ${where}: ${finding.message}`,
          )
      }
    }
    if (set === 'all')
      totals.set(split, { letters: mine.length, slot: slotAlarms, elided: elidedAlarms, span: spanAlarms })
    const per = (n: number) => (mine.length === 0 ? 'n/a' : (n / mine.length).toFixed(3))
    console.log(`\n${split}, ${set}: ${mine.length} clean letters`)
    console.log(`  accuracy warnings and errors: ${alarms} (${per(alarms)} per letter)`)
    console.log(`  on a span (not letter-level):  ${spanAlarms} (${per(spanAlarms)} per letter)`)
    console.log(`  letters with any:             ${lettersWithAlarm} (${per(lettersWithAlarm)})`)
    console.log(`  wrong-company/wrong-position: ${slotAlarms} (${per(slotAlarms)} per letter)`)
    console.log(`  letters that never name the company as written: ${unnamed}`)
    console.log(
      `  wrong-company/wrong-position with company and role elided: ${elidedAlarms} (${per(elidedAlarms)} per letter)`,
    )
    if (list) {
      if (lines.length > 0) console.log(lines.join('\n'))
    } else if (lines.length > 0) console.log('  (held-out findings listed with --verbose only)')
  }
}
