// Slots where the company or the role must stand (issue 18): a name there that the context does
// not explain is another employer, even when `otherCompanies` is empty; a past workplace, a place,
// a person, a number or a site of the employer is not.
import { describe, expect, it } from 'vitest'
import { rules } from '../src/index.js'
import type { ThankYouContext } from '../src/types.js'
import { body, context, letter } from './accuracy-letter.js'
import { findingsOf, offsetOf } from './helpers.js'

/** `wrong-company` findings as [text, offset, severity, fix text]. */
function companies(sentence: string, ctx: ThankYouContext = context): [string, number, string, string?][] {
  const draft = letter('Dear Ms. Okoro,', `${body} ${sentence}`)
  return findingsOf('wrong-company', draft, ctx).map((hit) => {
    if (hit.finding.fix) {
      expect(hit.finding.fix.range).toEqual([hit.start, hit.end])
    }
    const row: [string, number, string, string?] = [
      hit.actual as string,
      (hit.start as number) - offsetOf(draft, sentence),
      hit.finding.severity,
    ]
    if (hit.finding.fix) row.push(hit.finding.fix.text)
    return row
  })
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
