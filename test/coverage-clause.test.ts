/**
 * The clause reading of coverage v2 (src/checks/coverage/act.ts and the interest shapes): who acts,
 * in what mood, with which verb, and toward whom. Offsets are asserted exactly: every body starts
 * at offset 17, after "Dear Ms. Okoro,\n\n".
 */
import { describe, expect, it } from 'vitest'
import { findActs } from '../src/checks/coverage/act.js'
import { clausesOf } from '../src/checks/coverage/analyse.js'
import { parseDocument } from '../src/document.js'
import { lintThankYou } from '../src/index.js'
import type { CoveragePoint } from '../src/types.js'
import {
  coverageContext as context,
  coverageLetter,
  expectWholeBodyAsEvidence,
  pointOf,
} from './coverage-letter.js'

const point = (body: string, which: CoveragePoint) => pointOf(which, body)

function actVerbs(body: string): string[] {
  const document = parseDocument(coverageLetter(body))
  return clausesOf(document, new Map()).flatMap((clause) =>
    findActs(clause.tokens).map((act) => clause.tokens[act.verb]?.form ?? ''),
  )
}

describe('contribution: the issue’s four sentences', () => {
  it.each([
    [
      'My sales experience, including exceeding my quota by 30% last year, would allow me to contribute to your growth.',
      [17, 129],
    ],
    ['I am sure my years on the floor would let me meet the demands of the shift from day one.', [17, 105]],
    [
      'I could rework the intake spreadsheet I built for my current clinic to suit your front desk.',
      [17, 109],
    ],
    ["I'd be glad to pass on what worked for my students to your department.", [17, 87]],
  ])('counts "%s" with that clause as evidence', (body, offsets) => {
    const result = point(body, 'contribution')
    expect(result.covered).toBe(true)
    expect(result.evidence).toEqual(offsets)
    expect(result.text).toBe(body)
    expect(result.finding).toBeUndefined()
  })

  it('finds the act the clause turns on', () => {
    expect(
      actVerbs('My sales experience, including exceeding my quota, would allow me to contribute.'),
    ).toEqual(['contribute'])
    expect(actVerbs('I am sure my years on the floor would let me meet the demands of the shift.')).toEqual([
      'meet',
    ])
    expect(actVerbs('I could rework the intake spreadsheet for your front desk.')).toEqual(['rework'])
    expect(actVerbs("I'd be glad to pass on what worked to your department.")).toEqual(['pass'])
    expect(actVerbs('I look forward to helping your team with the launch.')).toEqual(['helping'])
    expect(actVerbs("I'd be an asset on that side of the county.")).toEqual(['asset'])
  })

  it('gives the clause, not the sentence, as evidence', () => {
    const body = 'The launch sounds hard, but I could take the reporting off your plate.'
    const result = point(body, 'contribution')
    expect(result.evidence).toEqual([17 + body.indexOf('I could'), 17 + body.length])
  })
})

describe('contribution: acts in other shapes', () => {
  it.each([
    'So happy to help your team build the newsletter.',
    'I can run a line under pressure and keep a walk-in organised.',
    "I'm confident we could move this number within a quarter.",
    'I could totally keep the line moving on Saturdays.',
    'I should be able to extend the model to mixed sediments within a year.',
    'I would start with a review of the supplier list.',
    'I can work the night shifts at the depot.',
    "I'd be glad to work on the detailing of this part.",
  ])('counts "%s"', (body) => {
    expect(point(body, 'contribution').covered).toBe(true)
  })

  it.each([
    'I was able to reduce costs by ten percent.',
    'I wanted to write and thank you for your time.',
    'I would love the chance to work with you all.',
    'Please let me know if there is any additional information I can provide to assist with your decision.',
    'I am eager to learn as much as I can from your engineers.',
    'Just want to make sure I understand everything correctly before we talk again.',
    "I'd really love to spend my summer at Brightline.",
    'I came away sure this is the place I want to grow.',
    'It is somewhere I could grow as a marketer.',
    'Thanks for giving me the chance to show you what I can do.',
    'I can start on Monday.',
    'I can send my portfolio and references tomorrow.',
    'Could you send me the schedule?',
    'You would be working with the events team.',
    'I would love to work here.',
    'I have been hoping to find a role like this.',
    'I would welcome the next conversation with the hiring manager.',
    'I will keep an eye on my inbox.',
  ])('does not count "%s"', (body) => {
    const result = point(body, 'contribution')
    expect(result.covered).toBe(false)
    expect(result.finding?.ruleId).toBe('missing-contribution')
  })

  it('points at a negated act and says why it does not count', () => {
    const body = "I don't think I could help with the referral targets."
    const result = point(body, 'contribution')
    expect(result.covered).toBe(false)
    expect([result.finding?.position?.start.offset, result.finding?.position?.end.offset]).toEqual([
      17,
      17 + body.length,
    ])
    expect(result.finding?.message).toMatch(/doubts what you could contribute/)
  })
})

describe('interest in other shapes', () => {
  it.each([
    'I came away sure this is the place I want to grow.',
    'It would be an honour to look after your customers.',
    'I am super pumped to join the team.',
    "I'd like to be on your second shift.",
    "Keen to get started if you'll have me.",
    "I'm fired up about this job.",
    "I'm still very much up for the job.",
    'I want to be a Brightline lifer.',
    "I'd love to run the spring campaign for you.",
    'Brightline feels like somewhere I could settle and grow.',
  ])('counts "%s" with the sentence as evidence', (body) => {
    expectWholeBodyAsEvidence(point(body, 'interest'), body)
  })

  it.each([
    'I look forward to hearing from you.',
    'It sounds like the team works almost entirely in Stata.',
    'I want to be sure I understand the schedule.',
    'I wanted to be a pilot as a kid.',
    'It would be a pleasure to speak again.',
    'I would like to thank everyone at the studio.',
    'I hope to be kept informed.',
    "I'd be happy to help supervise the trainees.",
  ])('does not count "%s"', (body) => {
    expect(point(body, 'interest').covered).toBe(false)
  })

  it('still reads a slangy statement of interest as slang, once, on its own words', () => {
    const draft = coverageLetter('I am super pumped to join the team.')
    const findings = lintThankYou(draft, context).findings
    expect(findings.filter((f) => f.ruleId === 'missing-interest')).toEqual([])
    const slang = findings.filter((f) => f.ruleId === 'slang')
    expect(slang).toHaveLength(1)
  })
})

describe('appreciation', () => {
  it('does not count thanks for something else, and says so', () => {
    const body = 'Thanks for sending the schedule.'
    const result = point(body, 'appreciation')
    expect(result.covered).toBe(false)
    expect([result.finding?.position?.start.offset, result.finding?.position?.end.offset]).toEqual([
      17,
      17 + body.length,
    ])
    expect(result.finding?.message).toMatch(/something other than the interview/)
  })

  it('counts British thanks for having the candidate in', () => {
    const body = 'Cheers for having me in on Friday.'
    expect(point(body, 'appreciation')).toMatchObject({ covered: true, evidence: [17, 17 + body.length] })
  })
})
