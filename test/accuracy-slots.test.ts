// Slots where the company or the role must stand (issue 18): a name there that the context does
// not explain is another employer, even when `otherCompanies` is empty; a past workplace, a place,
// a person, a number or a site of the employer is not.
import { describe, expect, it } from 'vitest'
import { MAX_TAGGED_SENTENCES } from '../src/checks/accuracy/company.js'
import { rules } from '../src/index.js'
import type { ThankYouContext } from '../src/types.js'
import { body, context, letter } from './accuracy-letter.js'
import { findingsOf, offsetOf } from './helpers.js'

type Row = [string, number, string, string?]

/** A rule's findings in `draft` as [text, offset in `sentence`, severity, fix text]; a fix replaces the finding's span. */
function rowsOf(ruleId: string, draft: string, sentence: string, ctx: ThankYouContext): Row[] {
  return findingsOf(ruleId, draft, ctx).map((hit) => {
    if (hit.finding.fix) {
      expect(hit.finding.fix.range).toEqual([hit.start, hit.end])
    }
    const row: Row = [
      hit.actual as string,
      (hit.start as number) - offsetOf(draft, sentence),
      hit.finding.severity,
    ]
    if (hit.finding.fix) row.push(hit.finding.fix.text)
    return row
  })
}

/** `wrong-company` findings as [text, offset, severity, fix text]. */
function companies(sentence: string, ctx: ThankYouContext = context): Row[] {
  return rowsOf('wrong-company', letter('Dear Ms. Okoro,', `${body} ${sentence}`), sentence, ctx)
}

describe('wrong-company: slots where the employer must stand', () => {
  it.each([
    ['I am keen to hear about next steps at Duke Energy.', 'Duke Energy', 38],
    ['I am even more sure that Pfizer is where I want to grow.', 'Pfizer', 25],
    ['I am excited to join Texas Instruments.', 'Texas Instruments', 21],
    ['I loved meeting the team at Initech.', 'Initech', 28],
    ['I see a real future with Initech.', 'Initech', 25],
    ['Pfizer’s mission matters to me.', 'Pfizer', 0],
  ])('flags %j as an error with the company as the fix', (sentence, name, at) => {
    expect(companies(sentence)).toEqual([[name, at, 'error', 'Brightline Solutions']])
  })

  it('flags a name only after "at" that compromise does not know as a warning, without a fix', () => {
    expect(companies('I would love to contribute at Globex.')).toEqual([['Globex', 30, 'warning']])
  })

  it('tags the occurrence of a word that stands in the slot, not its first one in the sentence', () => {
    // "Lincoln Park" is a place; "Lincoln Electric", later in the same sentence, is not.
    expect(companies('Lincoln Park is lovely, and I hope to start at Lincoln Electric soon.')).toEqual([
      ['Lincoln Electric', 47, 'error', 'Brightline Solutions'],
    ])
  })

  it('makes a site of the employer a warning, and nothing when the employer is made of sites', () => {
    const sentence = 'I hope to start at Jefferson Middle School soon.'
    expect(companies(sentence)).toEqual([['Jefferson Middle School', 19, 'warning']])
    const district: ThankYouContext = {
      ...context,
      company: { name: 'Springfield Public Schools' },
    }
    const draft = letter(
      'Dear Ms. Okoro,',
      `Thank you for the Marketing Coordinator interview. ${sentence} I would love the position at Jefferson Middle School.`,
    )
    expect(findingsOf('wrong-company', draft, district)).toEqual([])
  })

  it.each([
    'I ran the conduit on the school job at Ashford.',
    'At my last company, Northwind, I led a team of four.',
    'At Fernhill Literary Agency I read forty submissions a month.',
    'At Kingsmead School, where I have been Deputy Head for five years, we cut absence.',
    'I learned a lot at Initech.',
    'Having overseen a similar move at Greystone Asset Management, I can help.',
    'I coordinated three conferences of 400+ at Larkspur Hotels.',
  ])('leaves a past workplace alone: %j', (sentence) => {
    expect(companies(sentence)).toEqual([])
  })

  it.each([
    'Paris was lovely, and I would love to work at Paris.',
    'I would love to start at Phoenix.',
    'Sarah’s plans sound great.',
    'Call me anytime at 555-318-2290.',
    'I would take the same route at St. Anselm’s ahead of the launch.',
    'I would love to join Marketing one day.',
    'I would love to join the Data Analytics group.',
  ])('leaves a place, a person, a number or a team alone: %j', (sentence) => {
    expect(companies(sentence)).toEqual([])
  })

  it('names a different employer the same way with no other company listed', () => {
    const bare: ThankYouContext = { ...context, otherCompanies: [] }
    expect(companies('I am excited to join Texas Instruments.', bare)).toEqual([
      ['Texas Instruments', 21, 'error', 'Brightline Solutions'],
    ])
  })
})

