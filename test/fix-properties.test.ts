// Properties of the fix loop over generated drafts: fixing is idempotent, never adds an error,
// applies only ranges inside the draft, and leaves findings that point into the fixed text.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyFixes, fixThankYou, lintThankYou } from '../src/index.js'
import type { Finding, LintOptions, ThankYouContext } from '../src/types.js'
import { pointsIn } from './reliability-arbitraries.js'

const context: ThankYouContext = {
  candidate: { name: 'Jordan Lee' },
  interviewers: [{ name: 'Dana Okoro', honorific: 'Ms.' }],
  company: { name: 'Brightline' },
  position: 'Marketing Coordinator',
  otherCompanies: ['Acme'],
}

/** Pieces of letters, many of them wrong in a way some rule repairs, so most drafts carry fixes. */
const PIECES = [
  'Dear ',
  'Hi ',
  'Ms. ',
  'Mr. ',
  'Dr. ',
  'Okoro',
  'Okro',
  'okoro',
  'Dana',
  'Dnaa',
  'Sarah',
  ', ',
  ',',
  '.',
  '. ',
  '\n',
  '\n\n',
  ' ',
  '  ',
  '   ',
  'Thank you for ',
  'the ',
  'the the ',
  'a ',
  'an ',
  'A ',
  'apple ',
  'hour ',
  'user ',
  'i ',
  "i'm ",
  'I ',
  'am ',
  'excited to join ',
  'the Marketing Manager role',
  'Marketing Coordinator ',
  'Brightline',
  'Brightlin',
  'brightline',
  'Acme',
  '[Interviewer Name]',
  '[First Name]',
  '[Company]',
  '[Your Name]',
  '[Topic]',
  '{{interviewer.firstName}}',
  'Best regards,\n',
  'Jordan Lee',
  'Jordan Le',
  '# thank-you-lint-disable double-space\n',
  '<!-- thank-you-lint-enable -->',
  '{{!-- thank-you-lint-disable-line --}}',
]

const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
)
const shortDraft = fc.array(piece, { maxLength: 10 }).map((pieces) => pieces.join(''))

function errors(findings: readonly Finding[]): number {
  return findings.filter((finding) => finding.severity === 'error').length
}

/** Returns how many fixes the draft took, so a run can show that most drafts were repaired. */
function checkProperties(draft: string, options: LintOptions): number {
  const before = lintThankYou(draft, context, options)
  for (const finding of before.findings) {
    if (!finding.fix) continue
    const [start, end] = finding.fix.range
    expect(0 <= start && start <= end && end <= draft.length, finding.ruleId).toBe(true)
  }
  const once = fixThankYou(draft, context, options)
  // A fixed draft never has more errors than the draft.
  expect(errors(once.findings), once.output).toBeLessThanOrEqual(errors(before.findings))
  // Fixing again changes nothing.
  const twice = fixThankYou(once.output, context, options)
  expect(twice.output).toBe(once.output)
  // Remaining positions point into the fixed text, with lines and columns of that text.
  const pointAt = pointsIn(once.output)
  for (const finding of once.findings) {
    if (!finding.position) continue
    const { start, end } = finding.position
    expect(start.offset <= end.offset && end.offset <= once.output.length).toBe(true)
    expect(start).toEqual(pointAt(start.offset))
    expect(end).toEqual(pointAt(end.offset))
  }
  return once.applied
}

describe('fix loop properties', () => {
  it('hold over 10,000 short drafts with the checkers that carry fixes', () => {
    // Coverage, length, spelling, timing and tone carry no fixes and cost most of a lint; the
    // next test runs every checker on fewer drafts.
    const options: LintOptions = {
      checkers: { coverage: false, length: false, spelling: false, timing: false, tone: false },
    }
    let repaired = 0
    fc.assert(
      fc.property(shortDraft, (draft) => {
        if (checkProperties(draft, options) > 0) repaired++
      }),
      { numRuns: 10_000, seed: 20 },
    )
    // The generator is worth its time only if most drafts exercise the fix loop.
    expect(repaired).toBeGreaterThan(5_000)
  }, 120_000)

  it('hold over 300 short drafts with every checker on', () => {
    fc.assert(
      fc.property(shortDraft, (draft) => {
        checkProperties(draft, {})
      }),
      { numRuns: 300, seed: 21 },
    )
  }, 60_000)

  it('applyFixes never writes outside a fix range, whatever the ranges', () => {
    const finding = (start: number, end: number, text: string): Finding => ({
      checker: 'grammar',
      ruleId: 'double-space',
      severity: 'info',
      message: 'x',
      fix: { range: [start, end], text },
    })
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.array(
          fc.tuple(
            fc.integer({ min: -2, max: 34 }),
            fc.integer({ min: 0, max: 6 }),
            fc.string({ maxLength: 3 }),
          ),
        ),
        (draft, edits) => {
          const findings = edits.map(([start, length, text]) => finding(start, start + length, text))
          const { output, applied, skipped } = applyFixes(draft, findings)
          expect(applied.length + skipped.length).toBe(findings.length)
          // Rebuild the output from the applied fixes alone, from the end backwards.
          let expected = draft
          const sorted = [...applied].sort(
            (a, b) =>
              (b.fix?.range[0] ?? 0) - (a.fix?.range[0] ?? 0) ||
              (b.fix?.range[1] ?? 0) - (a.fix?.range[1] ?? 0),
          )
          for (const { fix } of sorted) {
            if (!fix) continue
            expected = expected.slice(0, fix.range[0]) + fix.text + expected.slice(fix.range[1])
          }
          expect(output).toBe(expected)
          for (let i = 1; i < sorted.length; i++) {
            const later = sorted[i - 1]?.fix?.range as [number, number]
            const earlier = sorted[i]?.fix?.range as [number, number]
            expect(earlier[1] <= later[0]).toBe(true)
          }
        },
      ),
      { numRuns: 2000, seed: 22 },
    )
  })
})
