import { defineChecker, type Issue } from '../../checker.js'
import type { SuggestSendTimeOptions, TimingOptions, WorkingHours } from '../../types.js'
import { fail, isRecord, isTimeZone, parseIsoDateTime } from '../../validate.js'
import {
  addDays,
  formatClock,
  formatDate,
  formatIso,
  fromLocal,
  type LocalDate,
  sameDate,
  toLocal,
  WEEKDAY_NAMES,
  weekdayOf,
  type Zone,
  zoneFor,
} from '../../zone.js'
import {
  CLOCK_TIME,
  DAY_NAMES,
  MAX_DAYS_WALKED,
  SAME_DAY_DELAY_MINUTES,
  SUGGESTION_STEP_MINUTES,
} from './data.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

export const timingDefaults: TimingOptions = {
  workingHours: { start: '08:00', end: '18:00' },
  lateInterviewHour: 16,
  warnAfterHours: 24,
  errorAfterHours: 48,
  weekend: ['Saturday', 'Sunday'],
}

/** The options in the units the rules work in. */
interface Schedule {
  /** Working hours, minutes after local midnight; `end` exclusive. */
  start: number
  end: number
  /** Interviews ending at or after this many minutes past midnight are late ones. */
  lateInterview: number
  weekend: ReadonlySet<number>
  warnAfter: number
  errorAfter: number
}

export const timing = defineChecker({
  name: 'timing',
  defaults: timingDefaults,
  rules: [
    {
      id: 'sent-before-interview',
      defaultSeverity: 'error',
      description: 'The note is scheduled to go out before the interview has ended.',
    },
    {
      id: 'sent-late',
      defaultSeverity: 'warning',
      description:
        'The note goes out more than 24 hours after the interview, weekends not counted (an error past 48).',
    },
    {
      id: 'sent-on-weekend',
      defaultSeverity: 'warning',
      description: "The note arrives on a weekend in the recipient's time zone.",
    },
    {
      id: 'same-evening-after-late-interview',
      defaultSeverity: 'warning',
      description: 'After an interview that ended late in the afternoon, the note goes out that evening.',
    },
    {
      id: 'outside-working-hours',
      defaultSeverity: 'warning',
      description: "The note arrives outside working hours in the recipient's time zone.",
    },
  ],
  validateOptions(options, path) {
    validateSchedule(options, path)
    if (options.errorAfterHours < options.warnAfterHours) {
      throw new TypeError(
        `${path}.errorAfterHours must be at least ${path}.warnAfterHours (${options.warnAfterHours})`,
      )
    }
  },
  check(_document, environment, options) {
    const { interview, sendAt } = environment.context
    if (!interview || sendAt === undefined) return []
    const schedule = toSchedule(options)
    const zone = zoneFor(interview.timeZone, interview.endedAt)
    const ended = parseIsoDateTime(interview.endedAt) as number
    const sent = parseIsoDateTime(sendAt) as number
    const say = (utc: number) => describe(zone, utc)
    const suggest = (utc: number) => {
      const iso = formatIso(zone, utc)
      return { iso, text: `${describe(zone, utc, false)}, ${iso}` }
    }

    if (sent < ended) {
      const best = suggest(suggestFrom(zone, schedule, ended))
      return [
        {
          ruleId: 'sent-before-interview',
          actual: sendAt,
          expected: [best.iso],
          message: `The note is set for ${say(sent)}, before the interview ends (${say(ended)}); send it afterwards, such as ${best.text}`,
        },
      ]
    }

    const issues: Issue[] = []
    const elapsed = workingTimeBetween(zone, schedule, ended, sent)
    if (elapsed > schedule.warnAfter) {
      const best = suggest(suggestFrom(zone, schedule, ended))
      const limit = schedule.warnAfter / HOUR
      const hours = Math.floor(elapsed / HOUR)
      const weekendNote = elapsed < sent - ended ? ' (weekends not counted)' : ''
      issues.push({
        ruleId: 'sent-late',
        ...(elapsed > schedule.errorAfter && { severity: 'error' as const }),
        actual: sendAt,
        expected: [best.iso],
        message: `The note goes out ${hours > limit ? `${hours} hours` : `just over ${limit} hours`} after the interview${weekendNote}; send it within ${limit} hours, such as ${best.text}`,
      })
    }

    const local = toLocal(zone, sent)
    const endedLocal = toLocal(zone, ended)
    const onWeekend = schedule.weekend.has(local.weekday)
    const eveningEnds = fromLocal(zone, addDays(endedLocal, 1), schedule.start)
    const sameEvening = endedLocal.minutes >= schedule.lateInterview && sent < eveningEnds
    const reported = (ruleId: string, fired: boolean) => fired && environment.isRuleEnabled(ruleId)

    if (onWeekend) {
      const next = suggest(nextWorkingSlot(zone, schedule, sent))
      issues.push({
        ruleId: 'sent-on-weekend',
        actual: sendAt,
        expected: [next.iso],
        message: `The note arrives on ${say(sent)}, a weekend for the recipient; schedule it for a working day, such as ${next.text}`,
      })
    }
    if (sameEvening && !reported('sent-on-weekend', onWeekend)) {
      const next = suggest(nextWorkingMorning(zone, schedule, endedLocal))
      issues.push({
        ruleId: 'same-evening-after-late-interview',
        actual: sendAt,
        expected: [next.iso],
        message: `The interview ended late (${formatClock(endedLocal.minutes)}), and the note follows that evening at ${formatClock(local.minutes)}; send it the next working morning, such as ${next.text}`,
      })
    }
    const outside = local.minutes < schedule.start || local.minutes >= schedule.end
    if (
      outside &&
      !reported('sent-on-weekend', onWeekend) &&
      !reported('same-evening-after-late-interview', sameEvening)
    ) {
      const next = suggest(nextWorkingSlot(zone, schedule, sent))
      issues.push({
        ruleId: 'outside-working-hours',
        actual: sendAt,
        expected: [next.iso],
        message: `The note arrives at ${formatClock(local.minutes)} on ${WEEKDAY_NAMES[local.weekday]} (${zone.label}), outside working hours (${formatClock(schedule.start)}–${formatClock(schedule.end)}); schedule it for ${next.text}`,
      })
    }
    return issues
  },
})

