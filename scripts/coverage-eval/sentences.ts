/**
 * One-sentence probes of the coverage readings, written for issue 15 while tuning (round 2: the
 * files without a number or numbered 1–4; round 3: interest-5..7, contribution-2..4,
 * specifics-2..3; round 4: interest-8..9, contribution-5, specifics-4..5; each written before the
 * code change it led to), so they are tuned-on data, not an independent measure. Each line of
 * a file under `sentences/` is `+ sentence` (the point must count) or `- sentence` (it must not);
 * `#` lines are comments.
 * The point is the file name's first word (`interest-2.txt` → interest). Usage:
 * `npx tsx scripts/coverage-eval/sentences.ts [file…]` (default: every file); prints each wrong
 * call and a count per file.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { lintThankYou } from '../../src/index.js'
import type { CoveragePoint } from '../../src/types.js'

const folder = 'scripts/coverage-eval/sentences'
const files = process.argv.slice(2)
if (files.length === 0) files.push(...readdirSync(folder).map((name) => join(folder, name)))
const context = {
  interviewers: [{ name: 'Dana Ruiz' }],
  company: { name: 'Northwind Logistics' },
  position: 'Operations Coordinator',
}
for (const file of files.sort()) {
  const point = basename(file).split(/[-.]/)[0] as CoveragePoint
  let total = 0
  let wrong = 0
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!/^[+-] /.test(line)) continue
    total++
    const sentence = line.slice(2)
    const draft = `Dear Dana,\n\n${sentence}\n\nBest regards,\nSam Lee`
    const covered = lintThankYou(draft, context).coverage[point]?.covered ?? false
    if (covered !== line.startsWith('+')) {
      wrong++
      console.log(`  wrong: ${line}`)
    }
  }
  console.log(`${basename(file)} (${point}): ${wrong} wrong of ${total}`)
}
