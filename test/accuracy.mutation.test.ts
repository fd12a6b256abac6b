// Tests the mutation run of the accuracy checker showed missing (npm run mutation -- accuracy): the
// wording of each message, the `actual` and `expected` each finding carries, and the edges of the
// option and template checks.
import { describe, expect, it } from 'vitest'
import type { LintOptions, ThankYouContext } from '../src/types.js'
import { body, context, letter } from './accuracy-letter.js'
import { rowAt as at, findingRows } from './helpers.js'

/** Every accuracy finding, whole. */
const accuracyFindings = (draft: string, ctx: ThankYouContext = context, options?: LintOptions) =>
  findingRows('accuracy', draft, ctx, options)

/** A finding without a span: about the letter as a whole. */
const whole = (ruleId: string, expected: string[], message: string) => [
  ruleId,
  undefined,
  undefined,
  undefined,
  expected,
  message,
]

describe('accuracy messages say what is wrong and what to write', () => {
  it('for a misspelt interviewer name', () => {
    const ctx: ThankYouContext = { ...context, interviewers: [{ name: 'Dana Johnson', honorific: 'Ms.' }] }
    const draft = letter('Dear Ms. Jonhson,')
    expect(accuracyFindings(draft, ctx)).toEqual([
      at(
        draft,
        'interviewer-name-misspelled',
        'Jonhson',
        ['Johnson'],
        `"Jonhson" misspells Dana Johnson's name; write "Johnson"`,
      ),
    ])
  })

  it('for a name without its accents', () => {
    const ctx: ThankYouContext = { ...context, interviewers: [{ name: 'José Álvarez', honorific: 'Mr.' }] }
    const draft = letter('Dear Jose,')
    expect(accuracyFindings(draft, ctx)).toEqual([
      at(
        draft,
        'interviewer-name-diacritics',
        'Jose',
        ['José'],
        `"Jose" leaves out the accents of José Álvarez's name; write "José"`,
      ),
    ])
  })

  it('for an unlisted short form', () => {
    const ctx: ThankYouContext = { ...context, interviewers: [{ name: 'Joseph Mensah', honorific: 'Dr.' }] }
    const draft = letter('Hi Joe,')
    expect(accuracyFindings(draft, ctx)).toEqual([
      at(
        draft,
        'unlisted-nickname',
        'Joe',
        ['Joseph'],
        `"Joe" is a short form Joseph Mensah is not listed as using; write "Joseph" unless they signed or introduced themselves as "Joe"`,
      ),
    ])
  })

  it('for a wrong honorific and an honorific before the first name', () => {
    const mismatch = letter('Dear Mr. Okoro,')
    expect(accuracyFindings(mismatch)).toEqual([
      at(mismatch, 'honorific-mismatch', 'Mr.', ['Ms.'], `"Mr." is not Dana Okoro's honorific; write "Ms."`),
    ])
    const firstName = letter('Dear Ms. Dana,')
    expect(accuracyFindings(firstName)).toEqual([
      at(
        firstName,
        'honorific-with-first-name',
        'Ms. Dana',
        ['Ms. Okoro', 'Dana'],
        'An honorific goes with the surname: write "Ms. Okoro", or the first name alone ("Dana")',
      ),
    ])
  })

  it('for a greeting to someone else', () => {
    const draft = letter('Dear Mr. Johnson,')
    expect(accuracyFindings(draft)).toEqual([
      at(
        draft,
        'unknown-addressee',
        'Johnson',
        ['Okoro'],
        'The greeting names "Johnson", who is not among your interviewers (Dana Okoro); write "Okoro"',
      ),
    ])
  })

  it('for several interviewers named nowhere', () => {
    const ctx: ThankYouContext = { ...context, interviewers: [{ name: 'Dana Okoro' }, { name: 'Lee Park' }] }
    expect(accuracyFindings(letter('Dear Hiring Team,'), ctx)).toEqual([
      whole(
        'no-interviewer-named',
        ['Dana Okoro', 'Lee Park'],
        'The letter names none of your interviewers (Dana Okoro, Lee Park); greet or thank them by name',
      ),
    ])
  })

  it('for a company name in the wrong case, run apart, or misspelt', () => {
    const hubspot: ThankYouContext = { ...context, company: { name: 'HubSpot' } }
    const draft = letter(
      'Dear Ms. Okoro,',
      'Thank you for the Marketing Coordinator interview. I loved the Hubspot office. Hub Spot too.',
    )
    expect(accuracyFindings(draft, hubspot)).toEqual([
      at(
        draft,
        'company-name-misspelled',
        'Hubspot',
        ['HubSpot'],
        '"Hubspot" is not how HubSpot writes its name; write "HubSpot"',
      ),
      at(
        draft,
        'company-name-misspelled',
        'Hub Spot',
        ['HubSpot'],
        '"Hub Spot" misspells the company name; write "HubSpot"',
      ),
    ])
    const misspelt = letter(
      'Dear Ms. Okoro,',
      'Thank you for the Marketing Coordinator interview at Brightlin Solutions.',
    )
    expect(accuracyFindings(misspelt)).toEqual([
      at(
        misspelt,
        'company-name-misspelled',
        'Brightlin',
        ['Brightline', 'Brightline Solutions'],
        '"Brightlin" misspells the company name; write "Brightline"',
      ),
    ])
  })

  it('for another employer, with and without the company in the context', () => {
    const others: ThankYouContext = { ...context, otherCompanies: ['Acme Corp'] }
    const draft = letter(
      'Dear Ms. Okoro,',
      `${body} I am excited to join Acme Corp. My interview with Initech was fun. I hope to join Globex.`,
    )
    expect(accuracyFindings(draft, others)).toEqual([
      at(
        draft,
        'wrong-company',
        'Acme Corp',
        ['Brightline Solutions'],
        '"Acme Corp" is another employer you are applying to; this letter is for Brightline Solutions',
      ),
      at(
        draft,
        'wrong-company',
        'Initech',
        ['Brightline Solutions'],
        '"Initech" is neither Brightline Solutions nor one of your interviewers; this letter is for Brightline Solutions',
      ),
      at(
        draft,
        'wrong-company',
        'Globex',
        ['Brightline Solutions'],
        'The letter names "Globex" as the company you want to work for; this letter is for Brightline Solutions',
      ),
    ])
    const noCompany = letter('Dear Ms. Okoro,', 'I am excited to join Acme Corp.')
    expect(
      accuracyFindings(noCompany, { otherCompanies: ['Acme Corp'], interviewers: [{ name: 'Dana Okoro' }] }),
    ).toEqual([
      at(
        noCompany,
        'wrong-company',
        'Acme Corp',
        undefined,
        '"Acme Corp" is another employer you are applying to; name the company this letter is for',
      ),
    ])
  })

  it('for a company and a role never named', () => {
    const draft = letter('Dear Ms. Okoro,', 'Thank you for meeting with me yesterday.')
    expect(accuracyFindings(draft)).toEqual([
      whole(
        'company-not-mentioned',
        ['Brightline Solutions'],
        'The letter never names Brightline Solutions; name the company once, where you say why you want to join it',
      ),
      whole(
        'position-not-mentioned',
        ['Marketing Coordinator'],
        'The letter never names the role; mention the Marketing Coordinator position once',
      ),
    ])
  })

  it('for another job title', () => {
    const draft = letter(
      'Dear Ms. Okoro,',
      'Thank you for meeting with me at Brightline about the Marketing Coordinator role. I would thrive as your next Marketing Manager.',
    )
    expect(accuracyFindings(draft)).toEqual([
      at(
        draft,
        'wrong-position',
        'Marketing Manager',
        ['Marketing Coordinator'],
        '"Marketing Manager" is not the role you interviewed for; write "Marketing Coordinator"',
      ),
    ])
  })

  it('for a misspelt signature', () => {
    const draft = letter('Dear Ms. Okoro,', body, 'Best regards,\nJordn Lee')
    expect(accuracyFindings(draft)).toEqual([
      at(
        draft,
        'candidate-name-misspelled',
        'Jordn',
        ['Jordan'],
        '"Jordn" in your signature misspells your name; write "Jordan" as in Jordan Lee',
      ),
    ])
  })
})

