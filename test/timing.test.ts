import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lintThankYou, suggestSendTime } from '../src/index.js'
import type { LintOptions, SuggestSendTimeOptions, ThankYouContext } from '../src/types.js'

const draft = `Dear Ms. Okoro,

Thank you for meeting with me about the Marketing Coordinator role. I enjoyed hearing how your team plans the spring campaign, and I would welcome the chance to help with it.

Best regards,
Jordan Lee`

function timingFindings(context: ThankYouContext, options?: LintOptions) {
  return lintThankYou(draft, context, options)
    .findings.filter((finding) => finding.checker === 'timing')
    .map(({ ruleId, severity, expected, actual, position }) => ({
      ruleId,
      severity,
      expected,
      actual,
      position,
    }))
}

/**
 * 2026 calendar used below: Tue 3 March, Fri 6 March, Mon 9 March. US clocks spring forward on
 * Sun 8 March and fall back on Sun 1 November; the UK on Sun 29 March and Sun 25 October;
 * Sydney falls back on Sun 5 April and springs forward on Sun 4 October. India keeps +05:30.
 */
describe('suggestSendTime', () => {
  const cases: [string, string, SuggestSendTimeOptions, string][] = [
    [
      'an hour after a mid-afternoon interview, same day',
      '2026-03-06T15:00:00-08:00',
      { timeZone: 'America/Los_Angeles' },
      '2026-03-06T16:00:00-08:00',
    ],
    [
      'Monday morning after a late Friday interview, across the spring-forward weekend',
      '2026-03-06T17:00:00-08:00',
      { timeZone: 'America/Los_Angeles' },
      '2026-03-09T08:00:00-07:00',
    ],
    [
      'Monday morning across the fall-back weekend',
      '2026-10-30T17:00:00-07:00',
      { timeZone: 'America/Los_Angeles' },
      '2026-11-02T08:00:00-08:00',
    ],
    [
      'east of UTC with a half-hour offset, rounded up to the quarter hour',
      '2026-03-03T10:20:00+05:30',
      { timeZone: 'Asia/Kolkata' },
      '2026-03-03T11:30:00+05:30',
    ],
    [
      'Sydney, across the April fall-back weekend',
      '2026-04-03T16:30:00+11:00',
      { timeZone: 'Australia/Sydney' },
      '2026-04-06T08:00:00+10:00',
    ],
    [
      'Sydney, across the October spring-forward weekend',
      '2026-10-02T16:45:00+10:00',
      { timeZone: 'Australia/Sydney' },
      '2026-10-05T08:00:00+11:00',
    ],
    [
      'London, across the March spring-forward weekend',
      '2026-03-27T17:00:00+00:00',
      { timeZone: 'Europe/London' },
      '2026-03-30T08:00:00+01:00',
    ],
    [
      'no zone: the fixed offset of the interview time, which has no daylight saving',
      '2026-03-27T17:00:00Z',
      {},
      '2026-03-30T08:00:00+00:00',
    ],
    [
      'an early interview: the start of working hours',
      '2026-03-02T06:30:00-05:00',
      {},
      '2026-03-02T08:00:00-05:00',
    ],
    [
      'a weekend interview: Monday morning',
      '2026-03-07T11:00:00+05:30',
      { timeZone: 'Asia/Kolkata' },
      '2026-03-09T08:00:00+05:30',
    ],
    ['an offset written without a colon', '2026-03-03T10:20:00+0530', {}, '2026-03-03T11:30:00+05:30'],
    [
      'rounding 16:10 up to 16:15',
      '2026-03-04T15:10:00-05:00',
      { timeZone: 'America/New_York' },
      '2026-03-04T16:15:00-05:00',
    ],
    [
      'an hour later would be after working hours: next morning',
      '2026-03-04T16:30:00-05:00',
      { timeZone: 'America/New_York', workingHours: { start: '09:00', end: '17:00' }, lateInterviewHour: 17 },
      '2026-03-05T09:00:00-05:00',
    ],
    [
      'a Friday–Saturday weekend',
      '2026-03-05T17:00:00+04:00',
      { timeZone: 'Asia/Dubai', weekend: ['Friday', 'sat'] },
      '2026-03-08T08:00:00+04:00',
    ],
    [
      'a start time skipped by spring forward moves on by the gap',
      '2026-03-07T17:00:00-08:00',
      { timeZone: 'America/Los_Angeles', weekend: [], workingHours: { start: '02:30' } },
      '2026-03-08T03:30:00-07:00',
    ],
    [
      'a start time that occurs twice at fall back is its first occurrence',
      '2026-10-31T17:00:00-07:00',
      { timeZone: 'America/Los_Angeles', weekend: [], workingHours: { start: '01:30' } },
      '2026-11-01T01:30:00-07:00',
    ],
  ]
  it.each(cases)('%s', (_name, endedAt, options, expected) => {
    expect(suggestSendTime(endedAt, options)).toBe(expected)
  })

  it.each([
    ['yesterday', undefined, /^interviewEndedAt must be an ISO 8601 date-time with an offset/],
    ['2026-03-03T10:00:00', undefined, /^interviewEndedAt must be/],
    [42, undefined, /^interviewEndedAt must be .*got number 42/],
    ['2026-03-03T10:00:00Z', null, /^options must be an object, got null/],
    ['2026-03-03T10:00:00Z', { timeZone: 'Mars/Olympus' }, /^options\.timeZone must be an IANA time zone/],
    ['2026-03-03T10:00:00Z', { zone: 'UTC' }, /^options\.zone is not a known field/],
    ['2026-03-03T10:00:00Z', { workingHours: { end: '25:00' } }, /^options\.workingHours\.end must be/],
    ['2026-03-03T10:00:00Z', { workingHours: { start: '8am' } }, /^options\.workingHours\.start must be/],
    [
      '2026-03-03T10:00:00Z',
      { lateInterviewHour: 30 },
      /^options\.lateInterviewHour must be a number from 0 to 24/,
    ],
    ['2026-03-03T10:00:00Z', { weekend: ['Caturday'] }, /^options\.weekend\[0\] must be a day name/],
  ] as [unknown, unknown, RegExp][])('rejects %j with %j', (endedAt, options, message) => {
    expect(() => suggestSendTime(endedAt as string, options as SuggestSendTimeOptions)).toThrow(TypeError)
    expect(() => suggestSendTime(endedAt as string, options as SuggestSendTimeOptions)).toThrow(message)
  })

  it('never suggests a time that a timing rule would flag, in any zone', () => {
    const zones = [
      'America/Los_Angeles',
      'America/New_York',
      'Europe/London',
      'Asia/Kolkata',
      'Australia/Sydney',
    ]
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) }),
        fc.constantFrom(...zones),
        (instant, timeZone) => {
          const endedAt = new Date(instant).toISOString()
          const sendAt = suggestSendTime(endedAt, { timeZone })
          expect(Date.parse(sendAt)).toBeGreaterThanOrEqual(instant)
          expect(timingFindings({ interview: { endedAt, timeZone }, sendAt })).toEqual([])
        },
      ),
      { seed: 20260303, numRuns: 300 },
    )
  })
})

