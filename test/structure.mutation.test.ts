import { describe, expect, it } from 'vitest'
import { TEMPLATE_VARIABLES } from '../src/checks/structure/data.js'
import { lintThankYou, rules } from '../src/index.js'
import type { ThankYouContext } from '../src/types.js'
import { findingsOf, offsetOf } from './helpers.js'

// Tests that mutation testing (npm run mutation) showed missing for the structure checker: every
// word list entry, every template variable, the messages, suggestions and spans.

const BODY =
  'Thank you for meeting with me yesterday about the Marketing Coordinator role. I enjoyed hearing how your team plans the spring campaign.'

const CONTEXT: ThankYouContext = {
  candidate: { name: 'Jordan Lee' },
  interviewers: [
    { name: 'Dana Okoro', honorific: 'Ms.', title: 'Head of Marketing' },
    { name: 'Sam Rivera' },
  ],
  company: { name: 'Brightline' },
  position: 'Marketing Coordinator',
  topics: ['spring campaign', 'newsletter'],
}

function letter(parts: {
  subject?: string | undefined
  greeting?: string | undefined
  body?: string | undefined
  signOff?: string | undefined
  name?: string | undefined
}) {
  const lines: string[] = []
  if (parts.subject !== undefined) lines.push(`Subject: ${parts.subject}`, '')
  if (parts.greeting !== undefined) lines.push(parts.greeting, '')
  lines.push(parts.body ?? BODY)
  if (parts.signOff !== undefined) lines.push('', parts.signOff)
  if (parts.name !== undefined) lines.push(parts.name)
  return lines.join('\n')
}

const FULL = {
  subject: 'Thank you',
  greeting: 'Dear Ms. Okoro,',
  signOff: 'Best regards,',
  name: 'Jordan Lee',
}

describe('an empty draft', () => {
  it('gets only the empty-draft finding', () => {
    for (const draft of ['', '  \n\t\n']) {
      expect(lintThankYou(draft, CONTEXT).findings.map((f) => f.ruleId)).toEqual(['empty-draft'])
    }
  })
})

describe('missing-greeting', () => {
  it('spans the first line of the body and suggests a greeting for each interviewer', () => {
    const draft = letter({ ...FULL, greeting: undefined, body: `  ${BODY}\nSecond line.` })
    const [hit, ...rest] = findingsOf('missing-greeting', draft, CONTEXT)
    expect(rest).toEqual([])
    expect(hit?.actual).toBe(BODY)
    expect(hit?.finding.severity).toBe('warning')
    expect(hit?.finding.expected).toEqual(['Dear Ms. Okoro,', 'Dear Sam Rivera,'])
    expect(hit?.finding.message).toBe(
      'Open with a greeting that names the interviewer, such as "Dear Ms. Okoro,"',
    )
  })

  it('builds the suggestions from trimmed names', () => {
    const context = { interviewers: [{ name: ' Dana  Okoro ', honorific: 'Dr.' }, { name: '  Sam Rivera ' }] }
    const [hit] = findingsOf('missing-greeting', letter({ ...FULL, greeting: undefined }), context)
    expect(hit?.finding.expected).toEqual(['Dear Dr. Okoro,', 'Dear Sam Rivera,'])
    const [three] = findingsOf('missing-greeting', letter({ ...FULL, greeting: undefined }), {
      interviewers: [{ name: 'Mary Ann Smith', honorific: 'Ms.' }],
    })
    expect(three?.finding.expected).toEqual(['Dear Ms. Smith,'])
  })

  // Issue 19, item 11: without interviewers no name is made up.
  it('suggests "Dear Hiring Team," without interviewers, never a made-up name', () => {
    const [hit] = findingsOf('missing-greeting', letter({ ...FULL, greeting: undefined }))
    expect(hit?.finding.message).toBe(
      'Open with a greeting, such as "Dear Hiring Team,", or the interviewer\'s name',
    )
    expect(hit?.finding.expected).toEqual(['Dear Hiring Team,'])
  })

  it('has no span when nothing follows the subject', () => {
    const [hit] = findingsOf('missing-greeting', 'Subject: Thank you')
    expect(hit).toBeDefined()
    expect(hit?.start).toBeUndefined()
  })
})