/**
 * The best time to send the thank-you note for an interview that ended at `interviewEndedAt`,
 * by the timing checker's rules: an hour after an interview that ends on a working day before
 * the late-interview hour (on the next quarter hour, within working hours), otherwise the start
 * of the next working day. Returned as ISO 8601 with the recipient's offset at that time.
 *
 * @throws {TypeError} when `interviewEndedAt` is not an ISO 8601 date-time with an offset, or an
 *   option is malformed; the message names the field.
 */
export function suggestSendTime(interviewEndedAt: string, options: SuggestSendTimeOptions = {}): string {
  if (typeof interviewEndedAt !== 'string' || parseIsoDateTime(interviewEndedAt) === undefined) {
    fail(
      'interviewEndedAt',
      'an ISO 8601 date-time with an offset, such as "2026-03-02T15:30:00-05:00"',
      interviewEndedAt,
    )
  }
  if (!isRecord(options)) fail('options', 'an object', options)
  const known = ['timeZone', 'workingHours', 'lateInterviewHour', 'weekend']
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new TypeError(`options.${key} is not a known field; expected one of ${known.join(', ')}`)
    }
  }
  const { timeZone } = options
  if (timeZone !== undefined && (typeof timeZone !== 'string' || !isTimeZone(timeZone))) {
    fail('options.timeZone', 'an IANA time zone such as "Europe/Berlin"', timeZone)
  }
  validateSchedule(options, 'options')
  const schedule = toSchedule({ ...timingDefaults, ...withoutUndefined(options) })
  const zone = zoneFor(timeZone, interviewEndedAt)
  return formatIso(zone, suggestFrom(zone, schedule, parseIsoDateTime(interviewEndedAt) as number))
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Partial<T>
}

/** Checks the options shared by the checker and `suggestSendTime`; types are checked before. */
function validateSchedule(
  options: { workingHours?: Partial<WorkingHours>; lateInterviewHour?: number; weekend?: readonly string[] },
  path: string,
): void {
  const { workingHours, lateInterviewHour, weekend } = options
  if (workingHours !== undefined) {
    const hoursPath = `${path}.workingHours`
    if (!isRecord(workingHours)) fail(hoursPath, 'an object', workingHours)
    for (const key of Object.keys(workingHours)) {
      if (key !== 'start' && key !== 'end') {
        throw new TypeError(`${hoursPath}.${key} is not a known field; expected one of start, end`)
      }
    }
    for (const key of ['start', 'end'] as const) {
      const value = workingHours[key]
      if (value !== undefined && (typeof value !== 'string' || clockMinutes(value) === undefined)) {
        fail(`${hoursPath}.${key}`, 'a 24-hour time "HH:MM" between 00:00 and 24:00', value)
      }
    }
    const start = clockMinutes(workingHours.start ?? timingDefaults.workingHours.start) as number
    const end = clockMinutes(workingHours.end ?? timingDefaults.workingHours.end) as number
    if (end <= start) {
      throw new TypeError(
        `${hoursPath}.end must be later than ${hoursPath}.start (${workingHours.start ?? timingDefaults.workingHours.start})`,
      )
    }
  }
  if (lateInterviewHour !== undefined) {
    if (typeof lateInterviewHour !== 'number' || !(lateInterviewHour >= 0 && lateInterviewHour <= 24)) {
      fail(`${path}.lateInterviewHour`, 'a number from 0 to 24', lateInterviewHour)
    }
  }
  if (weekend !== undefined) {
    if (!Array.isArray(weekend)) fail(`${path}.weekend`, 'an array of day names', weekend)
    const days = new Set<number>()
    for (const [index, name] of weekend.entries()) {
      const day = typeof name === 'string' ? DAY_NAMES[name.toLowerCase()] : undefined
      if (day === undefined) fail(`${path}.weekend[${index}]`, 'a day name such as "Saturday" or "Sat"', name)
      days.add(day)
    }
    if (days.size === 7) throw new TypeError(`${path}.weekend must leave at least one working day`)
  }
}

