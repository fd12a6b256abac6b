import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lintThankYou } from '../src/index.js'
import type { ThankYouContext } from '../src/types.js'
import { MAX_CONTEXT_STRING } from '../src/validate.js'

// Issue 19, item 16: a hostile context cannot stall a lint. Every string field is bounded; a
// longer one is a TypeError naming the field. Up to the bound, every pass over a field is
// linear, so the longest and worst-shaped values lint. Nothing here is timed: the test's own
// timeout is only a guard against a hang.

const LETTER = [
  'Subject: Thank you – Analyst interview',
  '',
  'Dear Ms. Okoro,',
  '',
  'Thank you for the interview about the Analyst role at Brightline. I enjoyed our talk about',
  'the dashboards, and I am excited to help your team ship them.',
  '',
  'Best regards,',
  'Jo Lee',
].join('\n')

const interviewer = { name: 'Dana Okoro', honorific: 'Ms.', title: 'Head of Data', nicknames: ['Dee'] }
const BASE = {
  candidate: { name: 'Jo Lee' },
  interviewers: [interviewer],
  company: { name: 'Brightline', aliases: ['BL'] },
  position: 'Analyst',
  topics: ['dashboards'],
  otherCompanies: ['Acme'],
} satisfies ThankYouContext

type Field = readonly [path: string, build: (value: string) => ThankYouContext]

/** Every string field of a context, and a context with that field set to a value. */
const FIELDS: readonly Field[] = [
  ['context.candidate.name', (value) => ({ ...BASE, candidate: { name: value } })],
  ['context.interviewers[0].name', (value) => ({ ...BASE, interviewers: [{ ...interviewer, name: value }] })],
  [
    'context.interviewers[0].title',
    (value) => ({ ...BASE, interviewers: [{ ...interviewer, title: value }] }),
  ],
  [
    'context.interviewers[0].honorific',
    (value) => ({ ...BASE, interviewers: [{ ...interviewer, honorific: value }] }),
  ],
  [
    'context.interviewers[0].nicknames[0]',
    (value) => ({ ...BASE, interviewers: [{ ...interviewer, nicknames: [value] }] }),
  ],
  ['context.company.name', (value) => ({ ...BASE, company: { name: value } })],
  ['context.company.aliases[0]', (value) => ({ ...BASE, company: { name: 'Brightline', aliases: [value] } })],
  ['context.position', (value) => ({ ...BASE, position: value })],
  ['context.topics[0]', (value) => ({ ...BASE, topics: [value] })],
  ['context.otherCompanies[0]', (value) => ({ ...BASE, otherCompanies: [value] })],
]

/** Runs that make a backtracking pattern try every start: one character repeated, then a stop. */
const unit = fc.constantFrom('a', '.', ' ', '-', "'", '!', 'ab ', '. ', 'Ab', '\u00e9', '\u2019', 'x.')
const stop = fc.constantFrom('', 'x', '!', ' ', '.')

function repeatTo(piece: string, length: number): string {
  return piece.repeat(Math.ceil(length / piece.length)).slice(0, length)
}

describe('a context string over the bound', () => {
  it.each(FIELDS)('%s of 100,000 characters is a TypeError naming the field', (path, build) => {
    const value = repeatTo('ab ', 100_000)
    expect(() => lintThankYou(LETTER, build(value))).toThrow(
      new TypeError(`${path} must be at most ${MAX_CONTEXT_STRING} characters, got 100000`),
    )
  })

  it('is refused one character past the bound, and accepted at it', () => {
    expect(() => lintThankYou(LETTER, { ...BASE, position: 'a'.repeat(MAX_CONTEXT_STRING + 1) })).toThrow(
      /context\.position must be at most 1000 characters, got 1001/,
    )
    expect(lintThankYou(LETTER, { ...BASE, position: 'a'.repeat(MAX_CONTEXT_STRING) }).findings).toBeDefined()
  })
})

describe('a context string at the bound', () => {
  it('lints for every field and every run shape', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), unit, stop, ([, build], piece, end) => {
        const value = repeatTo(piece, MAX_CONTEXT_STRING - end.length) + end
        if (value.trim() === '') return
        const report = lintThankYou(LETTER, build(value))
        expect(report.stats.words).toBeGreaterThan(30)
      }),
      { numRuns: 60, seed: 19 },
    )
  })
})
