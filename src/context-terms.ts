import type { ThankYouDocument } from './document.js'
import { normalizePunctuation } from './text/normalize.js'
import { trimEndWhere } from './text/trim.js'
import type { ThankYouContext } from './types.js'

export type ContextTermKind =
  | 'candidate'
  | 'interviewer'
  | 'nickname'
  | 'title'
  | 'honorific'
  | 'company'
  | 'alias'
  | 'position'
  | 'topic'
  | 'other-company'

/** A name or phrase from the context, and the words it is made of. */
export interface ContextTerm {
  kind: ContextTermKind
  /** As written in the context, trimmed. */
  text: string
  /** Its words, split on spaces and kept with inner apostrophes and hyphens: `O'Connor`, `Anne-Marie`. */
  words: readonly string[]
  /** For interviewer, nickname, title and honorific terms: the interviewer's index. */
  interviewer?: number
}

export interface ContextTerms {
  terms: readonly ContextTerm[]
  /**
   * Every word of the context, lowercased, with each part of a hyphenated word too, so the
   * spelling checker never calls an interviewer's name or the company a typo.
   */
  words: ReadonlySet<string>
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'.&-]*/gu

/** The context's terms, built once per lint and shared through the document's memo. */
export function contextTerms(document: ThankYouDocument, context: ThankYouContext): ContextTerms {
  return document.memo('context-terms', () => buildContextTerms(context))
}

export function buildContextTerms(context: ThankYouContext): ContextTerms {
  const terms: ContextTerm[] = []
  const add = (kind: ContextTermKind, value: string | undefined, interviewer?: number) => {
    if (value === undefined || value.trim() === '') return
    const text = normalizePunctuation(value.trim())
    const words = (text.match(WORD) ?? []).map((word) =>
      trimEndWhere(word, (char) => char === '.' || char === "'" || char === '-'),
    )
    terms.push({ kind, text, words, ...(interviewer !== undefined && { interviewer }) })
  }
  add('candidate', context.candidate?.name)
  for (const [index, interviewer] of (context.interviewers ?? []).entries()) {
    add('interviewer', interviewer.name, index)
    add('title', interviewer.title, index)
    add('honorific', interviewer.honorific, index)
    for (const nickname of interviewer.nicknames ?? []) add('nickname', nickname, index)
  }
  add('company', context.company?.name)
  for (const alias of context.company?.aliases ?? []) add('alias', alias)
  add('position', context.position)
  for (const topic of context.topics ?? []) add('topic', topic)
  for (const other of context.otherCompanies ?? []) add('other-company', other)

  const words = new Set<string>()
  for (const term of terms) {
    for (const word of term.words) {
      const lower = word.toLowerCase()
      words.add(lower)
      if (lower.includes('-')) for (const piece of lower.split('-')) if (piece) words.add(piece)
    }
  }
  return { terms, words }
}
