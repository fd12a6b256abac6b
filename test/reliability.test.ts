import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { lintThankYou } from '../src/index.js'
import type { LintOptions, ThankYouContext } from '../src/types.js'
import { FULL_CONTEXT } from './fixtures/reliability-context.js'
import {
  contextArbitrary,
  draftArbitrary,
  expectSoundReport,
  ODD_NAMES,
  optionsArbitrary,
} from './reliability-arbitraries.js'

// Issue 9: any input is linted or refused clearly; same input, same report; positions point
// into the draft.

function lintTwice(draft: string, context?: ThankYouContext, options?: LintOptions) {
  const report = lintThankYou(draft, context, options)
  expect(lintThankYou(draft, context, options)).toEqual(report)
  expectSoundReport(draft, report)
  return report
}

const LETTER = [
  'Subject: Thank you – Marketing Coordinator interview',
  '',
  'Dear Ms. Okoro,',
  '',
  'Thank you for meeting with me yesterday about the Marketing Coordinator role at Brightline. I enjoyed',
  'hearing how your team plans the spring campaign, and I would love to help with the newsletter.',
  '',
  'Best regards,',
  'Jordan Lee',
].join('\n')

describe('any draft', () => {
  it('is linted without throwing, twice to the same report, with sound positions and order', () => {
    fc.assert(
      fc.property(draftArbitrary, (draft) => {
        lintTwice(draft)
      }),
      { numRuns: 250 },
    )
  })

  it('is linted the same way under any valid context and options', () => {
    fc.assert(
      fc.property(draftArbitrary, contextArbitrary, optionsArbitrary, (draft, context, options) => {
        lintTwice(draft, context, options)
      }),
      { numRuns: 200 },
    )
  })

  it('keeps positions right with every line ending', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const draft = LETTER.replace(/\n/g, eol)
      const report = lintTwice(draft, FULL_CONTEXT)
      // The same findings as with LF, at the same offsets shifted by the longer line endings.
      expect(report.findings.map((finding) => finding.ruleId)).toEqual(
        lintThankYou(LETTER, FULL_CONTEXT).findings.map((finding) => finding.ruleId),
      )
    }
  })

  it('lints names written in NFD as in NFC', () => {
    const nfc = LETTER.replace('Ms. Okoro', 'Ms. Ó Súilleabháin')
    const context = { ...FULL_CONTEXT, interviewers: [{ name: 'Siobhán Ó Súilleabháin', honorific: 'Ms.' }] }
    const composed = lintTwice(nfc, context)
    const decomposed = lintTwice(nfc.normalize('NFD'), context)
    expect(decomposed.findings.map((finding) => finding.ruleId)).toEqual(
      composed.findings.map((finding) => finding.ruleId),
    )
  })

  it('lints a 1 MB draft of mixed scripts, emoji and control characters', { timeout: 120_000 }, () => {
    const unit = `${LETTER}\r\n\u05e9\u05dc\u05d5\u05dd 👩‍👩‍👧‍👦 \u0000\u202e [Name] {{company}} http://x.io\ud800\r\r`
    const draft = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000)
    lintTwice(draft, FULL_CONTEXT, { maxLength: Number.POSITIVE_INFINITY })
  })

  // Issue 19, item 16: lists are limited to 100 items (test/reliability-context.test.ts checks the limit).
  it('accepts the longest topic list and odd names in every field', () => {
    const topics = Array.from(
      { length: 100 },
      (_, index) => `topic ${index} ${ODD_NAMES[index % ODD_NAMES.length]}`,
    )
    lintTwice(LETTER, { ...FULL_CONTEXT, topics })
    for (const name of ODD_NAMES.filter((value) => value.trim() !== '')) {
      lintTwice(`${LETTER}\n${name}`, {
        candidate: { name },
        interviewers: [{ name, title: name, honorific: name, nicknames: [name] }],
        company: { name, aliases: [name] },
        position: name,
        topics: [name],
        otherCompanies: [name],
      })
    }
  })

  it('keeps messages on one line when a context name or a placeholder holds a line break', () => {
    const report = lintTwice('Dear Dana,\n\nI enjoyed our talk, [Name\rHere].', {
      candidate: { name: 'Jo\nLee' },
    })
    const messages = report.findings.map((finding) => finding.message)
    expect(messages).toContain('End with a sign-off line such as "Best regards," followed by "Jo Lee"')
    expect(messages).toContain('Replace the placeholder "[Name Here]" with the real text before sending')
  })

  it('accepts empty lists', () => {
    lintTwice(LETTER, {
      interviewers: [],
      topics: [],
      otherCompanies: [],
      company: { name: 'Brightline', aliases: [] },
    })
    lintTwice('', { interviewers: [], topics: [] })
  })
})

