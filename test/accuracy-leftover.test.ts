// The copied letter read as a whole (issue 18, third round): a letter that never names the
// context's company, and names an organisation the context does not explain, names the company
// it was first written for. Such a name is a `wrong-company` warning, without a fix, wherever it
// stands; a name the context or the sentence explains is left alone.
import { describe, expect, it } from 'vitest'
import type { ThankYouContext } from '../src/types.js'
import { context, letter } from './accuracy-letter.js'
import { findingsOf } from './helpers.js'

/** A body that names the role and the interviewer's team, never the company. */
const unnamed =
  'Thank you for meeting with me about the Marketing Coordinator role. I enjoyed hearing how your team plans the spring campaign.'
/** The same body naming the company by its alias. */
const named =
  'Thank you for meeting with me about the Marketing Coordinator role at Brightline. I enjoyed hearing how your team plans the spring campaign.'

/** `wrong-company` findings as [text, offset, severity, has a fix], the offset from the draft's start. */
function leftovers(draft: string, ctx: ThankYouContext = context): [string, number, string, boolean][] {
  return findingsOf('wrong-company', draft, ctx).map((hit) => [
    hit.actual as string,
    hit.start as number,
    hit.finding.severity,
    hit.finding.fix !== undefined,
  ])
}

const inBody = (sentence: string, text = unnamed) => letter('Dear Ms. Okoro,', `${text} ${sentence}`)
const at = (draft: string, name: string) => draft.lastIndexOf(name)

describe('wrong-company: a letter that never names the company', () => {
  it.each([
    ['MetroPCS Communications publishes so many of the books on my shelves.', 'MetroPCS Communications'],
    ['I would be glad to help Harbor Freight Group catch up on its two quarters.', 'Harbor Freight Group'],
    ['Everyone says Northwind Traders Inc. treats its staff well.', 'Northwind Traders Inc.'],
  ])('warns on an organisation-shaped name anywhere: %j', (sentence, name) => {
    const draft = inBody(sentence)
    expect(leftovers(draft)).toEqual([[name, at(draft, name), 'warning', false]])
  })

  it('says nothing of the same names when the letter names the company', () => {
    for (const sentence of [
      'MetroPCS Communications publishes so many of the books on my shelves.',
      'I would be glad to help Harbor Freight Group catch up on its two quarters.',
    ]) {
      expect(leftovers(inBody(sentence, named))).toEqual([])
    }
  })

  it('counts an alias, a short form or a misspelling of the company as naming it', () => {
    const short = unnamed.replace('role.', 'role at Brightline Solutions.')
    const typo = unnamed.replace('role.', 'role at Brightlne Solutions.')
    const sentence = 'MetroPCS Communications publishes so many of the books on my shelves.'
    expect(leftovers(inBody(sentence, short))).toEqual([])
    expect(leftovers(inBody(sentence, typo))).toEqual([])
  })

  it.each([
    [
      'a tool after "use" or "in", and across a list',
      'Your team uses Salesforce and Google Analytics to plan it.',
    ],
    ['a tool after "skilled in"', 'I am skilled in Microsoft Excel and Adobe Premiere.'],
    ['a place after "from"', 'I moved here from New Zealand last spring.'],
    [
      'a past workplace after "since leaving"',
      'It is the culture I have looked for since leaving Volta Telecom.',
    ],
    ['a past workplace by tense', 'I worked at Harbor Freight Group for three years.'],
    ['a school of the writer', 'I studied at the University of Leeds.'],
    ['a named thing after "the"', 'I spent a summer aboard the MV Eilean Mor.'],
    ['a day before a pronoun', 'On Monday I’m free all day.'],
    ['a title or a team', 'The Senior Marketing Manager and the Data Analytics Team were kind.'],
    ['a word of the interviewer’s title', 'The Head of Marketing spoke last.'],
    ['a title-case subject line', ''],
  ])('leaves alone %s', (_, sentence) => {
    const draft =
      sentence === ''
        ? `Subject: Thank You Note – Interview Follow Up\n\n${letter('Dear Ms. Okoro,', unnamed)}`
        : inBody(sentence)
    expect(leftovers(draft)).toEqual([])
  })

  it('leaves alone the greeting’s opener and an honorific', () => {
    expect(leftovers(letter('Hi Mr. Okoro,', unnamed))).toEqual([])
    expect(leftovers(letter('Respected Ms. Okoro,', unnamed))).toEqual([])
    expect(leftovers(letter('Dear Hiring Team,', unnamed))).toEqual([])
  })

  it('leaves alone a name of the context: a topic, an interviewer, another company by name', () => {
    const ctx: ThankYouContext = {
      ...context,
      interviewers: [...(context.interviewers ?? []), { name: 'Sam Patel' }],
      topics: ['Spring Launch Campaign'],
    }
    expect(leftovers(inBody('Sam Patel walked me through the Spring Launch plan.'), ctx)).toEqual([])
  })
})

