import { extname } from 'node:path'
import { findFrontMatter } from '../../markup/front-matter.js'
import type { Extracted } from '../../markup/source-map.js'

export type InputFormat = 'text' | 'markdown' | 'html' | 'handlebars' | 'email'

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.hbs': 'handlebars',
  '.handlebars': 'handlebars',
  '.eml': 'email',
}

/** Extensions a directory is searched for. */
export const EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION).map((extension) => extension.slice(1))

/** The format of a file by its extension; anything unknown is read as plain text. */
export function formatOf(path: string): InputFormat {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? 'text'
}

let markdown: typeof import('./markdown.js') | undefined
let html: typeof import('./html.js') | undefined
let eml: typeof import('./eml.js') | undefined

/**
 * The letter's text in a file, with a map back to the file's offsets. Parsers are imported on
 * first use, so a run over plain-text files never loads the Markdown, HTML or MIME parsers.
 */
export async function extract(format: InputFormat, text: string, bytes: Uint8Array): Promise<Extracted> {
  switch (format) {
    case 'text':
      return { text }
    case 'markdown': {
      markdown ??= await import('./markdown.js')
      const { extractMarkdown } = markdown
      const frontMatter = findFrontMatter(text)
      const extracted: Extracted = extractMarkdown(text, frontMatter?.end ?? 0)
      if (frontMatter) extracted.frontMatter = frontMatter
      return extracted
    }
    case 'html':
    case 'handlebars': {
      html ??= await import('./html.js')
      return html.extractHtml(text, format === 'handlebars')
    }
    case 'email': {
      eml ??= await import('./eml.js')
      return eml.extractEml(bytes, text)
    }
  }
}
