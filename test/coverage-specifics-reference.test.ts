/**
 * Specifics without `context.topics`, round 2: what the candidate saw or judged of the employer's
 * work counts like what was said ("The tour of the cold-storage wing was eye-opening"), when the
 * clause says what. Offsets are exact: every body starts at offset 17. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest'
import { expectWholeBodyAsEvidence, pointOf } from './coverage-letter.js'

const specifics = (body: string) => pointOf('specifics', body)

describe('specifics: what was seen or judged', () => {
  it.each([
    'The tour of the print room was eye-opening.',
    'The review tool you are piloting looks promising.',
    'The way your team handles press requests on Mondays impressed me.',
    'The two-week onboarding with a buddy sounds ideal.',
    'The weekly design critique stood out.',
  ])('counts "%s", the whole sentence as evidence', (body) => {
    expectWholeBodyAsEvidence(specifics(body), body)
  })

  it.each([
    'The role sounds like a great fit.',
    'That sounds great.',
    'The team impressed me.',
    'I enjoyed the tour.',
  ])('does not count "%s": it says nothing of what', (body) => {
    const result = specifics(body)
    expect(result.covered).toBe(false)
    expect(result.finding?.ruleId).toBe('missing-specifics')
  })
})
