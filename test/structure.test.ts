import { describe, expect, it } from 'vitest'
import type { ThankYouContext } from '../src/types.js'
import { findingsOf, offsetOf } from './helpers.js'

const context: ThankYouContext = {
  candidate: { name: 'Jordan Lee' },
  interviewers: [{ name: 'Dana Okoro', honorific: 'Ms.' }],
  company: { name: 'Brightline Solutions' },
  position: 'Marketing Coordinator',
}

const body =
  'Thank you for meeting with me yesterday about the Marketing Coordinator role. I enjoyed hearing how your team plans the spring campaign.'

function letter({
  subject,
  greeting = 'Dear Ms. Okoro,',
  text = body,
  signOff = 'Best regards,',
  name = 'Jordan Lee',
}: {
  subject?: string
  greeting?: string
  text?: string
  signOff?: string
  name?: string
} = {}): string {
  return [subject && `Subject: ${subject}\n`, greeting && `${greeting}\n`, `${text}\n`, signOff, name]
    .filter((part) => part !== undefined && part !== '')
    .join('\n')
}

describe('missing-greeting', () => {
  it('flags a letter that starts with the body, on its first line, and offers a greeting from the context', () => {
    const draft = letter({ greeting: '' })
    const [hit, ...rest] = findingsOf('missing-greeting', draft, context)
    expect(rest).toEqual([])
    expect([hit?.start, hit?.end]).toEqual([0, body.length])
    expect(hit?.finding.expected).toEqual(['Dear Ms. Okoro,'])
    expect(hit?.finding.severity).toBe('warning')
  })
  it.each(['Dear Ms. Okoro,', 'Hi Dana,', 'Hello Dana,', 'Good morning Ms. Okoro,'])(
    'accepts "%s"',
    (greeting) => {
      expect(findingsOf('missing-greeting', letter({ greeting }), context)).toEqual([])
    },
  )
  it.each(['Dana,', 'Ms. Okoro,', 'Coach Okoro:', 'Dana, Lee and Sam,', 'Respected Ms. Okoro,'])(
    'reads a first line of names alone, "%s", as a greeting',
    (greeting) => {
      const draft = letter({ greeting })
      expect(findingsOf('missing-greeting', draft, context)).toEqual([])
      expect(
        findingsOf(
          'too-many-paragraphs',
          `${greeting}\n\n${'Short paragraph here.\n\n'.repeat(5)}Best,\nJordan Lee`,
        ),
      ).toEqual([])
    },
  )
  it.each(['Thank you,', 'Dana, thank you for the interview.', 'dana,', 'Dana Okoro Lee Sam Rui Tom,'])(
    'does not take "%s" for a greeting of names',
    (greeting) => {
      expect(findingsOf('missing-greeting', letter({ greeting }), context)).toHaveLength(1)
    },
  )
  it('says nothing about an empty draft', () => {
    expect(findingsOf('missing-greeting', '')).toEqual([])
    expect(findingsOf('missing-greeting', '  \n\n ')).toEqual([])
  })
})

describe('generic-greeting', () => {
  it.each([
    ['To whom it may concern,'],
    ['Dear Hiring Manager,'],
    ['Hello,'],
    ['Dear Sir or Madam,'],
    ['Hi there,'],
    ['Greetings,'],
  ])('flags "%s" at the greeting line', (greeting) => {
    const draft = letter({ greeting })
    const [hit, ...rest] = findingsOf('generic-greeting', draft, context)
    expect(rest).toEqual([])
    expect(hit?.actual).toBe(greeting)
    expect(hit?.start).toBe(0)
    expect(hit?.finding.expected).toEqual(['Dear Ms. Okoro,'])
  })
  it('greets each interviewer by name in its suggestions', () => {
    const panel: ThankYouContext = {
      interviewers: [{ name: 'Dana Okoro', honorific: 'Ms.' }, { name: 'Lee Park' }],
    }
    const [hit] = findingsOf('generic-greeting', letter({ greeting: 'Dear Hiring Team,' }), panel)
    expect(hit?.finding.expected).toEqual(['Dear Ms. Okoro,', 'Dear Lee Park,'])
  })
  it('accepts a greeting to the hiring side when the context names no interviewer, and asks for a name otherwise', () => {
    for (const greeting of ['Dear Hiring Team,', 'Dear Hiring Manager,', 'Dear Search Committee,']) {
      expect(findingsOf('generic-greeting', letter({ greeting }), {}), greeting).toEqual([])
    }
    // Still names nobody, whoever is known: these greet no one in particular.
    for (const greeting of ['Hello,', 'Hi there,', 'Dear Sir or Madam,', 'To whom it may concern,']) {
      const [hit] = findingsOf('generic-greeting', letter({ greeting }), {})
      expect(hit?.actual, greeting).toBe(greeting)
      expect(hit?.start).toBe(0)
    }
  })
  it.each(['Dear Ms. Okoro,', 'Hi Dana,', 'Dear Dana and Lee,', 'Greetings Dana,'])(
    'accepts "%s"',
    (greeting) => {
      expect(findingsOf('generic-greeting', letter({ greeting }), context)).toEqual([])
    },
  )
})