describe('invalid input', () => {
  const context = (value: unknown) => value as ThankYouContext
  const options = (value: unknown) => value as LintOptions
  const CASES: [string, unknown, unknown, string][] = [
    // [what, context, options, path the message must name]
    ['context a string', 'Dana', undefined, 'context'],
    ['context an array', [], undefined, 'context'],
    ['unknown context field', { interviewer: { name: 'Dana' } }, undefined, 'context.interviewer'],
    ['candidate a string', { candidate: 'Jordan' }, undefined, 'context.candidate'],
    ['candidate without name', { candidate: {} }, undefined, 'context.candidate.name'],
    ['empty candidate name', { candidate: { name: '' } }, undefined, 'context.candidate.name'],
    ['blank candidate name', { candidate: { name: ' \t ' } }, undefined, 'context.candidate.name'],
    [
      'unknown candidate field',
      { candidate: { name: 'J', email: 'j@x.io' } },
      undefined,
      'context.candidate.email',
    ],
    ['interviewers an object', { interviewers: { name: 'Dana' } }, undefined, 'context.interviewers'],
    ['interviewer null', { interviewers: [null] }, undefined, 'context.interviewers[0]'],
    [
      'empty interviewer name',
      { interviewers: [{ name: 'A' }, { name: '' }] },
      undefined,
      'context.interviewers[1].name',
    ],
    ['interviewer name a number', { interviewers: [{ name: 7 }] }, undefined, 'context.interviewers[0].name'],
    [
      'title a number',
      { interviewers: [{ name: 'A', title: 5 }] },
      undefined,
      'context.interviewers[0].title',
    ],
    [
      'empty honorific',
      { interviewers: [{ name: 'A', honorific: '' }] },
      undefined,
      'context.interviewers[0].honorific',
    ],
    [
      'nicknames a string',
      { interviewers: [{ name: 'A', nicknames: 'Al' }] },
      undefined,
      'context.interviewers[0].nicknames',
    ],
    [
      'empty nickname',
      { interviewers: [{ name: 'A', nicknames: ['Al', ''] }] },
      undefined,
      'context.interviewers[0].nicknames[1]',
    ],
    ['company a string', { company: 'Brightline' }, undefined, 'context.company'],
    ['company name a number', { company: { name: 3 } }, undefined, 'context.company.name'],
    ['alias a number', { company: { name: 'B', aliases: [1] } }, undefined, 'context.company.aliases[0]'],
    ['position a number', { position: 42 }, undefined, 'context.position'],
    ['empty position', { position: '' }, undefined, 'context.position'],
    ['topics a string', { topics: 'campaign' }, undefined, 'context.topics'],
    ['empty topic', { topics: ['campaign', ''] }, undefined, 'context.topics[1]'],
    ['other company null', { otherCompanies: [null] }, undefined, 'context.otherCompanies[0]'],
    ['interview a string', { interview: 'today' }, undefined, 'context.interview'],
    ['interview without end', { interview: {} }, undefined, 'context.interview.endedAt'],
    ['month 13', { interview: { endedAt: '2026-13-01T10:00:00Z' } }, undefined, 'context.interview.endedAt'],
    [
      'February 30',
      { interview: { endedAt: '2026-02-30T10:00:00Z' } },
      undefined,
      'context.interview.endedAt',
    ],
    ['hour 25', { interview: { endedAt: '2026-03-02T25:00:00Z' } }, undefined, 'context.interview.endedAt'],
    ['date without time', { interview: { endedAt: '2026-03-02' } }, undefined, 'context.interview.endedAt'],
    [
      'time without offset',
      { interview: { endedAt: '2026-03-02T10:00:00' } },
      undefined,
      'context.interview.endedAt',
    ],
    [
      'offset +25:00',
      { interview: { endedAt: '2026-03-02T10:00:00+25:00' } },
      undefined,
      'context.interview.endedAt',
    ],
    ['words for a date', { interview: { endedAt: 'yesterday' } }, undefined, 'context.interview.endedAt'],
    ['epoch number', { interview: { endedAt: 1_700_000_000_000 } }, undefined, 'context.interview.endedAt'],
    [
      'unknown time zone',
      { interview: { endedAt: '2026-03-02T10:00:00Z', timeZone: 'Mars/Olympus_Mons' } },
      undefined,
      'context.interview.timeZone',
    ],
    [
      'empty time zone',
      { interview: { endedAt: '2026-03-02T10:00:00Z', timeZone: '' } },
      undefined,
      'context.interview.timeZone',
    ],
    [
      'time zone a number',
      { interview: { endedAt: '2026-03-02T10:00:00Z', timeZone: -5 } },
      undefined,
      'context.interview.timeZone',
    ],
    ['sendAt in words', { sendAt: 'soon' }, undefined, 'context.sendAt'],
    ['sendAt a Date', { sendAt: new Date(0) }, undefined, 'context.sendAt'],
    ['options a string', undefined, 'strict', 'options'],
    ['options null', undefined, null, 'options'],
    ['unknown option', undefined, { strict: true }, 'options.strict'],
    ['checkers a string', undefined, { checkers: 'all' }, 'options.checkers'],
    ['unknown checker', undefined, { checkers: { spellcheck: false } }, 'options.checkers.spellcheck'],
    ['checker switch a string', undefined, { checkers: { length: 'off' } }, 'options.checkers.length'],
    ['rules an array', undefined, { rules: ['too-long'] }, 'options.rules'],
    ['unknown rule id', undefined, { rules: { 'no-such-rule': 'off' } }, 'options.rules.no-such-rule'],
    ['unknown severity', undefined, { rules: { 'too-long': 'fatal' } }, 'options.rules.too-long'],
    ['severity a number', undefined, { rules: { 'too-long': 2 } }, 'options.rules.too-long'],
    ['template a string', undefined, { template: 'yes' }, 'options.template'],
    ['negative maxLength', undefined, { maxLength: -1 }, 'options.maxLength'],
    ['maxLength NaN', undefined, { maxLength: Number.NaN }, 'options.maxLength'],
    ['maxLength a string', undefined, { maxLength: '100000' }, 'options.maxLength'],
  ]

  it.each(CASES)('%s: TypeError naming the path', (_, givenContext, givenOptions, path) => {
    expect(() => lintThankYou('Dear Dana,', context(givenContext), options(givenOptions))).toThrow(TypeError)
    expect(() => lintThankYou('Dear Dana,', context(givenContext), options(givenOptions))).toThrow(path)
  })

  it('refuses a draft that is not a string', () => {
    for (const draft of [undefined, null, 42, ['Dear Dana'], { text: 'Dear Dana' }]) {
      expect(() => lintThankYou(draft as unknown as string)).toThrow(TypeError)
      expect(() => lintThankYou(draft as unknown as string)).toThrow('draft')
    }
  })
})

