/**
 * Measures the accuracy checker on perturbed letters.
 *
 *   npm run eval:accuracy -- <companies.txt> [<names_first.txt> <names_last.txt>] [--titles <letters.jsonl>] [--seed N] [--verbose] [--tune-only]
 *
 * Clean letters are the fixtures in test/fixtures/accuracy (contexts written into templates).
 * With the census name files, each context is also written again with random census names for
 * the interviewers and the candidate. Every clean letter is then perturbed once per kind:
 * a 1–2-edit typo of an interviewer's or the company's name (one edit for words under six
 * letters), a case error in either, a real company from <companies.txt> named as the employer
 * in any sentence that named the company (never one of the context's otherCompanies), another real
 * job title in place of the position (from the positions of <letters.jsonl> given with --titles,
 * cut before a comma, dash or parenthesis, else a built-in list). Contexts, companies and titles are
 * split into tune and held-out parts by accuracy-eval/split.ts, fixed before tuning: held-out
 * letters are perturbed with held-out companies and titles only, and reported apart. It prints:
 * - detection: the share of perturbed letters with an accuracy finding (warning or error) whose
 *   span covers the changed text;
 * - false alarms: accuracy warnings and errors on the clean letters, per 50 letters;
 * - cost: whether any clean letter needed compromise, what loading it costs, and the warm time of
 *   a lint with and without the accuracy checker on ~220-word letters (each fixture with its body
 *   three times), as the fastest of ten rounds of CPU time. Run under tsx, so a little slower than the
 *   built package.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { sep } from 'node:path'
import { lintThankYou } from '../src/index.js'
import type { Finding, ThankYouContext } from '../src/types.js'
import { CONTEXTS, type FixtureContext } from '../test/fixtures/accuracy/contexts.js'
import { type CleanLetter, cleanLetters, type Slot } from '../test/fixtures/accuracy/letters.js'
import {
  PERTURBATION_KINDS,
  type PerturbationKind,
  type Perturbed,
  perturb,
  plainTitle,
  seededRandom,
} from './accuracy-eval/perturb.js'
import { type Split, splitOf } from './accuracy-eval/split.js'

const args = process.argv.slice(2)
const flag = (name: string) => args.includes(name)
const seedAt = args.indexOf('--seed')
const seed = seedAt === -1 ? 20260302 : Number(args[seedAt + 1])
const titlesAt = args.indexOf('--titles')
const titlesPath = titlesAt === -1 ? undefined : args[titlesAt + 1]
const files = args.filter(
  (arg, i) => !arg.startsWith('--') && args[i - 1] !== '--seed' && args[i - 1] !== '--titles',
)
const [companiesPath, firstNamesPath, lastNamesPath] = files
if (!companiesPath) {
  console.error(
    'usage: npm run eval:accuracy -- <companies.txt> [<names_first.txt> <names_last.txt>] [--seed N] [--verbose]',
  )
  process.exit(2)
}
const readList = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
const companies = readList(companiesPath)
const titles = titlesPath
  ? [
      ...new Set(
        readList(titlesPath).map((line) =>
          plainTitle((JSON.parse(line) as { context: { position: string } }).context.position),
        ),
      ),
    ]
  : []
const random = seededRandom(seed)
const bySplit = <T>(items: readonly T[], key: (item: T) => string, split: Split) =>
  items.filter((item) => splitOf(key(item)) === split)

/** The contexts again with census names for interviewers and candidate, no honorifics. */
function censusContexts(first: readonly string[], last: readonly string[]): FixtureContext[] {
  const name = () =>
    `${first[Math.floor(random() * first.length)]} ${last[Math.floor(random() * last.length)]}`
  return CONTEXTS.map((fixture) => ({
    ...fixture,
    style: random() < 0.5 ? 'first' : 'casual',
    context: {
      ...fixture.context,
      candidate: { name: name() },
      interviewers: fixture.context.interviewers.map(() => ({ name: name() })),
    },
  }))
}

const sets: [string, CleanLetter[]][] = []
const addSets = (name: string, letters: CleanLetter[]) => {
  for (const split of ['tune', 'held-out'] as Split[]) {
    sets.push([`${name} (${split})`, bySplit(letters, (letter) => letter.context.company?.name ?? '', split)])
  }
}
addSets('fixtures', cleanLetters())
if (firstNamesPath && lastNamesPath) {
  addSets('census names', cleanLetters(censusContexts(readList(firstNamesPath), readList(lastNamesPath))))
}

