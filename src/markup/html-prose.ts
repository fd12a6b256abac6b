import type { Nodes } from 'hast'
import { alignText, decodeCharacterReference, type SourceMap, TextBuilder } from './source-map.js'

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
 * The visible text of a hast tree parsed from `source` (by rehype, or by the command's HTML
 * reader) as plain text: a blank line between blocks (`<p>`, `<div>`, headings, …), a line break
 * for `<br>` and list items, whitespace collapsed as a browser does (kept inside `<pre>`).
 * Scripts, styles and the `<head>` are left out. Every character maps back to `source` through
 * the nodes' positions, so a tree without positions yields no text.
 */
export function htmlProse(tree: Nodes, source: string): { text: string; map: SourceMap } {
  const builder = new TextBuilder()

  const walk = (node: Nodes, preformatted: boolean): void => {
    if (node.type === 'text') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined) return
      builder.append(alignText(node.value, source, start, end, decodeCharacterReference), !preformatted)
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
