// The context and the letter the accuracy tests vary: one interviewer, a company with an alias, a
// two-word role, and a body that names all three.
import type { ThankYouContext } from '../src/types.js'

export const context: ThankYouContext = {
  candidate: { name: 'Jordan Lee' },
  interviewers: [{ name: 'Dana Okoro', honorific: 'Ms.', title: 'Head of Marketing' }],
  company: { name: 'Brightline Solutions', aliases: ['Brightline'] },
  position: 'Marketing Coordinator',
}

export const body =
  'Thank you for meeting with me about the Marketing Coordinator role at Brightline. I enjoyed hearing how your team plans the spring campaign.'

/** A letter of a greeting line, a body and a signature, separated by blank lines. */
export function letter(greeting: string, text = body, signature = 'Best regards,\nJordan Lee'): string {
  return `${greeting}\n\n${text}\n\n${signature}`
}
