// The fix loop: which findings carry a certain repair, applyFixes, and fixThankYou.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { applyFixes, fixThankYou, lintThankYou, rules } from '../src/index.js'
import type { Finding, ThankYouContext } from '../src/types.js'

const context: ThankYouContext = {
  candidate: { name: 'Jordan Lee' },
  interviewers: [{ name: 'Dana Okoro', honorific: 'Ms.' }],
  company: { name: 'Brightline' },
  position: 'Marketing Coordinator',
  otherCompanies: ['Northwind'],
}

const LETTER = readFileSync(new URL('./fixtures/letters/typical-marketing.txt', import.meta.url), 'utf8')

/** The fixes of one rule as `[fixed text, start, end, replacement]`. */
function fixesOf(ruleId: string, draft: string, own: ThankYouContext = context) {
  return lintThankYou(draft, own)
    .findings.filter((finding) => finding.ruleId === ruleId)
    .map((finding) =>
      finding.fix
        ? [draft.slice(...finding.fix.range), finding.fix.range[0], finding.fix.range[1], finding.fix.text]
        : ['no fix', finding.actual],
    )
}

/** `[needle, start, end]` of `needle`, found inside the first `around` of the draft (default: itself). */
const at = (draft: string, needle: string, around = needle) => {
  const start = draft.indexOf(around) + around.indexOf(needle)
  if (draft.indexOf(around) === -1 || around.indexOf(needle) === -1)
    throw new Error(`"${needle}" not in draft`)
  return [needle, start, start + needle.length] as const
}

