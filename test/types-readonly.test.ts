import { describe, expect, it } from 'vitest'
import { type LintOptions, lintThankYou, suggestSendTime, type ThankYouContext } from '../src/index.js'

// Issue 19, item 24: inputs are never changed, so their types are read-only and a context or
// options object declared `as const` compiles. `npm run typecheck` (tsc over test/) is the real
// check here; the test run also confirms the frozen values are linted, not mutated.

const context = {
  candidate: { name: 'Jo Lee' },
  interviewers: [{ name: 'Dana Okoro', honorific: 'Ms.', nicknames: ['Dee'] }],
  company: { name: 'Brightline', aliases: ['BL'] },
  position: 'Analyst',
  topics: ['dashboards', 'pricing'],
  otherCompanies: ['Acme'],
  interview: { endedAt: '2026-03-02T15:30:00-05:00', timeZone: 'America/New_York' },
} as const satisfies ThankYouContext

const options = {
  rules: { 'vague-subject': 'off' },
  spelling: { words: ['Brightline'] },
  tone: { acronyms: ['KPI'] },
  timing: { weekend: ['Sat', 'Sun'] },
} as const satisfies LintOptions

describe('read-only inputs', () => {
  it('accepts `as const` values and deep-frozen ones without changing them', () => {
    const frozen = structuredClone(context)
    deepFreeze(frozen)
    const draft = 'Dear Ms. Okoro,\n\nThank you for the interview.\n\nBest regards,\nJo Lee'
    expect(lintThankYou(draft, frozen, deepFreeze(structuredClone(options)))).toEqual(
      lintThankYou(draft, context, options),
    )
    expect(suggestSendTime('2026-03-02T15:30:00-05:00', { weekend: ['Sat', 'Sun'] as const })).toBeTypeOf(
      'string',
    )
  })
})

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const item of Object.values(value)) deepFreeze(item)
    Object.freeze(value)
  }
  return value
}
