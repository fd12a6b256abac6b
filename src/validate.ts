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
  throw new TypeError(`${path} must be ${expected}, got ${describe(value)}`)
}

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

function expectName(value: unknown, path: string): void {
  if (typeof value !== 'string' || value.trim() === '') fail(path, 'a non-empty string', value)
}

function expectOptionalName(record: UnknownRecord, key: string, path: string): void {
  if (record[key] !== undefined) expectName(record[key], `${path}.${key}`)
}

function expectNameList(value: unknown, path: string): void {
  if (value === undefined) return
  if (!Array.isArray(value)) fail(path, 'an array of non-empty strings', value)
  for (const [index, item] of value.entries()) expectName(item, `${path}[${index}]`)
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

function expectDateTime(value: unknown, path: string): void {
  if (typeof value !== 'string' || parseIsoDateTime(value) === undefined) {
    fail(path, 'an ISO 8601 date-time with an offset, such as "2026-03-02T15:30:00-05:00"', value)
  }
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

export function validateContext(context: unknown): asserts context is ThankYouContext | undefined {
  if (context === undefined) return
  const record = expectRecord(context, 'context')
  expectKnownKeys(record, 'context', CONTEXT_KEYS)

  if (record.candidate !== undefined) {
    const candidate = expectRecord(record.candidate, 'context.candidate')
    expectKnownKeys(candidate, 'context.candidate', ['name'])
    expectName(candidate.name, 'context.candidate.name')
  }

  if (record.interviewers !== undefined) {
    if (!Array.isArray(record.interviewers)) fail('context.interviewers', 'an array', record.interviewers)
    for (const [index, item] of record.interviewers.entries()) {
      const path = `context.interviewers[${index}]`
      const interviewer = expectRecord(item, path)
      expectKnownKeys(interviewer, path, ['name', 'title', 'honorific', 'nicknames'])
      expectName(interviewer.name, `${path}.name`)
      expectOptionalName(interviewer, 'title', path)
      expectOptionalName(interviewer, 'honorific', path)
      expectNameList(interviewer.nicknames, `${path}.nicknames`)
    }
  }

  if (record.company !== undefined) {
    const company = expectRecord(record.company, 'context.company')
    expectKnownKeys(company, 'context.company', ['name', 'aliases'])
    expectName(company.name, 'context.company.name')
    expectNameList(company.aliases, 'context.company.aliases')
  }

  if (record.position !== undefined) expectName(record.position, 'context.position')
  expectNameList(record.topics, 'context.topics')
  expectNameList(record.otherCompanies, 'context.otherCompanies')

  if (record.interview !== undefined) {
    const interview = expectRecord(record.interview, 'context.interview')
    expectKnownKeys(interview, 'context.interview', ['endedAt', 'timeZone'])
    expectDateTime(interview.endedAt, 'context.interview.endedAt')
    if (interview.timeZone !== undefined) {
      if (typeof interview.timeZone !== 'string' || !isTimeZone(interview.timeZone)) {
        fail('context.interview.timeZone', 'an IANA time zone such as "Europe/Berlin"', interview.timeZone)
      }
    }
  }
  if (record.sendAt !== undefined) expectDateTime(record.sendAt, 'context.sendAt')
}

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
