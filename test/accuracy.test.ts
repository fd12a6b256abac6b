import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lintThankYou, rules } from '../src/index.js'
import type { LintOptions, ThankYouContext } from '../src/types.js'
import { body, context, letter } from './accuracy-letter.js'
import { findingsOf, offsetOf } from './helpers.js'

/** Findings of one rule, against the test context unless another is given. */
const hits = (ruleId: string, draft: string, ctx: ThankYouContext = context, options?: LintOptions) =>
  findingsOf(ruleId, draft, ctx, options)

/** Every accuracy finding, as `ruleId "flagged text"`, for asserting that nothing else fires. */
function accuracyFindings(draft: string, ctx: ThankYouContext = context, options = {}): string[] {
  return lintThankYou(draft, ctx, options)
    .findings.filter((finding) => finding.checker === 'accuracy')
    .map((finding) =>
      finding.position
        ? `${finding.ruleId} "${draft.slice(finding.position.start.offset, finding.position.end.offset)}"`
        : finding.ruleId,
    )
}

function single(ruleId: string, draft: string, ctx: ThankYouContext = context) {
  const found = hits(ruleId, draft, ctx)
  expect(found).toHaveLength(1)
  return found[0] as (typeof found)[number]
}

describe('accuracy rules', () => {
  it('registers every rule with its default severity', () => {
    const own = Object.fromEntries(
      rules.filter((rule) => rule.checker === 'accuracy').map((rule) => [rule.id, rule.defaultSeverity]),
    )
    expect(own).toEqual({
      'interviewer-name-misspelled': 'error',
      'interviewer-name-diacritics': 'warning',
      'unknown-addressee': 'error',
      'honorific-mismatch': 'error',
      'honorific-with-first-name': 'warning',
      'unlisted-nickname': 'info',
      'no-interviewer-named': 'warning',
      'company-name-misspelled': 'error',
      'wrong-company': 'error',
      'company-not-mentioned': 'info',
      'wrong-position': 'error',
      'position-not-mentioned': 'info',
      'candidate-name-misspelled': 'error',
    })
  })

  it('raises nothing on a correct letter', () => {
    expect(accuracyFindings(letter('Dear Ms. Okoro,'))).toEqual([])
  })

  it('raises nothing without a context', () => {
    expect(
      lintThankYou(letter('Dear Mr. Jonhson,')).findings.filter((f) => f.checker === 'accuracy'),
    ).toEqual([])
  })
})