describe('wrong-company: a career to come is no past workplace', () => {
  it('reads "to start my career at" and "my wish to work at" as the employer', () => {
    for (const sentence of [
      'I really want to start my sales career at Kimco Realty.',
      'Our talk reinforced my wish to work at Kimco Realty.',
    ]) {
      const draft = inBody(sentence, named)
      const found = leftovers(draft)
      expect(found.map(([text, offset]) => [text, offset])).toEqual([
        ['Kimco Realty', at(draft, 'Kimco Realty')],
      ])
    }
  })

  it('still reads "I started my career at" and "my time at" as the past', () => {
    for (const sentence of [
      'I started my sales career at Kimco Realty.',
      'I want to build on my time at Kimco Realty.',
    ]) {
      expect(leftovers(inBody(sentence, named))).toEqual([])
    }
  })
})

describe('company-name-misspelled: a name with a possessive inside', () => {
  it('finds "Franklin County Children’s Services" as the company', () => {
    const ctx: ThankYouContext = { ...context, company: { name: "Franklin County Children's Services" } }
    const draft = inBody("I hope to join Franklin County Children's Services soon.")
    const report = findingsOf('company-not-mentioned', draft, ctx)
    expect(report).toEqual([])
    expect(leftovers(draft, ctx)).toEqual([])
  })
})

describe('wrong-company: the greeting to a hiring team', () => {
  it('makes another name before "Hiring Team" an error with the company as the fix, even when the letter names the company', () => {
    const draft = letter('Dear US Airways Group Hiring Team,', named)
    const [hit] = findingsOf('wrong-company', draft, context)
    expect(hit?.actual).toBe('US Airways Group')
    expect(hit?.finding.severity).toBe('error')
    expect(hit?.finding.fix).toEqual({ range: [5, 21], text: 'Brightline Solutions' })
    expect(findingsOf('wrong-company', draft, context)).toHaveLength(1)
    // Once, not again by the reading of a letter that never names the company.
    expect(leftovers(letter('Dear US Airways Group Hiring Team,', unnamed))).toEqual([
      ['US Airways Group', 5, 'error', true],
    ])
  })

  it('makes a school before "Hiring Committee" a warning: it may be the employer’s', () => {
    const draft = letter('Dear Ashgrove Academy Hiring Committee,', named)
    expect(leftovers(draft)).toEqual([['Ashgrove Academy', 5, 'warning', false]])
  })

  it.each([
    'Dear Brightline Hiring Team,',
    'Dear Brightline Solutions Recruitment Team,',
    'Dear Marketing Hiring Team,',
    'Dear Hiring Committee,',
    'Dear Ms. Okoro and Team,',
  ])('leaves alone %j', (greeting) => {
    expect(leftovers(letter(greeting, named))).toEqual([])
  })
})

describe('wrong-company: "showing me round" the employer', () => {
  it('reads the name after "showing me round" as the place of the interview', () => {
    const sentence = 'Thanks ever so much for showing me round Meadowbrook Holdings on Wednesday.'
    const draft = inBody(sentence, named)
    expect(leftovers(draft).map(([text, offset]) => [text, offset])).toEqual([
      ['Meadowbrook Holdings', at(draft, 'Meadowbrook Holdings')],
    ])
  })

  it('leaves alone a site named by its place, and a place', () => {
    expect(leftovers(inBody('Thank you for showing me around the Berlin office.', named))).toEqual([])
    expect(leftovers(inBody('Thank you for showing me around Berlin after the interview.', named))).toEqual(
      [],
    )
  })
})

