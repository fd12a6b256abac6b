import fc from 'fast-check'
import { expect } from 'vitest'
import { rules } from '../src/index.js'
import type { Finding, LintOptions, LintReport, Point, RuleSetting, ThankYouContext } from '../src/types.js'

/** Names that have tripped linters before: diacritics (composed and decomposed), apostrophes, scripts. */
export const ODD_NAMES = [
  'Dana Okoro',
  "Siobhán O'Connor",
  'Siobha\u0301n O\u2019Connor',
  'José Álvarez-Núñez',
  'Zoë',
  'Zoe\u0308',
  'Mary-Kate Smith',
  'Dr. Who',
  'X Æ A-12',
  'אבי כהן',
  'محمد الحسن',
  '李小龍',
  'Jo',
  'a',
  '  padded  ',
  'Brightline',
  'Fjord & Pine',
  'O\u2019Neil',
  '👩‍💻 Dev',
  '[Name]',
  '{{company}}',
  'C++',
  '.NET',
  '(Acme)',
  'a\u0000b',
]

const STRUCTURE = [
  'Subject: ',
  'Subject: Thank you',
  'Dear ',
  'Hi ',
  'Hey ',
  'To whom it may concern,',
  'Ms. ',
  'Dr. ',
  'Okoro,',
  'Thank you for the interview.',
  'I enjoyed our conversation about the role.',
  'I would love to contribute to the team!',
  'Best regards,',
  'Sincerely,',
  'Jordan Lee',
  '[Name]',
  '[Your Name]',
  '{{company}}',
  '{{ interviewer.name }}',
  '{first_name}',
  '<Company Name>',
  '____',
  'XXX',
  'http://example.com/a?b=c.',
  'www.example.org',
  'jo@example.com',
  '"quoted text"',
  '“smart”',
  "don't",
  'recieve',
  'teh',
  'yesterday',
  'tomorrow at 9am',
  'Monday',
  '12/03/2026',
  '- item',
  '**bold**',
  '> quote',
  'ASAP!!!',
  'lol',
  '...',
]

const EXOTIC = [
  '\u05e9\u05dc\u05d5\u05dd',
  'مرحبا بكم',
  '\u202e',
  '\u200f',
  '\u200d',
  '\u200b',
  '\ufeff',
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈',
  '👍🏽',
  '🇨🇦',
  'e\u0301',
  'ﬁ',
  'İ',
  'ß',
  '\u0085',
  '\u00a0',
  '\u2028',
  '\u2029',
]

const WHITE_SPACE = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', ' ', '  ', '\t', '\n \n']

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)) },
  { weight: 4, arbitrary: fc.constantFrom(...WHITE_SPACE) },
  { weight: 5, arbitrary: fc.constantFrom(...STRUCTURE) },
  { weight: 2, arbitrary: fc.constantFrom(...EXOTIC) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_NAMES) },
)

/** Arbitrary text, biased towards what a letter contains so that every checker has work to do. */
export const draftArbitrary = fc.array(piece, { maxLength: 80 }).map((pieces) => pieces.join(''))

const name = fc
  .oneof(
    { weight: 3, arbitrary: fc.constantFrom(...ODD_NAMES) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }) },
  )
  .filter((value) => value.trim() !== '')
const names = fc.array(name, { maxLength: 3 })

const TIME_ZONES = Intl.supportedValuesOf('timeZone')

/** ISO 8601 date-times with `Z` or a `±hh:mm` offset, as the context accepts them. */
export const isoDateTime = fc
  .tuple(
    fc.date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    fc.integer({ min: -48, max: 56 }),
    fc.boolean(),
  )
  .map(([date, quarters, zulu]) => {
    if (zulu) return date.toISOString()
    const offset = quarters * 15
    const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19)
    const sign = offset < 0 ? '-' : '+'
    const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')
    const minutes = String(Math.abs(offset) % 60).padStart(2, '0')
    return `${local}${sign}${hours}:${minutes}`
  })

export const contextArbitrary: fc.Arbitrary<ThankYouContext> = fc.record(
  {
    candidate: fc.record({ name }),
    interviewers: fc.array(
      fc.record(
        {
          name,
          title: name,
          honorific: fc.constantFrom('Ms.', 'Mr.', 'Mx.', 'Dr.', 'Prof.', 'Mrs.', 'Herr', 'Chef'),
          nicknames: names,
        },
        { requiredKeys: ['name'] },
      ),
      { maxLength: 3 },
    ),
    company: fc.record({ name, aliases: names }, { requiredKeys: ['name'] }),
    position: name,
    topics: fc.array(name, { maxLength: 120 }),
    otherCompanies: names,
    interview: fc.record(
      { endedAt: isoDateTime, timeZone: fc.constantFrom(...TIME_ZONES) },
      { requiredKeys: ['endedAt'] },
    ),
    sendAt: isoDateTime,
  },
  { requiredKeys: [] },
)

