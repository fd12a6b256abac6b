/**
 * Appreciation, round 2: pleasure at a conversation still to come is an offer, not thanks for the
 * interview; thanks for a confirmation thanks for something else. Offsets are exact: every body
 * starts at offset 17, after "Dear Ms. Okoro,\n\n". Sentences written for this test.
 */
import { describe, expect, it } from 'vitest'
import { expectWholeBodyAsEvidence, pointOf } from './coverage-letter.js'

const appreciation = (body: string) => pointOf('appreciation', body)

describe('appreciation: offers and other thanks', () => {
  it.each([
    'Happy to talk through the plan in more detail if useful.',
    'Glad to chat again whenever suits you.',
    'Happy to go through the numbers further.',
  ])('does not count the offer "%s"', (body) => {
    const result = appreciation(body)
    expect(result.covered).toBe(false)
    expect(result.finding?.ruleId).toBe('missing-appreciation')
    expect(result.finding?.message).toMatch(/^The letter never thanks Ms\. Okoro for the interview/)
  })

  it('reads thanks for a confirmation as thanks for something else', () => {
    const result = appreciation('Thanks for confirming the start date.')
    expect(result.covered).toBe(false)
    expect(result.finding?.message).toMatch(/^This thanks Ms\. Okoro for something other than the interview/)
    expect(result.finding?.position?.start.offset).toBe(17)
  })

  it.each([
    'It was a pleasure to meet you and the team.',
    'Glad to have met you yesterday.',
    'I valued hearing how your team plans its campaigns.',
    'Happy to have had the chance to talk with you today.',
  ])('counts "%s", the whole sentence as evidence', (body) => {
    expectWholeBodyAsEvidence(appreciation(body), body)
  })
})