describe('interviewer-name-misspelled', () => {
  const johnson: ThankYouContext = { ...context, interviewers: [{ name: 'Dana Johnson', honorific: 'Ms.' }] }

  it('flags a typo after the honorific, just the misspelt word', () => {
    const draft = letter('Dear Ms. Jonhson,')
    const hit = single('interviewer-name-misspelled', draft, johnson)
    expect(hit.start).toBe(offsetOf(draft, 'Jonhson'))
    expect(hit.end).toBe(offsetOf(draft, 'Jonhson') + 'Jonhson'.length)
    expect(hit.finding.severity).toBe('error')
    expect(hit.finding.expected).toEqual(['Johnson'])
  })

  it('flags a typo in the body and leaves the possessive out of the span', () => {
    const draft = letter('Dear Ms. Johnson,', `${body} Dnaa's advice was clear.`)
    const hit = single('interviewer-name-misspelled', draft, johnson)
    expect([hit.start, hit.end]).toEqual([offsetOf(draft, 'Dnaa'), offsetOf(draft, 'Dnaa') + 4])
    expect(hit.finding.expected).toEqual(['Dana'])
  })

  it('flags wrong letter case ("Mcdonald") and a name written in lower case', () => {
    const ctx: ThankYouContext = {
      ...context,
      interviewers: [{ name: 'Heather McDonald', honorific: 'Ms.' }],
    }
    const draft = letter('Dear Ms. Mcdonald,', `${body} Thanks again to heather.`)
    const found = hits('interviewer-name-misspelled', draft, ctx)
    expect(found.map((hit) => [hit.actual, hit.start, hit.finding.expected])).toEqual([
      ['Mcdonald', offsetOf(draft, 'Mcdonald'), ['McDonald']],
      ['heather', offsetOf(draft, 'heather'), ['Heather']],
    ])
  })

  it('reports neighbouring words of one name as one finding', () => {
    const draft = letter('Dear Ms. Okoro,', `${body} Many thanks to dana okoro as well.`)
    const hit = single('interviewer-name-misspelled', draft)
    expect([hit.actual, hit.start]).toEqual(['dana okoro', offsetOf(draft, 'dana okoro')])
    expect(hit.finding.expected).toEqual(['Dana Okoro'])
  })

  it('flags a hyphenated name written as two words', () => {
    const ctx: ThankYouContext = { ...context, interviewers: [{ name: "Anne-Marie O'Connor" }] }
    const draft = letter('Dear Anne Marie,', body)
    const hit = single('interviewer-name-misspelled', draft, ctx)
    expect([hit.actual, hit.start]).toEqual(['Anne Marie', offsetOf(draft, 'Anne Marie')])
    expect(hit.finding.expected).toEqual(['Anne-Marie'])
  })

  it('flags a dropped apostrophe', () => {
    const ctx: ThankYouContext = { ...context, interviewers: [{ name: "Cormac O'Brien", honorific: 'Mr.' }] }
    const draft = letter('Dear Mr. OBrien,', body)
    expect(single('interviewer-name-misspelled', draft, ctx).actual).toBe('OBrien')
  })

  it('takes a near name beside the surname for a misspelling, a far one for another person', () => {
    const near = letter('Dear Dora Okoro,', body)
    expect(single('interviewer-name-misspelled', near).actual).toBe('Dora')
    const far = letter('Dear Lisa Okoro,', body)
    expect(hits('interviewer-name-misspelled', far, context)).toEqual([])
    const hit = single('unknown-addressee', far)
    expect([hit.actual, hit.start, hit.finding.expected]).toEqual(['Lisa', 5, ['Dana']])
  })

  it('is turned off with maxEditDistance 0, case errors still found', () => {
    const draft = letter('Dear Ms. Okroo,', `${body} Thanks, okoro.`)
    const found = lintThankYou(draft, context, { accuracy: { maxEditDistance: 0 } }).findings.filter(
      (finding) => finding.ruleId === 'interviewer-name-misspelled',
    )
    expect(
      found.map((finding) => draft.slice(finding.position?.start.offset, finding.position?.end.offset)),
    ).toEqual(['okoro'])
  })

  it('does not take an everyday word at the start of a sentence for a name', () => {
    const draft = letter('Dear Ms. Okoro,', `${body} Data from the pilot surprised me.`)
    expect(accuracyFindings(draft)).toEqual([])
  })

  it('does not take a frequent first name or a word inside another proper noun for a misspelling', () => {
    const ctx: ThankYouContext = {
      ...context,
      interviewers: [{ name: 'Tonya Smarsh' }, { name: 'Idella Szklarski' }],
    }
    const draft = letter(
      'Dear Tonya and Idella,',
      `${body} Sarah in recruiting has my references, and my time at Niger Delta Energy taught me a lot.`,
    )
    expect(accuracyFindings(draft, ctx)).toEqual([])
  })
})