describe('wrong-position: a letter that never names the role', () => {
  /** The body without the role's title. */
  const noRole = unnamed.replace('the Marketing Coordinator role', 'the interview')

  it('warns on a title whose head no list knows, where a title stands', () => {
    for (const [sentence, title] of [
      [
        'I would be honoured to work for you as a Mechanical Engineering Co-op.',
        'Mechanical Engineering Co-op',
      ],
      ['I hope to hear good news about the Harvest Cellar Hand position soon.', 'Harvest Cellar Hand'],
    ] as const) {
      const draft = inBody(sentence, noRole)
      const found = findingsOf('wrong-position', draft, context).map((hit) => [
        hit.actual,
        hit.start,
        hit.finding.severity,
        hit.finding.fix,
      ])
      expect(found).toEqual([[title, at(draft, title), 'warning', undefined]])
      // A title's place is no company's, though the letter never names the company either.
      expect(leftovers(draft)).toEqual([])
    }
  })

  it('says nothing of such a title when the letter names the role', () => {
    const sentence = 'I hope to hear good news about the Harvest Cellar Hand position soon.'
    expect(findingsOf('wrong-position', inBody(sentence, named), context)).toEqual([])
  })

  it.each([
    'I would love the Elm Street position.',
    'I would love the New York role.',
    'I hope to hear about the role soon.',
    'I am glad the Marketing Team position is open.',
  ])('leaves alone %j', (sentence) => {
    expect(findingsOf('wrong-position', inBody(sentence, noRole), context)).toEqual([])
  })
})

describe('wrong-company: names a letter holds that are no employer (fourth round)', () => {
  it.each([
    ['a product before its noun, after an article', 'I set up a Zoho Campaigns newsletter for members.'],
    ['a test before its noun', 'I hold an ASQ Six Sigma certificate.'],
    ['a card with a number', 'I carry an OSHA 30 card.'],
    ['tools in a list with "and"', 'I test with Cypress and Mock Service Worker every day.'],
    ['brands in a list before their noun', 'I can run Abbott Architect and Siemens Atellica analyzers.'],
    ['a list with commas and "or"', 'I know Figma, Adobe XD or Sketch well.'],
    ['a client of the writer', 'One customer, Harbor Freight Group, still writes to me.'],
    ['a charity the writer volunteers with', 'I volunteer on Saturdays with the Red Cross Society.'],
    ['a body after "by the"', 'I am certified by the American Red Cross.'],
    ['newspapers in a list, each after "the"', 'I read the Wall Street Journal and the Financial Times.'],
  ])('leaves alone %s', (_, sentence) => {
    expect(leftovers(inBody(sentence))).toEqual([])
  })

  it('leaves alone a placeholder left unfilled in the greeting', () => {
    expect(leftovers(letter('Dear Mr./Ms. Last Name,', unnamed))).toEqual([])
  })

  it.each([
    [
      'before the employer’s own noun',
      'I love how the Harbor Freight Group team works.',
      'Harbor Freight Group',
    ],
    ['before a verb', 'I hear the Harbor Freight Group builds its own tools.', 'Harbor Freight Group'],
    [
      'after a comma with no list',
      'After our talk, Harbor Freight Group is my first choice.',
      'Harbor Freight Group',
    ],
    [
      'before a lowercase noun with no article',
      'I admire how Harbor Freight Group treats people.',
      'Harbor Freight Group',
    ],
  ])('still warns on a name %s', (_, sentence, name) => {
    const draft = inBody(sentence)
    expect(leftovers(draft)).toEqual([[name, at(draft, name), 'warning', false]])
  })
})