/**
 * The human-written letters of <letters.jsonl> (given with --titles), as they are: the company
 * slots are where the text writes the company's name or an alias, the position slots where it
 * writes the title before its qualifiers. Split by letter id, as scripts/eval-accuracy-clean.ts.
 */
function realLetters(path: string): CleanLetter[] {
  const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const occurrences = (text: string, names: readonly string[], kind: Slot['kind'], flags: string) => {
    const slots: Slot[] = []
    for (const name of [...names].sort((a, b) => b.length - a.length)) {
      if (name.trim() === '') continue
      for (const match of text.matchAll(
        new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, `gu${flags}`),
      )) {
        const start = match.index
        const end = start + match[0].length
        if (slots.some((slot) => slot.start < end && start < slot.end)) continue
        slots.push({ kind, start, end, text: match[0] })
      }
    }
    return slots
  }
  return readList(path).map((line) => {
    const { id, context, text } = JSON.parse(line) as { id: string; context: ThankYouContext; text: string }
    const company = context.company
    const companyNames = company ? [company.name, ...(company.aliases ?? [])] : []
    return {
      id,
      context,
      draft: text,
      slots: [
        ...occurrences(text, companyNames, 'company', ''),
        ...(context.position ? occurrences(text, [plainTitle(context.position)], 'position', 'i') : []),
      ],
    }
  })
}
if (titlesPath) {
  const real = realLetters(titlesPath)
  for (const split of ['tune', 'held-out'] as Split[]) {
    sets.push([`real letters (${split})`, bySplit(real, (letter) => letter.id, split)])
  }
}

const requireCache = createRequire(import.meta.url).cache
const compromiseLoaded = () =>
  Object.keys(requireCache).some((path) => path.includes(`${sep}compromise${sep}`))
const loadedBy: string[] = []
const dumped: unknown[] = []

const alarming = (finding: Finding) => finding.checker === 'accuracy' && finding.severity !== 'info'
const covers = (finding: Finding, start: number, end: number) =>
  finding.position !== undefined &&
  finding.position.start.offset <= start &&
  finding.position.end.offset >= end