describe('interviewer-name-diacritics', () => {
  it('warns about a name without its accents', () => {
    const ctx: ThankYouContext = { ...context, interviewers: [{ name: 'José Álvarez', honorific: 'Mr.' }] }
    const draft = letter('Dear Jose,', body)
    const hit = single('interviewer-name-diacritics', draft, ctx)
    expect([hit.actual, hit.start, hit.finding.severity]).toEqual([
      'Jose',
      offsetOf(draft, 'Jose'),
      'warning',
    ])
    expect(hit.finding.expected).toEqual(['José'])
    expect(hits('interviewer-name-misspelled', draft, ctx)).toEqual([])
  })

  it('reports the unaccented words of one name together', () => {
    const ctx: ThankYouContext = { ...context, interviewers: [{ name: 'Nguyễn Thị Lan', honorific: 'Ms.' }] }
    const draft = letter('Dear Ms. Nguyễn,', `${body} Nguyen Thi Lan was very kind.`)
    const hit = single('interviewer-name-diacritics', draft, ctx)
    expect([hit.actual, hit.start]).toEqual(['Nguyen Thi', offsetOf(draft, 'Nguyen Thi')])
    expect(hit.finding.expected).toEqual(['Nguyễn Thị'])
  })

  it('accepts a lowercase particle capitalised at the start of a sentence', () => {
    const ctx: ThankYouContext = { ...context, interviewers: [{ name: 'Ana de Souza' }] }
    expect(accuracyFindings(letter('Dear Ana,', `${body} De Souza's team impressed me.`), ctx)).toEqual([])
    const hit = single('interviewer-name-misspelled', letter('Dear Ana,', `${body} I met Ms. De Souza.`), ctx)
    expect(hit.actual).toBe('De')
  })

  it('accepts names written with their accents, hyphens and apostrophes', () => {
    const ctx: ThankYouContext = {
      ...context,
      interviewers: [
        { name: 'Siobhán Murphy' },
        { name: "Anne-Marie O'Connor" },
        { name: 'Zbigniew Kowalski' },
        { name: 'Oluwaseun Adeyemi' },
      ],
    }
    const draft = letter(
      'Dear Siobhán, Anne-Marie, Zbigniew and Oluwaseun,',
      `${body} Ms. O’Connor’s question and Siobhán's answer stayed with me.`,
    )
    expect(accuracyFindings(draft, ctx)).toEqual([])
  })
})

describe('unknown-addressee', () => {
  it('flags a greeting to someone who is not an interviewer, with the surname after an honorific', () => {
    const draft = letter('Dear Mr. Johnson,')
    const hit = single('unknown-addressee', draft)
    expect([hit.actual, hit.start, hit.finding.severity]).toEqual([
      'Johnson',
      offsetOf(draft, 'Johnson'),
      'error',
    ])
    expect(hit.finding.expected).toEqual(['Okoro'])
  })

  it('suggests the first name in a first-name greeting', () => {
    const draft = letter('Hi Sam,')
    const hit = single('unknown-addressee', draft)
    expect([hit.actual, hit.start, hit.finding.expected]).toEqual(['Sam', 3, ['Dana']])
  })

  it('flags only the unknown one of two names', () => {
    const ctx: ThankYouContext = { ...context, interviewers: [{ name: 'Dana Okoro' }, { name: 'Lee Park' }] }
    const draft = letter('Dear Dana and Grace,')
    const hit = single('unknown-addressee', draft, ctx)
    expect([hit.actual, hit.start]).toEqual(['Grace', offsetOf(draft, 'Grace')])
  })

  it('leaves greetings to a group, the company team and interviewers alone', () => {
    for (const greeting of [
      'Dear Hiring Team,',
      'Dear Brightline team,',
      'Dear Dana and team,',
      'Dear Marketing Team,',
      'Dear Head of Marketing,',
    ]) {
      expect(hits('unknown-addressee', letter(greeting))).toEqual([])
    }
  })

  it('needs interviewers in the context', () => {
    expect(
      hits('unknown-addressee', letter('Dear Mr. Johnson,'), { company: { name: 'Brightline Solutions' } }),
    ).toEqual([])
  })
})

describe('honorific-mismatch', () => {
  it('flags the honorific alone', () => {
    const draft = letter('Dear Mr. Okoro,')
    const hit = single('honorific-mismatch', draft)
    expect([hit.actual, hit.start, hit.end]).toEqual(['Mr.', 5, 8])
    expect(hit.finding.expected).toEqual(['Ms.'])
  })

  it('flags one joined to the name by a no-break space (HTML &nbsp;)', () => {
    const draft = letter('Dear Mr.\u00a0Okoro,', body, 'Best\u00a0regards,\nJordan Lee')
    const hit = single('honorific-mismatch', draft)
    expect([hit.actual, hit.start, hit.end]).toEqual(['Mr.', 5, 8])
    expect(hits('missing-sign-off', draft)).toEqual([])
  })

  it('flags one in the body, without a full stop', () => {
    const draft = letter('Dear Dana,', `${body} Thank you, Mrs Okoro.`)
    const hit = single('honorific-mismatch', draft)
    expect([hit.actual, hit.start]).toEqual(['Mrs', offsetOf(draft, 'Mrs')])
  })

  it('accepts British forms, Dr. and Doctor', () => {
    const mensah: ThankYouContext = {
      ...context,
      interviewers: [{ name: 'Joseph Mensah', honorific: 'Dr.' }],
    }
    expect(accuracyFindings(letter('Dear Ms Okoro,'))).toEqual([])
    expect(
      accuracyFindings(letter('Dear Dr. Mensah,', `${body} Doctor Mensah's talk was great.`), mensah),
    ).toEqual([])
  })

  it('needs an honorific in the context', () => {
    const ctx: ThankYouContext = { ...context, interviewers: [{ name: 'Dana Okoro' }] }
    expect(hits('honorific-mismatch', letter('Dear Mr. Okoro,'), ctx)).toEqual([])
  })
})

