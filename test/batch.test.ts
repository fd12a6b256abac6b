// lintThankYouBatch: letters to one company compared, names masked.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lintThankYouBatch } from '../src/index.js'
import type { LintReport, ThankYouContext } from '../src/types.js'

const LETTER = readFileSync(new URL('./fixtures/letters/typical-marketing.txt', import.meta.url), 'utf8')
const OTHER = readFileSync(new URL('./fixtures/letters/typical-engineer.txt', import.meta.url), 'utf8')

const base: ThankYouContext = {
  candidate: { name: 'Jordan Lee' },
  company: { name: 'Brightline' },
  position: 'Marketing Coordinator',
}
const dana: ThankYouContext = { ...base, interviewers: [{ name: 'Dana Okoro', honorific: 'Ms.' }] }
const sam: ThankYouContext = { ...base, interviewers: [{ name: 'Sam Rivera', honorific: 'Mr.' }] }
const toSam = LETTER.replace('Ms. Okoro', 'Mr. Rivera')

function batchFindings(report: LintReport | undefined) {
  return (report?.findings ?? [])
    .filter((finding) => finding.ruleId === 'copied-letter' || finding.ruleId === 'shared-sentence')
    .map((finding) => [finding.ruleId, finding.severity, finding.position?.start.line, finding.message])
}

describe('lintThankYouBatch', () => {
  it('flags two letters that differ only in the names, each naming the other', () => {
    const [first, second] = lintThankYouBatch([
      { draft: LETTER, context: dana, name: 'dana.txt' },
      { draft: toSam, context: sam, name: 'sam.txt' },
    ])
    const message = (other: string) =>
      `This letter is 100% the same as ${other} once names are masked; write each interviewer a note of their own`
    expect(batchFindings(first)).toEqual([['copied-letter', 'warning', 5, message('sam.txt')]])
    expect(batchFindings(second)).toEqual([['copied-letter', 'warning', 5, message('dana.txt')]])
  })

  it('names letters by their place when they have no name, and keeps the other findings', () => {
    const reports = lintThankYouBatch([
      { draft: LETTER, context: dana },
      { draft: toSam, context: sam },
    ])
    expect(batchFindings(reports[0])[0]?.[3]).toContain('letter 2')
    expect(reports[0]?.findings.length).toBe(1)
    expect(reports[0]?.ok).toBe(true)
  })

  it('reports a shared long sentence, not a copy, when the letters differ', () => {
    const own = toSam
      .replace(
        /Our conversation confirmed[^\n]+/,
        'I keep thinking about the regional launch calendar you showed me, and about how much I could learn from your team while helping it.',
      )
      .replace(
        /I was also glad[^\n]+/,
        'Your point about testing subject lines with small audiences first stayed with me; I have run such tests for two years and would like to bring that habit along.',
      )
    const [first, second] = lintThankYouBatch([
      { draft: LETTER, context: dana, name: 'dana.txt' },
      { draft: own, context: sam, name: 'sam.txt' },
    ])
    const rows = batchFindings(first)
    expect(rows.every(([ruleId]) => ruleId === 'shared-sentence')).toBe(true)
    expect(rows.map(([, severity, line]) => [severity, line])).toEqual([
      ['info', 5],
      ['info', 5],
      ['info', 11],
      ['info', 11],
    ])
    expect(first?.findings.find((finding) => finding.ruleId === 'shared-sentence')?.actual).toBe(
      'Thank you for taking the time to meet with me on Thursday to discuss the Marketing Coordinator role at Brightline.',
    )
    expect(batchFindings(second)).toHaveLength(4)
  })

  it('leaves different letters, letters to other companies and letters without a company alone', () => {
    const northwind = { ...sam, company: { name: 'Northwind' } }
    const reports = lintThankYouBatch([
      { draft: LETTER, context: dana },
      { draft: OTHER, context: sam },
      { draft: toSam, context: northwind },
      { draft: toSam, context: { interviewers: [{ name: 'Sam Rivera' }] } },
    ])
    for (const report of reports) expect(batchFindings(report)).toEqual([])
  })

  it('honours rule settings and directives of each letter', () => {
    const silenced = `# thank-you-lint-disable copied-letter\n${toSam}`
    const [first, second] = lintThankYouBatch([
      { draft: LETTER, context: dana, options: { rules: { 'copied-letter': 'error' } } },
      { draft: silenced, context: sam },
    ])
    expect(batchFindings(first).map(([, severity]) => severity)).toEqual(['error'])
    expect(first?.ok).toBe(false)
    expect(batchFindings(second)).toEqual([])
  })

  it('checks its input', () => {
    expect(() => lintThankYouBatch({} as never)).toThrow(
      'letters must be an array of { draft, context }, got an object',
    )
    expect(() => lintThankYouBatch([null as never])).toThrow(
      'letters[0] must be an object { draft, context }, got null',
    )
    expect(() => lintThankYouBatch([{ draft: 3 as never }])).toThrow(
      'letters[0]: draft must be a string, got number',
    )
    expect(() => lintThankYouBatch([], { similarity: 2 })).toThrow(
      'options.similarity must be a number above 0 and at most 1',
    )
  })

  it('compares a thousand copies of one template without comparing all pairs', () => {
    const letters = Array.from({ length: 1000 }, (_, i) => ({
      draft: LETTER,
      context: { ...dana, interviewers: [{ name: `Person${i} Okoro` }] },
      options: { checkers: { coverage: false, spelling: false, tone: false, grammar: false } },
    }))
    const reports = lintThankYouBatch(letters)
    expect(reports.every((report) => batchFindings(report).length === 1)).toBe(true)
  }, 120_000)
})
