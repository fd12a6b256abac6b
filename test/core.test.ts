import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lintThankYou, rules, version } from '../src/index.js'
import type { ThankYouContext } from '../src/types.js'

const draft = `Subject: Following up

Hey Dana,

Thank you for meeting with me about the Marketing Coordinator role at [Company Name].

Best regards,
Jordan Lee`

const context: ThankYouContext = {
  candidate: { name: 'Jordan Lee' },
  interviewers: [{ name: 'Dana Okoro', honorific: 'Ms.' }],
  company: { name: 'Brightline Solutions' },
  position: 'Marketing Coordinator',
}

describe('lintThankYou', () => {
  it('returns the report shape of the contract', () => {
    const report = lintThankYou(draft, context)
    expect(Object.keys(report).sort()).toEqual(['coverage', 'findings', 'ok', 'stats'])
    expect(Object.keys(report.coverage).sort()).toEqual([
      'appreciation',
      'contribution',
      'interest',
      'specifics',
    ])
    expect(Object.keys(report.stats).sort()).toEqual(['pageFraction', 'paragraphs', 'sentences', 'words'])
    for (const finding of report.findings) {
      expect(finding.ruleId).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
      expect(finding.url).toBe(
        `https://github.com/thank-you-lint/thank-you-lint/blob/main/docs/rules/${finding.checker}.md#${finding.ruleId}`,
      )
      expect(rules.find((rule) => rule.id === finding.ruleId)?.checker).toBe(finding.checker)
    }
  })

  it('is ok only without errors', () => {
    expect(lintThankYou(draft, context).ok).toBe(false)
    expect(lintThankYou(draft, context, { rules: { 'unresolved-placeholder': 'warning' } }).ok).toBe(true)
  })

  it('gives 1-based lines and columns and 0-based offsets, over CRLF too', () => {
    const crlf = draft.replace(/\n/g, '\r\n')
    const finding = lintThankYou(crlf, context).findings.find((item) => item.ruleId === 'casual-greeting')
    expect(finding?.position).toEqual({
      start: { line: 3, column: 1, offset: crlf.indexOf('Hey') },
      end: { line: 3, column: 4, offset: crlf.indexOf('Hey') + 3 },
    })
  })

  it('sorts findings by position, whole-letter findings first', () => {
    const offsets = lintThankYou(draft, context).findings.map(
      (finding) => finding.position?.start.offset ?? -1,
    )
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b))
    expect(offsets.length).toBeGreaterThan(2)
  })

  // Issue 19, item 18: comparing one call with the next alone cannot fail on a cache that leaks
  // between calls; lint other drafts and contexts in between, and pin that the report says something.
  it('is deterministic across other lints in between', () => {
    const first = lintThankYou(draft, context)
    lintThankYou('Hey Sam!!! Sory for the late reply, I want the job at Acme.', {
      interviewers: [{ name: 'Sam Rivera' }],
      company: { name: 'Acme' },
    })
    lintThankYou(draft.toUpperCase(), { ...context, position: 'Chief Everything Officer' })
    const again = lintThankYou(draft, structuredClone(context))
    expect(again).toEqual(first)
    expect(first.findings.length).toBeGreaterThan(2)
    expect(first.stats.words).toBeGreaterThan(10)
  })

  it('lints any string, the empty one included', () => {
    // Issue 19, item 9: a blank draft is one empty-draft warning, not a silent pass.
    expect(lintThankYou('').findings.map((finding) => finding.ruleId)).toEqual(['empty-draft'])
    expect(lintThankYou('\u0000\uD800 \r\r\n').ok).toBe(true)
  })

  it('does not change the context it is given', () => {
    const frozen = structuredClone(context)
    lintThankYou(draft, context)
    expect(context).toEqual(frozen)
  })
})

describe('options', () => {
  const ids = (options: Parameters<typeof lintThankYou>[2]) =>
    lintThankYou(draft, context, options).findings.map((finding) => finding.ruleId)

  it('turns a rule off with "off" or false', () => {
    expect(ids(undefined)).toContain('casual-greeting')
    expect(ids({ rules: { 'casual-greeting': 'off' } })).not.toContain('casual-greeting')
    expect(ids({ rules: { 'casual-greeting': false } })).not.toContain('casual-greeting')
  })

  it('sets a rule severity', () => {
    const report = lintThankYou(draft, context, { rules: { 'vague-subject': 'error' } })
    expect(report.findings.find((finding) => finding.ruleId === 'vague-subject')?.severity).toBe('error')
  })

  it('turns a whole checker off', () => {
    const report = lintThankYou(draft, context, { checkers: { structure: false } })
    expect(report.findings.filter((finding) => finding.checker === 'structure')).toEqual([])
    expect(report.findings.some((finding) => finding.checker === 'length')).toBe(true)
  })
})

