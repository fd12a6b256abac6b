import type { IssueFix } from '../../checker.js'
import type { Span } from '../../document.js'
import { trimEndWhere } from '../../text/trim.js'

/**
 * The fix that writes `expected` over `span`, whose text is `actual`. Full stops that close the
 * written word (`Okro.` at the end of a sentence, `Inc.`) stay when the context's form has none,
 * so a repair never eats the sentence's full stop; an initial's own stop (`L.` for "Al") goes
 * with the initial.
 */
export function replacement(span: Span, actual: string, expected: string): IssueFix {
  const stops = actual.slice(trimEndWhere(actual, (char) => char === '.').length)
  const initial = actual.length - stops.length === 1
  const text = stops !== '' && !initial && !expected.endsWith('.') ? expected + stops : expected
  return { span: { start: span.start, end: span.end }, text }
}