const RULE_IDS = rules.map((rule) => rule.id)
const CHECKER_NAMES = [...new Set(rules.map((rule) => rule.checker))]
const SETTINGS: RuleSetting[] = ['off', 'info', 'warning', 'error', true, false]

/** Valid options: rules switched or re-graded, checkers off, template mode. */
export const optionsArbitrary: fc.Arbitrary<LintOptions> = fc.record(
  {
    rules: fc.dictionary(fc.constantFrom(...RULE_IDS), fc.constantFrom(...SETTINGS), { maxKeys: 4 }),
    checkers: fc.dictionary(fc.constantFrom(...CHECKER_NAMES), fc.boolean(), { maxKeys: 2 }),
    template: fc.boolean(),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<LintOptions>

/**
 * Line and column of offsets in `text`, found independently of src/text/lines.ts: CRLF, CR and LF
 * each end a line.
 */
export function pointsIn(text: string): (offset: number) => Point {
  const lineStarts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 13 && text.charCodeAt(index + 1) === 10) index++
    if (code === 10 || code === 13) lineStarts.push(index + 1)
  }
  return (offset) => {
    let line = 0
    let high = lineStarts.length - 1
    while (line < high) {
      const middle = (line + high + 1) >> 1
      if ((lineStarts[middle] as number) <= offset) line = middle
      else high = middle - 1
    }
    return { line: line + 1, column: offset - (lineStarts[line] as number) + 1, offset }
  }
}

const RULES_BY_ID = new Map(rules.map((rule) => [rule.id, rule]))

function startOf(finding: Finding): [number, number] {
  return [finding.position?.start.offset ?? -1, finding.position?.end.offset ?? -1]
}

/** What every report must satisfy, whatever the input. */
export function expectSoundReport(draft: string, report: LintReport): void {
  const pointIn = pointsIn(draft)
  expect(report.ok).toBe(!report.findings.some((finding) => finding.severity === 'error'))
  for (const finding of report.findings) {
    const rule = RULES_BY_ID.get(finding.ruleId)
    expect(rule, `unknown rule ${finding.ruleId}`).toBeDefined()
    expect(finding.checker).toBe(rule?.checker)
    expect(['error', 'warning', 'info']).toContain(finding.severity)
    expect(finding.message.length).toBeGreaterThan(0)
    expect(finding.message, `${finding.ruleId}: message on one line`).not.toMatch(
      /[\n\v\f\r\u0085\u2028\u2029]/,
    )
    expect(finding.url).toBe(
      `https://github.com/thank-you-lint/thank-you-lint/blob/main/docs/rules/${finding.checker}.md#${finding.ruleId}`,
    )
    if (finding.expected !== undefined) expect(finding.expected.length).toBeLessThanOrEqual(5)
    if (finding.position) {
      const { start, end } = finding.position
      expect(start.offset, `${finding.ruleId} start`).toBeGreaterThanOrEqual(0)
      expect(end.offset, `${finding.ruleId} end`).toBeGreaterThanOrEqual(start.offset)
      expect(end.offset, `${finding.ruleId} end`).toBeLessThanOrEqual(draft.length)
      expect(start, `${finding.ruleId} start point`).toEqual(pointIn(start.offset))
      expect(end, `${finding.ruleId} end point`).toEqual(pointIn(end.offset))
    }
  }
  for (let index = 1; index < report.findings.length; index++) {
    const [aStart, aEnd] = startOf(report.findings[index - 1] as Finding)
    const [bStart, bEnd] = startOf(report.findings[index] as Finding)
    expect(aStart < bStart || (aStart === bStart && aEnd <= bEnd), 'findings sorted by position').toBe(true)
  }
  const { words, sentences, paragraphs, pageFraction } = report.stats
  for (const count of [words, sentences, paragraphs]) expect(Number.isInteger(count) && count >= 0).toBe(true)
  expect(Number.isFinite(pageFraction) && pageFraction >= 0).toBe(true)
  expect(Object.keys(report.coverage).sort()).toEqual([
    'appreciation',
    'contribution',
    'interest',
    'specifics',
  ])
  for (const result of Object.values(report.coverage)) {
    expect(typeof result.covered).toBe('boolean')
    if (result.evidence) {
      expect(result.evidence.start).toEqual(pointIn(result.evidence.start.offset))
      expect(result.evidence.end).toEqual(pointIn(result.evidence.end.offset))
      expect(result.evidence.end.offset).toBeLessThanOrEqual(draft.length)
    }
  }
}