const newYork = (endedAt: string) => ({ endedAt, timeZone: 'America/New_York' })

describe('timing rules', () => {
  it('reports nothing without both the interview end and the send time', () => {
    expect(timingFindings({ interview: newYork('2026-03-03T11:00:00-05:00') })).toEqual([])
    expect(timingFindings({ sendAt: '2026-03-07T23:00:00-05:00' })).toEqual([])
  })

  it('accepts a note sent the same afternoon', () => {
    expect(
      timingFindings({
        interview: newYork('2026-03-03T11:00:00-05:00'),
        sendAt: '2026-03-03T14:00:00-05:00',
      }),
    ).toEqual([])
  })

  it('sent-before-interview: an error suggesting an hour after the interview, and nothing else', () => {
    expect(
      timingFindings({
        interview: newYork('2026-03-03T11:00:00-05:00'),
        sendAt: '2026-03-03T10:00:00-05:00',
      }),
    ).toEqual([
      {
        ruleId: 'sent-before-interview',
        severity: 'error',
        expected: ['2026-03-03T12:00:00-05:00'],
        actual: '2026-03-03T10:00:00-05:00',
        position: undefined,
      },
    ])
  })

  it('sent-late: a warning past 24 hours', () => {
    const [late, ...rest] = timingFindings({
      interview: newYork('2026-03-03T11:00:00-05:00'),
      sendAt: '2026-03-04T13:00:00-05:00',
    })
    expect(rest).toEqual([])
    expect(late).toMatchObject({
      ruleId: 'sent-late',
      severity: 'warning',
      expected: ['2026-03-03T12:00:00-05:00'],
    })
    const message = lintThankYou(draft, {
      interview: newYork('2026-03-03T11:00:00-05:00'),
      sendAt: '2026-03-04T13:00:00-05:00',
    }).findings.find((finding) => finding.ruleId === 'sent-late')?.message
    expect(message).toContain('26 hours after the interview;')
    expect(message).toContain('2026-03-03T12:00:00-05:00')
  })

  it('sent-late: an error past 48 hours', () => {
    expect(
      timingFindings({
        interview: newYork('2026-03-03T11:00:00-05:00'),
        sendAt: '2026-03-05T12:00:00-05:00',
      }),
    ).toMatchObject([{ ruleId: 'sent-late', severity: 'error' }])
  })

  it('sent-late: Monday morning after a Friday interview is fine, across the clock change', () => {
    // Friday 15:00 to midnight is 9 hours, Monday midnight to 09:00 is 9 more: 18 working-day hours.
    expect(
      timingFindings({
        interview: newYork('2026-03-06T15:00:00-05:00'),
        sendAt: '2026-03-09T09:00:00-04:00',
      }),
    ).toEqual([])
  })

  it('sent-late: Monday afternoon after a Friday afternoon interview is late, weekend not counted', () => {
    // 9 hours on Friday and 16 on Monday: 25.
    const report = lintThankYou(draft, {
      interview: newYork('2026-03-06T15:00:00-05:00'),
      sendAt: '2026-03-09T16:00:00-04:00',
    })
    const late = report.findings.filter((finding) => finding.checker === 'timing')
    expect(late.map((finding) => finding.ruleId)).toEqual(['sent-late'])
    expect(late[0]?.severity).toBe('warning')
    expect(late[0]?.message).toContain('25 hours after the interview (weekends not counted)')
  })

  it('sent-late: half an hour over the limit reads "just over 24 hours"', () => {
    const report = lintThankYou(draft, {
      interview: newYork('2026-03-03T11:00:00-05:00'),
      sendAt: '2026-03-04T11:30:00-05:00',
    })
    expect(
      report.findings.filter((finding) => finding.checker === 'timing').map((finding) => finding.message),
    ).toEqual([
      expect.stringContaining(
        'The note goes out just over 24 hours after the interview; send it within 24 hours',
      ),
    ])
  })

  it('sent-late: thresholds follow options.timing', () => {
    const context = { interview: newYork('2026-03-03T11:00:00-05:00'), sendAt: '2026-03-04T13:00:00-05:00' }
    expect(timingFindings(context, { timing: { warnAfterHours: 30 } })).toEqual([])
    expect(timingFindings(context, { timing: { warnAfterHours: 12, errorAfterHours: 20 } })).toMatchObject([
      { ruleId: 'sent-late', severity: 'error' },
    ])
  })

  it('sent-on-weekend: suggests Monday at the start of working hours, after the clock change', () => {
    expect(
      timingFindings({
        interview: newYork('2026-03-06T11:00:00-05:00'),
        sendAt: '2026-03-07T10:00:00-05:00',
      }),
    ).toEqual([
      {
        ruleId: 'sent-on-weekend',
        severity: 'warning',
        expected: ['2026-03-09T08:00:00-04:00'],
        actual: '2026-03-07T10:00:00-05:00',
        position: undefined,
      },
    ])
  })

  it('sent-on-weekend: in Sydney, on the Sunday the clocks go back', () => {
    expect(
      timingFindings({
        interview: { endedAt: '2026-04-03T10:00:00+11:00', timeZone: 'Australia/Sydney' },
        sendAt: '2026-04-05T10:00:00+10:00',
      }),
    ).toMatchObject([{ ruleId: 'sent-on-weekend', expected: ['2026-04-06T08:00:00+10:00'] }])
  })

  it('sent-on-weekend: a weekend night is reported once; with the rule off, as outside working hours', () => {
    const context = { interview: newYork('2026-03-06T11:00:00-05:00'), sendAt: '2026-03-07T23:00:00-05:00' }
    expect(timingFindings(context).map((finding) => finding.ruleId)).toEqual(['sent-on-weekend'])
    expect(timingFindings(context, { rules: { 'sent-on-weekend': 'off' } })).toMatchObject([
      { ruleId: 'outside-working-hours', expected: ['2026-03-09T08:00:00-04:00'] },
    ])
  })

  it('sent-on-weekend: follows options.timing.weekend', () => {
    const context = {
      interview: { endedAt: '2026-03-05T11:00:00+04:00', timeZone: 'Asia/Dubai' },
      sendAt: '2026-03-06T10:00:00+04:00',
    }
    expect(timingFindings(context)).toEqual([])
    expect(timingFindings(context, { timing: { weekend: ['Friday', 'Saturday'] } })).toMatchObject([
      { ruleId: 'sent-on-weekend', expected: ['2026-03-08T08:00:00+04:00'] },
    ])
  })

  it('outside-working-hours: in the evening, suggests the next morning', () => {
    expect(
      timingFindings({
        interview: newYork('2026-03-03T11:00:00-05:00'),
        sendAt: '2026-03-03T20:00:00-05:00',
      }),
    ).toEqual([
      {
        ruleId: 'outside-working-hours',
        severity: 'warning',
        expected: ['2026-03-04T08:00:00-05:00'],
        actual: '2026-03-03T20:00:00-05:00',
        position: undefined,
      },
    ])
  })

  it('outside-working-hours: early in the morning, suggests the start of that day', () => {
    expect(
      timingFindings({
        interview: newYork('2026-03-03T11:00:00-05:00'),
        sendAt: '2026-03-04T07:15:00-05:00',
      }),
    ).toMatchObject([{ ruleId: 'outside-working-hours', expected: ['2026-03-04T08:00:00-05:00'] }])
  })

  it('outside-working-hours: 18:00 is outside, 17:59 inside', () => {
    const at = (sendAt: string) => timingFindings({ interview: newYork('2026-03-03T11:00:00-05:00'), sendAt })
    expect(at('2026-03-03T18:00:00-05:00').map((finding) => finding.ruleId)).toEqual([
      'outside-working-hours',
    ])
    expect(at('2026-03-03T17:59:00-05:00')).toEqual([])
  })

  it('outside-working-hours: without a zone, in the offset of the interview time (India)', () => {
    // 15:00 UTC is 20:30 in India.
    expect(
      timingFindings({ interview: { endedAt: '2026-03-03T10:00:00+05:30' }, sendAt: '2026-03-03T15:00:00Z' }),
    ).toMatchObject([{ ruleId: 'outside-working-hours', expected: ['2026-03-04T08:00:00+05:30'] }])
  })

  it('outside-working-hours: London on the Monday after the clocks go back', () => {
    expect(
      timingFindings({
        interview: { endedAt: '2026-10-23T14:00:00+01:00', timeZone: 'Europe/London' },
        sendAt: '2026-10-26T07:30:00Z',
      }),
    ).toMatchObject([{ ruleId: 'outside-working-hours', expected: ['2026-10-26T08:00:00+00:00'] }])
  })

  it('outside-working-hours: follows options.timing.workingHours, merged with the defaults', () => {
    const context = { interview: newYork('2026-03-03T11:00:00-05:00'), sendAt: '2026-03-04T08:30:00-05:00' }
    expect(timingFindings(context)).toEqual([])
    expect(timingFindings(context, { timing: { workingHours: { start: '09:00' } } })).toMatchObject([
      { ruleId: 'outside-working-hours', expected: ['2026-03-04T09:00:00-05:00'] },
    ])
  })

  it('same-evening-after-late-interview: suggests the next working morning', () => {
    expect(
      timingFindings({
        interview: newYork('2026-03-03T16:30:00-05:00'),
        sendAt: '2026-03-03T17:15:00-05:00',
      }),
    ).toEqual([
      {
        ruleId: 'same-evening-after-late-interview',
        severity: 'warning',
        expected: ['2026-03-04T08:00:00-05:00'],
        actual: '2026-03-03T17:15:00-05:00',
        position: undefined,
      },
    ])
  })

  it('same-evening-after-late-interview: late at night it stands for outside-working-hours', () => {
    const context = { interview: newYork('2026-03-03T16:30:00-05:00'), sendAt: '2026-03-03T21:00:00-05:00' }
    expect(timingFindings(context).map((finding) => finding.ruleId)).toEqual([
      'same-evening-after-late-interview',
    ])
    expect(
      timingFindings(context, { rules: { 'same-evening-after-late-interview': 'off' } }).map(
        (finding) => finding.ruleId,
      ),
    ).toEqual(['outside-working-hours'])
  })

  it('same-evening-after-late-interview: the next morning, or an earlier interview, is fine', () => {
    expect(
      timingFindings({
        interview: newYork('2026-03-03T16:30:00-05:00'),
        sendAt: '2026-03-04T08:30:00-05:00',
      }),
    ).toEqual([])
    expect(
      timingFindings({
        interview: newYork('2026-03-03T15:30:00-05:00'),
        sendAt: '2026-03-03T17:15:00-05:00',
      }),
    ).toEqual([])
    expect(
      timingFindings(
        { interview: newYork('2026-03-03T15:30:00-05:00'), sendAt: '2026-03-03T17:15:00-05:00' },
        { timing: { lateInterviewHour: 15 } },
      ).map((finding) => finding.ruleId),
    ).toEqual(['same-evening-after-late-interview'])
  })
})