describe('fixes for wrong-company and wrong-position', () => {
  it('carries the company as a fix for a listed other company', () => {
    const draft = letter('Dear Ms. Okoro,', `${body} I am excited to join Acme Corp.`)
    const [hit] = findingsOf('wrong-company', draft, { ...context, otherCompanies: ['Acme Corp'] })
    expect(hit?.finding.fix).toEqual({
      range: [offsetOf(draft, 'Acme Corp'), offsetOf(draft, 'Acme Corp') + 9],
      text: 'Brightline Solutions',
    })
  })

  it('carries the title proper as the fix for another title', () => {
    const nurse: ThankYouContext = { ...context, position: 'Registered Nurse, Medical ICU (nights)' }
    const draft = letter('Dear Ms. Okoro,', 'I hope to hear good news about the Sous Chef position soon.')
    const found = findingsOf('wrong-position', draft, nurse)
    expect(found.map((hit) => [hit.actual, hit.start, hit.finding.fix])).toEqual([
      [
        'Sous Chef',
        offsetOf(draft, 'Sous Chef'),
        { range: [offsetOf(draft, 'Sous Chef'), offsetOf(draft, 'Sous Chef') + 9], text: 'Registered Nurse' },
      ],
    ])
  })

  it('marks both rules fixable', () => {
    const fixable = rules.filter((rule) => rule.checker === 'accuracy' && rule.fixable).map((rule) => rule.id)
    expect(fixable).toEqual(expect.arrayContaining(['wrong-company', 'wrong-position']))
  })
})

describe('wrong-company: a possessive name before an organisation noun', () => {
  it('flags an organisation compromise knows as an error, one it does not as a warning, and no person', () => {
    expect(companies('I was especially interested in Netflix’s move towards smaller releases.')).toEqual([
      ['Netflix', 31, 'error', 'Brightline Solutions'],
    ])
    expect(companies('I was especially interested in Zentrix’s move towards smaller releases.')).toEqual([
      ['Zentrix', 31, 'warning'],
    ])
    expect(companies('I was especially interested in Sarah’s move towards smaller releases.')).toEqual([])
  })
})

describe('wrong-company: a general reading of where the employer stands', () => {
  it('takes "the … role at X" for the employer even after "my interest in"', () => {
    expect(
      companies('The talks confirmed my interest in the Marketing Coordinator role at Teradyne.'),
    ).toEqual([['Teradyne', 69, 'error', 'Brightline Solutions']])
    // The writer's own role is a past workplace.
    expect(companies('In my previous role at Initech I led a small team.')).toEqual([])
  })

  it('takes a name coordinated with the role after "learn more about" for the employer', () => {
    expect(
      companies('It was a pleasure to learn more about Scana and the Marketing Coordinator position.'),
    ).toEqual([['Scana', 38, 'error', 'Brightline Solutions']])
    // Not beside the role: a subject the writer wanted to know about.
    expect(companies('It was a pleasure to learn more about Scana and its history.')).toEqual([])
  })

  it('warns on an organisation compromise knows as the subject of a clause, never on anything else', () => {
    expect(companies('The way Hartford Financial Services approaches customer feedback fits me.')).toEqual([
      ['Hartford Financial Services', 8, 'warning'],
    ])
    expect(companies('You mentioned that Corning Inc. wants to mark its tenth year.')).toEqual([
      ['Corning Inc.', 19, 'warning'],
    ])
    // A product, a person, a name compromise does not know, and a past verb are left alone.
    expect(companies('I liked how Jira handles sprints.')).toEqual([])
    expect(companies('I liked how Priya explains things.')).toEqual([])
    expect(companies('You mentioned that Smurfit Westrock wants to grow.')).toEqual([])
    expect(companies('I liked how Hartford Financial Services handled it.')).toEqual([])
  })

  it('takes a brand with a person’s name in it for a brand, and a past verb in its own clause for no past', () => {
    expect(companies('I would be proud to work for Polo Ralph Lauren.')).toEqual([
      ['Polo Ralph Lauren', 29, 'error', 'Brightline Solutions'],
    ])
    expect(companies('I would love to work for Sarah Johnson.')).toEqual([])
    expect(companies('I hope to bring that experience to Avnet, and I enjoyed the tour.')).toEqual([
      ['Avnet', 35, 'error', 'Brightline Solutions'],
    ])
    expect(companies('At Initech I rebuilt our sales reporting.')).toEqual([])
  })
})