describe('casual-greeting', () => {
  it.each(['Hey Dana,', 'Yo Dana,', 'Hiya Dana!', 'Howdy Dana,'])('flags the opener of "%s"', (greeting) => {
    const draft = letter({ greeting })
    const [hit, ...rest] = findingsOf('casual-greeting', draft, context)
    expect(rest).toEqual([])
    expect(hit?.actual).toBe(greeting.split(' ')[0])
    expect([hit?.start, hit?.end]).toEqual([0, greeting.indexOf(' ')])
  })
  it('is counted after a subject line', () => {
    const draft = letter({ subject: 'Thank you', greeting: 'Hey Dana,' })
    const [hit] = findingsOf('casual-greeting', draft, context)
    expect(hit?.start).toBe(offsetOf(draft, 'Hey'))
  })
  it.each(['Hi Dana,', 'Hello Dana,', 'Dear Dana,'])('accepts "%s"', (greeting) => {
    expect(findingsOf('casual-greeting', letter({ greeting }), context)).toEqual([])
  })
})

describe('missing-sign-off', () => {
  it('flags a letter that ends without a sign-off, at its last line', () => {
    const draft = `Dear Ms. Okoro,\n\n${body}\nI look forward to hearing from you.`
    const [hit, ...rest] = findingsOf('missing-sign-off', draft, context)
    expect(rest).toEqual([])
    expect(hit?.actual).toBe('I look forward to hearing from you.')
    expect(hit?.finding.message).toContain('Jordan Lee')
  })
  it.each(['Best regards,', 'Kind regards,', 'Sincerely,', 'Thank you again,', 'Warm regards', 'Cheers,'])(
    'accepts "%s"',
    (signOff) => {
      expect(findingsOf('missing-sign-off', letter({ signOff }), context)).toEqual([])
    },
  )
  it('accepts a sign-off and name on one line', () => {
    expect(findingsOf('missing-sign-off', `Dear Ms. Okoro,\n\n${body}\n\nBest, Jordan Lee`, context)).toEqual(
      [],
    )
  })
  it('does not take a closing sentence for a sign-off', () => {
    const draft = `Dear Ms. Okoro,\n\n${body}\n\nThanks again for your time.`
    expect(findingsOf('missing-sign-off', draft, context)).toHaveLength(1)
  })
  it.each(['With warm regards,', 'Very truly yours,', 'Thanks and regards,', 'With respect,'])(
    'takes a short line ending in a comma above the name, "%s", for a sign-off',
    (signOff) => {
      expect(findingsOf('missing-sign-off', letter({ signOff }), context)).toEqual([])
      expect(findingsOf('missing-signature', letter({ signOff }), context)).toEqual([])
    },
  )
  it('does not take a long line, or one with a full stop, above the name for a sign-off', () => {
    for (const signOff of [
      'With all my thanks and very best wishes for the season,',
      'Call me at 555-0100,',
    ]) {
      expect(findingsOf('missing-sign-off', letter({ signOff }), context)).toHaveLength(1)
    }
  })
  it('only suggests a sign-off, at info, when the letter ends with the name alone', () => {
    const draft = `Dear Ms. Okoro,\n\n${body}\n\nJordan Lee`
    const [hit, ...rest] = findingsOf('missing-sign-off', draft, context)
    expect(rest).toEqual([])
    expect(hit?.finding.severity).toBe('info')
    expect([hit?.start, hit?.end]).toEqual([draft.length - 'Jordan Lee'.length, draft.length])
    const credentials = `Dear Ms. Okoro,\n\n${body}\n\nJordan Lee\nA&P, IA`
    expect(findingsOf('missing-sign-off', credentials, context)[0]?.finding.severity).toBe('info')
    const lettered = `Dear Ms. Okoro,\n\n${body}\n\nJordan Lee, NASM-CPT`
    expect(findingsOf('missing-sign-off', lettered, context)[0]?.finding.severity).toBe('info')
  })
})

