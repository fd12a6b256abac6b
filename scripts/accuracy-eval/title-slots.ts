/**
 * Recall and false alarms of `wrong-position` on job titles in the slots issue 18 names, written for
 * the fifth round and from no data set:
 *
 *   npx tsx scripts/accuracy-eval/title-slots.ts [--held-out] [--verbose]
 *
 * Each title of TITLES (none is the context's role, Operations Analyst) is written, capitalised
 * and in lowercase, in every slot of SLOTS: a letter with it is a miss unless `wrong-position`
 * (warning or error) covers it. Each is also written in the clean frames of CLEAN, where it is a
 * team, the writer's own past job or an interviewer's, and any `wrong-position` or `wrong-company`
 * finding there is a false alarm. A title is held out when `splitOf('title-probe/<title>')` says
 * so; the split was fixed with the list, before any change to the checker for it. Only the tune
 * part is printed unless `--held-out` is given; held-out misses are listed with `--verbose` only.
 */
import { lintThankYou } from '../../src/index.js'
import type { ThankYouContext } from '../../src/types.js'
import { type Split, splitOf } from './split.js'

const TITLES = [
  'Actuary',
  'Barista',
  'Bookkeeper',
  'Cashier',
  'Claims Adjuster',
  'Copywriter',
  'Court Reporter',
  'Dental Hygienist',
  'Dispatcher',
  'Electrician',
  'Event Planner',
  'Flight Attendant',
  'Forklift Operator',
  'Graphic Designer',
  'Home Health Aide',
  'HVAC Technician',
  'Insurance Underwriter',
  'Line Cook',
  'Loan Officer',
  'Locksmith',
  'Machinist',
  'Medical Assistant',
  'Occupational Therapist',
  'Paralegal',
  'Pharmacy Technician',
  'Phlebotomist',
  'Plumber',
  'Radiologic Technologist',
  'Registered Nurse',
  'Respiratory Therapist',
  'Security Guard',
  'Social Worker',
  'Software Engineer',
  'Sous Chef',
  'Speech Pathologist',
  'Surveyor',
  'Teacher Aide',
  'Truck Driver',
  'Veterinary Technician',
  'Welder',
]

const COMPANY = 'Brightwater Health Partners'
const context: ThankYouContext = {
  candidate: { name: 'Jordan Lee' },
  interviewers: [{ name: 'Dana Okoro', honorific: 'Ms.' }],
  company: { name: COMPANY, aliases: ['Brightwater'] },
  position: 'Operations Analyst',
}

/** Where a replaced title stands: the role applied for. `subject` is a subject line. */
const SLOTS: readonly ((title: string) => { subject?: string; body: string })[] = [
  (t) => ({ body: `Thank you for meeting with me about the ${t} position at ${COMPANY}.` }),
  (t) => ({ body: `Thank you for meeting with me at ${COMPANY}. I would love to join your team as a ${t}.` }),
  (t) => ({ body: `Thank you for interviewing me for the ${t} opening at ${COMPANY}.` }),
  (t) => ({ body: `I applied for the ${t} job at ${COMPANY}, and I enjoyed our talk.` }),
  (t) => ({ body: `Thank you for interviewing me for the ${t} at ${COMPANY} yesterday.` }),
  (t) => ({ body: `I am excited about the ${t} role and the team at ${COMPANY}.` }),
  (t) => ({ subject: `${t} interview – thank you`, body: `Thank you for meeting with me at ${COMPANY}.` }),
]

/** Where a title is no role applied for: a team, the writer's own past job, someone else's. */
const CLEAN: readonly ((title: string) => string)[] = [
  (t) => `Thank you for meeting with me at ${COMPANY}. The ${t} team was very welcoming.`,
  (t) => `Thank you for meeting with me at ${COMPANY}. I worked as a ${t} for three years before college.`,
  (t) => `Thank you for meeting with me at ${COMPANY}. My last ${t} job taught me to keep calm.`,
  (t) => `Thank you for meeting with me at ${COMPANY}. I enjoyed hearing about your years as a ${t}.`,
  (t) => `Thank you for meeting with me at ${COMPANY}. My mother was a ${t}, so I grew up around the work.`,
]

const args = process.argv.slice(2)
const splits: Split[] = args.includes('--held-out') ? ['tune', 'held-out'] : ['tune']
const verbose = args.includes('--verbose')

function draft(body: string, subject?: string): string {
  const head = subject ? `Subject: ${subject}\n\n` : ''
  return `${head}Dear Ms. Okoro,\n\n${body} I enjoyed hearing about the spring plans.\n\nBest regards,\nJordan Lee\n`
}

for (const split of splits) {
  const titles = TITLES.filter((title) => splitOf(`title-probe/${title}`) === split)
  const list = split === 'tune' || verbose
  let caught = 0
  let written = 0
  let alarms = 0
  const lines: string[] = []
  for (const title of titles) {
    for (const form of [title, title.toLowerCase()]) {
      for (const slot of SLOTS) {
        const { subject, body } = slot(form)
        const text = draft(body, subject)
        const at = text.indexOf(form)
        written++
        const hit = lintThankYou(text, context).findings.some(
          (finding) =>
            finding.ruleId === 'wrong-position' &&
            finding.severity !== 'info' &&
            finding.position !== undefined &&
            finding.position.start.offset <= at &&
            finding.position.end.offset >= at + form.length,
        )
        if (hit) caught++
        else lines.push(`  miss: ${subject ? `[subject: ${subject}] ` : ''}${body}`)
      }
      for (const frame of CLEAN) {
        const text = draft(frame(form))
        for (const finding of lintThankYou(text, context).findings) {
          if (finding.ruleId !== 'wrong-position' && finding.ruleId !== 'wrong-company') continue
          if (finding.severity === 'info') continue
          alarms++
          lines.push(`  false alarm ${finding.ruleId}: ${frame(form)}`)
        }
      }
    }
  }
  const cleanLetters = titles.length * 2 * CLEAN.length
  console.log(
    `${split}: ${titles.length} titles; caught ${caught}/${written} (${(caught / written).toFixed(3)}); false alarms ${alarms} on ${cleanLetters} clean letters`,
  )
  if (list && lines.length > 0) console.log(lines.join('\n'))
  else if (lines.length > 0) console.log('  (held-out misses listed with --verbose only)')
}