describe('honorific-with-first-name', () => {
  it('warns about an honorific before the first name', () => {
    const draft = letter('Dear Ms. Dana,')
    const hit = single('honorific-with-first-name', draft)
    expect([hit.actual, hit.start, hit.finding.severity]).toEqual(['Ms. Dana', 5, 'warning'])
    expect(hit.finding.expected).toEqual(['Ms. Okoro', 'Dana'])
  })

  it('accepts the full name after the honorific', () => {
    expect(accuracyFindings(letter('Dear Ms. Dana Okoro,'))).toEqual([])
  })

  it.each([
    ['Tanaka Yuki', 'Mr.', 'Tanaka'],
    ['Wong Ka Wai', 'Mr.', 'Wong'],
    ['Xu Ming', 'Ms.', 'Xu'],
    ['Orbán Viktor', 'Mr.', 'Orbán'],
  ])(
    'takes "%s" for family name first, from the census lists: "%s %s" is right',
    (name, honorific, surname) => {
      const ctx: ThankYouContext = { ...context, interviewers: [{ name, honorific }] }
      expect(accuracyFindings(letter(`Dear ${honorific} ${surname},`), ctx)).toEqual([])
    },
  )

  it('tells "Mr. Yuki" to write the family name that comes first', () => {
    const ctx: ThankYouContext = { ...context, interviewers: [{ name: 'Tanaka Yuki', honorific: 'Mr.' }] }
    const draft = letter('Dear Mr. Yuki,')
    const hit = single('honorific-with-first-name', draft, ctx)
    expect([hit.actual, hit.start, hit.finding.expected]).toEqual(['Mr. Yuki', 5, ['Mr. Tanaka', 'Yuki']])
  })

  it('leaves an honorific alone before a word that is as often a surname, or a name the census does not know', () => {
    const kim: ThankYouContext = { ...context, interviewers: [{ name: 'Kim Min-jun', honorific: 'Mr.' }] }
    expect(hits('honorific-with-first-name', letter('Dear Mr. Kim,'), kim)).toEqual([])
    const unknown: ThankYouContext = {
      ...context,
      interviewers: [{ name: 'Oluwaseun Adeyemi', honorific: 'Mr.' }],
    }
    expect(hits('honorific-with-first-name', letter('Dear Mr. Oluwaseun,'), unknown)).toEqual([])
    expect(hits('honorific-with-first-name', letter('Dear Mr. Adeyemi,'), unknown)).toEqual([])
  })

  it('still flags an unknown given name when the census knows the surname', () => {
    const ctx: ThankYouContext = { ...context, interviewers: [{ name: 'Siobhán Murphy', honorific: 'Ms.' }] }
    expect(single('honorific-with-first-name', letter('Dear Ms. Siobhán,'), ctx).finding.expected).toEqual([
      'Ms. Murphy',
      'Siobhán',
    ])
  })

  it('knows family names that come first', () => {
    const ctx: ThankYouContext = { ...context, interviewers: [{ name: 'Nguyễn Thị Lan', honorific: 'Ms.' }] }
    expect(accuracyFindings(letter('Dear Ms. Nguyễn,'), ctx)).toEqual([])
    // A given name after a middle word ("Thị") takes an honorific in Vietnamese usage.
    expect(accuracyFindings(letter('Dear Ms. Lan,'), ctx)).toEqual([])
  })
})