describe('certain fixes', () => {
  const letter = (body: string, greeting = 'Dear Ms. Okoro,', signature = 'Jordan Lee') =>
    `${greeting}\n\nThank you for meeting me about the Marketing Coordinator role at Brightline. ${body}\n\nBest regards,\n${signature}`

  it('repairs a misspelt or miscased interviewer name where only a name can stand', () => {
    const draft = letter('It was good to meet you.', 'Dear Ms. Okro,')
    expect(fixesOf('interviewer-name-misspelled', draft)).toEqual([[...at(draft, 'Okro'), 'Okoro']])
    const cased = letter('I enjoyed talking with Dana okoro.')
    expect(fixesOf('interviewer-name-misspelled', cased)).toEqual([[...at(cased, 'okoro'), 'Okoro']])
  })

  it('keeps the full stop that ends the sentence after a name', () => {
    const draft = letter('I enjoyed meeting Dana Okro.')
    expect(fixesOf('interviewer-name-misspelled', draft)).toEqual([
      [
        draft.slice(draft.indexOf('Okro'), draft.indexOf('Okro') + 4),
        draft.indexOf('Okro'),
        draft.indexOf('Okro') + 4,
        'Okoro',
      ],
    ])
  })

  it('gives no fix to a lone word two edits from a name', () => {
    // "Kristopher" alone in a sentence is two edits from "Christopher": reported, not rewritten.
    const own = { ...context, interviewers: [{ name: 'Christopher Hall', honorific: 'Mr.' }] }
    const draft = letter('I enjoyed talking with Kristopher about the launch.', 'Dear Mr. Hall,')
    expect(fixesOf('interviewer-name-misspelled', draft, own)).toEqual([['no fix', 'Kristopher']])
    const near = letter('I enjoyed talking with Christohper about the launch.', 'Dear Mr. Hall,')
    expect(fixesOf('interviewer-name-misspelled', near, own)).toEqual([
      [...at(near, 'Christohper'), 'Christopher'],
    ])
  })

  it('restores the accents of a name', () => {
    const own = { ...context, interviewers: [{ name: 'José Núñez' }] }
    const draft = letter('It was good to meet you.', 'Dear Jose,')
    expect(fixesOf('interviewer-name-diacritics', draft, own)).toEqual([[...at(draft, 'Jose'), 'José']])
  })

  it('replaces the honorific the context contradicts, and leaves a matching one', () => {
    const draft = letter('It was good to meet you.', 'Dear Mr. Okoro,')
    expect(fixesOf('honorific-mismatch', draft)).toEqual([[...at(draft, 'Mr.'), 'Ms.']])
    expect(fixesOf('honorific-mismatch', letter('It was good to meet you.'))).toEqual([])
  })

  it('replaces a greeting to someone else only when there is one interviewer to greet', () => {
    const draft = letter('It was good to meet you.', 'Dear Sarah,')
    expect(fixesOf('unknown-addressee', draft)).toEqual([[...at(draft, 'Sarah'), 'Dana']])
    const panel = { ...context, interviewers: [{ name: 'Dana Okoro' }, { name: 'Lee Chen' }] }
    expect(fixesOf('unknown-addressee', draft, panel)).toEqual([['no fix', 'Sarah']])
  })

  it('repairs the company name and the role', () => {
    const draft = letter('I would love to grow with Brightlin.').replace(
      'Marketing Coordinator role',
      'Marketing Manager role',
    )
    expect(fixesOf('company-name-misspelled', draft)).toEqual([
      [...at(draft, 'Brightlin', 'Brightlin.'), 'Brightline'],
    ])
    expect(fixesOf('wrong-position', draft)).toEqual([
      [...at(draft, 'Marketing Manager'), 'Marketing Coordinator'],
    ])
  })

  it('leaves a short form or an acronym of the role to the writer', () => {
    const own = { ...context, position: 'Senior Planner, Long Range' }
    const short = letter('I am keen on the Senior Planner role.').replace(
      'the Marketing Coordinator role',
      'the interview',
    )
    expect(fixesOf('wrong-position', short, own).filter((row) => row[0] !== 'no fix')).toEqual([])
    const acronym = { ...context, position: 'Clinical Research Coordinator II' }
    const abbreviated = letter('I am keen on the CRC II role.').replace(
      'the Marketing Coordinator role',
      'the interview',
    )
    expect(fixesOf('wrong-position', abbreviated, acronym).filter((row) => row[0] !== 'no fix')).toEqual([])
  })

  it('gives no fix to a lowercase word or a plural near the company name', () => {
    const own = { ...context, company: { name: 'Velvet & Vine Salon' } }
    const soon = letter('I hope I can join Velvet & Vine soon.')
    expect(fixesOf('company-name-misspelled', soon, own).filter((row) => row[0] !== 'no fix')).toEqual([])
    const lakers = { ...context, company: { name: 'Lakers' } }
    const laker = letter('I want to be a Laker.')
    expect(fixesOf('company-name-misspelled', laker, lakers).filter((row) => row[0] !== 'no fix')).toEqual([])
  })

  it('gives no fix to a word before a known surname, which may be a title', () => {
    const draft = letter('It was good to meet you.', 'Dear Captain Okoro,')
    expect(fixesOf('unknown-addressee', draft).filter((row) => row[0] !== 'no fix')).toEqual([])
    const surname = letter('It was good to meet you.', 'Dear Dana Okafor,')
    expect(fixesOf('unknown-addressee', surname)).toEqual([[...at(surname, 'Okafor'), 'Okoro']])
  })

  it('writes a lowercase role in lower case', () => {
    const draft = letter('I am keen on the marketing manager role.')
    expect(fixesOf('wrong-position', draft)).toEqual([
      [...at(draft, 'marketing manager'), 'marketing coordinator'],
    ])
  })

  it('replaces another employer only where the letter says it wants to join it', () => {
    const join = letter('I am excited to join Northwind.')
    expect(fixesOf('wrong-company', join)).toEqual([[...at(join, 'Northwind'), 'Brightline']])
    const mention = letter('I also spoke with Northwind last week.')
    expect(fixesOf('wrong-company', mention)).toEqual([['no fix', 'Northwind']])
  })

  it("repairs the candidate's own name in the signature", () => {
    const draft = letter('It was good to meet you.', undefined, 'Jordan Le')
    expect(fixesOf('candidate-name-misspelled', draft)).toEqual([[...at(draft, 'Le', '\nJordan Le'), 'Lee']])
  })

  it('fills a placeholder the context can fill, and only then', () => {
    const draft = letter(
      'I enjoyed talking with [First Name] about [Company].',
      'Dear [Interviewer Name],',
      '[Your Name]',
    )
    expect(fixesOf('unresolved-placeholder', draft)).toEqual([
      [...at(draft, '[Interviewer Name]'), 'Dana Okoro'],
      [...at(draft, '[First Name]'), 'Dana'],
      [...at(draft, '[Company]'), 'Brightline'],
      [...at(draft, '[Your Name]'), 'Jordan Lee'],
    ])
    const unsure = letter('I enjoyed our talk about [Topic].', 'Dear [Name],')
    const panel = { ...context, interviewers: [{ name: 'Dana Okoro' }, { name: 'Lee Chen' }] }
    // Which interviewer "[Name]" is, with two, and what "[Topic]" was, need the writer.
    expect(fixesOf('unresolved-placeholder', unsure, panel)).toEqual([
      ['no fix', '[Name]'],
      ['no fix', '[Topic]'],
    ])
  })

  it('reads a name placeholder in the signature as the candidate’s', () => {
    const draft = letter('It was good to meet you.', undefined, '[First Name] [Last Name]')
    expect(fixesOf('unresolved-placeholder', draft)).toEqual([
      [...at(draft, '[First Name]'), 'Jordan'],
      [...at(draft, '[Last Name]'), 'Lee'],
    ])
  })

  it('repairs a/an, a repeated word, a double space and a lowercase "i"', () => {
    const draft = letter('i think a hour with the the team  was well spent.')
    expect(fixesOf('indefinite-article', draft)).toEqual([[...at(draft, 'a', 'a hour'), 'an']])
    expect(fixesOf('repeated-word', draft)).toEqual([[...at(draft, 'the the'), 'the']])
    expect(fixesOf('double-space', draft)).toEqual([[...at(draft, '  '), ' ']])
    expect(fixesOf('sentence-capital', draft)).toEqual([[...at(draft, 'i', 'i think'), 'I']])
    const inside = letter('I know i can help.')
    expect(fixesOf('lowercase-i', inside)).toEqual([[...at(inside, 'i', 'i can'), 'I']])
  })

  it('leaves a lowercase sentence start other than "i" to the writer', () => {
    const draft = letter('It was good. the team was kind.')
    expect(fixesOf('sentence-capital', draft)).toEqual([['no fix', 'the']])
  })

  it('marks exactly the rules that carry fixes as fixable', () => {
    expect(
      rules
        .filter((rule) => rule.fixable)
        .map((rule) => rule.id)
        .sort(),
    ).toEqual([
      'candidate-name-misspelled',
      'company-name-misspelled',
      'confused-word',
      'double-space',
      'honorific-mismatch',
      'indefinite-article',
      'interviewer-name-diacritics',
      'interviewer-name-misspelled',
      'lowercase-i',
      'real-word-error',
      'repeated-word',
      'sentence-capital',
      'split-word',
      'unknown-addressee',
      'unknown-word',
      'unresolved-placeholder',
      'unused-disable-directive',
      'verb-form',
      'wrong-company',
      'wrong-position',
    ])
  })
})

