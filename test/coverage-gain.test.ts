/**
 * Contribution told as the employer's gain (src/checks/coverage/gain.ts). Offsets are asserted
 * exactly: every body starts at offset 17, after "Dear Ms. Okoro,\n\n". Sentences written for this
 * test; none comes from a labelled letter set.
 */
import { describe, expect, it } from 'vitest'
import { findGains } from '../src/checks/coverage/gain.js'
import { expectWholeBodyAsEvidence, pointOf, spansFound } from './coverage-letter.js'

const contribution = (body: string) => pointOf('contribution', body)
const gains = (body: string) => spansFound(body, findGains)

describe("contribution told as the employer's gain", () => {
  it.each([
    "You'd have one less thing to worry about on Saturdays.",
    'Your team would gain someone with ten years of campaign experience.',
    'You would get a coordinator who already knows your email platform.',
    "Hiring me would mean you'd have someone who can cover launches from day one.",
    'You can count on me to keep the newsletter on schedule.',
    'The skills I built at Acme transfer directly to this role.',
    'My language skills would come in handy with your Latin American accounts.',
  ])('counts "%s", the whole sentence as evidence', (body) => {
    expectWholeBodyAsEvidence(contribution(body), body)
  })

  it('finds the gain and its object', () => {
    expect(gains("You'd have one less thing to worry about.")).toEqual(['you would have one less'])
    expect(gains('Your team would gain someone with ten years of experience.')).toEqual([
      'your team would gain someone',
    ])
    expect(gains('You can count on me to keep the newsletter on schedule.')).toEqual([
      'you can count on me to keep',
    ])
  })

  it.each([
    'You will have my references by Friday.',
    "You'd get my answer by Monday.",
    'You would have to wait until March for me to start.',
    'You would need to train me on the scanners.',
    'You mentioned you have one less designer this month.',
    'Your team would have a lot of applicants.',
  ])('does not count "%s"', (body) => {
    expect(gains(body)).toEqual([])
    const result = contribution(body)
    expect(result.covered).toBe(false)
    expect(result.finding?.ruleId).toBe('missing-contribution')
  })

  it('keeps negation in force', () => {
    const result = contribution("I don't think you would get someone who knows the platform better.")
    expect(result.covered).toBe(false)
  })
})
