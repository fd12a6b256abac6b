// How the accuracy checker writes a company's name in its forms and finds them in a letter,
// tested on the functions that do it: each draft is a short letter and each span is counted in it.
import { describe, expect, it } from 'vitest'
import {
  type CompanyHit,
  companyTerms,
  findCompany,
  misspelledCompanyIssues,
} from '../src/checks/accuracy/company.js'
import { tokensOf } from '../src/checks/accuracy/tokens.js'
import { parseDocument } from '../src/document.js'
import { lintThankYou } from '../src/index.js'
import { spanOf } from './helpers.js'

const name = (text: string, words = text.split(/\s+/)) => ({ text, words })
const OPENING = 'Dear Dana,\n\n'
const CLOSING = '\n\nBest regards,\nJordan Lee'

describe('companyTerms', () => {
  const summary = (terms: ReturnType<typeof companyTerms>) =>
    terms.map((term) => [term.text, term.key, term.compact])

  it('adds the name without a leading "The" or trailing suffixes, as the context writes it', () => {
    expect(summary(companyTerms(name('The Home Depot')))).toEqual([
      ['The Home Depot', 'the home depot', 'thehomedepot'],
      ['Home Depot', 'home depot', 'homedepot'],
    ])
    expect(summary(companyTerms(name('Acme  Holdings Inc')))).toEqual([
      ['Acme  Holdings Inc', 'acme holdings inc', 'acmeholdingsinc'],
      ['Acme', 'acme', 'acme'],
    ])
    expect(summary(companyTerms(name('McKinsey & Company', ['McKinsey', 'Company'])))).toEqual([
      ['McKinsey & Company', 'mckinsey company', 'mckinseycompany'],
      ['McKinsey', 'mckinsey', 'mckinsey'],
    ])
  })

  it('keeps a name that is all suffix, or only "The" and one word', () => {
    expect(summary(companyTerms(name('Group Inc')))).toEqual([
      ['Group Inc', 'group inc', 'groupinc'],
      ['Group', 'group', 'group'],
    ])
    expect(summary(companyTerms(name('Company')))).toEqual([['Company', 'company', 'company']])
    expect(summary(companyTerms(name('The')))).toEqual([['The', 'the', 'the']])
    expect(summary(companyTerms(name('The Company')))).toEqual([
      ['The Company', 'the company', 'thecompany'],
      ['Company', 'company', 'company'],
    ])
  })

  it('adds aliases and their short forms after the name, each key once, and skips an empty alias', () => {
    const terms = companyTerms(name('Brightline Inc'), [
      name('BRIGHTLINE'),
      { text: '', words: [] },
      name('BL Labs'),
      name('BL Labs Group'),
    ])
    // The short form "Brightline" has the key of the alias "BRIGHTLINE", and "BL Labs" is there already.
    expect(summary(terms)).toEqual([
      ['Brightline Inc', 'brightline inc', 'brightlineinc'],
      ['BRIGHTLINE', 'brightline', 'brightline'],
      ['BL Labs', 'bl labs', 'bllabs'],
      ['BL Labs Group', 'bl labs group', 'bllabsgroup'],
    ])
  })

  it('drops a possessive the name carries, as the letter tokens do', () => {
    expect(summary(companyTerms(name("St. Brendan's", ['St', "Brendan's"])))).toEqual([
      ["St. Brendan's", 'st brendan', 'stbrendan'],
    ])
  })

  it('joins the kept words with spaces when they cannot be found in the name as written', () => {
    expect(companyTerms(name('Acme Inc', ['Acmé', 'Inc'])).map((term) => term.text)).toEqual([
      'Acme Inc',
      'Acmé',
    ])
  })
})

