/**
 * Wall-clock arithmetic in a time zone, for the timing checker. IANA zones go through
 * `Intl.DateTimeFormat` (so daylight-saving rules come from the platform's tz database); a fixed
 * offset such as `-05:00` is applied by hand, since `Intl` does not accept offsets as zones on Node 20.
 * Nothing here reads the clock.
 */

const MINUTE = 60_000
const DAY = 86_400_000
/** Offsets are constant within a quarter hour of UTC: every modern zone changes on a quarter hour. */
const BUCKET = 15 * MINUTE
const MAX_CACHED_OFFSETS = 4096

/** A time zone: its label for messages and its UTC offset, in minutes, at an instant. */
export interface Zone {
  /** `America/Los_Angeles`, or `UTC-05:00` for a fixed offset. */
  label: string
  offsetAt(utc: number): number
}

/** A calendar date, month 1–12. */
export interface LocalDate {
  year: number
  month: number
  day: number
}

/** An instant as read on a wall clock in some zone. */
export interface LocalTime extends LocalDate {
  /** Minutes since local midnight, seconds included as a fraction. */
  minutes: number
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number
  /** The zone's UTC offset at that instant, in minutes. */
  offset: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()
const offsetCache = new Map<string, number>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

function ianaOffset(timeZone: string, utc: number): number {
  const bucket = Math.floor(utc / BUCKET)
  const key = `${timeZone}|${bucket}`
  const cached = offsetCache.get(key)
  if (cached !== undefined) return cached
  const at = bucket * BUCKET
  const fields: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value)
  }
  const wall = Date.UTC(
    fields.year ?? 1970,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  )
  const offset = Math.round((wall - at) / MINUTE)
  if (offsetCache.size >= MAX_CACHED_OFFSETS) offsetCache.clear()
  offsetCache.set(key, offset)
  return offset
}

/** A zone by IANA name; the name must be valid (see `isTimeZone` in validate.ts). */
export function ianaZone(timeZone: string): Zone {
  return { label: timeZone, offsetAt: (utc) => ianaOffset(timeZone, utc) }
}

/** A zone that is always `offset` minutes from UTC. */
export function fixedZone(offset: number): Zone {
  return { label: `UTC${formatOffset(offset)}`, offsetAt: () => offset }
}

const TRAILING_OFFSET = /(?:Z|([+-])(\d{2}):?(\d{2}))$/

/** The offset, in minutes, written at the end of an ISO 8601 date-time (`Z`, `+05:30`, `-0800`). */
export function offsetOf(isoDateTime: string): number {
  const match = TRAILING_OFFSET.exec(isoDateTime)
  if (!match || match[1] === undefined) return 0
  const minutes = Number(match[2]) * 60 + Number(match[3])
  return match[1] === '-' ? -minutes : minutes
}

/** The recipient's zone: the IANA zone when given, else the offset `reference` was written with. */
export function zoneFor(timeZone: string | undefined, reference: string): Zone {
  return timeZone === undefined ? fixedZone(offsetOf(reference)) : ianaZone(timeZone)
}

export function toLocal(zone: Zone, utc: number): LocalTime {
  const offset = zone.offsetAt(utc)
  const wall = new Date(utc + offset * MINUTE)
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    minutes:
      wall.getUTCHours() * 60 +
      wall.getUTCMinutes() +
      (wall.getUTCSeconds() * 1000 + wall.getUTCMilliseconds()) / MINUTE,
    weekday: wall.getUTCDay(),
    offset,
  }
}

/**
 * The instant a wall clock in `zone` shows `minutes` past midnight on `date`. A time skipped by a
 * spring-forward change moves forward by the gap (02:30 becomes 03:30); a time that occurs twice
 * after a fall-back change is its first occurrence.
 */
export function fromLocal(zone: Zone, date: LocalDate, minutes: number): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minutes * MINUTE
  const before = zone.offsetAt(wall - DAY)
  const after = zone.offsetAt(wall + DAY)
  let earliest: number | undefined
  for (const offset of before === after ? [before] : [before, after]) {
    const utc = wall - offset * MINUTE
    if (zone.offsetAt(utc) === offset && (earliest === undefined || utc < earliest)) earliest = utc
  }
  return earliest ?? wall - before * MINUTE
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + days))
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() }
}

export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()
}

export function sameDate(a: LocalDate, b: LocalDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day
}

/** `+05:30`, `-08:00`, `+00:00`. */
export function formatOffset(offset: number): string {
  const sign = offset < 0 ? '-' : '+'
  const absolute = Math.abs(offset)
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
}

/** ISO 8601 with the zone's offset at that instant, to the second: `2026-03-09T08:00:00-07:00`. */
export function formatIso(zone: Zone, utc: number): string {
  const local = toLocal(zone, utc)
  return `${formatDate(local)}T${formatClock(local.minutes, true)}${formatOffset(local.offset)}`
}

export function formatDate(date: LocalDate): string {
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`
}

/** `08:05`, or `08:05:30` with seconds. */
export function formatClock(minutes: number, seconds = false): string {
  const whole = Math.floor(minutes)
  const clock = `${pad(Math.floor(whole / 60))}:${pad(whole % 60)}`
  return seconds ? `${clock}:${pad(Math.floor((minutes - whole) * 60 + 1e-6))}` : clock
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

export const WEEKDAY_NAMES: readonly string[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
]