function clockMinutes(value: string): number | undefined {
  const match = CLOCK_TIME.exec(value)
  if (!match) return undefined
  const minutes = Number(match[1]) * 60 + Number(match[2])
  return minutes > 24 * 60 ? undefined : minutes
}

function toSchedule(options: TimingOptions): Schedule {
  const hours = { ...timingDefaults.workingHours, ...options.workingHours }
  return {
    start: clockMinutes(hours.start) as number,
    end: clockMinutes(hours.end) as number,
    lateInterview: options.lateInterviewHour * 60,
    weekend: new Set(options.weekend.map((name) => DAY_NAMES[name.toLowerCase()] as number)),
    warnAfter: options.warnAfterHours * HOUR,
    errorAfter: options.errorAfterHours * HOUR,
  }
}

/** `Monday 2026-03-09 08:00 (America/Los_Angeles)`, without the zone when `withZone` is false. */
function describe(zone: Zone, utc: number, withZone = true): string {
  const local = toLocal(zone, utc)
  const when = `${WEEKDAY_NAMES[local.weekday]} ${formatDate(local)} ${formatClock(local.minutes)}`
  return withZone ? `${when} (${zone.label})` : when
}

/** The start of working hours on the first working day after `date`. */
function nextWorkingMorning(zone: Zone, schedule: Schedule, date: LocalDate): number {
  let day = addDays(date, 1)
  while (schedule.weekend.has(weekdayOf(day))) day = addDays(day, 1)
  return fromLocal(zone, day, schedule.start)
}

/** The first moment at or after `utc` that falls within working hours on a working day. */
function nextWorkingSlot(zone: Zone, schedule: Schedule, utc: number): number {
  const local = toLocal(zone, utc)
  if (!schedule.weekend.has(local.weekday) && local.minutes < schedule.end) {
    return local.minutes >= schedule.start ? utc : fromLocal(zone, local, schedule.start)
  }
  return nextWorkingMorning(zone, schedule, local)
}

/**
 * The best send time after an interview that ended at `ended`: an hour later, on the next quarter
 * hour, when the interview ended on a working day before the late-interview hour and that time is
 * still within working hours (or the start of working hours, if it comes before them); otherwise the
 * next working morning.
 */
function suggestFrom(zone: Zone, schedule: Schedule, ended: number): number {
  const local = toLocal(zone, ended)
  if (!schedule.weekend.has(local.weekday) && local.minutes < schedule.lateInterview) {
    const later = toLocal(zone, ended + SAME_DAY_DELAY_MINUTES * MINUTE)
    if (sameDate(later, local)) {
      const rounded = Math.ceil(later.minutes / SUGGESTION_STEP_MINUTES) * SUGGESTION_STEP_MINUTES
      if (rounded < schedule.start) return fromLocal(zone, local, schedule.start)
      if (rounded < schedule.end) return fromLocal(zone, local, rounded)
    }
  }
  return nextWorkingMorning(zone, schedule, local)
}

/**
 * Time from `from` to `to` that falls on working days of the recipient's calendar. Days are
 * walked as local calendar days, so a day of 23 or 25 hours around a daylight-saving change counts
 * as it really lasts.
 */
function workingTimeBetween(zone: Zone, schedule: Schedule, from: number, to: number): number {
  if (to <= from) return 0
  if (schedule.weekend.size === 0 || to - from <= schedule.warnAfter) return to - from
  let total = 0
  let cursor = from
  let day: LocalDate = toLocal(zone, from)
  for (let walked = 0; cursor < to && walked < MAX_DAYS_WALKED; walked++) {
    const next = addDays(day, 1)
    const segmentEnd = Math.min(fromLocal(zone, next, 0), to)
    if (!schedule.weekend.has(weekdayOf(day))) total += segmentEnd - cursor
    cursor = segmentEnd
    day = next
  }
  return total + (to - cursor)
}
