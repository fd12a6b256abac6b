import type { ThankYouContext } from '../../types.js'

/** Words that show a subject line is a thank-you note. Matched as word prefixes, case-insensitively. */
export const THANKS_WORDS: readonly string[] = ['appreciat', 'grateful', 'gratitude', 'thank', 'thx']

/** Words that show a subject line is about the interview or the role, even without the title. */
export const ROLE_WORDS: readonly string[] = [
  'application',
  'conversation',
  'interview',
  'meeting',
  'position',
  'role',
]

/**
 * Template variables that stand for context values in template mode, and how to read each one
 * from the context. Sorted by name.
 */
export const TEMPLATE_VARIABLES: Readonly<Record<string, (context: ThankYouContext) => string | undefined>> =
  {
    candidate: (context) => context.candidate?.name,
    'candidate.firstName': (context) => firstWord(context.candidate?.name),
    'candidate.lastName': (context) => lastWord(context.candidate?.name),
    'candidate.name': (context) => context.candidate?.name,
    company: (context) => context.company?.name,
    'company.name': (context) => context.company?.name,
    interviewer: (context) => context.interviewers?.[0]?.name,
    'interviewer.firstName': (context) => firstWord(context.interviewers?.[0]?.name),
    'interviewer.honorific': (context) => context.interviewers?.[0]?.honorific,
    'interviewer.lastName': (context) => lastWord(context.interviewers?.[0]?.name),
    'interviewer.name': (context) => context.interviewers?.[0]?.name,
    'interviewer.title': (context) => context.interviewers?.[0]?.title,
    position: (context) => context.position,
    topic: (context) => context.topics?.[0],
  }

/**
 * What a bracketed placeholder asks for, by a word it contains, and the context value that fills
 * it. Checked in this order: `[Your Name]` is the candidate before it is "a name".
 */
export const PLACEHOLDER_FILLS: readonly {
  words: readonly string[]
  fill: (context: ThankYouContext) => string | undefined
}[] = [
  { words: ['your first name', 'my first name'], fill: (c) => firstWord(c.candidate?.name) },
  {
    words: ['candidate', 'my name', 'your name', 'your full name', 'your_name', 'yourname'],
    fill: (c) => c.candidate?.name,
  },
  { words: ['company', 'employer', 'organisation', 'organization'], fill: (c) => c.company?.name },
  { words: ['job', 'position', 'role', 'title'], fill: (c) => c.position },
  { words: ['topic', 'discussed', 'project'], fill: (c) => c.topics?.[0] },
  // `[First Name]` and `{first_name}` greet by the first name, `Dear Mr. [Surname]` by the last.
  {
    words: ['first name', 'first_name', 'firstname', 'given name'],
    fill: (c) => firstWord(c.interviewers?.[0]?.name),
  },
  {
    words: ['surname', 'last name', 'last_name', 'lastname', 'family name'],
    fill: (c) => lastWord(c.interviewers?.[0]?.name),
  },
  {
    words: ['hiring manager', 'interviewer', 'name', 'recipient'],
    fill: (c) => c.interviewers?.[0]?.name,
  },
]

/**
 * The last word of a Title Case stand-in: `Job Title`, `Employer Name`, `Your Phone Number`. A
 * run of capitalised words that ends in one of these names a field to fill in, not a thing.
 */
export const STAND_IN_HEADS: ReadonlySet<string> = new Set([
  'Address',
  'Date',
  'Email',
  'Firstname',
  'Lastname',
  'Name',
  'Names',
  'Number',
  'Surname',
  'Title',
  'URL',
])

/** Heads that are a stand-in even alone: `Dear Mr. Surname`. */
export const LONE_STAND_INS: ReadonlySet<string> = new Set(['Firstname', 'Lastname', 'Surname'])

function firstWord(value: string | undefined): string | undefined {
  return value?.trim().split(/\s+/)[0]
}

function lastWord(value: string | undefined): string | undefined {
  return value?.trim().split(/\s+/).at(-1)
}