describe('accuracy edges the mutation run found untested', () => {
  it('accepts a maxEditDistance of 3, the largest allowed', () => {
    expect(
      accuracyFindings(letter('Dear Ms. Okoro,'), context, { accuracy: { maxEditDistance: 3 } }),
    ).toEqual([])
  })

  it('says nothing about a draft of whitespace', () => {
    expect(accuracyFindings('  \n  ')).toEqual([])
  })

  it('takes template slots for the interviewer, the company and the role, and only those', () => {
    const two: ThankYouContext = { ...context, interviewers: [{ name: 'Dana Okoro' }, { name: 'Lee Park' }] }
    expect(accuracyFindings(letter('Dear {{interviewer.firstName}},'), two, { template: true })).toEqual([])
    const other = letter('Dear Ms. Okoro,', 'Thank you for meeting with me on {{date}}.')
    expect(accuracyFindings(other, context, { template: true })).toEqual([
      whole(
        'company-not-mentioned',
        ['Brightline Solutions'],
        'The letter never names Brightline Solutions; name the company once, where you say why you want to join it',
      ),
      whole(
        'position-not-mentioned',
        ['Marketing Coordinator'],
        'The letter never names the role; mention the Marketing Coordinator position once',
      ),
    ])
  })

  it('reads a template with an address in it, which fills no slot', () => {
    const draft = letter('Dear Ms. Okoro,', `${body} My portfolio is at https://example.com for {{company}}.`)
    expect(accuracyFindings(draft, context, { template: true })).toEqual([])
  })

  it('takes a name after "my interview with" for a company only when the context lists interviewers', () => {
    const draft = letter('Hello,', `${body} My interview with Zorblat was fun.`)
    expect(
      accuracyFindings(draft, {
        company: { name: 'Brightline Solutions' },
        position: 'Marketing Coordinator',
      }),
    ).toEqual([])
    const listed = letter('Dear Ms. Okoro,', `${body} My interview with Zorblat was fun.`)
    expect(accuracyFindings(listed)).toEqual([
      at(
        listed,
        'wrong-company',
        'Zorblat',
        ['Brightline Solutions'],
        '"Zorblat" is neither Brightline Solutions nor one of your interviewers; this letter is for Brightline Solutions',
      ),
    ])
  })

  it("leaves an interviewer's own title alone where it reads like the role", () => {
    const draft = letter(
      'Dear Ms. Okoro,',
      `${body} I enjoyed hearing what the Engineering Manager role involves.`,
    )
    const titled: ThankYouContext = {
      ...context,
      interviewers: [{ name: 'Dana Okoro', honorific: 'Ms.', title: 'Engineering Manager' }],
    }
    expect(accuracyFindings(draft, titled)).toEqual([])
    const untitled: ThankYouContext = { ...context, interviewers: [{ name: 'Dana Okoro', honorific: 'Ms.' }] }
    expect(accuracyFindings(draft, untitled)).toEqual([
      at(
        draft,
        'wrong-position',
        'Engineering Manager',
        ['Marketing Coordinator'],
        '"Engineering Manager" is not the role you interviewed for; write "Marketing Coordinator"',
      ),
    ])
  })

  it('keeps a one-word company mention out of the job title beside it', () => {
    const draft = letter(
      'Dear Ms. Okoro,',
      'Thank you for discussing the Brightline Marketing Manager role with me.',
    )
    expect(accuracyFindings(draft)).toEqual([
      whole(
        'position-not-mentioned',
        ['Marketing Coordinator'],
        'The letter never names the role; mention the Marketing Coordinator position once',
      ),
      at(
        draft,
        'wrong-position',
        'Marketing Manager',
        ['Marketing Coordinator'],
        '"Marketing Manager" is not the role you interviewed for; write "Marketing Coordinator"',
      ),
    ])
  })

  it('does not take the company or an interviewer for another employer with the same word in its name', () => {
    const others: ThankYouContext = { ...context, otherCompanies: ['Okoro Inc.', 'Brightline Inc.'] }
    expect(accuracyFindings(letter('Dear Ms. Okoro,', `${body} Ms. Okoro was kind.`), others)).toEqual([])
  })

  it('looks for other employers as written, not misspelt', () => {
    const others: ThankYouContext = { ...context, otherCompanies: ['Initech'] }
    expect(
      accuracyFindings(letter('Dear Ms. Okoro,', `${body} I read about Initek in the news.`), others),
    ).toEqual([])
  })

  it('takes a word written as one interviewer writes it over another’s casing of it', () => {
    const ctx: ThankYouContext = {
      ...context,
      interviewers: [{ name: 'Ana de Souza' }, { name: 'Pedro De Souza', honorific: 'Mr.' }],
    }
    const draft = letter(
      'Dear Ana and Pedro,',
      `${body} I enjoyed talking with Mr. De Souza about the launch.`,
    )
    expect(accuracyFindings(draft, ctx)).toEqual([])
  })

  it('takes a name typed with a combining accent for the same name', () => {
    const ctx: ThankYouContext = { ...context, interviewers: [{ name: 'José Álvarez' }] }
    expect(accuracyFindings(letter('Dear Jose\u0301,'), ctx)).toEqual([])
  })
})

