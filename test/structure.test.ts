import { describe, expect, it } from 'vitest'
import { findingsOf, offsetOf } from './helpers.js'

const body =
  'Thank you for meeting with me yesterday about the Marketing Coordinator role. I enjoyed hearing how your team plans the spring campaign.'

describe('missing-greeting', () => {
  it('flags a letter that starts straight with the body, at its first line', () => {
    const draft = `${body}\n\nBest regards,\nJordan Lee`
    const [hit, ...rest] = findingsOf('missing-greeting', draft)
    expect(rest).toEqual([])
    expect(hit?.start).toBe(0)
    expect(hit?.end).toBe(body.length)
  })
  it('accepts "Dear Ms. Okoro,"', () => {
    expect(findingsOf('missing-greeting', `Dear Ms. Okoro,\n\n${body}\n\nBest regards,\nJordan Lee`)).toEqual(
      [],
    )
  })
})