describe('invalid input', () => {
  it.each([
    [42, 'draft must be a string, got number'],
    [null, 'draft must be a string, got null'],
    [undefined, 'draft must be a string, got undefined'],
  ])('rejects the draft %s', (value, message) => {
    expect(() => lintThankYou(value as unknown as string)).toThrow(new TypeError(message))
  })

  it.each([
    ['a string context', 'hello', 'context must be an object, got a string'],
    ['an array context', [], 'context must be an object, got an array'],
    [
      'an empty interviewer name',
      { interviewers: [{ name: ' ' }] },
      'context.interviewers[0].name must be a non-empty string',
    ],
    ['interviewers not a list', { interviewers: { name: 'Dana' } }, 'context.interviewers must be an array'],
    ['a numeric company', { company: { name: 5 } }, 'context.company.name must be a non-empty string'],
    ['an unknown field', { recruiter: 'Dana' }, 'context.recruiter is not a known field'],
    [
      'a nickname list with a number',
      { interviewers: [{ name: 'Dana', nicknames: [1] }] },
      'context.interviewers[0].nicknames[0]',
    ],
    [
      'an invalid endedAt',
      { interview: { endedAt: 'yesterday' } },
      'context.interview.endedAt must be an ISO 8601',
    ],
    [
      'an endedAt without offset',
      { interview: { endedAt: '2026-03-02T15:30:00' } },
      'context.interview.endedAt',
    ],
    ['a 30 February', { interview: { endedAt: '2026-02-30T15:30:00Z' } }, 'context.interview.endedAt'],
    [
      'an unknown zone',
      { interview: { endedAt: '2026-03-02T15:30:00Z', timeZone: 'Mars/Olympus' } },
      'context.interview.timeZone must be an IANA time zone',
    ],
    ['an invalid sendAt', { sendAt: '2026-13-01T09:00:00Z' }, 'context.sendAt'],
  ])('rejects %s', (_, value, message) => {
    expect(() => lintThankYou('Hi', value as ThankYouContext)).toThrow(TypeError)
    expect(() => lintThankYou('Hi', value as ThankYouContext)).toThrow(message)
  })

  it('accepts a full valid context', () => {
    const full: ThankYouContext = {
      ...context,
      interviewers: [
        { name: 'Dana Okoro', honorific: 'Ms.', title: 'Head of Marketing', nicknames: ['Dee'] },
      ],
      company: { name: 'Brightline Solutions', aliases: ['Brightline'] },
      topics: ['spring campaign'],
      otherCompanies: ['Acme'],
      interview: { endedAt: '2026-03-02T15:30:00-05:00', timeZone: 'America/New_York' },
      sendAt: '2026-03-03T09:00:00-0500',
    }
    expect(() => lintThankYou('Hi', full)).not.toThrow()
  })

  it.each([
    ['options must be an object', 'strict'],
    ['options.rules.no-such-rule is not a known rule id', { rules: { 'no-such-rule': 'off' } }],
    ["options.rules.too-long must be one of 'off'", { rules: { 'too-long': 'loud' } }],
    ['options.checkers.grammarly is not a known field', { checkers: { grammarly: false } }],
    ['options.checkers.length must be true or false', { checkers: { length: 'no' } }],
    ['options.length.minWords must be a number of 0 or more', { length: { minWords: -1 } }],
    ['options.length.minWords must be a number of 0 or more', { length: { minWords: Number.NaN } }],
    ['options.length.words is not a known field', { length: { words: 3 } }],
    ['options.length.errorPageFraction must be at least', { length: { maxPageFraction: 2 } }],
    ['options.structure.maxSubjectLength must be a number', { structure: { maxSubjectLength: '60' } }],
    ['options.maxLength must be a number of 0 or more', { maxLength: -5 }],
    ['options.template must be true or false', { template: 'yes' }],
    ['options.colour is not a known field', { colour: true }],
  ])('rejects options with "%s"', (message, options) => {
    expect(() => lintThankYou('Hi', {}, options as never)).toThrow(TypeError)
    expect(() => lintThankYou('Hi', {}, options as never)).toThrow(message)
  })
})

describe('exports', () => {
  it('lists every rule once, with checker, severity, description and URL', () => {
    const ids = rules.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
      expect(['error', 'warning', 'info']).toContain(rule.defaultSeverity)
      expect(rule.description.length).toBeGreaterThan(10)
      expect(rule.url).toBe(
        `https://github.com/thank-you-lint/thank-you-lint/blob/main/docs/rules/${rule.checker}.md#${rule.id}`,
      )
    }
  })

  it('keeps the README an overview: under 25 KB, with the rules documented in docs/rules', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url))
    expect(readme.byteLength).toBeLessThan(25_000)
  })

  it('links every rule from the README to its section in docs/rules', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    for (const rule of rules) {
      expect(readme, rule.id).toContain(`(docs/rules/${rule.checker}.md#${rule.id})`)
    }
  })

  it('exports the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
    expect(version).toBe(pkg.version)
  })
})
