import { fromMarkdown } from 'mdast-util-from-markdown'
import { markdownProse } from '../../markup/markdown-prose.js'
import type { SourceMap } from '../../markup/source-map.js'

/**
 * The prose of a Markdown document (from `offset` on, after any front matter) as plain text: one
 * paragraph per block, list items of a tight list on their own lines, hard breaks as line breaks.
 * Code blocks, raw HTML, images and definitions are left out; inline code is kept with its
 * backticks, which mark it as code for the linter.
 */
export function extractMarkdown(source: string, offset: number): { text: string; map: SourceMap } {
  return markdownProse(fromMarkdown(source.slice(offset)), source, offset)
}