describe('unlisted-nickname', () => {
  const joseph: ThankYouContext = { ...context, interviewers: [{ name: 'Joseph Mensah', honorific: 'Dr.' }] }

  it('notes a short form the context does not list', () => {
    const draft = letter('Hi Joe,')
    const hit = single('unlisted-nickname', draft, joseph)
    expect([hit.actual, hit.start, hit.finding.severity]).toEqual(['Joe', 3, 'info'])
    expect(hit.finding.expected).toEqual(['Joseph'])
  })

  it('notes a short form that is the start of the name', () => {
    const ctx: ThankYouContext = { ...context, interviewers: [{ name: 'Christopher Mensah' }] }
    expect(single('unlisted-nickname', letter('Hi Chris,'), ctx).actual).toBe('Chris')
  })

  it('accepts listed nicknames and first names in a casual greeting', () => {
    const listed: ThankYouContext = {
      ...context,
      interviewers: [{ name: 'Joseph Mensah', nicknames: ['Joe'] }],
    }
    expect(accuracyFindings(letter('Hi Joe,'), listed)).toEqual([])
    expect(accuracyFindings(letter('Hi Dana,'))).toEqual([])
  })
})

describe('no-interviewer-named', () => {
  const two: ThankYouContext = { ...context, interviewers: [{ name: 'Dana Okoro' }, { name: 'Lee Park' }] }

  it('warns when several interviewers are named nowhere', () => {
    const hit = single('no-interviewer-named', letter('Dear Hiring Team,'), two)
    expect([hit.start, hit.finding.severity]).toEqual([undefined, 'warning'])
    expect(hit.finding.expected).toEqual(['Dana Okoro', 'Lee Park'])
  })

  it('is satisfied by one name, and not raised for a single interviewer', () => {
    expect(
      hits('no-interviewer-named', letter('Dear Hiring Team,', `${body} Thanks to Lee too.`), two),
    ).toEqual([])
    expect(hits('no-interviewer-named', letter('Dear Hiring Team,'))).toEqual([])
  })
})

describe('company-name-misspelled', () => {
  it('flags wrong casing with the context form first', () => {
    const ctx: ThankYouContext = { ...context, company: { name: 'HubSpot' } }
    const draft = letter(
      'Dear Ms. Okoro,',
      'Thank you for the Marketing Coordinator interview. I loved the Hubspot office.',
    )
    const hit = single('company-name-misspelled', draft, ctx)
    expect([hit.actual, hit.start, hit.finding.severity]).toEqual([
      'Hubspot',
      offsetOf(draft, 'Hubspot'),
      'error',
    ])
    expect(hit.finding.expected).toEqual(['HubSpot'])
  })

  it('flags only the misspelt word of a longer name', () => {
    const draft = letter(
      'Dear Ms. Okoro,',
      'Thank you for the Marketing Coordinator interview at Brightlin Solutions.',
    )
    const hit = single('company-name-misspelled', draft)
    expect([hit.actual, hit.start]).toEqual(['Brightlin', offsetOf(draft, 'Brightlin')])
    expect(hit.finding.expected).toEqual(['Brightline', 'Brightline Solutions'])
  })

  it('checks odd casing: eBay, McKinsey & Company', () => {
    const ebay: ThankYouContext = { ...context, company: { name: 'eBay' } }
    const draft = letter(
      'Dear Ms. Okoro,',
      'EBay was a joy to visit. The Marketing Coordinator role at EBay suits me.',
    )
    const hit = single('company-name-misspelled', draft, ebay)
    expect(hit.start).toBe(offsetOf(draft, 'EBay', 1))
    const mckinsey: ThankYouContext = { ...context, company: { name: 'McKinsey & Company' } }
    const other = letter('Dear Ms. Okoro,', 'The Marketing Coordinator role at Mckinsey & Company suits me.')
    const found = single('company-name-misspelled', other, mckinsey)
    expect([found.actual, found.finding.expected]).toEqual(['Mckinsey', ['McKinsey', 'McKinsey & Company']])
  })

  it('accepts aliases, the name without its suffix, possessives and line breaks', () => {
    const draft = letter(
      'Dear Ms. Okoro,',
      "Thank you for the Marketing Coordinator interview. Brightline’s plans and Brightline\nSolutions' customers impressed me.",
    )
    expect(accuracyFindings(draft)).toEqual([])
    const mckinsey: ThankYouContext = { ...context, company: { name: 'McKinsey & Company' } }
    expect(
      accuracyFindings(
        letter('Dear Ms. Okoro,', 'The Marketing Coordinator role at McKinsey suits me.'),
        mckinsey,
      ),
    ).toEqual([])
  })

  it('does not take the everyday word for a company named by it', () => {
    const square: ThankYouContext = { ...context, company: { name: 'Square' } }
    const draft = letter(
      'Dear Ms. Okoro,',
      'I loved the Marketing Coordinator interview at Square. Back to square one is never fun.',
    )
    expect(accuracyFindings(draft, square)).toEqual([])
  })
})

