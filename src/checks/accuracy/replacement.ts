import type { IssueFix } from '../../checker.js'
import type { Span } from '../../document.js'

const TRAILING_STOPS = /\.+$/

/**
 * The fix that writes `expected` over `span`, whose text is `actual`. Full stops that close the
 * written word (`Okro.` at the end of a sentence, `Inc.`) stay when the context's form has none,
 * so a repair never eats the sentence's full stop.
 */
export function replacement(span: Span, actual: string, expected: string): IssueFix {
  const stops = TRAILING_STOPS.exec(actual)?.[0] ?? ''
  const text = stops !== '' && !expected.endsWith('.') ? expected + stops : expected
  return { span: { start: span.start, end: span.end }, text }
}