describe('missing-signature', () => {
  it('flags a sign-off with no name after it, at the sign-off, and offers the candidate name', () => {
    const draft = `Dear Ms. Okoro,\n\n${body}\n\nBest regards,`
    const [hit, ...rest] = findingsOf('missing-signature', draft, context)
    expect(rest).toEqual([])
    expect(hit?.actual).toBe('Best regards,')
    expect(hit?.start).toBe(offsetOf(draft, 'Best regards,'))
    expect(hit?.finding.expected).toEqual(['Jordan Lee'])
  })
  it('is silent without a candidate in the context', () => {
    expect(findingsOf('missing-signature', `Dear Ms. Okoro,\n\n${body}\n\nBest regards,`)).toEqual([])
  })
  it('accepts a name under the sign-off', () => {
    expect(findingsOf('missing-signature', letter(), context)).toEqual([])
  })
})

describe('subject-too-long', () => {
  it('flags a subject over 60 characters, at the subject text', () => {
    const subject =
      'Thank you so much for the wonderful interview for the Marketing Coordinator role yesterday'
    const draft = letter({ subject })
    const [hit, ...rest] = findingsOf('subject-too-long', draft, context)
    expect(rest).toEqual([])
    expect(hit?.actual).toBe(subject)
    expect(hit?.start).toBe('Subject: '.length)
    expect(hit?.finding.expected).toEqual(['Thank you – Marketing Coordinator interview'])
  })
  it('follows options.structure.maxSubjectLength', () => {
    const draft = letter({ subject: 'Thank you for the interview' })
    expect(
      findingsOf('subject-too-long', draft, context, { structure: { maxSubjectLength: 10 } }),
    ).toHaveLength(1)
    expect(findingsOf('subject-too-long', draft, context)).toEqual([])
  })
})

describe('vague-subject', () => {
  it.each(['Following up', 'Quick note', 'Hello!'])('flags "%s"', (subject) => {
    const draft = letter({ subject })
    const [hit, ...rest] = findingsOf('vague-subject', draft, context)
    expect(rest).toEqual([])
    expect(hit?.actual).toBe(subject)
    expect(hit?.start).toBe(9)
  })
  it.each([
    'Thank you',
    'Thanks for your time today',
    'Marketing Coordinator interview',
    'Following up on my interview',
    'Grateful for the conversation',
  ])('accepts "%s"', (subject) => {
    expect(findingsOf('vague-subject', letter({ subject }), context)).toEqual([])
  })
  it('reads "subject:" in any case', () => {
    expect(findingsOf('vague-subject', letter().replace(/^/, 'SUBJECT: Hi\n\n'), context)).toHaveLength(1)
  })
  it.each([
    ['Re: org chart', 'Marketing Coordinator'],
    ['RE: your question', 'Marketing Coordinator'],
    ['Fwd: notes', 'Marketing Coordinator'],
    ['Category Manager – follow-up', 'Category Manager, Indirect Spend'],
    ['Cleaning Supervisor - details', 'Facilities Cleaning Supervisor'],
    ['TA post', 'Teaching Assistant (SEN)'],
  ])('accepts "%s" (a reply, or the role shortened) for %s', (subject, position) => {
    expect(findingsOf('vague-subject', letter({ subject }), { ...context, position })).toEqual([])
  })
  it.each([
    ['Manager notes', 'Category Manager, Indirect Spend'],
    ['de notes', 'data engineer'],
    ['CMS notes', 'Category Manager'],
    ['Request: notes', 'Marketing Coordinator'],
  ])(
    'flags "%s" for %s: one word of the title, lowercase initials or other initials do not name it',
    (subject, position) => {
      expect(findingsOf('vague-subject', letter({ subject }), { ...context, position })).toHaveLength(1)
    },
  )
})