describe('generic-greeting', () => {
  it.each([
    ['Hi there,'],
    ['Greetings,'],
    ['To whom it may concern,'],
    ['Dear Hiring  Manager,'],
    ['Dear Sir or Madam,'],
    ['Hello team,'],
    ['Dear,'],
  ])('flags "%s" over the whole greeting', (greeting) => {
    const draft = letter({ ...FULL, greeting })
    const [hit, ...rest] = findingsOf('generic-greeting', draft, CONTEXT)
    expect(rest).toEqual([])
    expect(hit?.start).toBe(offsetOf(draft, greeting))
    expect(hit?.actual).toBe(greeting)
    expect(hit?.finding.actual).toBe(greeting)
    expect(hit?.finding.expected).toEqual(['Dear Ms. Okoro,', 'Dear Sam Rivera,'])
    expect(hit?.finding.message).toBe(
      `"${greeting}" names nobody; greet the interviewer by name, such as "Dear Ms. Okoro,"`,
    )
  })

  it('makes up no name without interviewers', () => {
    const [hit] = findingsOf('generic-greeting', letter({ ...FULL, greeting: 'Hello,' }))
    expect(hit?.finding.message).toBe('"Hello," names nobody; greet the interviewer by name')
    expect(hit?.finding.expected).toBeUndefined()
  })

  it('accepts greetings that name someone', () => {
    for (const greeting of ['Dear Ms. Okoro,', 'Hello Dana,', 'Good morning Dana,', 'Hi Dana and Sam,']) {
      expect(findingsOf('generic-greeting', letter({ ...FULL, greeting }), CONTEXT), greeting).toEqual([])
    }
  })
})

describe('casual-greeting', () => {
  it('flags the opener of a casual greeting', () => {
    const draft = letter({ ...FULL, greeting: 'Hey   Dana,' })
    const [hit, ...rest] = findingsOf('casual-greeting', draft, CONTEXT)
    expect(rest).toEqual([])
    expect(hit?.start).toBe(offsetOf(draft, 'Hey'))
    expect(hit?.actual).toBe('Hey')
    expect(hit?.finding.expected).toEqual(['Dear', 'Hello'])
    expect(hit?.finding.message).toBe('"Hey" is too casual for a hiring manager; write "Dear" or "Hello"')
  })

  it('reads a multi-word opener whatever its spacing and case', () => {
    const draft = letter({ ...FULL, greeting: 'HEY  THERE Dana,' })
    expect(findingsOf('casual-greeting', draft).map((hit) => hit.actual)).toEqual(['HEY  THERE'])
  })

  it('does not also call a casual greeting generic, nor a neutral one casual', () => {
    expect(findingsOf('generic-greeting', letter({ ...FULL, greeting: 'Yo Dana,' }))).toEqual([])
    expect(findingsOf('casual-greeting', letter({ ...FULL, greeting: 'Hi Dana,' }))).toEqual([])
  })
})

describe('missing-sign-off', () => {
  it('spans the last line and names the candidate', () => {
    const draft = letter({ ...FULL, signOff: undefined, name: undefined, body: `${BODY}\n  Talk to you.  ` })
    const [hit, ...rest] = findingsOf('missing-sign-off', draft, CONTEXT)
    expect(rest).toEqual([])
    expect(hit?.actual).toBe('  Talk to you.  ')
    expect(hit?.finding.expected).toEqual(['Best regards,', 'Kind regards,', 'Sincerely,'])
    expect(hit?.finding.message).toBe(
      'End with a sign-off line such as "Best regards," followed by "Jordan Lee"',
    )
  })

  it('leaves the name out without a candidate', () => {
    const [hit] = findingsOf('missing-sign-off', letter({ ...FULL, signOff: undefined, name: undefined }))
    expect(hit?.finding.message).toBe('End with a sign-off line such as "Best regards,"')
  })

  it('has no span when the draft has no word', () => {
    const [hit] = findingsOf('missing-sign-off', '... !!!', CONTEXT)
    expect(hit).toBeDefined()
    expect(hit?.start).toBeUndefined()
  })
})

describe('missing-signature', () => {
  it('flags a sign-off with no name after it when the candidate is known', () => {
    const draft = letter({ ...FULL, name: undefined })
    const [hit, ...rest] = findingsOf('missing-signature', draft, CONTEXT)
    expect(rest).toEqual([])
    expect(hit?.start).toBe(offsetOf(draft, 'Best regards,'))
    expect(hit?.actual).toBe('Best regards,')
    expect(hit?.finding.actual).toBe('Best regards,')
    expect(hit?.finding.expected).toEqual(['Jordan Lee'])
    expect(hit?.finding.message).toBe('Sign with your name on the line after "Best regards,": "Jordan Lee"')
  })

  it('suggests the candidate name trimmed', () => {
    const context = { candidate: { name: ' Jordan Lee ' } }
    const [hit] = findingsOf('missing-signature', letter({ ...FULL, name: undefined }), context)
    expect(hit?.finding.expected).toEqual(['Jordan Lee'])
    expect(hit?.finding.message).toBe('Sign with your name on the line after "Best regards,": "Jordan Lee"')
  })

  it('says nothing without a candidate, or with a name', () => {
    expect(findingsOf('missing-signature', letter({ ...FULL, name: undefined }))).toEqual([])
    expect(findingsOf('missing-signature', letter(FULL), CONTEXT)).toEqual([])
    expect(
      findingsOf('missing-signature', letter({ ...FULL, signOff: 'Best, Jordan', name: undefined }), CONTEXT),
    ).toEqual([])
  })
})

