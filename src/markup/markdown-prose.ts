import type { Nodes, Parents, Root } from 'mdast'
import {
  alignText,
  type Decoder,
  decodeCharacterReference,
  decoders,
  type SourceMap,
  TextBuilder,
} from './source-map.js'

/** `\*` in Markdown is a literal `*`: the backslash escapes ASCII punctuation. */
const decodeBackslashEscape: Decoder = (source, at, end) => {
  if (source.charCodeAt(at) !== 92 /* \ */ || at + 1 >= end) return undefined
  const next = source.charAt(at + 1)
  return /[!-/:-@[-`{-~]/.test(next) ? { length: 2, value: next } : undefined
}

const decodeMarkdown = decoders(decodeBackslashEscape, decodeCharacterReference)

/**
 * The prose of an mdast tree already parsed from `source` (from `offset` on), as `extractMarkdown`
 * describes. The unified plugin calls it on the tree remark made, so it needs no parser of its own.
 */
export function markdownProse(tree: Root, source: string, offset: number): { text: string; map: SourceMap } {
  const builder = new TextBuilder()

  const walk = (node: Nodes, separator: 1 | 2): void => {
    switch (node.type) {
      case 'inlineCode': {
        // Kept with its backticks, as in a .txt letter, so the linter reads it as code (quoted
        // text it never spell-checks): `dbt` is a tool's name, not a misspelt "debt".
        const start = (node.position?.start.offset ?? 0) + offset
        const end = (node.position?.end.offset ?? 0) + offset
        const raw = source.slice(start, end)
        if (/^`[^`\n]{1,80}`$/.test(raw)) {
          builder.append(alignText(raw, source, start, end))
          return
        }
        const inner = raw.indexOf(node.value)
        builder.append(alignText(node.value, source, start + Math.max(0, inner), end, decodeMarkdown))
        return
      }
      case 'text': {
        const start = (node.position?.start.offset ?? 0) + offset
        const end = (node.position?.end.offset ?? 0) + offset
        builder.append(alignText(node.value, source, start, end, decodeMarkdown))
        return
      }
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference':
        walkChildren(node, separator)
        return
      case 'break':
        builder.lineBreak()
        return
      case 'html':
        // Raw HTML is left out, but a `<br>` in a paragraph still breaks the line.
        if (/^<br\s*\/?>$/i.test(node.value)) builder.lineBreak()
        return
      case 'code':
      case 'image':
      case 'imageReference':
      case 'definition':
        return
      case 'thematicBreak':
        builder.paragraphBreak()
        return
      case 'paragraph':
      case 'heading':
        breakBlock(builder, separator)
        walkChildren(node, separator)
        breakBlock(builder, separator)
        return
      case 'list': {
        builder.paragraphBreak()
        const itemSeparator = node.spread ? 2 : 1
        for (const item of node.children) walk(item, itemSeparator)
        builder.paragraphBreak()
        return
      }
      case 'listItem':
        breakBlock(builder, separator)
        walkChildren(node, node.spread ? 2 : separator)
        breakBlock(builder, separator)
        return
      default:
        if ('children' in node) {
          builder.paragraphBreak()
          walkChildren(node, 2)
          builder.paragraphBreak()
        }
    }
  }
  const walkChildren = (node: Parents, separator: 1 | 2): void => {
    for (const child of node.children) walk(child, separator)
  }
  for (const child of tree.children) walk(child, 2)
  return builder.build()
}

function breakBlock(builder: TextBuilder, separator: 1 | 2): void {
  if (separator === 2) builder.paragraphBreak()
  else builder.lineBreak()
}