describe('unresolved-placeholder', () => {
  it.each([
    ['[Name]', 'Dana Okoro'],
    ["[Interviewer's Name]", 'Dana Okoro'],
    ['{{company}}', 'Brightline Solutions'],
    // The first name alone now, as the placeholder asks (it offered the full name before).
    ['{first_name}', 'Dana'],
    ['<Company Name>', 'Brightline Solutions'],
    ['[Your Name]', 'Jordan Lee'],
    ['[Position]', 'Marketing Coordinator'],
  ])('flags %s at its exact span and offers %s', (placeholder, fill) => {
    const text = `It was a pleasure to meet ${placeholder} and the team yesterday to talk about the role.`
    const draft = letter({ text })
    const [hit, ...rest] = findingsOf('unresolved-placeholder', draft, context)
    expect(rest).toEqual([])
    expect(hit?.actual).toBe(placeholder)
    expect(hit?.start).toBe(offsetOf(draft, placeholder))
    expect(hit?.finding.expected).toEqual([fill])
    expect(hit?.finding.severity).toBe('error')
  })
  it.each(['____', 'XXX'])('flags the blank %s', (placeholder) => {
    const draft = letter({ text: `I was glad to meet ${placeholder} yesterday.` })
    const [hit] = findingsOf('unresolved-placeholder', draft, context)
    expect(hit?.actual).toBe(placeholder)
    expect(hit?.finding.expected).toBeUndefined()
  })
  it('offers context values with their spacing tidied', () => {
    const padded: ThankYouContext = { interviewers: [{ name: ' Dana  Okoro ', honorific: ' Ms. ' }] }
    const draft = letter({ greeting: 'Dear [Name],' })
    expect(findingsOf('unresolved-placeholder', draft, padded)[0]?.finding.expected).toEqual(['Dana Okoro'])
    const generic = letter({ greeting: 'Hello,' })
    expect(findingsOf('generic-greeting', generic, padded)[0]?.finding.expected).toEqual(['Dear Ms. Okoro,'])
  })
  it('flags [Your Name] in the signature', () => {
    const draft = letter({ name: '[Your Name]' })
    const [hit] = findingsOf('unresolved-placeholder', draft, context)
    expect(hit?.start).toBe(offsetOf(draft, '[Your Name]'))
    expect(hit?.finding.expected).toEqual(['Jordan Lee'])
  })
  it('leaves brackets without letters, addresses and HTML-like tags alone', () => {
    const draft = letter({
      text: 'See the deck [1] and <b> my notes at <jordan@example.com> or https://example.com/[x].',
    })
    expect(findingsOf('unresolved-placeholder', draft, context)).toEqual([])
  })
})

describe('template mode', () => {
  it('treats known {{variables}} as slots', () => {
    const draft = letter({
      greeting: 'Dear {{ interviewer.name }},',
      text: `${body} I hope {{company}} grows.`,
    })
    expect(findingsOf('unresolved-placeholder', draft, context, { template: true })).toEqual([])
    expect(findingsOf('unknown-template-variable', draft, context, { template: true })).toEqual([])
  })
  it('reports an unknown variable with rule unknown-template-variable', () => {
    const draft = letter({ text: `${body} Say hi to {{ interviewer.nickname }}.` })
    const [hit, ...rest] = findingsOf('unknown-template-variable', draft, context, { template: true })
    expect(rest).toEqual([])
    expect(hit?.actual).toBe('{{ interviewer.nickname }}')
    expect(hit?.start).toBe(offsetOf(draft, '{{'))
  })
  it('suggests the nearest known variable for a typo', () => {
    const draft = letter({ greeting: 'Dear {{interviewer.fristName}},' })
    const [hit] = findingsOf('unknown-template-variable', draft, context, { template: true })
    expect(hit?.finding.expected).toEqual(['{{interviewer.firstName}}'])
    expect(hit?.finding.message).toContain('did you mean "{{interviewer.firstName}}"?')
  })
  it('still reports bracket placeholders', () => {
    const draft = letter({ text: `${body} Regards to [Name].` })
    expect(findingsOf('unresolved-placeholder', draft, context, { template: true })).toHaveLength(1)
  })
})
