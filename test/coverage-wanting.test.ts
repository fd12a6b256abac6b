/**
 * The interest reading of coverage v2, round 2 (src/checks/coverage/wanting.ts): who feels, what
 * they feel, and towards what. Offsets are asserted exactly: every body starts at offset 17, after
 * "Dear Ms. Okoro,\n\n". The sentences are written for this test, in shapes the phrase lists did not
 * know; none comes from a labelled letter set.
 */
import { describe, expect, it } from 'vitest'
import { findWanting } from '../src/checks/coverage/wanting.js'
import { expectWholeBodyAsEvidence, pointOf, spansFound } from './coverage-letter.js'

const interest = (body: string) => pointOf('interest', body)
/** The words of each wanting found in a one-sentence body. */
const wantings = (body: string) => spansFound(body, findWanting)

describe('interest read from the clause', () => {
  it.each([
    "I'm super keen.",
    'I came out of the interview even keener.',
    'I am so excited about this.',
    "I'm really drawn to this role.",
    "I'd be happy to be on the crew.",
    "I'd be delighted to be offered the position.",
    'I would be grateful for the chance to join your team.',
    'I think I would enjoy working there.',
    'I love what Brightline stands for.',
    'The position excites me.',
    'Your mission really resonates with me.',
    'The job appeals to me a lot.',
    'This is the job for me.',
    "I'd love to come on board.",
    'Would be great to be part of it.',
    'I really hope I get it.',
    'Hope I get the job!',
    'I hope I will have the chance to be part of it.',
    'I want to grow with Brightline.',
    'This company is where I see my future.',
    'Your studio is where I would like to do my best work.',
  ])('counts "%s", the whole sentence as evidence', (body) => {
    expectWholeBodyAsEvidence(interest(body), body)
  })

  it('finds the experiencer, the feeling and its object', () => {
    expect(wantings("I'm super keen.")).toEqual(['i am super keen'])
    expect(wantings("I'm really drawn to this role.")).toEqual(['i am really drawn to this role'])
    expect(wantings('The position excites me.')).toEqual(['position excites me'])
    expect(wantings('This is the job for me.')).toEqual(['the job for me'])
    expect(wantings("I'd be happy to be on the crew.")).toEqual(['i would be happy to be on the crew'])
  })

  it.each([
    'I am excited to hear back.',
    'I am happy to answer any questions.',
    "I'm happy to provide references.",
    'Your team seemed excited about the launch.',
    'I was excited to hear about the weekend plans.',
    'I am grateful for the chance to talk with you.',
    'I enjoyed meeting the team.',
    'I hope you enjoy your holiday.',
    'I am excited about the weekend.',
    "I'd love to hear your thoughts on the schedule.",
    'I want to make sure you have my references.',
    'Dana is keen on the new schedule.',
  ])('does not count "%s"', (body) => {
    expect(wantings(body)).toEqual([])
    const result = interest(body)
    expect(result.covered).toBe(false)
    expect(result.finding?.ruleId).toBe('missing-interest')
  })

  it('keeps negation and hedges in force', () => {
    const negated = interest("I'm not really drawn to this role.")
    expect(negated.covered).toBe(false)
    expect(negated.finding?.ruleId).toBe('missing-interest')
    const hedged = interest("I'd be happy to be on the crew if the pay works out.")
    expect(hedged.covered).toBe(false)
    expect(hedged.finding?.ruleId).toBe('missing-interest')
  })
})
