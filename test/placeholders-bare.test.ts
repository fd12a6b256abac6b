import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lintThankYou } from '../src/index.js'
import type { ThankYouContext } from '../src/types.js'

// Issue 19, item 15: placeholders written without brackets, and long or parenthesised ones.

const CONTEXT: ThankYouContext = {
  candidate: { name: 'Jordan Lee' },
  interviewers: [{ name: 'Dana Okoro', honorific: 'Ms.' }],
  company: { name: 'Brightline' },
  position: 'Account Manager',
}

function placeholders(draft: string, context: ThankYouContext = CONTEXT) {
  return lintThankYou(draft, context)
    .findings.filter((finding) => finding.ruleId === 'unresolved-placeholder')
    .map((finding) => ({
      actual: finding.actual,
      start: finding.position?.start.offset,
      end: finding.position?.end.offset,
      expected: finding.expected,
    }))
}

const span = (draft: string, text: string) => ({
  start: draft.indexOf(text),
  end: draft.indexOf(text) + text.length,
})

describe('Title Case stand-ins', () => {
  it('finds a field name in a sentence, at its exact span, with the context value', () => {
    const draft =
      'Dear Ms. Okoro,\n\nThank you for the interview for the Job Title role at Employer Name.\n\nBest,\nJordan Lee'
    expect(placeholders(draft)).toEqual([
      { actual: 'Job Title', ...span(draft, 'Job Title'), expected: ['Account Manager'] },
      { actual: 'Employer Name', ...span(draft, 'Employer Name'), expected: ['Brightline'] },
    ])
  })

  it('finds a signature that reads "Your Name" or "Your Full Name" and offers the candidate', () => {
    for (const signature of ['Your Name', 'Your Full Name']) {
      const draft = `Dear Ms. Okoro,\n\nThank you for the interview.\n\nBest regards,\n${signature}`
      expect(placeholders(draft)).toEqual([
        { actual: signature, ...span(draft, signature), expected: ['Jordan Lee'] },
      ])
    }
  })

  it('finds a choice of honorifics with the surname stand-in after it', () => {
    const draft = 'Dear Mr./Mrs. Surname,\n\nThank you for the interview.\n\nBest,\nJordan Lee'
    expect(placeholders(draft)).toEqual([
      { actual: 'Mr./Mrs. Surname', start: 5, end: 21, expected: ['Okoro'] },
    ])
    const named = 'Dear Mr./Ms. Okoro,\n\nThank you for the interview.\n\nBest,\nJordan Lee'
    expect(placeholders(named).map((found) => found.actual)).toEqual(['Mr./Ms.'])
  })

  it('leaves out the greeting word: "Dear Interviewer Name"', () => {
    const draft = 'Dear Interviewer Name,\n\nThank you for the interview.\n\nBest,\nJordan Lee'
    expect(placeholders(draft)).toEqual([
      { actual: 'Interviewer Name', start: 5, end: 21, expected: ['Dana Okoro'] },
    ])
  })

  it('does not flag a Title Case phrase the context names', () => {
    const draft =
      'Dear Ms. Okoro,\n\nThank you for the interview for the Key Account Name role.\n\nBest,\nJordan Lee'
    expect(placeholders(draft, { ...CONTEXT, position: 'Key Account Name' })).toEqual([])
    expect(placeholders(draft).map((found) => found.actual)).toEqual(['Key Account Name'])
  })

  it('does not flag real Title Case names, titles or words', () => {
    for (const draft of [
      'Dear Ms. Okoro,\n\nThank you for the interview for the Account Manager role. The Title IX program and the Product Name Review were new to me.\n\nBest,\nJordan Lee',
      'Dear Dr. Chen,\n\nI enjoyed meeting the Head of Data and the Customer Success team.\n\nSincerely,\nJordan Lee',
      'Dear Ms. Okoro,\n\nThank you. My Name is on the badge you gave me, and the Date was perfect.\n\nBest,\nJordan Lee',
    ]) {
      expect(placeholders(draft), draft).toEqual([])
    }
  })
})

describe('long and parenthesised placeholders', () => {
  it('takes a long bracketed instruction with quotes and brackets of its own as one placeholder', () => {
    const note =
      '[one detail from the talk – e.g. "the migration to the new CRM", or "how the team [plans] its sprints"]'
    const draft = `Dear Ms. Okoro,\n\nI enjoyed learning about ${note}.\n\nBest,\nJordan Lee`
    expect(placeholders(draft)).toEqual([{ actual: note, ...span(draft, note), expected: undefined }])
  })

  it('finds a note to the writer in parentheses', () => {
    for (const note of [
      '(add your phone number)',
      '(Mention something specific you discussed.)',
      '(your email)',
      '(Optional: mention a shared interest.)',
    ]) {
      const draft = `Dear Ms. Okoro,\n\nThank you for the interview. ${note}\n\nBest,\nJordan Lee`
      expect(
        placeholders(draft).map((found) => [found.actual, found.start]),
        note,
      ).toEqual([[note, draft.indexOf(note)]])
    }
  })

  it('leaves an ordinary parenthesis alone', () => {
    const draft =
      'Dear Ms. Okoro,\n\nThe team (now twelve people) plans the launch (as we discussed), and your roadmap (your team’s big bet) is bold. I can add value (including on pricing).\n\nBest,\nJordan Lee'
    expect(placeholders(draft)).toEqual([])
  })

  it('scans an unclosed bracket run in one pass', () => {
    const draft = `Dear Ms. Okoro,\n\n${'[a '.repeat(30_000)}\n\nBest,\nJordan Lee`
    expect(placeholders(draft)).toEqual([])
  })
})

describe('the placeholder letters in test/fixtures/placeholders', () => {
  const read = (name: string) =>
    JSON.parse(readFileSync(new URL(`./fixtures/placeholders/${name}.json`, import.meta.url), 'utf8')) as {
      text: string
      placeholders: string[]
    }[]
  const found = (text: string) => placeholders(text, {}).map((finding) => finding.actual)

  it.each(['tune', 'holdout'])(
    '%s: every placeholder but "Company Contact" is found, and nothing else',
    (set) => {
      for (const letter of read(set)) {
        const actual = found(letter.text)
        expect(
          actual.filter((text) => text !== undefined && !letter.placeholders.includes(text)),
          letter.text,
        ).toEqual([])
        expect(
          letter.placeholders.filter((text) => !actual.includes(text) && text !== 'Company Contact'),
        ).toEqual([])
      }
    },
  )
})
