/**
 * False alarms of `wrong-company` / `wrong-position` on the clean probe sentences of
 * test/fixtures/accuracy/probes.ts (issue 18, fifth round):
 *
 *   npx tsx scripts/accuracy-eval/probes.ts [--held-out] [--verbose]
 *
 * Each probe is linted in two letters: one that names the context's company in its first
 * sentence, one that never names it (the whole-letter reading of leftover-company.ts). Only the
 * tune part is printed unless `--held-out` is given; held-out findings are listed with `--verbose`
 * only, and are never to be tuned on.
 */
import { lintThankYou } from '../../src/index.js'
import type { ThankYouContext } from '../../src/types.js'
import { PROBE_CONTEXT, PRODUCT_PROBES } from '../../test/fixtures/accuracy/probes.js'
import { type Split, splitOf } from './split.js'

const args = process.argv.slice(2)
const splits: Split[] = args.includes('--held-out') ? ['tune', 'held-out'] : ['tune']
const verbose = args.includes('--verbose')
const context: ThankYouContext = {
  ...PROBE_CONTEXT,
  interviewers: [...PROBE_CONTEXT.interviewers],
  company: { ...PROBE_CONTEXT.company, aliases: [...PROBE_CONTEXT.company.aliases] },
}

/** The probe in a short letter, with or without the company named before it. */
export function probeLetter(probe: string, named: boolean): string {
  const opening = named
    ? 'Thank you for meeting with me about the Operations Analyst position at Brightwater Health Partners.'
    : 'Thank you for meeting with me about the Operations Analyst position on Tuesday.'
  return `Dear Ms. Okoro,\n\n${opening} ${probe} I would be glad to help your team plan its next year.\n\nBest regards,\nJordan Lee\n`
}

for (const split of splits) {
  const probes = PRODUCT_PROBES.filter((probe) => splitOf(`probe/${probe}`) === split)
  const list = split === 'tune' || verbose
  for (const named of [true, false]) {
    let alarms = 0
    let probesWithAlarm = 0
    const lines: string[] = []
    for (const probe of probes) {
      const text = probeLetter(probe, named)
      const findings = lintThankYou(text, context).findings.filter(
        (finding) =>
          (finding.ruleId === 'wrong-company' || finding.ruleId === 'wrong-position') &&
          finding.severity !== 'info',
      )
      alarms += findings.length
      if (findings.length > 0) probesWithAlarm++
      for (const finding of findings) {
        const where = finding.position
          ? JSON.stringify(text.slice(finding.position.start.offset, finding.position.end.offset))
          : '(letter)'
        lines.push(`  ${finding.severity} ${finding.ruleId} ${where} in: ${probe}`)
      }
    }
    console.log(
      `${split}, ${named ? 'company named' : 'company never named'}: ${probes.length} probes, ${alarms} wrong-company/wrong-position alarms, ${probesWithAlarm} probes with any`,
    )
    if (list && lines.length > 0) console.log(lines.join('\n'))
    else if (lines.length > 0) console.log('  (held-out findings listed with --verbose only)')
  }
}