describe('subject-too-long', () => {
  const long = 'Thank you so much for the wonderful interview yesterday afternoon!!'

  it('flags a subject longer than 60 characters and suggests one from the position', () => {
    const draft = letter({ ...FULL, subject: long })
    const [hit, ...rest] = findingsOf('subject-too-long', draft, CONTEXT)
    expect(rest).toEqual([])
    expect(hit?.start).toBe(offsetOf(draft, long))
    expect(hit?.actual).toBe(long)
    expect(hit?.finding.expected).toEqual(['Thank you – Marketing Coordinator interview'])
    expect(hit?.finding.message).toBe(
      `The subject has ${long.length} characters and is cut off on a phone; keep it under 60, such as "Thank you – Marketing Coordinator interview"`,
    )
  })

  it('suggests a plain subject without a position', () => {
    const [hit] = findingsOf('subject-too-long', letter({ ...FULL, subject: long }))
    expect(hit?.finding.expected).toEqual(['Thank you for the interview'])
  })

  it('accepts 60 characters and follows options.structure.maxSubjectLength', () => {
    const sixty = `Thank you${'!'.repeat(51)}`
    expect(sixty).toHaveLength(60)
    expect(findingsOf('subject-too-long', letter({ ...FULL, subject: sixty }))).toEqual([])
    expect(findingsOf('subject-too-long', letter({ ...FULL, subject: `${sixty}!` }))).toHaveLength(1)
    const options = { structure: { maxSubjectLength: 9 } }
    expect(
      findingsOf('subject-too-long', letter({ ...FULL, subject: 'Thank you' }), undefined, options),
    ).toEqual([])
    expect(
      findingsOf('subject-too-long', letter({ ...FULL, subject: 'Thank you!' }), undefined, options),
    ).toHaveLength(1)
  })
})

describe('vague-subject', () => {
  it('flags a subject that says neither thanks nor the role', () => {
    const draft = letter({ ...FULL, subject: 'Following up' })
    const [hit, ...rest] = findingsOf('vague-subject', draft, CONTEXT)
    expect(rest).toEqual([])
    expect(hit?.start).toBe(offsetOf(draft, 'Following up'))
    expect(hit?.actual).toBe('Following up')
    expect(hit?.finding.expected).toEqual(['Thank you – Marketing Coordinator interview'])
    expect(hit?.finding.message).toBe(
      'The subject says neither thanks nor the role; write something like "Thank you – Marketing Coordinator interview"',
    )
  })

  it.each([
    ['Thank you'],
    ['THANKS!'],
    ['Appreciating your time'],
    ['Grateful for the conversation'],
    ['With gratitude'],
    ['thx'],
  ])('accepts "%s", which says thanks', (subject) => {
    expect(findingsOf('vague-subject', letter({ ...FULL, subject }))).toEqual([])
  })

  it.each([
    ['Our application'],
    ["Yesterday's conversation"],
    ['Interview follow-up'],
    ['Our meeting on Tuesday'],
    ['The open position'],
    ['About the role'],
  ])('accepts "%s", which names the interview or the role', (subject) => {
    expect(findingsOf('vague-subject', letter({ ...FULL, subject }))).toEqual([])
  })

  it('takes role words as whole words only', () => {
    expect(findingsOf('vague-subject', letter({ ...FULL, subject: 'Roles and meetings' }))).toHaveLength(1)
    expect(findingsOf('vague-subject', letter({ ...FULL, subject: 'Interviews' }))).toHaveLength(1)
  })

  it('accepts the position named in the context, in any case', () => {
    const draft = letter({ ...FULL, subject: 'Notes: MARKETING COORDINATOR' })
    expect(findingsOf('vague-subject', draft, CONTEXT)).toEqual([])
    expect(findingsOf('vague-subject', draft)).toHaveLength(1)
    expect(findingsOf('vague-subject', draft, { position: '  Marketing Coordinator ' })).toEqual([])
  })
})

