import type { Checker } from './checker.js'
import { boundedMemo } from './text/memo.js'
import type { LintOptions, ThankYouContext } from './types.js'

/**
 * Input validation. Every message names the offending path and what was expected, so a caller
 * can fix a bad context from the error alone: `context.interviewers[0].name must be a non-empty string`.
 */

type UnknownRecord = Record<string, unknown>

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return value === '' ? 'an empty string' : 'a string'
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`
}

export function fail(path: string, expected: string, value: unknown): never {
  if (value === undefined) throw new TypeError(`${path} is required: it must be ${expected}`)
  throw new TypeError(`${path} must be ${expected}, got ${describe(value)}`)
}

/**
 * Longest context string, in UTF-16 code units. Names, titles and topics are short; a longer one
 * is a mistake (a whole letter pasted into a field), and refusing it keeps every pass over the
 * context cheap whatever a caller sends.
 */
export const MAX_CONTEXT_STRING = 1_000
/** Most items in a context list (interviewers, topics, aliases, nicknames, other companies). */
export const MAX_CONTEXT_ITEMS = 100

function expectRecord(value: unknown, path: string): UnknownRecord {
  if (!isRecord(value)) fail(path, 'an object', value)
  return value
}

function expectKnownKeys(value: UnknownRecord, path: string, known: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw new TypeError(`${path}.${key} is not a known field; expected one of ${known.join(', ')}`)
    }
  }
}

function expectName(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(path, 'a non-empty string', value)
  if (value.length > MAX_CONTEXT_STRING) {
    throw new TypeError(`${path} must be at most ${MAX_CONTEXT_STRING} characters, got ${value.length}`)
  }
  return value
}

function expectList(value: unknown, path: string, expected: string): unknown[] {
  if (!Array.isArray(value)) fail(path, expected, value)
  if (value.length > MAX_CONTEXT_ITEMS) {
    throw new TypeError(`${path} must have at most ${MAX_CONTEXT_ITEMS} items, got ${value.length}`)
  }
  return value
}

function expectNameList(value: unknown, path: string): string[] {
  return expectList(value, path, 'an array of non-empty strings').map((item, index) =>
    expectName(item, `${path}[${index}]`),
  )
}

/**
 * The fields of an object that are set, each a known one. JSON from a database or an API writes an absent
 * optional field as `null`, so `null` counts as absent; a value of the wrong type is still refused.
 */
function known(value: unknown, path: string, keys: readonly string[]): UnknownRecord {
  const record = expectRecord(value, path)
  expectKnownKeys(record, path, keys)
  const copy: UnknownRecord = {}
  for (const [key, field] of Object.entries(record))
    if (field !== null && field !== undefined) copy[key] = field
  return copy
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))$/

/** Parses an ISO 8601 date-time that carries an offset (`Z` or `±hh:mm`); `undefined` if it is not one. */
export function parseIsoDateTime(value: string): number | undefined {
  const match = ISO_DATE_TIME.exec(value)
  if (!match) return undefined
  const [, year, month, day, hour, minute, second = '0', offsetHour = '0', offsetMinute = '0'] = match.map(
    (part) => part ?? '0',
  ) as string[]
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate()
  if (
    Number(month) < 1 ||
    Number(month) > 12 ||
    Number(day) < 1 ||
    Number(day) > daysInMonth ||
    Number(hour) > 23 ||
    Number(minute) > 59 ||
    Number(second) > 59 ||
    Number(offsetHour) > 23 ||
    Number(offsetMinute) > 59
  ) {
    return undefined
  }
  const time = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))
  return Number.isNaN(time) ? undefined : time
}

function expectDateTime(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length > 64 || parseIsoDateTime(value) === undefined) {
    fail(path, 'an ISO 8601 date-time with an offset, such as "2026-03-02T15:30:00-05:00"', value)
  }
  return value
}

/** Whether `Intl` knows the IANA zone. */
export const isTimeZone: (zone: string) => boolean = boundedMemo(1_000, (zone) => {
  try {
    // Building a formatter costs ~0.1 ms of a 2 ms lint: remember each zone's verdict.
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
})

const CONTEXT_KEYS = [
  'candidate',
  'interviewers',
  'company',
  'position',
  'topics',
  'otherCompanies',
  'interview',
  'sendAt',
] as const

/**
 * Checks a context and returns it as the checkers read it: `null` fields dropped (they count as
 * absent), nothing else changed. Throws a TypeError that names the first bad field.
 */
export function validateContext(context: unknown): ThankYouContext | undefined {
  if (context === undefined || context === null) return undefined
  const record = known(context, 'context', CONTEXT_KEYS)
  const valid: ThankYouContext = {}

  if (record.candidate !== undefined) {
    const candidate = known(record.candidate, 'context.candidate', ['name'])
    valid.candidate = { name: expectName(candidate.name, 'context.candidate.name') }
  }

  if (record.interviewers !== undefined) {
    const list = expectList(record.interviewers, 'context.interviewers', 'an array of interviewers')
    valid.interviewers = list.map((item, index) => {
      const path = `context.interviewers[${index}]`
      const interviewer = known(item, path, ['name', 'title', 'honorific', 'nicknames'])
      const { title, honorific, nicknames } = interviewer
      return {
        name: expectName(interviewer.name, `${path}.name`),
        ...(title !== undefined && { title: expectName(title, `${path}.title`) }),
        ...(honorific !== undefined && { honorific: expectName(honorific, `${path}.honorific`) }),
        ...(nicknames !== undefined && { nicknames: expectNameList(nicknames, `${path}.nicknames`) }),
      }
    })
  }

  if (record.company !== undefined) {
    const company = known(record.company, 'context.company', ['name', 'aliases'])
    valid.company = {
      name: expectName(company.name, 'context.company.name'),
      ...(company.aliases !== undefined && {
        aliases: expectNameList(company.aliases, 'context.company.aliases'),
      }),
    }
  }

  if (record.position !== undefined) valid.position = expectName(record.position, 'context.position')
  if (record.topics !== undefined) valid.topics = expectNameList(record.topics, 'context.topics')
  if (record.otherCompanies !== undefined) {
    valid.otherCompanies = expectNameList(record.otherCompanies, 'context.otherCompanies')
  }

  if (record.interview !== undefined) {
    const interview = known(record.interview, 'context.interview', ['endedAt', 'timeZone'])
    const endedAt = expectDateTime(interview.endedAt, 'context.interview.endedAt')
    const zone = interview.timeZone
    if (
      zone !== undefined &&
      (typeof zone !== 'string' || zone.length > MAX_ZONE_LENGTH || !isTimeZone(zone))
    ) {
      fail('context.interview.timeZone', 'an IANA time zone such as "Europe/Berlin"', zone)
    }
    valid.interview = typeof zone === 'string' ? { endedAt, timeZone: zone } : { endedAt }
  }
  if (record.sendAt !== undefined) valid.sendAt = expectDateTime(record.sendAt, 'context.sendAt')
  return valid
}

/** The longest IANA zone name is 30 characters; anything much longer is not one. */
const MAX_ZONE_LENGTH = 64

const SEVERITY_SETTINGS: readonly unknown[] = ['off', 'info', 'warning', 'error', true, false]

export function validateOptions(
  options: unknown,
  checkers: readonly Checker[],
): asserts options is LintOptions | undefined {
  if (options === undefined) return
  const record = expectRecord(options, 'options')
  const names = checkers.map((checker) => checker.name)
  expectKnownKeys(record, 'options', [
    'checkers',
    'rules',
    'template',
    'maxLength',
    'allowInlineConfig',
    'reportUnusedDisableDirectives',
    ...names,
  ])

  if (record.checkers !== undefined) {
    const switches = expectRecord(record.checkers, 'options.checkers')
    expectKnownKeys(switches, 'options.checkers', names)
    for (const [name, value] of Object.entries(switches)) {
      if (typeof value !== 'boolean') fail(`options.checkers.${name}`, 'true or false', value)
    }
  }

  if (record.rules !== undefined) {
    const rules = expectRecord(record.rules, 'options.rules')
    const ids = new Set(checkers.flatMap((checker) => checker.rules.map((rule) => rule.id)))
    for (const [id, value] of Object.entries(rules)) {
      if (!ids.has(id))
        throw new TypeError(`options.rules.${id} is not a known rule id; see the exported \`rules\``)
      if (!SEVERITY_SETTINGS.includes(value)) {
        fail(`options.rules.${id}`, `one of 'off', 'info', 'warning', 'error', true or false`, value)
      }
    }
  }

  if (record.template !== undefined && typeof record.template !== 'boolean') {
    fail('options.template', 'true or false', record.template)
  }
  if (record.maxLength !== undefined) expectThreshold(record.maxLength, 'options.maxLength')
  for (const key of ['allowInlineConfig', 'reportUnusedDisableDirectives']) {
    if (record[key] !== undefined && typeof record[key] !== 'boolean')
      fail(`options.${key}`, 'true or false', record[key])
  }

  for (const checker of checkers) {
    const value = record[checker.name]
    if (value === undefined) continue
    const path = `options.${checker.name}`
    const given = expectRecord(value, path)
    const defaults = checker.defaults as UnknownRecord
    expectKnownKeys(given, path, Object.keys(defaults))
    for (const [key, setting] of Object.entries(given)) {
      expectSameShape(setting, defaults[key], `${path}.${key}`)
    }
    checker.validateOptions?.({ ...defaults, ...given } as never, path)
  }
}

/** An option value must have its default's type; numbers must be finite and not negative. */
function expectSameShape(value: unknown, fallback: unknown, path: string): void {
  if (typeof fallback === 'number') expectThreshold(value, path)
  else if (Array.isArray(fallback)) {
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
      fail(path, 'an array of strings', value)
    }
  } else if (isRecord(fallback)) {
    if (!isRecord(value)) fail(path, 'an object', value)
  } else if (fallback !== undefined && typeof value !== typeof fallback) {
    fail(path, `a ${typeof fallback}`, value)
  }
}

function expectThreshold(value: unknown, path: string): void {
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    fail(path, 'a number of 0 or more', value)
  }
}
