import { describe, expect, it } from 'vitest'
import { lintThankYou } from '../src/index.js'

// Issue 19, item 9: an empty or blank draft is reported once, whatever the context.

const FULL = {
  candidate: { name: 'Jo Lee' },
  interviewers: [{ name: 'Dana Okoro', honorific: 'Ms.' }],
  company: { name: 'Brightline' },
  position: 'Analyst',
  topics: ['dashboards'],
  interview: { endedAt: '2026-03-02T15:30:00-05:00' },
  sendAt: '2026-03-09T09:00:00-05:00',
}

describe('empty-draft', () => {
  it.each(['', ' ', '\n\n', '\t \r\n ', '\u00a0\u2003', '\u200b\ufeff'])(
    'is the one finding for %j',
    (draft) => {
      const report = lintThankYou(draft, FULL)
      expect(report.findings).toEqual([
        {
          checker: 'structure',
          ruleId: 'empty-draft',
          severity: 'warning',
          message: 'The draft is empty; write the letter before linting it',
          url: 'https://github.com/thank-you-lint/thank-you-lint/blob/main/docs/rules/structure.md#empty-draft',
        },
      ])
      expect(report.ok).toBe(true)
      expect(report.stats.words).toBe(0)
    },
  )

  it('follows the rule and checker settings', () => {
    expect(lintThankYou('', FULL, { rules: { 'empty-draft': 'error' } }).ok).toBe(false)
    expect(lintThankYou('', FULL, { rules: { 'empty-draft': 'off' } }).findings).toEqual([])
    expect(lintThankYou('', FULL, { checkers: { structure: false } }).findings).toEqual([])
  })

  it('is not reported for a draft with any word or mark', () => {
    for (const draft of ['Thanks', '.', ' x ', '\u0000']) {
      expect(lintThankYou(draft).findings.map((finding) => finding.ruleId)).not.toContain('empty-draft')
    }
  })
})