describe('applyFixes', () => {
  const finding = (start: number, end: number, text: string, ruleId = 'double-space'): Finding => ({
    checker: 'grammar',
    ruleId,
    severity: 'info',
    message: ruleId,
    fix: { range: [start, end], text },
  })

  it('applies non-overlapping fixes as if from the end backwards', () => {
    const a = finding(0, 1, 'A')
    const b = finding(6, 8, 'an')
    const { output, applied, skipped } = applyFixes('a cat a owl', [b, a, finding(8, 8, 'X')])
    expect(output).toBe('A cat anXowl')
    expect(applied.map((item) => item.fix?.range)).toEqual([
      [0, 1],
      [6, 8],
      [8, 8],
    ])
    expect(skipped).toEqual([])
  })

  it('keeps the first of two overlapping fixes and skips the second', () => {
    const first = finding(2, 9, 'the', 'repeated-word')
    const second = finding(6, 7, 'X')
    const result = applyFixes('I the the cat', [first, second])
    expect(result.output).toBe('I the cat')
    expect(result.applied).toEqual([first])
    expect(result.skipped).toEqual([second])
  })

  it('skips a fix outside the draft and a second insertion at the same offset', () => {
    const outside = finding(3, 99, 'x')
    const insertion = finding(1, 1, 'a')
    const again = finding(1, 1, 'b')
    const result = applyFixes('abc', [outside, insertion, again])
    expect(result.output).toBe('aabc')
    expect(result.skipped).toEqual([outside, again])
  })

  it('passes over findings without a fix', () => {
    const plain: Finding = { checker: 'length', ruleId: 'too-short', severity: 'warning', message: 'm' }
    expect(applyFixes('abc', [plain])).toEqual({ output: 'abc', applied: [], skipped: [] })
  })

  it('names the field of bad input in a TypeError', () => {
    expect(() => applyFixes(42 as unknown as string, [])).toThrow(
      new TypeError('draft must be a string, got number 42'),
    )
    expect(() => applyFixes('a', {} as unknown as Finding[])).toThrow(/^findings must be an array/)
    const bad = { ...finding(0, 1, 'x'), fix: { range: [0, 'b'], text: 'x' } } as unknown as Finding
    expect(() => applyFixes('a', [bad])).toThrow(/^findings\[0\]\.fix\.range must be a pair of whole numbers/)
    const noText = { ...finding(0, 1, 'x'), fix: { range: [0, 1] } } as unknown as Finding
    expect(() => applyFixes('a', [noText])).toThrow(
      /^findings\[0\]\.fix\.text is required: it must be a string/,
    )
  })
})

