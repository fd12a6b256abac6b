import { describe, expect, it } from 'vitest'
import { parseDocument } from '../src/document.js'
import { lintThankYou } from '../src/index.js'

// Issue 19, item 12: email header lines pasted above the letter are the header, not the letter.

const CONTEXT = {
  candidate: { name: 'Jo Lee' },
  interviewers: [
    { name: 'Anna Kowalczyk', honorific: 'Ms.' },
    { name: 'Tom Brennan', honorific: 'Mr.' },
  ],
  company: { name: 'Brightline' },
}

const HEADER = 'To: dana@example.com\nFrom: Jo Lee <jo@example.com>\nCc: Tom\nDate: March 3, 2026\n'
const BODY =
  'Thank you for meeting with me on Monday about the analyst role at Brightline. I enjoyed our talk about the dashboards your team is building for the sales leads.\n\nI am excited about this role, and my three years of reporting work would help you ship those dashboards this spring.\n\nBest regards,\nJo Lee'

describe('header lines', () => {
  it('are their own part, and the subject among them is still the subject', () => {
    const draft = `${HEADER}Subject: Thank you for the interview\n\nDear Ms. Kowalczyk,\n\n${BODY}`
    const document = parseDocument(draft)
    expect(document.parts.partAt(draft.indexOf('To:'))).toBe('header')
    expect(document.parts.partAt(draft.indexOf('March'))).toBe('header')
    expect(document.slice(document.parts.subject ?? { start: 0, end: 0 })).toBe('Thank you for the interview')
    expect(document.slice(document.parts.greeting ?? { start: 0, end: 0 })).toBe('Dear Ms. Kowalczyk,')
  })

  it('never read "To" or "Cc: Tom" as a name, and leave the greeting found', () => {
    const draft = `${HEADER}Subject: Thank you for the interview\n\nDear Ms. Kowalczyk,\n\n${BODY}`
    const ids = lintThankYou(draft, CONTEXT).findings.map((finding) => [finding.ruleId, finding.actual])
    expect(ids).toEqual([])
  })

  it('still let the letter under them be checked', () => {
    const draft = `${HEADER}\nDear Ms. Kowalczik,\n\n${BODY}`
    const found = lintThankYou(draft, CONTEXT).findings.map((finding) => [
      finding.ruleId,
      finding.position?.start.offset,
    ])
    expect(found).toEqual([['interviewer-name-misspelled', draft.indexOf('Kowalczik')]])
  })

  it('are only header lines at the top', () => {
    const draft = `Dear Ms. Kowalczyk,\n\n${BODY.replace('Thank you', 'Date: we met on Monday. Thank you')}`
    expect(parseDocument(draft).parts.partAt(draft.indexOf('Date:'))).toBe('body')
  })
})

describe('a greeting to two people', () => {
  it('does not name "Dear" as an addressee', () => {
    const draft = `Dear Ms. Kowalczyk, Dear Mr. Brennan,\n\n${BODY}`
    expect(
      lintThankYou(draft, CONTEXT).findings.filter((finding) => finding.ruleId === 'unknown-addressee'),
    ).toEqual([])
  })

  it('still flags an unknown second addressee at its span', () => {
    const draft = `Dear Ms. Kowalczyk, Dear Mr. Gallagher,\n\n${BODY}`
    const found = lintThankYou(draft, CONTEXT).findings.filter(
      (finding) => finding.ruleId === 'unknown-addressee',
    )
    expect(found.map((finding) => [finding.actual, finding.position?.start.offset])).toEqual([
      ['Gallagher', draft.indexOf('Gallagher')],
    ])
  })
})
