/**
 * Lints the drafts in examples/drafts/ against their interview contexts and prints the findings.
 * Run it with `npm run example`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { lintThankYou, type ThankYouContext } from 'thank-you-lint'

const folder = new URL('./drafts/', import.meta.url)

for (const name of readdirSync(folder)
  .filter((file) => file.endsWith('.txt'))
  .sort()) {
  const draft = readFileSync(new URL(name, folder), 'utf8')
  const context = JSON.parse(
    readFileSync(new URL(name.replace(/\.txt$/, '.context.json'), folder), 'utf8'),
  ) as ThankYouContext

  const report = lintThankYou(draft, context)

  console.log(`examples/drafts/${name}: ${report.ok ? 'ok' : 'has errors'}`)
  const { words, paragraphs, pageFraction } = report.stats
  const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`
  console.log(
    `  ${plural(words, 'word')}, ${plural(paragraphs, 'paragraph')}, ${Math.round(pageFraction * 100)}% of an A4 page`,
  )
  for (const finding of report.findings) {
    const where = finding.position ? `${finding.position.start.line}:${finding.position.start.column}` : '-'
    const fix = finding.expected?.length ? ` → ${finding.expected[0]}` : ''
    console.log(
      `  ${where.padEnd(6)} ${finding.severity.padEnd(7)} ${finding.message}${fix}  ${finding.ruleId}`,
    )
  }
  console.log()
}