describe('findCompany', () => {
  function hits(
    sentence: string,
    company: string,
    { typos = true, skip = [] as number[], aliases = [] as string[], maxDistance = 2 } = {},
  ) {
    const document = parseDocument(`${OPENING}${sentence}${CLOSING}`)
    const tokens = tokensOf(document)
    const found = findCompany(
      tokens,
      companyTerms(
        name(company),
        aliases.map((alias) => name(alias)),
      ),
      new Set(skip),
      typos,
      maxDistance,
    )
    return found.map((hit: CompanyHit) => [
      document.slice({
        start: (tokens[hit.first] as { start: number }).start,
        end: (tokens[hit.last] as { end: number }).end,
      }),
      (tokens[hit.first] as { start: number }).start - OPENING.length,
      hit.term.text,
      hit.likeness,
    ])
  }

  it('prefers the longest form, one hit per stretch of words; a lowercase "the" is not the name’s', () => {
    expect(hits('I met the Home Depot team and The Home Depot staff.', 'The Home Depot')).toEqual([
      ['Home Depot', 10, 'Home Depot', 'exact'],
      ['The Home Depot', 30, 'The Home Depot', 'exact'],
    ])
  })

  it('skips taken words and the sign-off and signature', () => {
    expect(hits('I met Acme people.', 'Acme', { skip: [4] })).toEqual([])
    expect(hits('I met Acme people.', 'Acme')).toEqual([['Acme', 6, 'Acme', 'exact']])
    expect(hits('I met people.', 'Jordan')).toEqual([])
  })

  it('needs the words of a longer form joined, in one sentence, possessive only at the end', () => {
    expect(hits('I love Brightline. Group work is fun.', 'Brightline Group')).toEqual([
      ['Brightline', 7, 'Brightline', 'exact'],
    ])
    expect(hits('I love Brightline and Group.', 'Brightline Group')).toEqual([
      ['Brightline', 7, 'Brightline', 'exact'],
    ])
    expect(hits("I love Brightline's Group.", 'Brightline Group')).toEqual([
      ['Brightline', 7, 'Brightline', 'exact'],
    ])
    expect(hits("I love Brightline Group's work.", 'Brightline Group')).toEqual([
      ['Brightline Group', 7, 'Brightline Group', 'exact'],
    ])
  })

  it('takes an everyday or short word in lower case for a word, unless the letter wants to join it', () => {
    expect(hits('We sat at a square table.', 'Square')).toEqual([])
    expect(hits('I would love to join square soon.', 'Square')).toEqual([['square', 21, 'Square', 'case']])
    expect(hits('We use qz daily.', 'Qz')).toEqual([])
    expect(hits('We use xyq daily.', 'Xyq')).toEqual([['xyq', 7, 'Xyq', 'case']])
    expect(hits('We sat at a Square table.', 'Square')).toEqual([['Square', 12, 'Square', 'exact']])
  })

  it('takes a capital opening a sentence as the name as written, and any other change of case as a case slip', () => {
    expect(hits('EBay impressed me.', 'eBay')).toEqual([['EBay', 0, 'eBay', 'exact']])
    expect(hits('I like EBay.', 'eBay')).toEqual([['EBay', 7, 'eBay', 'case']])
    expect(hits('IRobot Labs impressed me.', 'iRobot Labs')).toEqual([
      ['IRobot Labs', 0, 'iRobot Labs', 'exact'],
    ])
    expect(hits('IRobot labs impressed me.', 'iRobot Labs')).toEqual([
      ['IRobot labs', 0, 'iRobot Labs', 'case'],
    ])
  })

  it('finds a name split in two or run together, only in capitals', () => {
    expect(hits('I enjoyed Hub Spot today.', 'HubSpot')).toEqual([['Hub Spot', 10, 'HubSpot', 'typo']])
    expect(hits('I enjoyed Hub spot today.', 'HubSpot')).toEqual([])
    expect(hits('I enjoyed BrightlineSolutions today.', 'Brightline Solutions')).toEqual([
      ['BrightlineSolutions', 10, 'Brightline Solutions', 'typo'],
    ])
  })

  it('finds misspellings within the bound for the length, only of capitalised words, when asked to', () => {
    expect(hits('I enjoyed Brightlin today.', 'Brightline')).toEqual([
      ['Brightlin', 10, 'Brightline', 'typo'],
    ])
    expect(hits('I enjoyed Brighxxxne today.', 'Brightline')).toEqual([])
    expect(hits('I enjoyed Brightlin today.', 'Brightline', { typos: false })).toEqual([])
    expect(hits('I enjoyed brightlin today.', 'Brightline')).toEqual([])
    expect(hits('I enjoyed Brightlin Solutins today.', 'Brightline Solutions')).toEqual([
      ['Brightlin Solutins', 10, 'Brightline Solutions', 'typo'],
    ])
    expect(hits('I enjoyed Brightlin today.', 'Brightline', { maxDistance: 0 })).toEqual([])
    // Three letters allow no typo, and an everyday word is never one.
    expect(hits('I enjoyed Acm today.', 'Acme')).toEqual([['Acm', 10, 'Acme', 'typo']])
    expect(hits('I enjoyed Abc today.', 'Abd')).toEqual([])
    expect(hits('I enjoyed Time today.', 'Tine')).toEqual([])
  })

  it('allows one slip in an acronym written in capitals', () => {
    expect(hits('I enjoyed QTN today.', 'MTN')).toEqual([['QTN', 10, 'MTN', 'typo']])
    expect(hits('I enjoyed Qtn today.', 'MTN')).toEqual([])
    expect(hits('I enjoyed QTN today.', 'Mtn')).toEqual([])
    expect(hits('I enjoyed QTN today.', 'MTN', { maxDistance: 0 })).toEqual([])
  })
})