describe('wrong-company', () => {
  const others: ThankYouContext = { ...context, otherCompanies: ['Acme Corp'] }

  it('flags a company from otherCompanies, also without its suffix', () => {
    const draft = letter('Dear Ms. Okoro,', `${body} I am excited to join Acme Corp and the Acme team.`)
    const found = hits('wrong-company', draft, others)
    expect(found.map((hit) => [hit.actual, hit.start, hit.finding.expected])).toEqual([
      ['Acme Corp', offsetOf(draft, 'Acme Corp'), ['Brightline Solutions']],
      ['Acme', offsetOf(draft, 'Acme', 1), ['Brightline Solutions']],
    ])
  })

  it('flags any organisation named as the employer the letter is for', () => {
    const draft = letter(
      'Dear Ms. Okoro,',
      `${body} I am excited to join Initech, and everyone at Globex Inc. was kind. I would bring the same care to Umbrella.`,
    )
    const found = hits('wrong-company', draft, context)
    expect(found.map((hit) => [hit.actual, hit.start])).toEqual([
      ['Initech', offsetOf(draft, 'Initech')],
      ['Globex Inc.', offsetOf(draft, 'Globex Inc.')],
      ['Umbrella', offsetOf(draft, 'Umbrella')],
    ])
  })

  it('flags a company named as the one interviewed with, but not an interviewer or a known person', () => {
    const draft = letter('Dear Ms. Okoro,', `${body} My interview with Initech was a joy.`)
    expect(single('wrong-company', draft).actual).toBe('Initech')
    const people = letter(
      'Dear Ms. Okoro,',
      `${body} My interview with Dana was a joy, as was my conversation with Kofi. My first interview with Sarah from recruiting went well too.`,
    )
    expect(hits('wrong-company', people, context)).toEqual([])
  })

  it('accepts former and current employers named as such', () => {
    const draft = letter(
      'Dear Ms. Okoro,',
      `${body} In my current role at Acme Corp I run the newsletter; I previously worked at Globex and spent two years at Initech.`,
    )
    expect(hits('wrong-company', draft, others)).toEqual([])
  })

  it('does not take teams, places or the interviewer for a company', () => {
    const draft = letter(
      'Dear Ms. Okoro,',
      `${body} I would love to join Engineering one day, to work at Brightline's London office, to join Dana's team, and to bring my skills to London.`,
    )
    expect(hits('wrong-company', draft, context)).toEqual([])
  })

  it('is not looked for when the rule is off', () => {
    const draft = letter('Dear Ms. Okoro,', `${body} I am excited to join Initech.`)
    expect(hits('wrong-company', draft, context, { rules: { 'wrong-company': 'off' } })).toEqual([])
  })
})

describe('company-not-mentioned', () => {
  it('suggests, at info, naming the company when it is never named', () => {
    const draft = letter('Dear Ms. Okoro,', 'Thank you for the Marketing Coordinator interview.')
    const hit = single('company-not-mentioned', draft)
    expect([hit.start, hit.finding.severity, hit.finding.expected]).toEqual([
      undefined,
      'info',
      ['Brightline Solutions'],
    ])
  })

  it('counts a misspelt mention and a template slot as a mention', () => {
    expect(
      hits(
        'company-not-mentioned',
        letter('Dear Ms. Okoro,', 'The Marketing Coordinator role at Brightlin.'),
      ),
    ).toEqual([])
    const template = letter('Dear {{interviewer.name}},', 'The {{position}} role at {{company}} suits me.')
    expect(accuracyFindings(template, context, { template: true })).toEqual([])
    expect(accuracyFindings(template)).toEqual(['company-not-mentioned', 'position-not-mentioned'])
  })
})

