import { describe, expect, it } from 'vitest'
import { parseHash, parseInterviewer, toContext, toHash } from '../playground/src/state.js'

describe('the playground state in the URL hash', () => {
  it('reads back what it writes, whatever the draft holds', () => {
    const draft = 'Dear Ms. Okoro,\n\nThank you & "more" — 100% #1?\r\n\nBest,\nSam'
    const fields = { company: 'Acme & Co', interviewers: 'Ms. Dana Okoro\nDr. Kofi Mensah, CTO' }
    const hash = toHash(draft, fields)
    expect(hash.startsWith('#')).toBe(true)
    expect(hash).not.toMatch(/[\s"]/)
    expect(parseHash(hash)).toEqual({ draft, fields })
  })

  it('gives an empty state for an empty, malformed or foreign hash', () => {
    const empty = { draft: '', fields: {} }
    expect(parseHash('')).toEqual(empty)
    expect(parseHash('#')).toEqual(empty)
    expect(parseHash('#%E0%A4%A')).toEqual(empty)
    expect(parseHash('#section-2')).toEqual(empty)
    expect(parseHash(`#${encodeURIComponent('[1,2]')}`)).toEqual(empty)
    expect(parseHash(`#${encodeURIComponent('{"draft":3,"fields":{"company":4,"position":"PM"}}')}`)).toEqual(
      {
        draft: '',
        fields: { position: 'PM' },
      },
    )
  })
})

describe('the playground context form', () => {
  it('reads an interviewer line as honorific, name and title', () => {
    expect(parseInterviewer('Ms. Dana Okoro, Head of Marketing')).toEqual({
      honorific: 'Ms.',
      name: 'Dana Okoro',
      title: 'Head of Marketing',
    })
    expect(parseInterviewer('dr Kofi Mensah')).toEqual({ honorific: 'Dr.', name: 'Kofi Mensah' })
    expect(parseInterviewer('Siobhán O’Connor, VP, Sales')).toEqual({
      name: 'Siobhán O’Connor',
      title: 'VP, Sales',
    })
    // A name that starts like an honorific is still a name.
    expect(parseInterviewer('Drew Barrymore')).toEqual({ name: 'Drew Barrymore' })
    expect(parseInterviewer('  ')).toBeUndefined()
  })

  it('builds the lint context from the fields, leaving out empty ones', () => {
    expect(toContext({})).toEqual({})
    expect(
      toContext({
        candidate: ' Sam Patel ',
        interviewers: 'Ms. Dana Okoro\n\nMr. Lee Chen, CTO',
        company: 'Acme',
        position: 'data engineer',
        topics: 'billing pipeline, , customer reports',
        endedAt: '2026-03-03T15:30:00-05:00',
        timeZone: 'America/New_York',
        sendAt: '',
      }),
    ).toEqual({
      candidate: { name: 'Sam Patel' },
      interviewers: [
        { honorific: 'Ms.', name: 'Dana Okoro' },
        { honorific: 'Mr.', name: 'Lee Chen', title: 'CTO' },
      ],
      company: { name: 'Acme' },
      position: 'data engineer',
      topics: ['billing pipeline', 'customer reports'],
      interview: { endedAt: '2026-03-03T15:30:00-05:00', timeZone: 'America/New_York' },
    })
    expect(toContext({ endedAt: '2026-03-03T15:30:00-05:00' })).toEqual({
      interview: { endedAt: '2026-03-03T15:30:00-05:00' },
    })
  })
})