describe('unresolved-placeholder', () => {
  it('flags every placeholder, with the context value that fills it', () => {
    const draft = letter({
      ...FULL,
      greeting: 'Dear [Interviewer Name],',
      body: `${BODY} I admire {Company}. ____`,
    })
    const hits = findingsOf('unresolved-placeholder', draft, CONTEXT)
    expect(hits.map((hit) => [hit.actual, hit.start, hit.finding.expected])).toEqual([
      ['[Interviewer Name]', offsetOf(draft, '['), ['Dana Okoro']],
      ['{Company}', offsetOf(draft, '{'), ['Brightline']],
      ['____', offsetOf(draft, '____'), undefined],
    ])
    expect(hits[0]?.finding.severity).toBe('error')
    expect(hits[0]?.finding.message).toBe('Replace the placeholder "[Interviewer Name]" with "Dana Okoro"')
    expect(hits[2]?.finding.message).toBe('Replace the placeholder "____" with the real text before sending')
  })

  it.each([
    ['[Candidate]', 'Jordan Lee'],
    ['[My Name]', 'Jordan Lee'],
    ['[Your Name]', 'Jordan Lee'],
    ['[your_name]', 'Jordan Lee'],
    ['[YOURNAME]', 'Jordan Lee'],
    ['[Company]', 'Brightline'],
    ['[Employer]', 'Brightline'],
    ['[Organisation]', 'Brightline'],
    ['[Organization name]', 'Brightline'],
    ['[Job]', 'Marketing Coordinator'],
    ['[Position]', 'Marketing Coordinator'],
    ['[Role]', 'Marketing Coordinator'],
    ['[Title]', 'Marketing Coordinator'],
    ['[Topic]', 'spring campaign'],
    ['[What we discussed]', 'spring campaign'],
    ['[Project]', 'spring campaign'],
    ['[First_Name]', 'Dana'],
    ['[FirstName]', 'Dana'],
    ['[Hiring Manager]', 'Dana Okoro'],
    ['[Interviewer]', 'Dana Okoro'],
    ['[Name]', 'Dana Okoro'],
    ['[Recipient]', 'Dana Okoro'],
    ['<Company Name>', 'Brightline'],
    ['{first_name}', 'Dana'],
  ])('fills %s with %s', (placeholder, fill) => {
    const draft = letter({ ...FULL, body: `${BODY} ${placeholder}` })
    const [hit, ...rest] = findingsOf('unresolved-placeholder', draft, CONTEXT)
    expect(rest).toEqual([])
    expect(hit?.actual).toBe(placeholder)
    expect(hit?.finding.actual).toBe(placeholder)
    expect(hit?.finding.expected).toEqual([fill])
  })

  it('fills nothing from a context without the value, or with empty lists', () => {
    for (const context of [{}, { interviewers: [], topics: [] }]) {
      for (const placeholder of ['[Your Name]', '[Company]', '[Role]', '[Topic]', '[Name]']) {
        const [hit] = findingsOf(
          'unresolved-placeholder',
          letter({ ...FULL, body: `${BODY} ${placeholder}` }),
          context,
        )
        expect(hit?.finding.expected, placeholder).toBeUndefined()
      }
    }
  })

  it('leaves addresses and quotes alone', () => {
    const body = `${BODY} See https://example.com/jobs/____ or write to jo@example.com about "the {plan}".`
    expect(findingsOf('unresolved-placeholder', letter({ ...FULL, body }), CONTEXT)).toEqual([])
  })

  it('fills [Your Name] with the candidate before "name" would give the interviewer', () => {
    const [hit] = findingsOf('unresolved-placeholder', letter({ ...FULL, name: '[Your Name]' }), CONTEXT)
    expect(hit?.finding.expected).toEqual(['Jordan Lee'])
  })

  it('fills nothing when the context lacks the value', () => {
    const [hit] = findingsOf('unresolved-placeholder', letter({ ...FULL, body: `${BODY} [Company]` }))
    expect(hit?.finding.expected).toBeUndefined()
    expect(hit?.finding.message).toBe('Replace the placeholder "[Company]" with the real text before sending')
  })

  it.each(Object.keys(TEMPLATE_VARIABLES).map((name) => [name]))(
    'outside template mode, fills {{%s}} from the context',
    (name) => {
      const draft = letter({ ...FULL, body: `${BODY} {{ ${name} }}` })
      const [hit, ...rest] = findingsOf('unresolved-placeholder', draft, CONTEXT)
      expect(rest).toEqual([])
      expect(hit?.actual).toBe(`{{ ${name} }}`)
      expect(hit?.finding.expected).toEqual([TEMPLATE_VARIABLES[name]?.(CONTEXT)])
    },
  )

  it('outside template mode, falls back to the words of an unknown {{variable}}', () => {
    const [hit] = findingsOf(
      'unresolved-placeholder',
      letter({ ...FULL, body: `${BODY} {{employer}}` }),
      CONTEXT,
    )
    expect(hit?.finding.expected).toEqual(['Brightline'])
  })
})

