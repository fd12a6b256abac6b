import type { Nodes } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { alignText, decodeCharacterReference, type SourceMap, TextBuilder } from '../../markup/source-map.js'
import { nextHandlebarsTag } from './handlebars.js'

/** Elements whose content is not part of the letter. */
const SKIPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'title',
  'svg',
  'math',
  'iframe',
  'object',
  'select',
  'textarea',
])

/** Elements that start a new paragraph; everything else is inline. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
])

/** Items and table cells sit on their own lines without a blank line between them. */
const LINES = new Set(['li', 'dt', 'dd', 'tr', 'td', 'th'])

/**
 * The visible text of an HTML document as plain text: a blank line between blocks (`<p>`, `<div>`,
 * headings, …), a line break for `<br>` and list items, whitespace collapsed as a browser does
 * (kept inside `<pre>`). Scripts, styles and the `<head>` are left out. With `handlebars`, block
 * helpers and comments (`{{#if}}`, `{{/if}}`, `{{else}}`, `{{! … }}`, `{{> partial}}`) are blanked out
 * first and `{{{raw}}}` is read as `{{raw}}`, so only variables remain in the text.
 */
export function extractHtml(source: string, handlebars = false): { text: string; map: SourceMap } {
  const prepared = handlebars ? blankHandlebarsHelpers(source) : source
  const tree = fromHtml(prepared)
  const builder = new TextBuilder()

  const walk = (node: Nodes, preformatted: boolean): void => {
    if (node.type === 'text') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined) return
      builder.append(alignText(node.value, prepared, start, end, decodeCharacterReference), !preformatted)
      return
    }
    if (node.type !== 'root' && node.type !== 'element') return
    if (node.type === 'element') {
      const name = node.tagName
      if (SKIPPED.has(name)) return
      if (name === 'br') {
        builder.lineBreak()
        return
      }
      if (BLOCKS.has(name)) {
        const line = LINES.has(name)
        if (line) builder.lineBreak()
        else builder.paragraphBreak()
        for (const child of node.children) walk(child, preformatted || name === 'pre')
        if (line) builder.lineBreak()
        else builder.paragraphBreak()
        return
      }
    }
    for (const child of node.children) walk(child, preformatted)
  }
  walk(tree, false)
  return builder.build()
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