describe('findCompany: lowercase words and members', () => {
  const words = (text: string) =>
    name(
      text,
      text.split(/\s+/).filter((word) => word !== '&'),
    )
  function hits(sentence: string, company: string, aliases: string[] = []) {
    const document = parseDocument(`${OPENING}${sentence}${CLOSING}`)
    const tokens = tokensOf(document)
    const found = findCompany(
      tokens,
      companyTerms(
        words(company),
        aliases.map((alias) => words(alias)),
      ),
      new Set(),
      true,
      2,
    )
    const at = (i: number) => tokens[i] as { start: number; end: number }
    return found.map((hit) => [
      document.text.slice(at(hit.first).start, at(hit.last).end),
      at(hit.first).start - OPENING.length,
      hit.likeness,
    ])
  }

  it('takes no lowercase word of the sentence for a misspelt word of the name', () => {
    // "soon" is 2 edits from "Salon", "is" 2 from "EMS": the sentence's words, not the name's.
    expect(hits('I hope I can join Velvet & Vine soon.', 'Velvet & Vine Salon', ['Velvet & Vine'])).toEqual([
      ['Velvet & Vine', 18, 'exact'],
    ])
    expect(hits('Greene County is where I want to work.', 'Greene County EMS')).toEqual([])
    // The same slip in a capitalised word is still one.
    expect(hits('Greene County EMT is where I want to work.', 'Greene County EMS')).toEqual([
      ['Greene County EMT', 0, 'typo'],
    ])
    // The name's own word in lower case is a case slip, as before.
    expect(hits('Greene County ems is where I want to work.', 'Greene County EMS')).toEqual([
      ['Greene County ems', 0, 'case'],
    ])
  })

  it('takes one of a name in the plural for its member, not a slip', () => {
    expect(hits('I want to be a Laker.', 'Lakemont Athletics', ['the Lakers'])).toEqual([])
    expect(hits('I want to join the Lakerz.', 'Lakemont Athletics', ['the Lakers'])).toEqual([
      ['Lakerz', 19, 'typo'],
    ])
  })
})

describe('misspelledCompanyIssues', () => {
  function issues(sentence: string, company: string) {
    const document = parseDocument(`${OPENING}${sentence}${CLOSING}`)
    const tokens = tokensOf(document)
    const found = findCompany(tokens, companyTerms(name(company)), new Set(), true, 2)
    return misspelledCompanyIssues(document, tokens, found, company).map(({ fix, ...issue }) => ({
      ...issue,
      span: [spanOf(issue).start - OPENING.length, spanOf(issue).end - OPENING.length],
      // The repair, as [start, end, text] in the sentence.
      fix: fix && [fix.span.start - OPENING.length, fix.span.end - OPENING.length, fix.text],
    }))
  }

  it('reports only the wrong words of a longer name, with the name as written', () => {
    expect(issues('I enjoyed Brightlin Solutions today.', 'Brightline Solutions')).toEqual([
      {
        ruleId: 'company-name-misspelled',
        span: [10, 19],
        actual: 'Brightlin',
        expected: ['Brightline', 'Brightline Solutions'],
        message: '"Brightlin" misspells the company name; write "Brightline"',
        fix: [10, 19, 'Brightline'],
      },
    ])
    expect(issues('I enjoyed Brightline Solutins today.', 'Brightline Solutions')[0]).toMatchObject({
      span: [21, 29],
      actual: 'Solutins',
      expected: ['Solutions', 'Brightline Solutions'],
      fix: [21, 29, 'Solutions'],
    })
    expect(
      issues('I enjoyed Brihgtline Solutins Group today.', 'Brightline Solutions Group')[0],
    ).toMatchObject({
      span: [10, 29],
      actual: 'Brihgtline Solutins',
      expected: ['Brightline Solutions', 'Brightline Solutions Group'],
    })
  })

  it('reports a case slip with the company’s own spelling, and nothing for an exact mention', () => {
    expect(issues('I like EBay and eBay.', 'eBay')).toEqual([
      {
        ruleId: 'company-name-misspelled',
        span: [7, 11],
        actual: 'EBay',
        expected: ['eBay'],
        message: '"EBay" is not how eBay writes its name; write "eBay"',
        fix: [7, 11, 'eBay'],
      },
    ])
  })

  it('reports the whole stretch of a name run together', () => {
    expect(issues('I enjoyed Hub Spot today.', 'HubSpot')).toEqual([
      {
        ruleId: 'company-name-misspelled',
        span: [10, 18],
        actual: 'Hub Spot',
        expected: ['HubSpot'],
        message: '"Hub Spot" misspells the company name; write "HubSpot"',
        fix: [10, 18, 'HubSpot'],
      },
    ])
  })
})

describe('a company named with "The"', () => {
  const context = {
    interviewers: [{ name: 'Dana Lee', honorific: 'Ms.' }],
    company: { name: 'The Home Depot' },
    position: 'Store Manager',
    candidate: { name: 'Jordan Smith' },
  }
  const accuracy = (phrase: string) =>
    lintThankYou(
      `Dear Ms. Lee,\n\nThank you for meeting me about the Store Manager role. I enjoyed hearing how ${phrase} plans its season.\n\nBest regards,\nJordan Smith`,
      context,
    ).findings.filter((finding) => finding.checker === 'accuracy')

  it('takes "the" in running text for the sentence’s article, not a miscased name', () => {
    expect(accuracy('the Home Depot team')).toEqual([])
    expect(accuracy('The Home Depot')).toEqual([])
  })

  it('still reports a misspelling after a lowercase "the"', () => {
    expect(
      accuracy('the Home Depto team').map((finding) => [finding.ruleId, finding.actual, finding.expected]),
    ).toEqual([['company-name-misspelled', 'Depto', ['Depot', 'The Home Depot']]])
  })
})
