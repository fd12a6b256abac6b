/**
 * The letter the coverage tests write their one-sentence bodies into, and how they read a point
 * back: every body starts at offset 17, after "Dear Ms. Okoro,\n\n".
 */
import { expect } from 'vitest'
import { type Clause, clausesOf } from '../src/checks/coverage/analyse.js'
import { parseDocument } from '../src/document.js'
import { lintThankYou } from '../src/index.js'
import type { CoveragePoint, ThankYouContext } from '../src/types.js'

export const coverageContext: ThankYouContext = {
  interviewers: [{ name: 'Dana Okoro', honorific: 'Ms.' }],
  company: { name: 'Brightline Solutions', aliases: ['Brightline'] },
  position: 'Marketing Coordinator',
}

/** Where the body starts in `coverageLetter`: after "Dear Ms. Okoro,\n\n". */
export const BODY_START = 17

export function coverageLetter(body: string): string {
  return `Dear Ms. Okoro,\n\n${body}\n\nBest regards,\nJordan Lee`
}

/** Whether the letter around `body` makes the point, the evidence's offsets and text, and the finding. */
export function pointOf(which: CoveragePoint, body: string, context: ThankYouContext = coverageContext) {
  const draft = coverageLetter(body)
  const report = lintThankYou(draft, context)
  const { covered, evidence } = report.coverage[which]
  return {
    covered,
    evidence: evidence && [evidence.start.offset, evidence.end.offset],
    text: evidence && draft.slice(evidence.start.offset, evidence.end.offset),
    finding: report.findings.find((f) => f.ruleId === `missing-${which}`),
  }
}

/** Asserts that the point is made, with the whole one-sentence `body` as its evidence and no finding. */
export function expectWholeBodyAsEvidence(result: ReturnType<typeof pointOf>, body: string): void {
  expect(result.covered).toBe(true)
  expect(result.evidence).toEqual([BODY_START, BODY_START + body.length])
  expect(result.finding).toBeUndefined()
}

/** The words of each span a clause reader finds in the clauses of the letter around `body`. */
export function spansFound(
  body: string,
  find: (tokens: Clause['tokens']) => readonly { start: number; end: number }[],
): string[] {
  const document = parseDocument(coverageLetter(body))
  return clausesOf(document, new Map()).flatMap((clause) =>
    find(clause.tokens).map((span) =>
      clause.tokens
        .slice(span.start, span.end)
        .map((token) => token.form)
        .join(' '),
    ),
  )
}
