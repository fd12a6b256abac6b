// Inline disable comments: stripped before linting, every position still in the draft as given.
import { describe, expect, it } from 'vitest'
import { applyFixes, fixThankYou, lintThankYou } from '../src/index.js'
import type { LintOptions, ThankYouContext } from '../src/types.js'

const context: ThankYouContext = {
  candidate: { name: 'Jordan Lee' },
  interviewers: [{ name: 'Dana Okoro', honorific: 'Ms.' }],
  company: { name: 'Brightline' },
  position: 'Marketing Coordinator',
}

const BODY =
  'Thank you for meeting me about the Marketing Coordinator role at Brightline. I enjoyed hearing about the spring launch and the team.'

function letter(greeting: string, body: string): string {
  return `${greeting}\n\n${body}\n\nBest regards,\nJordan Lee`
}

/** `[ruleId, text at the finding's position in the draft, start offset, line]` of each finding with a position. */
function placed(draft: string, options?: LintOptions) {
  return lintThankYou(draft, context, options)
    .findings.filter((finding) => finding.position && finding.checker !== 'coverage')
    .map((finding) => {
      const { start, end } = finding.position as NonNullable<typeof finding.position>
      return [finding.ruleId, draft.slice(start.offset, end.offset), start.offset, start.line]
    })
}

describe('inline disable directives', () => {
  it('silences the next line with a # line in plain text, and keeps later positions in the draft', () => {
    const draft = `# thank-you-lint-disable-next-line honorific-mismatch\n${letter('Dear Mr. Okoro,', `${BODY}  Thanks.`)}`
    const spaces = draft.indexOf('  Thanks')
    expect(placed(draft)).toEqual([['double-space', '  ', spaces, 4]])
    const fixed = fixThankYou(draft, context)
    expect(fixed.output).toBe(draft.replace('  Thanks', ' Thanks'))
  })

  it('silences a rule between <!-- disable --> and <!-- enable --> only', () => {
    const draft = letter(
      'Dear Ms. Okoro,',
      `<!-- thank-you-lint-disable double-space -->\nI  enjoyed it.\n<!-- thank-you-lint-enable double-space -->\nI  did. ${BODY}`,
    )
    expect(placed(draft)).toEqual([['double-space', '  ', draft.indexOf('I  did') + 1, 6]])
  })

  it('silences a rule on its own line with {{!-- disable-line --}}, not on the next', () => {
    const draft = letter(
      'Dear Ms. Okoro,',
      `I liked the the team. {{!-- thank-you-lint-disable-line repeated-word --}}\nI met the the designers. ${BODY}`,
    )
    const second = draft.lastIndexOf('the the')
    expect(placed(draft)).toEqual([['repeated-word', 'the the', second, 4]])
  })

  it('strips an inline comment without leaving two spaces behind', () => {
    const draft = letter(
      'Dear Ms. Okoro,',
      `I liked it <!-- thank-you-lint-disable-line repeated-word --> a lot. ${BODY}`,
    )
    expect(placed(draft)).toEqual([])
  })

  it('silences every rule with a directive that names none, and whole-letter findings while it stays open', () => {
    const draft = `# thank-you-lint-disable\nDear Mr. Okoro,\n\nThanks.\n\nBest,\nJordan Lee`
    expect(lintThankYou(draft, context).findings).toEqual([])
    const reopened = `# thank-you-lint-disable\nDear Mr. Okoro,\n# thank-you-lint-enable\n\nThanks.\n\nBest,\nJordan Lee`
    const ids = lintThankYou(reopened, context).findings.map((finding) => finding.ruleId)
    expect(ids).toContain('too-short')
    expect(ids).not.toContain('honorific-mismatch')
  })

  it('lets -enable of one rule cut a hole in a disable of all', () => {
    const draft = letter(
      'Dear Mr. Okoro,',
      `<!-- thank-you-lint-disable -->\n<!-- thank-you-lint-enable double-space -->\nI  liked the the team. ${BODY}`,
    )
    expect(placed(draft).map(([ruleId]) => ruleId)).toEqual(['honorific-mismatch', 'double-space'])
  })

  it('reports a directive naming an unknown rule as an error that silences nothing', () => {
    const draft = `# thank-you-lint-disable-next-line honorific-mismatchh\n${letter('Dear Mr. Okoro,', BODY)}`
    const report = lintThankYou(draft, context)
    const invalid = report.findings.find((finding) => finding.ruleId === 'invalid-directive')
    expect(invalid).toMatchObject({
      severity: 'error',
      checker: 'structure',
      actual: '# thank-you-lint-disable-next-line honorific-mismatchh',
      position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 55, offset: 54 } },
    })
    expect(invalid?.message).toContain('"honorific-mismatchh"')
    expect(report.findings.map((finding) => finding.ruleId)).toContain('honorific-mismatch')
    expect(report.ok).toBe(false)
  })

  it('reports a directive that silences nothing only when asked, with a fix that removes it', () => {
    const draft = `# thank-you-lint-disable-next-line double-space\n${letter('Dear Ms. Okoro,', BODY)}`
    expect(placed(draft)).toEqual([])
    const asked = { reportUnusedDisableDirectives: true }
    expect(placed(draft, asked)).toEqual([
      ['unused-disable-directive', '# thank-you-lint-disable-next-line double-space', 0, 1],
    ])
    const unused = lintThankYou(draft, context, asked).findings.filter((finding) => finding.fix)
    expect(applyFixes(draft, unused).output).toBe(letter('Dear Ms. Okoro,', BODY))
  })

  it('takes only a # line of its own, a known directive word, and only when inline config is allowed', () => {
    const notOwnLine = letter('Dear Mr. Okoro,', `Issue # thank-you-lint-disable came up. ${BODY}`)
    expect(placed(notOwnLine).map(([ruleId]) => ruleId)).toContain('honorific-mismatch')
    const unknownWord = `# thank-you-lint-disabled honorific-mismatch\n${letter('Dear Mr. Okoro,', BODY)}`
    expect(placed(unknownWord).map(([ruleId]) => ruleId)).toContain('honorific-mismatch')
    const directive = `# thank-you-lint-disable honorific-mismatch\n${letter('Dear Mr. Okoro,', BODY)}`
    expect(placed(directive, { allowInlineConfig: false }).map(([ruleId]) => ruleId)).toContain(
      'honorific-mismatch',
    )
    expect(() =>
      lintThankYou(directive, context, { allowInlineConfig: 'yes' as unknown as boolean }),
    ).toThrow('options.allowInlineConfig must be true or false, got a string')
  })

  it('reads many directives and unclosed markers on one line without rescanning it', () => {
    // Every opener lacks its closer and every # follows text on the line: none is a directive.
    const draft = `${'<!-- thank-you-lint-disable-line a '.repeat(3000)}${'x # thank-you-lint-disable '.repeat(3000)}`
    const report = lintThankYou(draft, context, { maxLength: 1_000_000, checkers: { spelling: false } })
    expect(report.findings.some((finding) => finding.ruleId === 'invalid-directive')).toBe(false)
    // And 2,000 real ones on their own lines are each read once.
    const many = '# thank-you-lint-disable-line nonesuch\n'.repeat(2000)
    const found = lintThankYou(many, context, { maxLength: 1_000_000 }).findings
    expect(found.filter((finding) => finding.ruleId === 'invalid-directive')).toHaveLength(2000)
  })
})