for (const [name, letters] of sets) {
  const split: Split = name.endsWith('(held-out)') ? 'held-out' : 'tune'
  const splitCompanies = bySplit(companies, (company) => company, split)
  const splitTitles = bySplit(titles, (title) => title, split)
  let alarms = 0
  let slotAlarms = 0
  const alarmLines: string[] = []
  for (const letter of letters) {
    const before = compromiseLoaded()
    const report = lintThankYou(letter.draft, letter.context)
    if (!before && compromiseLoaded()) loadedBy.push(`${name} ${letter.id}`)
    for (const finding of report.findings.filter(alarming)) {
      alarms++
      if (finding.ruleId === 'wrong-company' || finding.ruleId === 'wrong-position') slotAlarms++
      const where = finding.position
        ? JSON.stringify(letter.draft.slice(finding.position.start.offset, finding.position.end.offset))
        : '(letter)'
      if (finding.position) alarmLines.push(`  ${letter.id} ${finding.ruleId} ${where}: ${finding.message}`)
    }
  }

  const tally = new Map<PerturbationKind, { detected: number; total: number }>()
  const misses: string[] = []
  let slotHits = 0
  for (const letter of letters) {
    for (const kind of PERTURBATION_KINDS) {
      const perturbed: Perturbed | undefined = perturb(letter, kind, random, splitCompanies, splitTitles)
      if (!perturbed) continue
      const findings = lintThankYou(perturbed.draft, letter.context).findings.filter(alarming)
      const hit = findings.some((finding) => covers(finding, perturbed.start, perturbed.end))
      if (kind === 'other-company' || kind === 'position') {
        slotHits += findings.filter(
          (finding) =>
            (finding.ruleId === 'wrong-company' || finding.ruleId === 'wrong-position') &&
            covers(finding, perturbed.start, perturbed.end),
        ).length
      }
      const entry = tally.get(kind) ?? { detected: 0, total: 0 }
      entry.total++
      if (hit) entry.detected++
      else {
        const around = flag('--verbose')
          ? `  …${perturbed.draft.slice(Math.max(0, perturbed.start - 70), perturbed.end + 50).replace(/\s+/g, ' ')}…`
          : ''
        misses.push(`  ${kind} ${letter.id}: "${perturbed.before}" -> "${perturbed.after}"${around}`)
        if (process.env.DUMP_MISSES && split === 'tune')
          dumped.push({
            name,
            id: letter.id,
            kind,
            draft: perturbed.draft,
            context: letter.context,
            start: perturbed.start,
            end: perturbed.end,
          })
      }
      tally.set(kind, entry)
    }
  }

  // `--tune-only`: the held-out sets are run (so the seeded draws, and the tune figures, stay
  // those of a full run) but not printed, so no held-out figure is seen while tuning.
  if (flag('--tune-only') && split === 'held-out') continue
  let detected = 0
  let total = 0
  console.log(`\n${name}: ${letters.length} clean letters, seed ${seed}`)
  for (const [kind, entry] of tally) {
    detected += entry.detected
    total += entry.total
    console.log(
      `  ${kind.padEnd(18)} ${entry.detected}/${entry.total}  ${(entry.detected / entry.total).toFixed(3)}`,
    )
  }
  console.log(`  detection          ${detected}/${total}  ${(detected / total).toFixed(3)}`)
  console.log(
    `  false alarms       ${alarms} on ${letters.length} clean letters = ${((alarms / letters.length) * 50).toFixed(2)} per 50`,
  )
  console.log(
    `  wrong-company/wrong-position precision: ${slotHits} right on replaced names, ${slotAlarms} on clean letters = ${(slotHits / Math.max(1, slotHits + slotAlarms)).toFixed(3)}`,
  )
  // Held-out misses are never listed: they are not to be tuned on.
  if (split === 'held-out') {
    if (misses.length > 0) console.log(`  missed: ${misses.length} (held out: not listed)`)
  } else if (flag('--verbose') || misses.length <= 20) {
    if (misses.length > 0) console.log(`  missed:\n${misses.join('\n')}`)
  } else console.log(`  missed: ${misses.length} (run with --verbose to list)`)
  if (alarmLines.length > 0 && split === 'tune')
    console.log(`  false alarms on a span:\n${alarmLines.join('\n')}`)
}

if (process.env.DUMP_MISSES)
  (await import('node:fs')).writeFileSync(process.env.DUMP_MISSES, JSON.stringify(dumped))
// What loading compromise costs a fresh process, as lib/load-compromise.node.js does it.
const child = spawnSync(
  process.execPath,
  [
    '-e',
    "const t = performance.now(); require('compromise'); console.log((performance.now() - t).toFixed(0))",
  ],
  { encoding: 'utf8' },
)
console.log(
  `\ncompromise: ${loadedBy.length === 0 ? 'no clean letter needed it' : `first needed by clean letter ${loadedBy[0]}`}; loading it in a fresh process takes ${child.stdout.trim()} ms`,
)

const cpu = () => {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}
const long = cleanLetters().map((letter) => {
  const bodyStart = letter.draft.indexOf('\n\n', letter.draft.indexOf(',\n'))
  const bodyEnd = letter.draft.lastIndexOf('\n\n')
  const text = letter.draft.slice(bodyStart, bodyEnd)
  return { ...letter, draft: letter.draft.slice(0, bodyEnd) + text + text + letter.draft.slice(bodyEnd) }
})
const words = long.reduce((sum, letter) => sum + letter.draft.split(/\s+/).length, 0) / long.length
let withAccuracy = Number.POSITIVE_INFINITY
let withoutAccuracy = Number.POSITIVE_INFINITY
for (let round = 0; round < 10; round++) {
  let start = cpu()
  for (const letter of long) lintThankYou(letter.draft, letter.context)
  withAccuracy = Math.min(withAccuracy, (cpu() - start) / long.length)
  start = cpu()
  for (const letter of long) lintThankYou(letter.draft, letter.context, { checkers: { accuracy: false } })
  withoutAccuracy = Math.min(withoutAccuracy, (cpu() - start) / long.length)
}
console.log(
  `warm lint of ${long.length} letters of ~${words.toFixed(0)} words: ${withAccuracy.toFixed(3)} ms with accuracy, ${withoutAccuracy.toFixed(3)} ms without (accuracy ${(withAccuracy - withoutAccuracy).toFixed(3)} ms)`,
)
