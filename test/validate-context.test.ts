import { describe, expect, it } from 'vitest'
import { lintThankYou } from '../src/index.js'

// Issue 19, items 1 and 2: a missing required field is named as missing, and `null` counts as
// an absent optional field, as JSON from a database or an API writes it.

const LETTER = 'Dear Ms. Okoro,\n\nThank you for the interview.\n\nBest regards,\nJo Lee'

describe('a missing required field', () => {
  it.each([
    [{ company: {} }, 'context.company.name is required: it must be a non-empty string'],
    [{ candidate: {} }, 'context.candidate.name is required: it must be a non-empty string'],
    [
      { interviewers: [{ title: 'CTO' }] },
      'context.interviewers[0].name is required: it must be a non-empty string',
    ],
    [
      { interview: { timeZone: 'Europe/Berlin' } },
      'context.interview.endedAt is required: it must be an ISO 8601 date-time with an offset, such as "2026-03-02T15:30:00-05:00"',
    ],
  ])('is named as missing: %j', (context, message) => {
    expect(() => lintThankYou(LETTER, context as never)).toThrow(new TypeError(message))
  })

  it('never says "undefined"', () => {
    expect(() => lintThankYou(LETTER, { company: {} } as never)).toThrow(/^(?!.*undefined)/)
  })
})

describe('null in a context', () => {
  const full = {
    candidate: { name: 'Jo Lee' },
    interviewers: [{ name: 'Dana Okoro', honorific: 'Ms.', title: 'CTO', nicknames: ['Dee'] }],
    company: { name: 'Brightline', aliases: ['BL'] },
    position: 'Analyst',
    topics: ['dashboards'],
    otherCompanies: ['Acme'],
  }

  it('is an absent optional field, wherever it stands', () => {
    const nulls = {
      candidate: null,
      interviewers: [{ name: 'Dana Okoro', honorific: null, title: null, nicknames: null }],
      company: { name: 'Brightline', aliases: null },
      position: null,
      topics: null,
      otherCompanies: null,
      interview: null,
      sendAt: null,
    }
    const absent = {
      interviewers: [{ name: 'Dana Okoro' }],
      company: { name: 'Brightline' },
    }
    expect(lintThankYou(LETTER, nulls as never)).toEqual(lintThankYou(LETTER, absent))
    expect(
      lintThankYou(LETTER, { interview: { endedAt: '2026-03-02T15:30:00Z', timeZone: null } } as never),
    ).toEqual(lintThankYou(LETTER, { interview: { endedAt: '2026-03-02T15:30:00Z' } }))
  })

  it('changes the report like leaving the field out does', () => {
    const letter = LETTER.replace('Ms.', 'Mr.')
    const withHonorific = lintThankYou(letter, full)
    const withNull = lintThankYou(letter, {
      ...full,
      interviewers: [{ ...full.interviewers[0], honorific: null }],
    } as never)
    const without = lintThankYou(letter, {
      ...full,
      interviewers: [{ name: 'Dana Okoro', title: 'CTO', nicknames: ['Dee'] }],
    })
    expect(withNull).toEqual(without)
    expect(withNull).not.toEqual(withHonorific)
  })

  it('is still refused for a required field or a list item', () => {
    expect(() => lintThankYou(LETTER, { company: { name: null } } as never)).toThrow(
      new TypeError('context.company.name is required: it must be a non-empty string'),
    )
    expect(() => lintThankYou(LETTER, { topics: ['a', null] } as never)).toThrow(
      new TypeError('context.topics[1] must be a non-empty string, got null'),
    )
    expect(() => lintThankYou(LETTER, { interviewers: [null] } as never)).toThrow(
      new TypeError('context.interviewers[0] must be an object, got null'),
    )
  })

  it('does not hide a wrong type or an unknown field', () => {
    expect(() => lintThankYou(LETTER, { interviewers: [{ name: 'Dana', honorific: 3 }] } as never)).toThrow(
      new TypeError('context.interviewers[0].honorific must be a non-empty string, got number 3'),
    )
    expect(() => lintThankYou(LETTER, { compnay: null } as never)).toThrow(
      /context\.compnay is not a known field/,
    )
  })

  it('as the whole context is no context', () => {
    expect(lintThankYou(LETTER, null as never)).toEqual(lintThankYou(LETTER))
  })
})

describe('list bounds', () => {
  it('refuses a list of more than 100 items, naming it', () => {
    expect(() => lintThankYou(LETTER, { topics: Array.from({ length: 101 }, () => 'x') })).toThrow(
      new TypeError('context.topics must have at most 100 items, got 101'),
    )
    expect(lintThankYou(LETTER, { topics: Array.from({ length: 100 }, (_, i) => `topic ${i}`) }).ok).toBe(
      true,
    )
  })
})
