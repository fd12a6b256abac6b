import type { Interviewer, ThankYouContext } from '../../src/index.ts'

/** The context form's fields as typed, by input name. */
export type FormFields = Record<string, string>

export interface State {
  draft: string
  fields: FormFields
}

/**
 * `#` followed by URL-encoded JSON `{ draft, fields }`: readable enough to edit by hand and safe in
 * any URL. Anything unreadable gives an empty state rather than an error.
 */
export function parseHash(hash: string): State {
  if (hash.length <= 1) return { draft: '', fields: {} }
  try {
    const value: unknown = JSON.parse(decodeURIComponent(hash.slice(1)))
    if (typeof value !== 'object' || value === null) return { draft: '', fields: {} }
    const draft = 'draft' in value && typeof value.draft === 'string' ? value.draft : ''
    const fields: FormFields = {}
    if ('fields' in value && typeof value.fields === 'object' && value.fields !== null) {
      for (const [name, field] of Object.entries(value.fields))
        if (typeof field === 'string') fields[name] = field
    }
    return { draft, fields }
  } catch {
    return { draft: '', fields: {} }
  }
}

export function toHash(draft: string, fields: FormFields): string {
  return `#${encodeURIComponent(JSON.stringify({ draft, fields }))}`
}

const HONORIFIC = /^(Mr|Mrs|Ms|Mx|Miss|Dr|Prof)\.?\s+/i

/** `Ms. Dana Okoro, Head of Marketing` → `{ honorific: 'Ms.', name: 'Dana Okoro', title: 'Head of Marketing' }`. */
export function parseInterviewer(line: string): Interviewer | undefined {
  const [who = '', ...rest] = line.split(',')
  const honorific = HONORIFIC.exec(who.trim())
  const name = who
    .trim()
    .slice(honorific ? honorific[0].length : 0)
    .trim()
  if (name === '') return undefined
  const interviewer: Interviewer = { name }
  if (honorific) interviewer.honorific = `${(honorific[1] as string).replace(/^./, (c) => c.toUpperCase())}.`
  const title = rest.join(',').trim()
  if (title !== '') interviewer.title = title
  return interviewer
}

/** The lint context the form describes; empty fields are left out. */
export function toContext(fields: FormFields): ThankYouContext {
  const context: ThankYouContext = {}
  const value = (name: string) => fields[name]?.trim() || undefined
  const candidate = value('candidate')
  if (candidate) context.candidate = { name: candidate }
  const interviewers = (fields.interviewers ?? '')
    .split('\n')
    .map(parseInterviewer)
    .filter((interviewer) => interviewer !== undefined)
  if (interviewers.length > 0) context.interviewers = interviewers
  const company = value('company')
  if (company) context.company = { name: company }
  const position = value('position')
  if (position) context.position = position
  const topics = (fields.topics ?? '')
    .split(',')
    .map((topic) => topic.trim())
    .filter(Boolean)
  if (topics.length > 0) context.topics = topics
  const endedAt = value('endedAt')
  const timeZone = value('timeZone')
  if (endedAt) context.interview = timeZone ? { endedAt, timeZone } : { endedAt }
  const sendAt = value('sendAt')
  if (sendAt) context.sendAt = sendAt
  return context
}
