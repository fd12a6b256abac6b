/**
 * Openers and closers that mark the greeting and sign-off lines of an email. Sorted
 * alphabetically; matching is case-insensitive and prefers the longest phrase.
 */

export type GreetingStyle = 'formal' | 'neutral' | 'casual' | 'generic'

/** How a greeting opens, and how it reads to a hiring manager. */
export const GREETINGS: Readonly<Record<string, GreetingStyle>> = {
  afternoon: 'casual',
  dear: 'formal',
  evening: 'casual',
  'good afternoon': 'neutral',
  'good evening': 'neutral',
  'good morning': 'neutral',
  greetings: 'generic',
  hello: 'neutral',
  hey: 'casual',
  'hey there': 'casual',
  heya: 'casual',
  hi: 'neutral',
  'hi there': 'generic',
  hiya: 'casual',
  howdy: 'casual',
  morning: 'casual',
  respected: 'formal',
  sup: 'casual',
  'to whom it may concern': 'generic',
  "what's up": 'casual',
  yo: 'casual',
}

export const GREETING_OPENERS: readonly string[] = Object.keys(GREETINGS)

/** Addressees that name nobody: the note reads as a form letter. */
export const GENERIC_ADDRESSEES: readonly string[] = [
  'all',
  'everybody',
  'everyone',
  'folks',
  'guys',
  'hiring committee',
  'hiring manager',
  'hiring team',
  'interviewer',
  'madam',
  'recruiter',
  'recruiting team',
  'recruitment team',
  'search committee',
  'selection committee',
  'sir',
  'sir or madam',
  'sir/madam',
  'team',
  'there',
]

export type SignOffStyle = 'formal' | 'casual'

/** Closing phrases, and whether they suit a letter to a hiring manager. */
export const SIGN_OFF_STYLES: Readonly<Record<string, SignOffStyle>> = {
  'all the best': 'formal',
  best: 'formal',
  'best regards': 'formal',
  'best wishes': 'formal',
  cheers: 'casual',
  cordially: 'formal',
  gratefully: 'formal',
  'kind regards': 'formal',
  'kindest regards': 'formal',
  later: 'casual',
  love: 'casual',
  'many thanks': 'formal',
  peace: 'casual',
  regards: 'formal',
  respectfully: 'formal',
  'respectfully yours': 'formal',
  'see ya': 'casual',
  'see you': 'casual',
  sincerely: 'formal',
  'sincerely yours': 'formal',
  'take care': 'casual',
  'talk soon': 'casual',
  'thank you': 'formal',
  'thank you again': 'formal',
  'thank you so much': 'formal',
  thanks: 'formal',
  'thanks again': 'formal',
  'thanks so much': 'formal',
  thx: 'casual',
  ttyl: 'casual',
  'warm regards': 'formal',
  'warm wishes': 'formal',
  'warmest regards': 'formal',
  warmly: 'formal',
  'with appreciation': 'formal',
  'with best regards': 'formal',
  'with gratitude': 'formal',
  'with kind regards': 'formal',
  'with thanks': 'formal',
  xoxo: 'casual',
  yours: 'formal',
  'yours faithfully': 'formal',
  'yours sincerely': 'formal',
  'yours truly': 'formal',
}

export const SIGN_OFFS: readonly string[] = Object.keys(SIGN_OFF_STYLES)