describe('template variables', () => {
  const values: Record<string, string | undefined> = {
    candidate: 'Jordan Lee',
    'candidate.firstName': 'Jordan',
    'candidate.lastName': 'Lee',
    'candidate.name': 'Jordan Lee',
    company: 'Brightline',
    'company.name': 'Brightline',
    interviewer: 'Dana Okoro',
    'interviewer.firstName': 'Dana',
    'interviewer.honorific': 'Ms.',
    'interviewer.lastName': 'Okoro',
    'interviewer.name': 'Dana Okoro',
    'interviewer.title': 'Head of Marketing',
    position: 'Marketing Coordinator',
    topic: 'spring campaign',
  }

  it('read each value from the context', () => {
    expect(Object.keys(TEMPLATE_VARIABLES)).toEqual(Object.keys(values))
    for (const [name, read] of Object.entries(TEMPLATE_VARIABLES))
      expect(read(CONTEXT), name).toBe(values[name])
  })

  it('read nothing from an empty context or empty lists', () => {
    for (const context of [{}, { interviewers: [], topics: [] }]) {
      for (const [name, read] of Object.entries(TEMPLATE_VARIABLES))
        expect(read(context), name).toBeUndefined()
    }
  })

  it('take the first and last of three names', () => {
    const context = { candidate: { name: 'Ana María López' }, interviewers: [{ name: ' Mary  Ann Smith ' }] }
    expect(TEMPLATE_VARIABLES['candidate.firstName']?.(context)).toBe('Ana')
    expect(TEMPLATE_VARIABLES['candidate.lastName']?.(context)).toBe('López')
    expect(TEMPLATE_VARIABLES['interviewer.firstName']?.(context)).toBe('Mary')
    expect(TEMPLATE_VARIABLES['interviewer.lastName']?.(context)).toBe('Smith')
  })
})

describe('unknown-template-variable', () => {
  it('in template mode, accepts known variables and flags unknown ones', () => {
    const draft = letter({
      ...FULL,
      greeting: 'Dear {{interviewer.firstName}},',
      body: `${BODY} {{ employer }}`,
    })
    expect(findingsOf('unresolved-placeholder', draft, CONTEXT, { template: true })).toEqual([])
    const [hit, ...rest] = findingsOf('unknown-template-variable', draft, CONTEXT, { template: true })
    expect(rest).toEqual([])
    expect(hit?.actual).toBe('{{ employer }}')
    expect(hit?.start).toBe(offsetOf(draft, '{{ employer }}'))
    expect(hit?.finding.severity).toBe('error')
    expect(hit?.finding.message).toBe(
      `"{{ employer }}" is not a template variable; use one of ${Object.keys(TEMPLATE_VARIABLES)
        .map((name) => `{{${name}}}`)
        .join(', ')}`,
    )
  })

  it('in template mode, still flags placeholders that are not {{variables}}', () => {
    const draft = letter({ ...FULL, body: `${BODY} [Company]` })
    expect(findingsOf('unresolved-placeholder', draft, CONTEXT, { template: true })).toHaveLength(1)
    expect(findingsOf('unknown-template-variable', draft, CONTEXT, { template: true })).toEqual([])
  })

  it('is not reported outside template mode', () => {
    const draft = letter({ ...FULL, body: `${BODY} {{ employer }}` })
    expect(findingsOf('unknown-template-variable', draft, CONTEXT)).toEqual([])
  })
})

describe('rules of the structure checker', () => {
  it('lists every rule with its default severity and a description', () => {
    const own = rules.filter((rule) => rule.checker === 'structure')
    expect(own.map((rule) => [rule.id, rule.defaultSeverity])).toEqual([
      ['empty-draft', 'warning'],
      ['missing-greeting', 'warning'],
      ['generic-greeting', 'warning'],
      ['casual-greeting', 'warning'],
      ['missing-sign-off', 'warning'],
      ['missing-signature', 'warning'],
      ['subject-too-long', 'warning'],
      ['vague-subject', 'warning'],
      ['unresolved-placeholder', 'error'],
      ['invalid-directive', 'error'],
      ['unused-disable-directive', 'warning'],
      ['copied-letter', 'warning'],
      ['shared-sentence', 'info'],
      ['unknown-template-variable', 'error'],
    ])
    for (const rule of own) expect(rule.description).toMatch(/^[A-Z].{10,}\.$/)
  })
})
