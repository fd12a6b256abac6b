/**
 * Clause readings added in round 4 (src/checks/coverage/): a pledge of oneself to the job, crossed
 * fingers with an object, a clause about another job of the candidate's, a predicate after "and"
 * that shares its subject, a quality brought in a role (qualities from WordNet), a career step, a
 * fit claimed for an unnamed strength, waiting for a reply, plural generic words, and a reference
 * told as what was seen or liked. Every body
 * starts at offset 17, after "Dear Ms. Okoro,\n\n". Sentences written for this test; none comes
 * from a labelled letter set.
 */
import { describe, expect, it } from 'vitest'
import { QUALITIES } from '../src/checks/coverage/data/qualities.js'
import { BODY_START, expectWholeBodyAsEvidence, pointOf } from './coverage-letter.js'

const interest = (body: string) => pointOf('interest', body)
const contribution = (body: string) => pointOf('contribution', body)
const specifics = (body: string) => pointOf('specifics', body, {})

/** The point is missing: a finding for it, and no evidence. */
function expectMissing(result: ReturnType<typeof pointOf>, ruleId: string): void {
  expect(result.covered).toBe(false)
  expect(result.evidence).toBeUndefined()
  expect(result.finding?.ruleId).toBe(ruleId)
}

describe('interest', () => {
  it.each([
    'If selected, I will pour my heart and soul into this opportunity.',
    'I am ready to dedicate myself to this position.',
    'I will commit myself fully to this role.',
    'I would throw everything I have into the job.',
    'Fingers crossed!',
    'Fingers crossed for me.',
    'Fingers crossed for good news about the role.',
    'Fingers crossed I get the job.',
    'I would certainly enjoy working with you.',
    'I think I could learn a lot from you and would enjoy working with your team.',
    'I know I can learn from your designers and would love to work with them.',
  ])('counts "%s", the whole sentence as evidence', (body) => {
    expectWholeBodyAsEvidence(interest(body), body)
  })

  it.each([
    'Fingers crossed for the weather on Friday.',
    'Fingers crossed the trains run on time.',
    'I was eager to leave my last job.',
    'I was excited to start my previous job.',
    'I was keen on my old role at the bakery.',
    'I loved working at my previous company.',
    'I would devote my weekends to my studies.',
    'I will pour the coffee at the open day.',
    'I learned a lot from you and she would enjoy working with the team.',
  ])('does not count "%s"', (body) => {
    expectMissing(interest(body), 'missing-interest')
  })

  it('reads the other clause of a sentence about an old job', () => {
    const body = 'I loved my last team, and I am excited to join yours.'
    const result = interest(body)
    expect(result.covered).toBe(true)
    expect(result.text).toBe('I am excited to join yours.')
    expect(result.evidence).toEqual([BODY_START + 26, BODY_START + body.length])
  })
})

describe('contribution', () => {
  it.each([
    'I would be a hard-working and dependable coordinator for your team.',
    'I know I would be a productive member of the night shift.',
    'I will be a conscientious addition to your office.',
    'I would be a loyal and diligent employee.',
    'I could be a reliable driver.',
    'My background in freight billing would be a great fit for this role.',
    'My five years of dispatch work would make me a good fit for your team.',
    'My experience with Figma makes me well suited to the role.',
    'I would make a real difference for your patients.',
  ])('counts "%s", the whole sentence as evidence', (body) => {
    expectWholeBodyAsEvidence(contribution(body), body)
  })

  it.each([
    'My background would be a great fit for this role.',
    'My skills and experience would be a good fit for the position.',
    'I feel my experience would be a great match for this role.',
    'I would be a member of your team.',
    'I would be a great candidate.',
    'This role is the one I want to make my next move into.',
    'I would like to make the switch to marketing.',
    'I am ready to take the leap into a supervisory role.',
    'If selected, I will pour my heart and soul into this opportunity.',
    'I would devote myself to this opportunity.',
  ])('does not count "%s"', (body) => {
    expectMissing(contribution(body), 'missing-contribution')
  })

  it('takes its qualities from a sorted list of single lower-case words', () => {
    expect([...QUALITIES].sort()).toEqual(QUALITIES)
    expect(new Set(QUALITIES).size).toBe(QUALITIES.length)
    for (const word of QUALITIES) expect(word).toMatch(/^[a-z]+$/)
    expect(QUALITIES).toContain('reliable')
    expect(QUALITIES).not.toContain('good')
  })
})

describe('specifics without topics', () => {
  it.each([
    'I enjoyed hearing about the new depot in Leeds.',
    'You mentioned the backlog of unpaid invoices.',
    'Hearing about the switch to electric vans was exciting.',
    'It was useful to see the sorting floor in action.',
    'I appreciated how candid you were about the overtime on weekends.',
  ])('counts "%s", the whole sentence as evidence', (body) => {
    expectWholeBodyAsEvidence(specifics(body), body)
  })

  it.each([
    'I look forward to hearing from you concerning your hiring decision.',
    'I hope to hear from you about the next steps soon.',
    'I look forward to hearing back regarding the position.',
    'I am eager to hear from you about your decision.',
    'I enjoyed learning about your services and products.',
    'It was great to see you.',
    'I appreciated how quickly you replied.',
    'I hope to see the new depot one day.',
  ])('does not count "%s"', (body) => {
    expectMissing(specifics(body), 'missing-specifics')
  })
})
