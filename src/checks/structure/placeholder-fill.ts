import type { EmailPart } from '../../parts.js'
import { trimEndWhere, trimStartWhere } from '../../text/trim.js'
import type { ThankYouContext } from '../../types.js'

/** Whose value a placeholder asks for, and which part of a name. */
type Slot =
  | 'person'
  | 'person-first'
  | 'person-last'
  | 'candidate'
  | 'candidate-first'
  | 'candidate-last'
  | 'company'
  | 'position'

/**
 * What a placeholder asks for when its words say so outright, by its text lowercased with
 * brackets, possessives and underscores dropped. A `person` slot is the interviewer in the body
 * and greeting, and the candidate in the sign-off and signature (`Best,\n[Full Name]`). Sorted by
 * slot, then text. Anything not here (`[Topic]`, `[specific project]`, `[Mr./Ms. Name]`) needs the
 * writer's judgement and gets no fix.
 */
const SLOTS: Readonly<Record<string, Slot>> = {
  candidate: 'candidate',
  'candidate full name': 'candidate',
  'candidate name': 'candidate',
  'my full name': 'candidate',
  'my name': 'candidate',
  'your full name': 'candidate',
  'your name': 'candidate',
  yourname: 'candidate',
  'my first name': 'candidate-first',
  'your first name': 'candidate-first',
  'my last name': 'candidate-last',
  'your last name': 'candidate-last',
  company: 'company',
  'company name': 'company',
  employer: 'company',
  'employer name': 'company',
  organisation: 'company',
  'organisation name': 'company',
  organization: 'company',
  'organization name': 'company',
  'full name': 'person',
  'hiring manager': 'person',
  'hiring manager name': 'person',
  interviewer: 'person',
  'interviewer full name': 'person',
  'interviewer name': 'person',
  name: 'person',
  recipient: 'person',
  'recipient name': 'person',
  'first name': 'person-first',
  firstname: 'person-first',
  'given name': 'person-first',
  'hiring manager first name': 'person-first',
  'interviewer first name': 'person-first',
  'recipient first name': 'person-first',
  'family name': 'person-last',
  'hiring manager last name': 'person-last',
  'interviewer last name': 'person-last',
  'interviewer surname': 'person-last',
  'last name': 'person-last',
  lastname: 'person-last',
  surname: 'person-last',
  job: 'position',
  'job position': 'position',
  'job role': 'position',
  'job title': 'position',
  position: 'position',
  'position name': 'position',
  'position title': 'position',
  role: 'position',
  'role title': 'position',
}

/** `{{variable}}` names whose value is certain, by slot (see `TEMPLATE_VARIABLES`). */
const VARIABLE_SLOTS: Readonly<Record<string, Slot>> = {
  candidate: 'candidate',
  'candidate.firstName': 'candidate-first',
  'candidate.lastName': 'candidate-last',
  'candidate.name': 'candidate',
  company: 'company',
  'company.name': 'company',
  interviewer: 'person',
  'interviewer.firstName': 'person-first',
  'interviewer.lastName': 'person-last',
  'interviewer.name': 'person',
  position: 'position',
}

const isOpeningBracket = (char: string) => char === '[' || char === '{' || char === '<' || char === '('
const isClosingBracket = (char: string) => char === ']' || char === '}' || char === '>' || char === ')'

/** The placeholder without its brackets, in one pass from each end (a `[…]+$` pattern is quadratic). */
function withoutBrackets(actual: string): string {
  return trimEndWhere(trimStartWhere(actual, isOpeningBracket), isClosingBracket)
}
const POSSESSIVE = /['’]s\b/g
const SEPARATORS = /[_\s]+/g

/**
 * The text a placeholder stands for when the context leaves no doubt: `[Interviewer Name]` is
 * "Dana Okoro" and `[First Name]` is "Dana" when Dana Okoro is the only interviewer, `[Company]`
 * is the company. Undefined when the placeholder could mean several things or the context has
 * no single value for it.
 */
export function certainFill(
  actual: string,
  variable: string | undefined,
  part: EmailPart,
  context: ThankYouContext,
): string | undefined {
  const slot =
    variable === undefined
      ? SLOTS[withoutBrackets(actual).replace(POSSESSIVE, '').replace(SEPARATORS, ' ').trim().toLowerCase()]
      : Object.hasOwn(VARIABLE_SLOTS, variable)
        ? VARIABLE_SLOTS[variable]
        : undefined
  if (slot === undefined) return undefined
  const own = part === 'sign-off' || part === 'signature'
  const interviewers = context.interviewers ?? []
  const person = interviewers.length === 1 ? interviewers[0]?.name : undefined
  const candidate = context.candidate?.name
  switch (slot) {
    case 'person':
      return tidy(variable === undefined && own ? candidate : person)
    case 'person-first':
      return firstWord(variable === undefined && own ? candidate : person)
    case 'person-last':
      return lastWord(variable === undefined && own ? candidate : person)
    case 'candidate':
      return tidy(candidate)
    case 'candidate-first':
      return firstWord(candidate)
    case 'candidate-last':
      return lastWord(candidate)
    case 'company':
      return tidy(context.company?.name)
    case 'position':
      return tidy(context.position)
  }
}

function tidy(value: string | undefined): string | undefined {
  const tidied = value?.trim().replace(/\s+/g, ' ')
  return tidied === '' ? undefined : tidied
}

/** A name's first word; none for a one-word name, whose "first name" may be all there is or not. */
function firstWord(value: string | undefined): string | undefined {
  const words = tidy(value)?.split(' ')
  return words && words.length > 1 ? words[0] : undefined
}

function lastWord(value: string | undefined): string | undefined {
  const words = tidy(value)?.split(' ')
  return words && words.length > 1 ? words.at(-1) : undefined
}