describe('how many edits a misspelling may have', () => {
  const companyLetter = (word: string) =>
    letter(
      'Dear Ms. Okoro,',
      `Thank you for the Marketing Coordinator interview. I read about ${word} in the news.`,
    )
  const misspelt = (draft: string, word: string, company: string) =>
    at(
      draft,
      'company-name-misspelled',
      word,
      [company],
      `"${word}" misspells the company name; write "${company}"`,
    )
  const notMentioned = (company: string) =>
    whole(
      'company-not-mentioned',
      [company],
      `The letter never names ${company}; name the company once, where you say why you want to join it`,
    )
  const withCompany = (name: string): ThankYouContext => ({ ...context, company: { name } })

  it('allows no edit to a three-letter company name on its own', () => {
    expect(accuracyFindings(companyLetter('Zab'), withCompany('Zeb'))).toEqual([notMentioned('Zeb')])
  })

  it('allows one edit to a five-letter company name, two to a six-letter one', () => {
    const one = companyLetter('Kodac')
    expect(accuracyFindings(one, withCompany('Kodak'))).toEqual([misspelt(one, 'Kodac', 'Kodak')])
    expect(accuracyFindings(companyLetter('Kadok'), withCompany('Kodak'))).toEqual([notMentioned('Kodak')])
    const two = companyLetter('Zandax')
    expect(accuracyFindings(two, withCompany('Zendex'))).toEqual([misspelt(two, 'Zandax', 'Zendex')])
  })

  it('allows one edit to a three-letter word of the signature', () => {
    const one = letter('Dear Ms. Okoro,', body, 'Best regards,\nJordan Lea')
    expect(accuracyFindings(one)).toEqual([
      at(
        one,
        'candidate-name-misspelled',
        'Lea',
        ['Lee'],
        '"Lea" in your signature misspells your name; write "Lee" as in Jordan Lee',
      ),
    ])
    expect(accuracyFindings(letter('Dear Ms. Okoro,', body, 'Best regards,\nJordan Lim'))).toEqual([])
  })
})

