/**
 * Measures the grammar checker (with spelling, which the recall counts too) on LanguageTool's rule
 * examples, or its false alarms on clean letters:
 *
 *   npm run eval:grammar -- ../shared/data/lt-email-tune.jsonl [--misses] [--alarms]
 *   npm run eval:grammar -- --clean ../shared/data/letters-train.jsonl bench/corpus/letters.txt
 *
 * Examples (one JSON object a line, see ../shared/data/SOURCES.md) are split by rule id into the
 * part tuned on and the held-out part listed in `scripts/grammar-eval/holdout-rules.txt` (written
 * by `scripts/split-grammar-holdout.ts` before any rule was tuned). For each part, overall and per
 * `emailTopic`, it prints:
 * - recall: of the sentences with an error, the share where a grammar or spelling finding of any
 *   severity overlaps the marked span (`recall e/w` counts errors and warnings only);
 * - fix: of the errors found that LanguageTool corrects, the share where one of the overlapping
 *   findings' `expected` gives LanguageTool's corrected sentence (or its corrected words);
 * - false alarms: of the correct sentences, the share with a grammar or spelling error or warning.
 *
 * `--real-words <letters.jsonl> [--list]` injects one real-word error a draft into clean letters
 * (see `scripts/grammar-eval/real-words.ts`) and prints, for the tuning letters and the held-out
 * letters apart (`scripts/grammar-eval/letters-holdout.txt`), the share of injected errors a grammar
 * or spelling finding overlaps, and the grammar errors and warnings per 1,000 words of the same
 * letters left clean.
 *
 * `--clean` lints whole letters (a `.jsonl` with a `text` field, or the bench corpus format) and
 * prints the grammar checker's errors and warnings per 1,000 words, each listed.
 *
 * `--only tune` (or `--only held`) prints only the part tuned on (or only the held-out part), in
 * every mode: while constants are being chosen, the held-out lines stay unseen. With `--clean` it
 * skips the letters of the other part of `scripts/grammar-eval/letters-holdout.txt` (ids of a
 * `.jsonl`; the bench corpus has no held-out part and is read whole either way).
 */
import { readFileSync } from 'node:fs'
import { lintThankYou } from '../src/index.ts'
import type { Finding, LintOptions } from '../src/types.ts'
import { inject, VOCABULARY_SIZE } from './grammar-eval/real-words.ts'
import { readJsonl } from './read-jsonl.js'

interface Example {
  ruleId: string
  emailTopic: string
  text: string
  markerStart: number
  markerEnd: number
  correction: string | null
  incorrect: boolean
}

const args = process.argv.slice(2)
/**
 * The whole lint, every checker on and no context, as an independent judge runs it: a checker's
 * findings can depend on the others (the pipeline drops duplicates), so grammar is not run alone.
 */
const options: LintOptions = {}