describe('options.maxLength', () => {
  const refused = (draft: string, maxLength?: number) => {
    const report = lintThankYou(draft, FULL_CONTEXT, maxLength === undefined ? undefined : { maxLength })
    return report.findings.some((finding) => finding.ruleId === 'draft-too-large')
  }

  it('lints a draft of exactly 100,000 characters by default and refuses one more', () => {
    const draft = LETTER.padEnd(100_000, ' word')
    expect(refused(draft)).toBe(false)
    expect(refused(`${draft}.`)).toBe(true)
  })

  it('refuses with one error finding and does no other work', () => {
    // Placeholders, a casual greeting and no sign-off would all be reported if the draft were linted.
    const draft = `Hey [Name],\n\n${'{{company}} rocks. '.repeat(10)}`
    const report = lintThankYou(draft, FULL_CONTEXT, { maxLength: 50 })
    expect(report.ok).toBe(false)
    expect(report.findings).toHaveLength(1)
    const [finding] = report.findings
    expect(finding?.ruleId).toBe('draft-too-large')
    expect(finding?.severity).toBe('error')
    expect(finding?.checker).toBe('length')
    expect(finding?.position).toBeUndefined()
    expect(finding?.message).toContain(String(draft.length))
    expect(finding?.message).toContain('50')
    expect(finding?.message).not.toMatch(/[\n\r]/)
    expect(report.stats).toEqual({ words: 0, sentences: 0, paragraphs: 0, pageFraction: 0 })
    expect(Object.values(report.coverage).every((result) => !result.covered)).toBe(true)
  })

  it('counts UTF-16 code units and takes a custom limit, 0 and Infinity', () => {
    expect(refused('👍'.repeat(5), 10)).toBe(false)
    expect(refused('👍'.repeat(5), 9)).toBe(true)
    expect(refused('', 0)).toBe(false)
    expect(refused('a', 0)).toBe(true)
    expect(refused(LETTER.repeat(60), Number.POSITIVE_INFINITY)).toBe(false)
  })
})

describe('purity', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
  })

  it('reads no clock and no randomness: the same reports with Date.now, new Date() and Math.random throwing', () => {
    const drafts = [LETTER, LETTER.replace('Dear Ms. Okoro,', 'Hey [Name],'), '']
    // First run loads whatever a checker loads lazily; purity is about the lint itself.
    const expected = drafts.map((draft) => lintThankYou(draft, FULL_CONTEXT))
    const RealDate = Date
    vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now() called')
    })
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random() called')
    })
    class NoClockDate extends RealDate {
      constructor(...args: ConstructorParameters<typeof Date> | []) {
        if (args.length === 0) throw new Error('new Date() called')
        super(...(args as ConstructorParameters<typeof Date>))
      }
    }
    vi.stubGlobal('Date', NoClockDate)
    expect(drafts.map((draft) => lintThankYou(draft, FULL_CONTEXT))).toEqual(expected)
  })
})
