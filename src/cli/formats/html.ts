import { fromHtml } from 'hast-util-from-html'
import { htmlProse } from '../../markup/html-prose.js'
import type { SourceMap } from '../../markup/source-map.js'
import { nextHandlebarsTag } from './handlebars.js'

/**
 * The visible text of an HTML document as plain text, as `htmlProse` reads it. With `handlebars`,
 * block helpers and comments (`{{#if}}`, `{{/if}}`, `{{else}}`, `{{! … }}`, `{{> partial}}`) are
 * blanked out first and `{{{raw}}}` is read as `{{raw}}`, so only variables remain in the text.
 */
export function extractHtml(source: string, handlebars = false): { text: string; map: SourceMap } {
  const prepared = handlebars ? blankHandlebarsHelpers(source) : source
  return htmlProse(fromHtml(prepared), prepared)
}

/**
 * Replaces Handlebars helpers and comments with spaces (newlines kept), so offsets do not move and
 * HTML whitespace collapsing removes them. Scans by hand: on input with no closing `}}` it stops.
 */
export function blankHandlebarsHelpers(source: string): string {
  const out = source.split('')
  let tag = nextHandlebarsTag(source, 0)
  while (tag) {
    const { start: at, close, end } = tag
    let head = at + 2
    const triple = source.charCodeAt(head) === 123 /* { */
    if (source.charCodeAt(head) === 126 /* ~ */) head++
    const sigil = source.charAt(head)
    if (triple) {
      // {{{raw}}} reads as {{raw}}: drop one brace on each side.
      const tripleEnd = source.startsWith('}}}', close) ? close + 3 : end
      out[at] = ' '
      if (tripleEnd === close + 3) out[close + 2] = ' '
      tag = nextHandlebarsTag(source, tripleEnd)
      continue
    }
    if ((sigil !== '' && '!#/^>'.includes(sigil)) || /^else(?![\w.-])/.test(source.slice(head, head + 5))) {
      for (let k = at; k < end; k++) if (out[k] !== '\n' && out[k] !== '\r') out[k] = ' '
    }
    tag = nextHandlebarsTag(source, end)
  }
  return out.join('')
}
