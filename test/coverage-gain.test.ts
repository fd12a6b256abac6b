/**
 * Contribution told as the employer's gain, or as a named strength matched to the employer's need
 * (src/checks/coverage/gain.ts), and the round-3 contribution phrase changes. Offsets are asserted
 * exactly: every body starts at offset 17, after "Dear Ms. Okoro,\n\n". Sentences written for this
 * test; none comes from a labelled letter set.
 */
import { describe, expect, it } from 'vitest'
import { findGains } from '../src/checks/coverage/gain.js'
import { expectWholeBodyAsEvidence, pointOf, spansFound } from './coverage-letter.js'

const contribution = (body: string) => pointOf('contribution', body)
const gains = (body: string) => spansFound(body, findGains)

/** No gain is read in `body`, and the letter around it is told it lacks a contribution. */
function expectNoGain(body: string): void {
  expect(gains(body)).toEqual([])
  const result = contribution(body)
  expect(result.covered).toBe(false)
  expect(result.finding?.ruleId).toBe('missing-contribution')
}

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
  ])('does not count "%s"', expectNoGain)

  it('keeps negation in force', () => {
    const result = contribution("I don't think you would get someone who knows the platform better.")
    expect(result.covered).toBe(false)
  })
})

describe('a named strength matched to the need', () => {
  it.each([
    'My background in email automation matches what you need.',
    'My experience with campaign analytics fits what you are looking for.',
    'My five years of agency work line up well with the needs of your team.',
    'My experience running product launches aligns closely with what you need for the role.',
    'My skills in HubSpot and Figma are exactly what the role calls for.',
    'My copywriting experience suits the position well.',
  ])('counts "%s", the whole sentence as evidence', (body) => {
    expectWholeBodyAsEvidence(contribution(body), body)
  })

  it('finds the strength, the verb and the need', () => {
    expect(gains('My background in email automation matches what you need.')).toEqual([
      'background in email automation matches what you',
    ])
    expect(gains('My five years of agency work line up well with the needs of your team.')).toEqual([
      'years of agency work line up well with the needs',
    ])
    expect(gains('My skills in HubSpot are exactly what the role calls for.')).toEqual([
      'skills in hubspot are exactly what the role',
    ])
  })

  it.each([
    // no strength named
    'My skills and experience match your needs.',
    'My previous experience fits what you need.',
    // the past, or a need that is not the employer's
    'My background in history matched my old job.',
    'My background in history matches my degree.',
    // someone else's strength
    'Your experience with campaigns matches what I hoped for.',
  ])('does not count "%s"', expectNoGain)

  it('keeps negation in force', () => {
    expect(contribution('I am not sure my background in print matches what you need.').covered).toBe(false)
  })
})

describe('the employer gains someone, in the progressive', () => {
  it('counts "you would be getting someone who …"', () => {
    const body = "You'd be getting a coordinator who has run three product launches."
    expect(gains(body)).toEqual(['you would be getting a coordinator who'])
    expect(contribution(body).evidence).toEqual([17, 17 + body.length])
  })
})

describe('hitting the ground running and starting to contribute', () => {
  it.each([
    "I'm confident I can hit the ground running.",
    'I am ready to hit the ground running on your spring campaign.',
    'I could start contributing from day one.',
  ])('counts "%s"', (body) => {
    expectWholeBodyAsEvidence(contribution(body), body)
  })

  it.each([
    'I hit the ground running at my last job.',
    'The team hit the ground running after the merger.',
    'I can start from the first of May.',
    'I can start work on Monday.',
  ])('does not count "%s"', (body) => {
    expect(contribution(body).covered).toBe(false)
  })
})

describe('the staff, the depot and the warehouse are the employer', () => {
  it.each([
    ['Your staff would gain someone with ten years of campaign experience.', 'contribution'],
    ['Your warehouse is where I see my future.', 'interest'],
    ["I'm really drawn to your depot.", 'interest'],
  ] as const)('counts "%s" for %s', (body, point) => {
    expect(pointOf(point, body).evidence).toEqual([17, 17 + body.length])
  })
})
