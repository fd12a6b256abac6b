/**
 * Precision, recall and F1 of the coverage checker at detecting a *missing* point (the positive
 * class is "the point is missing", as a `missing-*` warning says), per point, on labelled letters.
 *
 * Usage: `npm run eval:coverage -- [source…] [--split tune|holdout] [--errors]`
 * - a source is a folder of `.txt` letters with YAML front matter (test/fixtures/coverage/*), or a
 *   `.jsonl` file with one letter a line: `id`, `context`, `text`, `labels` (as
 *   ../shared/data/letters-train.jsonl); with no source, the two fixture folders;
 * - the letters published by career sites are a local copy, not in the repository
 *   (scripts/coverage-eval/PUBLISHED.md says how to rebuild it from their sources);
 * - `--split tune` or `--split holdout` keeps only the ids of that part of the set's split file
 *   (published-split.json when the source holds the published letters, else
 *   scripts/coverage-eval/split.json for letters-train.jsonl);
 * - `--errors` prints each wrong call with the clause the checker relied on.
 * Misclassified ids are always listed, and so is the false-alarm rate: the share of clean letters
 * (every point present) that get any `missing-*` warning.
 */
import { readFileSync } from 'node:fs'
import { lintThankYou } from '../src/index.js'
import type { CoveragePoint, ThankYouContext } from '../src/types.js'
import { POINTS, readLetters } from '../test/coverage-letters.js'
import { readJsonl } from './read-jsonl.js'

interface Letter {
  id: string
  context: ThankYouContext
  labels: Record<CoveragePoint, boolean>
  draft: string
}

interface Split {
  tune: string[]
  holdout: string[]
}

const args = process.argv.slice(2)
const showErrors = args.includes('--errors')
const splitIndex = args.indexOf('--split')
const partArg = splitIndex === -1 ? undefined : args[splitIndex + 1]
if (partArg !== undefined && partArg !== 'tune' && partArg !== 'holdout') {
  throw new Error('--split takes "tune" or "holdout"')
}
const part: keyof Split | undefined = partArg
const sources = args.filter(
  (arg, index) => !arg.startsWith('--') && (splitIndex === -1 || index !== splitIndex + 1),
)
if (sources.length === 0) sources.push('test/fixtures/coverage/tune', 'test/fixtures/coverage/holdout')

function readSource(source: string): Letter[] {
  if (!source.endsWith('.jsonl')) {
    return readLetters(source).map((letter) => ({ ...letter, id: letter.file }))
  }
  return readJsonl<Omit<Letter, 'draft'> & { text: string }>(source).map((row) => ({
    id: row.id,
    context: row.context,
    labels: row.labels,
    draft: row.text,
  }))
}

function keep(letters: Letter[]): Letter[] {
  if (!part) return letters
  // The published letters (a local copy, see scripts/coverage-eval/PUBLISHED.md) have their own split.
  const published = JSON.parse(readFileSync('scripts/coverage-eval/published-split.json', 'utf8')) as Split
  const isPublished = letters.some(
    (letter) => published.tune.includes(letter.id) || published.holdout.includes(letter.id),
  )
  const split = isPublished
    ? published
    : (JSON.parse(readFileSync('scripts/coverage-eval/split.json', 'utf8')) as Split)
  const ids = new Set(split[part])
  return letters.filter((letter) => ids.has(letter.id))
}

function evaluate(letters: readonly Letter[]) {
  const reports = letters.map((letter) => lintThankYou(letter.draft, letter.context))
  const clean = letters.filter((letter) => POINTS.every((point) => letter.labels[point]))
  const alarmed = clean.filter((letter) => {
    const report = reports[letters.indexOf(letter)]
    return POINTS.some((point) => !report?.coverage[point]?.covered)
  })
  const rows = POINTS.map((point) => {
    let tp = 0
    let fp = 0
    let fn = 0
    const wrong: string[] = []
    const errors: string[] = []
    letters.forEach((letter, index) => {
      const covered = reports[index]?.coverage[point]
      const predictedMissing = !covered?.covered
      const missing = !letter.labels[point]
      if (predictedMissing && missing) tp++
      else if (predictedMissing) {
        fp++
        wrong.push(letter.id)
        errors.push(`${letter.id}: said missing, labelled present`)
      } else if (missing) {
        fn++
        wrong.push(letter.id)
        const evidence = covered?.evidence
        const said = evidence ? letter.draft.slice(evidence.start.offset, evidence.end.offset) : ''
        errors.push(`${letter.id}: said present ("${said}"), labelled missing`)
      }
    })
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
    return { point, missing: tp + fn, tp, fp, fn, precision, recall, f1, wrong, errors }
  })
  return { rows, clean: clean.length, alarmed: alarmed.map((letter) => letter.id) }
}

for (const source of sources) {
  const letters = keep(readSource(source))
  const label = part ? `${source} (${part} split)` : source
  console.log(`\n${label}: ${letters.length} letters (positive class: the point is missing)`)
  console.log('point         missing  tp  fp  fn  precision  recall    F1  misclassified')
  const result = evaluate(letters)
  for (const row of result.rows) {
    console.log(
      `${row.point.padEnd(13)} ${String(row.missing).padStart(7)} ${String(row.tp).padStart(3)} ${String(row.fp).padStart(3)} ${String(row.fn).padStart(3)}  ${row.precision.toFixed(2).padStart(9)}  ${row.recall.toFixed(2).padStart(6)}  ${row.f1.toFixed(2).padStart(4)}  ${row.wrong.join(' ')}`,
    )
    if (showErrors) for (const error of row.errors) console.log(`    ${error}`)
  }
  console.log(
    `clean letters with any missing-* warning: ${result.alarmed.length} of ${result.clean}${result.alarmed.length > 0 ? ` (${result.alarmed.join(' ')})` : ''}`,
  )
}