/** `--only tune` or `--only held`: the one part to print (both when absent). */
const only = (() => {
  const at = args.indexOf('--only')
  if (at < 0) return undefined
  const part = args[at + 1]
  if (part !== 'tune' && part !== 'held') {
    console.error('--only takes "tune" or "held"')
    process.exit(2)
  }
  args.splice(at, 2)
  return part
})()
/** Whether a part (held out or not) is to be printed. */
const shows = (heldOut: boolean) => only === undefined || (only === 'held') === heldOut
const heldLetters = () =>
  new Set(
    readFileSync(new URL('./grammar-eval/letters-holdout.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean),
  )

if (args[0] === '--clean') clean(args.slice(1))
else if (args[0] === '--real-words') realWords(args.slice(1))
else examples(args)

function examples(argv: string[]): void {
  const file = argv.find((arg) => !arg.startsWith('--'))
  if (!file) {
    console.error('usage: npm run eval:grammar -- <lt-email-tune.jsonl> [--misses] [--alarms]')
    process.exit(2)
  }
  const held = new Set(
    readFileSync(new URL('./grammar-eval/holdout-rules.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean),
  )
  const rows = readJsonl<Example>(file)
  const results = rows.map(score)
  for (const [name, heldOut] of [
    ['tuned on (70% of rule ids)', false],
    ['held out (30% of rule ids, never tuned on)', true],
  ] as const) {
    if (!shows(heldOut)) continue
    const part = results.filter((result) => held.has(result.example.ruleId) === heldOut)
    console.log(`\n## ${name}: ${part.length} sentences`)
    console.log(table(part))
    if (argv.includes('--misses')) {
      for (const r of part) {
        if (r.example.incorrect && !r.found) console.log(`MISS ${r.example.ruleId}\t${mark(r.example)}`)
        else if (r.example.incorrect && r.fixable && !r.fixed)
          console.log(`BADFIX ${r.example.ruleId}\t${mark(r.example)}\t${r.expected.join('|')}`)
      }
    }
    if (argv.includes('--alarms')) {
      for (const r of part) {
        if (r.alarm) console.log(`ALARM ${r.example.ruleId}\t${r.example.text}\t${r.alarms.join('; ')}`)
      }
    }
  }
}

interface Result {
  example: Example
  found: boolean
  foundStrong: boolean
  fixable: boolean
  fixed: boolean
  alarm: boolean
  alarms: string[]
  expected: string[]
}

function score(example: Example): Result {
  const findings = lintThankYou(example.text, undefined, options).findings.filter(
    (finding) => finding.checker === 'grammar' || finding.checker === 'spelling',
  )
  const overlapping = findings.filter((finding) => {
    const span = spanOf(finding)
    return span !== undefined && span[0] < example.markerEnd && span[1] > example.markerStart
  })
  const strong = (finding: Finding) => finding.severity === 'error' || finding.severity === 'warning'
  const corrections = example.correction?.split('|').filter(Boolean) ?? []
  const targets = new Set(
    corrections.map((c) => replaceIn(example.text, [example.markerStart, example.markerEnd], c)),
  )
  const fixed = overlapping.some((finding) => {
    const span = spanOf(finding)
    return (finding.expected ?? []).some(
      (expected) =>
        (span !== undefined && targets.has(replaceIn(example.text, span, expected))) ||
        corrections.some((c) => c.toLowerCase() === expected.toLowerCase()),
    )
  })
  const alarms = example.incorrect ? [] : findings.filter(strong).map(describe)
  return {
    example,
    found: example.incorrect && overlapping.length > 0,
    foundStrong: example.incorrect && overlapping.some(strong),
    fixable: corrections.length > 0 && overlapping.length > 0,
    fixed,
    alarm: alarms.length > 0,
    alarms,
    expected: overlapping.flatMap((finding) => finding.expected ?? []),
  }
}

function table(results: readonly Result[]): string {
  const groups = new Map<string, Result[]>([['all', [...results]]])
  for (const result of results) {
    const topic = result.example.emailTopic
    groups.set(topic, [...(groups.get(topic) ?? []), result])
  }
  const lines = [
    '| topic | errors | recall | recall e/w | fix among found | correct | false alarms |',
    '|---|---|---|---|---|---|---|',
  ]
  for (const [topic, part] of groups) {
    const wrong = part.filter((r) => r.example.incorrect)
    const right = part.filter((r) => !r.example.incorrect)
    const fixable = part.filter((r) => r.fixable)
    lines.push(
      `| ${topic} | ${wrong.length} | ${ratio(wrong.filter((r) => r.found).length, wrong.length)} | ${ratio(
        wrong.filter((r) => r.foundStrong).length,
        wrong.length,
      )} | ${ratio(fixable.filter((r) => r.fixed).length, fixable.length)} (${fixable.length}) | ${right.length} | ${ratio(
        right.filter((r) => r.alarm).length,
        right.length,
      )} |`,
    )
  }
  return lines.join('\n')
}

function clean(files: string[]): void {
  if (files.length === 0) {
    console.error('usage: npm run eval:grammar -- --clean <letters.jsonl|letters.txt> ...')
    process.exit(2)
  }
  let words = 0
  let flags = 0
  for (const file of files) {
    const heldOut = heldLetters()
    const drafts: string[] = file.endsWith('.jsonl')
      ? readJsonl<{ id?: string; text: string }>(file)
          .filter((row) => row.id === undefined || shows(heldOut.has(row.id)))
          .map((row) => row.text)
      : lettersOf(readFileSync(file, 'utf8'))
    let fileWords = 0
    let fileFlags = 0
    for (const draft of drafts) {
      fileWords += draft.split(/\s+/).filter((word) => /\w/.test(word)).length
      for (const finding of lintThankYou(draft, undefined, options).findings) {
        if (finding.checker !== 'grammar' || finding.severity === 'info') continue
        fileFlags++
        const span = spanOf(finding)
        const around = span ? draft.slice(Math.max(0, span[0] - 30), span[1] + 30).replace(/\s+/g, ' ') : ''
        console.log(`FLAG ${describe(finding)}\t…${around}…`)
      }
    }
    console.log(
      `${file}: ${drafts.length} letters, ${fileWords} words, ${fileFlags} grammar errors/warnings, ${per1000(fileFlags, fileWords)} per 1,000 words`,
    )
    words += fileWords
    flags += fileFlags
  }
  console.log(
    `all: ${words} words, ${flags} grammar errors/warnings, ${per1000(flags, words)} per 1,000 words`,
  )
}

function spanOf(finding: Finding): [number, number] | undefined {
  return finding.position ? [finding.position.start.offset, finding.position.end.offset] : undefined
}

function replaceIn(text: string, [start, end]: readonly [number, number], by: string): string {
  return text.slice(0, start) + by + text.slice(end)
}

function describe(finding: Finding): string {
  return `${finding.ruleId} "${finding.actual ?? ''}"→${JSON.stringify(finding.expected ?? [])}`
}

function mark(example: Example): string {
  const { text, markerStart, markerEnd } = example
  return `${text.slice(0, markerStart)}[${text.slice(markerStart, markerEnd)}]${text.slice(markerEnd)} → ${example.correction ?? ''}`
}

function ratio(count: number, total: number): string {
  return total === 0 ? '–' : (count / total).toFixed(3)
}

function per1000(count: number, total: number): string {
  return ((1000 * count) / Math.max(1, total)).toFixed(2)
}

/** The drafts of a bench corpus file: blocks opened by "=== id", headers, a blank line, the draft. */
function lettersOf(text: string): string[] {
  return text
    .split(/^=== /m)
    .slice(1)
    .map((block) => {
      const rest = block.slice(block.indexOf('\n') + 1)
      return rest.slice(rest.indexOf('\n\n') + 2).trimEnd()
    })
}

function realWords(argv: string[]): void {
  const file = argv.find((arg) => !arg.startsWith('--'))
  if (!file) {
    console.error('usage: npm run eval:grammar -- --real-words <letters-train.jsonl> [--list]')
    process.exit(2)
  }
  const held = heldLetters()
  const letters = readJsonl<{ id: string; text: string }>(file)
  console.log(`one error a draft; replacements among the ${VOCABULARY_SIZE} most frequent SUBTLEX-US words`)
  console.log(
    '| part | letters | words | injected | caught | caught e/w | grammar e/w per 1,000 clean words |',
  )
  console.log('|---|---|---|---|---|---|---|')
  for (const [name, heldOut] of [
    ['tuned on', false],
    ['held out (never tuned on)', true],
  ] as const) {
    if (!shows(heldOut)) continue
    const part = letters.filter((letter) => held.has(letter.id) === heldOut)
    let injected = 0
    let caught = 0
    let caughtStrong = 0
    let words = 0
    let flags = 0
    for (const letter of part) {
      words += letter.text.split(/\s+/).filter((word) => /\w/.test(word)).length
      flags += lintThankYou(letter.text, undefined, options).findings.filter(
        (finding) => finding.checker === 'grammar' && finding.severity !== 'info',
      ).length
      for (const draft of inject(letter.id, letter.text)) {
        injected++
        const overlapping = lintThankYou(draft.text, undefined, options).findings.filter((finding) => {
          if (finding.checker !== 'grammar' && finding.checker !== 'spelling') return false
          const span = spanOf(finding)
          return span !== undefined && span[0] < draft.end && span[1] > draft.start
        })
        if (overlapping.length > 0) caught++
        if (overlapping.some((finding) => finding.severity !== 'info')) caughtStrong++
        if (argv.includes('--list')) {
          const around = draft.text.slice(Math.max(0, draft.start - 25), draft.end + 25).replace(/\s+/g, ' ')
          const how = overlapping.map((finding) => finding.ruleId).join(',') || '-'
          console.log(
            `${overlapping.length > 0 ? 'CAUGHT' : 'MISS'} ${draft.meant}→${draft.typed}\t${how}\t…${around}…`,
          )
        }
      }
    }
    console.log(
      `| ${name} | ${part.length} | ${words} | ${injected} | ${ratio(caught, injected)} | ${ratio(caughtStrong, injected)} | ${per1000(flags, words)} |`,
    )
  }
}