describe('wrong-company: names with a person, a possessive or only modifiers in them', () => {
  it('takes no person after "the team at" or "everyone at"', () => {
    expect(companies('It was great to hear how the team at Harris measures its impact.')).toEqual([
      ['Harris', 37, 'error', 'Brightline Solutions'],
    ])
    // A bare "at" may still be a person's ("at Harris's"), or a place: left to compromise.
    expect(companies('I left my coat at Harris.')).toEqual([])
  })

  it('reads a name ending in a plain word that is no census name as no person', () => {
    expect(companies('I am excited about the chance to grow with Cameron International.')).toEqual([
      ['Cameron International', 43, 'error', 'Brightline Solutions'],
    ])
  })

  it('goes on after a possessive inside a name, not before a team, a title or an organisation noun', () => {
    expect(companies("I would love to contribute to the team at BJ's Wholesale Club.")).toEqual([
      ["BJ's Wholesale Club", 42, 'error', 'Brightline Solutions'],
    ])
    expect(
      companies("I was especially interested in Pilgrim's Pride's move towards smaller releases."),
    ).toEqual([["Pilgrim's Pride", 31, 'warning']])
  })

  it('makes a name of title modifiers only a warning, and a team or title nothing', () => {
    expect(
      companies("I was especially interested in Tractor Supply's move towards smaller releases."),
    ).toEqual([['Tractor Supply', 31, 'warning']])
    expect(companies('I am excited to join the Marketing team.')).toEqual([])
  })

  it('takes "Cos." for a company suffix with its full stop', () => {
    expect(companies('I am excited about the chance to grow with Travelers Cos. this year.')).toEqual([
      ['Travelers Cos.', 43, 'error', 'Brightline Solutions'],
    ])
    // Closing the sentence, the stop is the sentence's too, and stays.
    expect(companies('I am excited about the chance to grow with Travelers Cos.')).toEqual([
      ['Travelers Cos.', 43, 'error', 'Brightline Solutions.'],
    ])
  })
})

describe('wrong-company: where real letters name the employer', () => {
  it.each([
    [
      'I am even more convinced that Smurfit-Stone Container is the office where I want to grow.',
      'Smurfit-Stone Container',
      30,
    ],
    ["I believe Molina Healthcare is definitely where I'd like to be.", 'Molina Healthcare', 10],
    ['Just know that Beacon Roofing Supply’s where I want to be.', 'Beacon Roofing Supply', 15],
    ['I would love to be part of the Commercial Metals crew.', 'Commercial Metals', 31],
    ['I am keen to join the team at the Philip Morris International.', 'Philip Morris International', 34],
  ])('flags %j', (sentence, name, at) => {
    expect(companies(sentence)).toEqual([[name, at, 'error', 'Brightline Solutions']])
  })

  it('leaves a past "part of", a unit after an article, and a name compromise does not know as a subject', () => {
    expect(companies('I was part of the Initech team for three years.')).toEqual([])
    expect(companies('I would love to join the Data Analytics group.')).toEqual([])
    expect(companies('I really enjoyed learning more about Leidos.')).toEqual([])
    expect(companies('My time there left me sure that ConocoPhillips can be the finest.')).toEqual([])
  })

  it('takes a modal after the subject as its verb, and "what" as an opener', () => {
    expect(companies('I am sure that Hartford Financial Services can grow.')).toEqual([
      ['Hartford Financial Services', 15, 'warning'],
    ])
    expect(companies('I admire what Hartford Financial Services does.')).toEqual([
      ['Hartford Financial Services', 14, 'warning'],
    ])
  })
})

describe('the budget of sentences compromise tags in one lint', () => {
  it('tags at most MAX_TAGGED_SENTENCES sentences, and gives later names the benefit of the doubt', () => {
    const withInterviewers: ThankYouContext = { ...context, interviewers: [{ name: 'Dana Okoro' }] }
    const sentences = Array.from(
      { length: MAX_TAGGED_SENTENCES + 3 },
      () => 'I loved my interview with Initech.',
    )
    const draft = letter('Dear Dana,', sentences.join(' '))
    const found = findingsOf('wrong-company', draft, withInterviewers)
    // Each sentence needs compromise to tell whether "Initech" is a person: only the first ones are read.
    expect(found.map((hit) => hit.start)).toEqual(
      sentences.slice(0, MAX_TAGGED_SENTENCES).map((_, index) => offsetOf(draft, 'Initech', index)),
    )
  })
})

describe('wrong-company: more shapes of the employer’s name in a slot (fourth round)', () => {
  it('takes ", Inc." after a comma as part of the name, and into the fix', () => {
    const sentence = 'I want to be part of Tapestry, Inc. next year.'
    expect(companies(sentence)).toEqual([['Tapestry, Inc.', 21, 'error', 'Brightline Solutions']])
  })

  it('reads a possessive owner over a word or two before the organisation’s noun', () => {
    expect(companies('I admire Initech’s long-term approach to service.')).toEqual([
      ['Initech', 9, 'warning'],
    ])
    expect(companies('I hope Harbor Freight Group’s new growth plans go well.')).toEqual([
      ['Harbor Freight Group', 7, 'error', 'Brightline Solutions'],
    ])
  })

  it('leaves alone a person’s possessive and a phrase that ends before the noun', () => {
    expect(companies('I admire Dana Lee’s long-term approach to service.')).toEqual([])
    expect(companies('I admire Sarah’s new team.')).toEqual([])
    expect(companies('I learned from Initech’s and Globex’s tools.')).toEqual([])
  })
})