describe('options.timing validation', () => {
  const context = { interview: newYork('2026-03-03T11:00:00-05:00'), sendAt: '2026-03-03T14:00:00-05:00' }
  it.each([
    [{ workingHours: { start: '8am' } }, /^options\.timing\.workingHours\.start must be a 24-hour time/],
    [{ workingHours: { start: '18:00', end: '08:00' } }, /^options\.timing\.workingHours\.end must be later/],
    [{ workingHours: { begin: '08:00' } }, /^options\.timing\.workingHours\.begin is not a known field/],
    [{ workingHours: '08:00-18:00' }, /^options\.timing\.workingHours must be an object/],
    [{ lateInterviewHour: 25 }, /^options\.timing\.lateInterviewHour must be a number from 0 to 24/],
    [{ weekend: ['Caturday'] }, /^options\.timing\.weekend\[0\] must be a day name/],
    [
      { weekend: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] },
      /^options\.timing\.weekend must leave at least one working day/,
    ],
    [
      { errorAfterHours: 12 },
      /^options\.timing\.errorAfterHours must be at least options\.timing\.warnAfterHours/,
    ],
    [{ sendHour: 9 }, /^options\.timing\.sendHour is not a known field/],
  ])('rejects %j', (timing, message) => {
    expect(() => lintThankYou(draft, context, { timing } as LintOptions)).toThrow(TypeError)
    expect(() => lintThankYou(draft, context, { timing } as LintOptions)).toThrow(message)
  })
})