describe('wrong-position', () => {
  it('flags another title given to the role, in the subject and the body', () => {
    const draft = `Subject: Thank you – Marketing Manager interview\n\n${letter(
      'Dear Ms. Okoro,',
      'I would love to join Brightline as your next Marketing Manager, and the marketing manager role suits me.',
    )}`
    const found = hits('wrong-position', draft, context)
    expect(found.map((hit) => [hit.actual, hit.start])).toEqual([
      ['Marketing Manager', offsetOf(draft, 'Marketing Manager')],
      ['Marketing Manager', offsetOf(draft, 'Marketing Manager', 1)],
      ['marketing manager', offsetOf(draft, 'marketing manager')],
    ])
    expect(found[0]?.finding.expected).toEqual(['Marketing Coordinator'])
  })

  it('accepts the role, its head noun and a more specific form of it', () => {
    const draft = letter(
      'Dear Ms. Okoro,',
      'The Marketing Coordinator role at Brightline, the coordinator position and the Senior Marketing Coordinator job all appeal.',
    )
    expect(accuracyFindings(draft)).toEqual([])
  })

  it('leaves the candidate’s own titles and other people’s titles alone', () => {
    const draft = letter(
      'Dear Ms. Okoro,',
      `${body} In my current role as Marketing Assistant I learned a lot. I enjoyed your story of your role as Head of Marketing, meeting the Engineering Manager I would work with, and the hiring manager interview.`,
    )
    expect(hits('wrong-position', draft, context)).toEqual([])
  })
})

describe('position-not-mentioned', () => {
  it('suggests, at info, naming the role when it is never named', () => {
    const draft = letter('Dear Ms. Okoro,', 'Thank you for meeting with me at Brightline.')
    const hit = single('position-not-mentioned', draft)
    expect([hit.start, hit.finding.severity, hit.finding.expected]).toEqual([
      undefined,
      'info',
      ['Marketing Coordinator'],
    ])
  })

  it('counts a mention in the subject line', () => {
    const draft = `Subject: Marketing Coordinator interview\n\n${letter('Dear Ms. Okoro,', 'Thank you for meeting with me at Brightline.')}`
    expect(hits('position-not-mentioned', draft)).toEqual([])
  })

  it('counts the role shortened to its head noun or its initials in capitals', () => {
    const nurse = { ...context, position: 'Registered Nurse, Medical ICU (nights)' }
    const named = (sentence: string) =>
      hits(
        'position-not-mentioned',
        letter('Dear Ms. Okoro,', `Thank you for meeting me at Brightline. ${sentence}`),
        nurse,
      )
    expect(named('I would love to be a nurse on your unit.')).toEqual([])
    expect(named('I have been an RN for six years.')).toEqual([])
    expect(named('I have been an rn for six years.')).toHaveLength(1)
    expect(named('I registered for the course.')).toHaveLength(1)
    const advanced = { ...context, position: 'Advanced Nurse Practitioner' }
    const draft = letter('Dear Ms. Okoro,', 'Thank you for an hour at Brightline and an interview.')
    expect(hits('position-not-mentioned', draft, advanced)).toHaveLength(1)
  })
})

describe('candidate-name-misspelled', () => {
  it('flags a misspelt signature word', () => {
    const draft = letter('Dear Ms. Okoro,', body, 'Best regards,\nJordn Lee')
    const hit = single('candidate-name-misspelled', draft)
    expect([hit.actual, hit.start, hit.finding.severity]).toEqual([
      'Jordn',
      offsetOf(draft, 'Jordn'),
      'error',
    ])
    expect(hit.finding.expected).toEqual(['Jordan'])
  })

  it('reads a name on the sign-off line', () => {
    const draft = letter('Dear Ms. Okoro,', body, 'Best, Jordna')
    expect(single('candidate-name-misspelled', draft).actual).toBe('Jordna')
  })

  it('accepts the first name, initials and letters after the name', () => {
    for (const signature of ['Best,\nJordan', 'Best,\nJ. Lee', 'Best,\nJordan Lee, MBA']) {
      expect(hits('candidate-name-misspelled', letter('Dear Ms. Okoro,', body, signature))).toEqual([])
    }
  })
})

