/**
 * Precision, recall and F1 of the coverage checker at detecting a *missing* point, per point, on
 * labelled letters. Usage: `npm run eval:coverage -- [folder…]` (default: the tuning and held-out
 * folders of test/fixtures/coverage). `--errors` lists every wrong call.
 */
import { lintThankYou } from '../src/index.js'
import { type CoverageLetter, POINTS, readLetters } from '../test/coverage-letters.js'

const args = process.argv.slice(2)
const showErrors = args.includes('--errors')
const folders = args.filter((arg) => !arg.startsWith('--'))
if (folders.length === 0) folders.push('test/fixtures/coverage/tune', 'test/fixtures/coverage/holdout')

function evaluate(letters: readonly CoverageLetter[]) {
  const rows = POINTS.map((point) => {
    let tp = 0
    let fp = 0
    let fn = 0
    const errors: string[] = []
    for (const letter of letters) {
      const report = lintThankYou(letter.draft, letter.context)
      const predictedMissing = !report.coverage[point].covered
      const missing = !letter.labels[point]
      if (predictedMissing && missing) tp++
      else if (predictedMissing) {
        fp++
        errors.push(`${letter.file}: said missing, labelled present`)
      } else if (missing) {
        fn++
        const evidence = report.coverage[point].evidence
        const said = evidence ? letter.draft.slice(evidence.start.offset, evidence.end.offset) : ''
        errors.push(`${letter.file}: said present ("${said}"), labelled missing`)
      }
    }
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
    return { point, missing: tp + fn, tp, fp, fn, precision, recall, f1, errors }
  })
  return rows
}

for (const folder of folders) {
  const letters = readLetters(folder)
  console.log(`\n${folder}: ${letters.length} letters (detecting a missing point)`)
  console.log('point         missing  tp  fp  fn  precision  recall    F1')
  for (const row of evaluate(letters)) {
    console.log(
      `${row.point.padEnd(13)} ${String(row.missing).padStart(7)} ${String(row.tp).padStart(3)} ${String(row.fp).padStart(3)} ${String(row.fn).padStart(3)}  ${row.precision.toFixed(2).padStart(9)}  ${row.recall.toFixed(2).padStart(6)}  ${row.f1.toFixed(2).padStart(4)}`,
    )
    if (showErrors) for (const error of row.errors) console.log(`    ${error}`)
  }
}