describe('fixThankYou', () => {
  it('re-lints until nothing changes: a fix can reveal the next one', () => {
    const draft =
      'Dear Ms. Okoro,\n\nThank you for the talk about a a hour of work at Brightline.\n\nBest regards,\nJordan Lee'
    const result = fixThankYou(draft, context)
    expect(result.output).toBe(draft.replace('a a hour', 'an hour'))
    expect(result.passes).toBe(2)
    expect(result.applied).toBe(2)
    expect(result.fixed).toBe(true)
    expect(result.findings).toEqual(result.report.findings)
  })

  it('applies only the fixes of the checkers in fixTypes', () => {
    const draft = 'Dear Mr. Okoro,\n\nThank you  for the talk at Brightline.\n\nBest regards,\nJordan Lee'
    expect(fixThankYou(draft, context, { fixTypes: ['grammar'] }).output).toBe(draft.replace('  ', ' '))
    expect(fixThankYou(draft, context, { fixTypes: ['accuracy'] }).output).toBe(draft.replace('Mr.', 'Ms.'))
    expect(() => fixThankYou(draft, context, { fixTypes: ['grammer' as 'grammar'] })).toThrow(
      /^options\.fixTypes must be an array of checker names/,
    )
  })

  it('returns the draft unchanged when nothing is certain', () => {
    const result = fixThankYou(LETTER, context)
    expect(result).toMatchObject({ output: LETTER, fixed: false, applied: 0, passes: 0 })
  })
})

/**
 * The typical letter, each row perturbed in one way, fixes back to the letter in one call:
 * `[what, the original text, the perturbed text]`.
 */