describe('no false alarms', () => {
  it('on names split across a line break', () => {
    const ctx: ThankYouContext = {
      ...context,
      interviewers: [{ name: "Anne-Marie O'Connor", honorific: 'Ms.' }],
    }
    const draft = letter(
      'Dear Ms.\u0020O’Connor,',
      `${body} Anne-\nMarie O'Connor and Ms.\nO'Connor were kind.`,
    )
    expect(accuracyFindings(draft, ctx)).toEqual([])
    expect(accuracyFindings(letter('Dear Ms. Okoro,', `${body} Dana\nOkoro's plan was clear.`))).toEqual([])
  })

  it('on common words that happen to be the interviewers’ names', () => {
    const ctx: ThankYouContext = {
      ...context,
      interviewers: [{ name: 'Mark Ellison' }, { name: 'Grace Liu' }, { name: 'Will Turner' }],
    }
    const draft = letter(
      'Dear Mark, Grace and Will,',
      `${body} Will you pass on my thanks? I will mark the date, and I admired the grace of the team under pressure.`,
    )
    expect(accuracyFindings(draft, ctx)).toEqual([])
  })

  it('in template mode, on placeholders', () => {
    const draft = letter(
      'Dear {{interviewer.honorific}} {{interviewer.lastName}},',
      'The {{position}} role at {{company}} suits me.',
      'Best regards,\n{{candidate.name}}',
    )
    expect(accuracyFindings(draft, context, { template: true })).toEqual([])
  })
})

describe('options.accuracy', () => {
  it('rejects a maxEditDistance that is not a whole number up to 3', () => {
    expect(() => lintThankYou('Hi', context, { accuracy: { maxEditDistance: 4 } })).toThrow(
      'options.accuracy.maxEditDistance must be a whole number from 0 to 3, got 4',
    )
    expect(() => lintThankYou('Hi', context, { accuracy: { maxEditDistance: 1.5 } })).toThrow(TypeError)
    expect(() => lintThankYou('Hi', context, { accuracy: { maxEditDistance: -1 } })).toThrow(TypeError)
  })
})

describe('accuracy on arbitrary drafts', () => {
  it('never throws, and every span is non-empty text inside the draft', () => {
    const word = fc.constantFrom(
      'Dear',
      'Ms.',
      'Mr',
      'Dana',
      'Okoro',
      "Okoro's",
      'dana',
      'Dnaa',
      'Brightline',
      'Brightlin',
      'join',
      'Initech',
      'interview',
      'with',
      'as',
      'the',
      'Marketing',
      'Manager',
      'role',
      'Anne-',
      'Nguyễn',
      '&',
      ',',
      '.',
      '\n',
      '{{company}}',
      'Best,',
      'Jordn',
    )
    // Issue 19, item 18: count the findings checked, so the property cannot pass by matching nothing.
    let checked = 0
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.boolean(), (words, template) => {
        const draft = words.join(' ')
        const findings = lintThankYou(draft, context, { template }).findings
        for (const finding of findings) {
          if (finding.checker !== 'accuracy' || !finding.position) continue
          checked++
          const { start, end } = finding.position
          expect(start.offset).toBeGreaterThanOrEqual(0)
          expect(end.offset).toBeLessThanOrEqual(draft.length)
          expect(end.offset).toBeGreaterThan(start.offset)
          expect(draft.slice(start.offset, end.offset).trim()).toBe(draft.slice(start.offset, end.offset))
        }
      }),
      { numRuns: 300, seed: 4 },
    )
    expect(checked).toBeGreaterThan(50)
  })
})

describe('positions without words', () => {
  it('neither throws nor reports the role when the context position has no letters', () => {
    const report = lintThankYou('Dear Dana,\n\nThanks.', { position: '—' })
    expect(report.findings.filter((finding) => finding.checker === 'accuracy')).toEqual([])
  })
})

describe('company names that are possessives themselves', () => {
  it.each([
    "I would be glad to bring that experience to St. Brendan's.",
    "I would be glad to join St. Brendan's Hospital.",
    "I would be glad to join the team at St. Brendan's.",
  ])('accepts "%s"', (draft) => {
    const context: ThankYouContext = {
      company: { name: "St. Brendan's Hospital", aliases: ["St. Brendan's"] },
    }
    expect(findingsOf('company-name-misspelled', draft, context)).toEqual([])
  })
})