describe('wrong-position: lowercase titles and a word between title and trigger (fourth round)', () => {
  const barista: ThankYouContext = { ...context, position: 'Barista' }
  /** `wrong-position` findings as [text, offset in `sentence`, severity, fix text]. */
  function roles(sentence: string, ctx: ThankYouContext = barista): Row[] {
    const draft = letter('Dear Ms. Okoro,', `Thank you for meeting with me at Brightline. ${sentence}`)
    return rowsOf('wrong-position', draft, sentence, ctx)
  }

  it.each([
    ['I am excited about the line cook position.', 'line cook', 23],
    ['I hope to hear about the sous chef role soon.', 'sous chef', 25],
    ['I am excited about the cashier job.', 'cashier', 23],
    ['I would be glad to take this dental hygienist role.', 'dental hygienist', 29],
  ])('warns, without a fix, on a lowercase title of another job in %j', (sentence, title, at) => {
    expect(roles(sentence)).toEqual([[title, at, 'warning']])
  })

  it.each([
    ['the role’s own title in lower case', 'I am excited about the barista position.'],
    ['a lone common head, which may be anyone’s', 'I am excited about the manager role.'],
    ['a title ending in a common head', 'I loved the team lead position you described.'],
    ['a role to come', 'I hope to grow into the sous chef role.'],
    ['the writer’s own past job', 'My last line cook job taught me speed.'],
    ['a title after "a"', 'I would love a line cook job someday.'],
    ['a lowercase word that is no title', 'I am excited about the weekend position.'],
    ['an interview named after who ran it', 'I enjoyed the line manager interview.'],
  ])('leaves alone %s', (_, sentence) => {
    expect(roles(sentence)).toEqual([])
  })

  it('reads a capitalised title over a lowercase word of the post before its trigger', () => {
    expect(roles('I applied for the Line Cook night post.')).toEqual([['Line Cook', 18, 'error', 'Barista']])
    expect(roles('I applied for the Barista weekend role.')).toEqual([])
    expect(roles('The Head Chef said the job is busy.')).toEqual([])
  })
})

describe('wrong-position: more slots of the role applied for (fifth round)', () => {
  const barista: ThankYouContext = { ...context, position: 'Barista' }
  /** `wrong-position` findings as [text, offset in `sentence`, severity, fix text]. */
  function roles(sentence: string): Row[] {
    const draft = letter('Dear Ms. Okoro,', `Thank you for meeting with me at Brightline. ${sentence}`)
    return rowsOf('wrong-position', draft, sentence, barista)
  }

  it.each([
    ['Thank you for interviewing me for the Sous Chef at Brightline yesterday.', 'Sous Chef', 38],
    ['I applied for the Dental Hygienist, and I hope to hear soon.', 'Dental Hygienist', 18],
    ['I would love to join your team as a Line Cook.', 'Line Cook', 36],
  ])('reads a capitalised title in %j', (sentence, title, at) => {
    expect(roles(sentence)).toEqual([[title, at, 'error', 'Barista']])
  })

  it.each([
    ['I would love to join your team as a dental hygienist.', 'dental hygienist', 36],
    ['I am excited about the registered nurse position.', 'registered nurse', 23],
    ['Thank you for considering me for the line cook at Brightline.', 'line cook', 37],
  ])('warns, without a fix, on a lowercase title in %j', (sentence, title, at) => {
    expect(roles(sentence)).toEqual([[title, at, 'warning']])
  })

  it.each([
    ['the writer’s own past job after "as a"', 'I worked as a line cook for two years.'],
    ['the reader’s own past job', 'I enjoyed hearing about your years as a Line Cook.'],
    ['a team after "for the"', 'Thank you for interviewing me for the Marketing team.'],
    ['a title before a noun it modifies', 'I applied for the Welder training last spring.'],
    ['the role itself after "for the"', 'Thank you for interviewing me for the Barista at Brightline.'],
    ['the role itself after "as a"', 'I would love to join your team as a barista.'],
    ['a lowercase rank', 'I am excited about the store manager position.'],
    ['a lone lowercase head of a profession', 'I am excited about the nurse position.'],
  ])('leaves alone %s', (_, sentence) => {
    expect(roles(sentence)).toEqual([])
  })
})