const PERTURBATIONS: [string, string, string][] = [
  ['surname with a letter dropped', 'Dear Ms. Okoro,', 'Dear Ms. Okro,'],
  ['surname with a letter doubled', 'Dear Ms. Okoro,', 'Dear Ms. Okooro,'],
  ['surname with letters swapped', 'Dear Ms. Okoro,', 'Dear Ms. Kooro,'],
  ['surname with a letter added', 'Dear Ms. Okoro,', 'Dear Ms. Okorro,'],
  ['surname in lower case', 'Dear Ms. Okoro,', 'Dear Ms. okoro,'],
  ['surname with a stray capital', 'Dear Ms. Okoro,', 'Dear Ms. OKoro,'],
  ['"Mr." for "Ms."', 'Dear Ms. Okoro,', 'Dear Mr. Okoro,'],
  ['"Mrs." for "Ms."', 'Dear Ms. Okoro,', 'Dear Mrs. Okoro,'],
  ['"Dr." for "Ms."', 'Dear Ms. Okoro,', 'Dear Dr. Okoro,'],
  ['wrong honorific and misspelt surname', 'Dear Ms. Okoro,', 'Dear Mr. Okro,'],
  ['another surname', 'Dear Ms. Okoro,', 'Dear Ms. Okafor,'],
  ['[Last Name] placeholder', 'Dear Ms. Okoro,', 'Dear Ms. [Last Name],'],
  ['[Surname] placeholder', 'Dear Ms. Okoro,', 'Dear Ms. [Surname],'],
  ['[Interviewer Last Name] placeholder', 'Dear Ms. Okoro,', 'Dear Ms. [Interviewer Last Name],'],
  ['[Your Name] placeholder', 'Best regards,\nJordan Lee', 'Best regards,\n[Your Name]'],
  ['candidate surname misspelt', 'Best regards,\nJordan Lee', 'Best regards,\nJordan Le'],
  ['candidate first name misspelt', 'Best regards,\nJordan Lee', 'Best regards,\nJordon Lee'],
  ['company misspelt', 'role at Brightline.', 'role at Brightlin.'],
  ['company in lower case', 'role at Brightline.', 'role at brightline.'],
  ['company wrongly cased', 'role at Brightline.', 'role at BrightLine.'],
  ['[Company] placeholder', 'role at Brightline.', 'role at [Company].'],
  ['[Company Name] placeholder', 'role at Brightline.', 'role at [Company Name].'],
  ['possessive company misspelt', "to Brightline's campaign", "to Brigthline's campaign"],
  ['another job title', 'discuss the Marketing Coordinator role', 'discuss the Marketing Manager role'],
  ['[Position] placeholder', 'discuss the Marketing Coordinator role', 'discuss the [Position] role'],
  ['[Job Title] placeholder', 'discuss the Marketing Coordinator role', 'discuss the [Job Title] role'],
  ['"i" opening a sentence', 'I enjoyed learning', 'i enjoyed learning'],
  ['"i" inside a sentence', 'and I appreciated', 'and i appreciated'],
  ['"i" before "would"', 'and I would welcome', 'and i would welcome'],
  ['repeated "for"', 'Thank you for taking', 'Thank you for for taking'],
  ['repeated "my"', 'confirmed my interest', 'confirmed my my interest'],
  ['"an" before a consonant', 'I manage a content', 'I manage an content'],
  ['"a" before a vowel', 'an audience', 'a audience'],
  ['double space before a word', 'for an audience of', 'for  an audience of'],
  ['double space after "I"', 'I look forward', 'I  look forward'],
  ['three spaces', 'plans the spring', 'plans the   spring'],
  ['two spaces after a full stop', 'on schedule. Last year', 'on schedule.  Last year'],
]

describe('a perturbed letter fixes back to the original in one call', () => {
  it('uses a clean letter with nothing to fix', () => {
    expect(lintThankYou(LETTER, context).findings.filter((finding) => finding.fix)).toEqual([])
  })

  it.each(PERTURBATIONS)('%s', (_what, original, perturbed) => {
    expect(LETTER).toContain(original)
    const draft = LETTER.replace(original, perturbed)
    expect(draft).not.toBe(LETTER)
    expect(fixThankYou(draft, context).output).toBe(LETTER)
  })

  it('fixes several perturbations at once', () => {
    let draft = LETTER
    for (const [, original, perturbed] of PERTURBATIONS.filter((_, index) => index % 6 === 0)) {
      draft = draft.replace(original, perturbed)
    }
    expect(fixThankYou(draft, context).output).toBe(LETTER)
  })
})

describe('a fix that would reveal a false alarm', () => {
  it('does not take the pronoun after "join" for an organisation once "i\'m" is capitalised', () => {
    // Found by the fix-loop properties: "excited to join i'm" fixed to "I'm" made "I'm" another employer.
    const draft =
      "Dear Ms. Okoro,\n\nI am excited to join I'm sure a great team at Brightline.\n\nBest regards,\nJordan Lee"
    expect(
      lintThankYou(draft, context).findings.filter((finding) => finding.ruleId === 'wrong-company'),
    ).toEqual([])
  })
})