describe('wrong-company: a school of a district, a workplace before its street', () => {
  const district: ThankYouContext = {
    ...context,
    company: { name: 'Springfield Unified School District' },
    position: 'Third Grade Teacher',
  }
  const opening = 'Thank you for meeting with me about the third grade opening at Roosevelt Elementary.'

  it('takes "Roosevelt Elementary" for a school of the district', () => {
    expect(leftovers(letter('Dear Ms. Okoro,', opening), district)).toEqual([])
  })

  it('asks, as a warning, when the employer is no district', () => {
    const draft = letter('Dear Ms. Okoro,', `${opening} I enjoyed meeting the Brightline team.`)
    expect(leftovers(draft)).toEqual([
      ['Roosevelt Elementary', at(draft, 'Roosevelt Elementary'), 'warning', false],
    ])
  })

  it('reads "at X on Elm Street, where I ran" as the writer’s past workplace', () => {
    const past =
      'I spent three years on the line, most recently at Rosa Cantina on Elm Street, where I ran the grill.'
    const now = 'I hope to cook at Rosa Cantina on Elm Street, where I would run the grill.'
    expect(leftovers(letter('Dear Ms. Okoro,', `${named} ${past}`))).toEqual([])
    const draft = letter('Dear Ms. Okoro,', `${named} ${now}`)
    expect(leftovers(draft).map(([text]) => text)).toEqual(['Rosa Cantina'])
  })
})

describe('wrong-company: a letter that never names the company, more shapes (fourth round)', () => {
  it.each([
    ['a first word in capitals', 'DISH Network is a good team, I saw this.', 'DISH Network'],
    [
      'an owner after "in"',
      'Your ideas fit, and in Harbor Freight Group’s case that is speed.',
      'Harbor Freight Group',
    ],
    [
      'a name compromise reads as a place, ending in a plain noun',
      'Charles River Laboratories is the internship I want.',
      'Charles River Laboratories',
    ],
    [
      'a name after "in." that closes a sentence',
      'Count me in. Harbor Freight Group is the place for me.',
      'Harbor Freight Group',
    ],
  ])('warns on %s', (_, sentence, name) => {
    const draft = inBody(sentence)
    expect(leftovers(draft)).toEqual([[name, at(draft, name), 'warning', false]])
  })

  it.each([
    [
      'a short word in capitals opening a sentence',
      'IT Support Desk hours were the one thing I asked about.',
    ],
    ['a place that ends in a feature of a place', 'I spent a weekend at Pike Place Market.'],
    ['a tool after "in" with no owner', 'I am fluent in Harbor Freight Group reporting.'],
  ])('leaves alone %s', (_, sentence) => {
    expect(leftovers(inBody(sentence))).toEqual([])
  })
})

describe('wrong-company: a product or a tool where an employer could stand (fifth round)', () => {
  it.each([
    ['the subject of a verb of what a tool does', 'I saw that Zoho Campaigns tracks every open and click.'],
    ['after "the way", before "handles"', 'The way Cisco Webex handles breakout rooms impressed me.'],
    ['before "lets"', 'I liked hearing how Microsoft Intune lets admins push updates.'],
    ['before a product noun with no article', 'I keep Harbor Freight Group dashboards for my clients.'],
    ['before a credential noun, over a plus sign', 'I hold a Linux Professional+ certificate.'],
    ['after "know"', 'I know Autodesk Fusion well from my design classes.'],
    ['after "working with"', 'I have been working with Sage Intacct for two years.'],
  ])('leaves alone %s, whether or not the letter names the company', (_, sentence) => {
    expect(leftovers(inBody(sentence))).toEqual([])
    expect(leftovers(inBody(sentence, named))).toEqual([])
  })

  it.each([
    ['the subject of an employer’s verb', 'I admire that Harbor Freight Group values its drivers.'],
    ['after "know", opening a clause', 'I know Harbor Freight Group values its drivers.'],
    ['before a verb no tool needs', 'I hear that Harbor Freight Group hires from within.'],
  ])('still warns in a letter that never names the company: %s', (_, sentence) => {
    const draft = inBody(sentence)
    expect(leftovers(draft)).toEqual([
      ['Harbor Freight Group', at(draft, 'Harbor Freight Group'), 'warning', false],
    ])
  })
  it.each([
    ['after "to work with"', 'I would love to work with Harbor Freight Group next year.'],
    ['after "forward to working with"', 'I look forward to working with Harbor Freight Group soon.'],
  ])('reads work to come with a name as the employer’s slot: %s', (_, sentence) => {
    const draft = inBody(sentence)
    expect(leftovers(draft)).toEqual([
      ['Harbor Freight Group', at(draft, 'Harbor Freight Group'), 'error', true],
    ])
  })
})