describe('what the people and company findings suggest', () => {
  it('keeps the honorific the letter wrote when the context gives none', () => {
    const ctx: ThankYouContext = { ...context, interviewers: [{ name: 'Dana Okoro' }] }
    const draft = letter('Dear Mr. Dana,')
    expect(accuracyFindings(draft, ctx)).toEqual([
      at(
        draft,
        'honorific-with-first-name',
        'Mr. Dana',
        ['Mr. Okoro', 'Dana'],
        'An honorific goes with the surname: write "Mr. Okoro", or the first name alone ("Dana")',
      ),
    ])
  })

  it('suggests the surname after a known first name or an honorific, the family name first where it comes first', () => {
    const afterGiven = letter('Dear Dana Lisa,')
    expect(accuracyFindings(afterGiven)).toEqual([
      at(
        afterGiven,
        'unknown-addressee',
        'Lisa',
        ['Okoro'],
        'The greeting names "Lisa", who is not among your interviewers (Dana Okoro); write "Okoro"',
      ),
    ])
    const ctx: ThankYouContext = { ...context, interviewers: [{ name: 'Nguyễn Thị Lan', honorific: 'Ms.' }] }
    const familyFirst = letter('Dear Ms. Tran,')
    expect(accuracyFindings(familyFirst, ctx)).toEqual([
      at(
        familyFirst,
        'unknown-addressee',
        'Tran',
        ['Nguyễn'],
        'The greeting names "Tran", who is not among your interviewers (Nguyễn Thị Lan); write "Nguyễn"',
      ),
    ])
  })

  it('offers every interviewer’s first name for an unknown one', () => {
    const ctx: ThankYouContext = {
      ...context,
      interviewers: [{ name: 'Dana Okoro' }, { name: 'Kofi Mensah' }],
    }
    const draft = letter('Dear Sam,')
    expect(accuracyFindings(draft, ctx)).toEqual([
      whole(
        'no-interviewer-named',
        ['Dana Okoro', 'Kofi Mensah'],
        'The letter names none of your interviewers (Dana Okoro, Kofi Mensah); greet or thank them by name',
      ),
      at(
        draft,
        'unknown-addressee',
        'Sam',
        ['Dana', 'Kofi'],
        'The greeting names "Sam", who is not among your interviewers (Dana Okoro, Kofi Mensah); write "Dana"',
      ),
    ])
  })

  it('takes the full stop of "Inc." closing a sentence into the company name', () => {
    const draft = letter('Dear Ms. Okoro,', `${body} I hope to join Globex Inc.`)
    expect(accuracyFindings(draft)).toEqual([
      at(
        draft,
        'wrong-company',
        'Globex Inc.',
        ['Brightline Solutions'],
        'The letter names "Globex Inc." as the company you want to work for; this letter is for Brightline Solutions',
      ),
    ])
  })
})
