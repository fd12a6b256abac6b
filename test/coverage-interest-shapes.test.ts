/**
 * Interest shapes added in round 3 (src/checks/coverage/data.ts and wanting.ts), and a new site of
 * the employer's as a specific (analyse.ts). Every body starts at offset 17, after
 * "Dear Ms. Okoro,\n\n". Sentences written for this test; none comes from a labelled letter set.
 */
import { describe, expect, it } from 'vitest'
import { expectWholeBodyAsEvidence, pointOf } from './coverage-letter.js'

const interest = (body: string) => pointOf('interest', body)
const specifics = (body: string) => pointOf('specifics', body, {})

describe('interest said in more ways', () => {
  it.each([
    'This job would mean a lot to me.',
    'Getting this position would mean a great deal to me.',
    'Brightline is my first choice.',
    'It is exactly the role I have been hoping for.',
    'I am all set to start whenever you need me.',
    'I feel very strongly that this is where I belong.',
    'I could see myself fitting in well with the team.',
    "I'd be very glad of the chance to join.",
    'I would consider it a privilege to join Brightline.',
    'i really want this one',
    'I am happy to be part of the crew.',
    'I am willing to join immediately.',
    "I'd be stoked to be on board.",
    'Please consider me for the position.',
    'It is my goal to join your team.',
    'I would very much like to continue in the selection process.',
    "I'd like to take this further.",
    'Me and my family would be very happy if I get this job.',
    'I would be glad if I am selected.',
  ])('counts "%s", the whole sentence as evidence', (body) => {
    expectWholeBodyAsEvidence(interest(body), body)
  })

  it.each([
    'This job would mean a long commute, which I have accepted.',
    'The team is my first point of contact.',
    'I look forward to hearing from you.',
    'I could see the team was busy.',
    "I'd be very glad of any feedback.",
    'I would consider it a favour if you replied by Friday.',
    'I see myself as a practical person.',
    'I am willing to provide more references.',
    'My goal is to finish my degree first.',
    "I'd relish the chance to ask a few more questions.",
    "I'd like to continue my studies part-time.",
    'I would be happy if you could send the schedule.',
    'I would be happy if I get a reply this week.',
  ])('does not count "%s"', (body) => {
    const result = interest(body)
    expect(result.covered).toBe(false)
    expect(result.finding?.ruleId).toBe('missing-interest')
  })

  it('keeps negation in force', () => {
    expect(interest('This is not where I belong.').covered).toBe(false)
    expect(interest('Brightline is not my first choice.').covered).toBe(false)
  })
})

describe('a new site of the employer as a specific (no topics)', () => {
  it('counts "hearing about the new clinic"', () => {
    const body = 'I enjoyed hearing about the new clinic.'
    expectWholeBodyAsEvidence(specifics(body), body)
  })

  it.each(['I enjoyed hearing about the new role.', 'I enjoyed learning about the company.'])(
    'does not count "%s"',
    (body) => {
      const result = specifics(body)
      expect(result.covered).toBe(false)
      expect(result.finding?.ruleId).toBe('missing-specifics')
    },
  )

  it('counts what "did not surprise me" judges', () => {
    const body = 'It did not surprise me that your clinic has the lowest waiting times in the county.'
    expect(specifics(body).covered).toBe(true)
  })
})

describe('a walk-through as a reference to the interview (no topics)', () => {
  it('counts "walking me through" with what was shown', () => {
    const body = 'Thanks for walking me through the night-shift handover.'
    expectWholeBodyAsEvidence(specifics(body), body)
  })

  it('does not count a walk-through of nothing in particular', () => {
    expect(specifics('Thanks for walking me through the process.').covered).toBe(false)
  })
})

describe('offering papers is not a contribution', () => {
  it.each(['I can offer references on request.', 'I can send my portfolio tomorrow.'])(
    'does not count "%s"',
    (body) => {
      expect(pointOf('contribution', body).covered).toBe(false)
    },
  )

  it('still counts offering experience', () => {
    const body = 'I can offer ten years of dispatch experience.'
    expect(pointOf('contribution', body).evidence).toEqual([17, 17 + body.length])
  })
})
