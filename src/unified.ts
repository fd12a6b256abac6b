/**
 * `thank-you-lint/unified`: the linter as a unified plugin, for people who already run remark,
 * retext or rehype with vfile reporters.
 *
 * ```js
 * import { remark } from 'remark'
 * import { reporter } from 'vfile-reporter'
 * import { thankYouLint } from 'thank-you-lint/unified'
 *
 * const file = await remark().use(thankYouLint, { company: 'Acme' }).process(draft)
 * console.error(reporter(file))
 * ```
 *
 * The plugin lints the file's text. On a Markdown tree (remark) or an HTML tree (rehype) it lints
 * the prose only, as the command does for `.md` and `.html` files: markup, code, scripts and link
 * targets are left out, and every position is mapped back to the source. On any other tree
 * (retext's nlcst, or none) it lints the file as plain text. Each finding becomes a vfile message,
 * so any reporter prints it.
 */
import type { Root as HastRoot } from 'hast'
import type { Root as MdastRoot } from 'mdast'
import type { VFile } from 'vfile'
import { lintThankYou } from './lint.js'
import { htmlProse } from './markup/html-prose.js'
import { markdownProse } from './markup/markdown-prose.js'
import { mapSpan, type SourceMap } from './markup/source-map.js'
import { type Line, pointAt, splitLines } from './text/lines.js'
import type { Finding, LintOptions, Position, ThankYouContext } from './types.js'

/** The tree a unified transformer gets: any unist node. */
interface Node {
  type: string
}

/** What `file.message` returns; typed here so this module needs no runtime import of vfile. */
type VFileMessage = ReturnType<VFile['message']>

/** Takes the same context and options as `lintThankYou`. */
export function thankYouLint(
  context?: ThankYouContext,
  options?: LintOptions,
): (tree: Node, file: VFile) => undefined {
  return (tree, file) => {
    const source = String(file.value ?? '')
    const prose = proseOf(tree, source)
    const report = lintThankYou(prose ? prose.text : source, context, options)
    let lines: Line[] | undefined
    const toSource = (position: Position): Position => {
      if (!prose) return position
      lines ??= splitLines(source)
      const span = mapSpan(prose.map, position.start.offset, position.end.offset)
      return { start: pointAt(lines, span.start), end: pointAt(lines, span.end) }
    }
    for (const finding of report.findings) addMessage(file, finding, toSource)
    return undefined
  }
}

function addMessage(file: VFile, finding: Finding, toSource: (position: Position) => Position): VFileMessage {
  const message = file.message(finding.message, {
    ruleId: finding.ruleId,
    source: 'thank-you-lint',
    ...(finding.position ? { place: toSource(finding.position) } : {}),
  })
  // `fatal`: `true` for errors (vfile-reporter counts them as errors), `false` for warnings,
  // `undefined` for information, as `file.fail`, `file.message` and `file.info` set it.
  message.fatal = finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined
  if (finding.actual !== undefined) message.actual = finding.actual
  if (finding.expected !== undefined) message.expected = finding.expected
  if (finding.url !== undefined) message.url = finding.url
  return message
}

/** The prose of a remark or rehype tree with its map to the source; `undefined` for any other tree. */
function proseOf(tree: Node, source: string): { text: string; map: SourceMap } | undefined {
  if (isHastRoot(tree)) return htmlProse(tree, source)
  if (isMdastRoot(tree)) return markdownProse(tree, source, 0)
  return undefined
}

/**
 * remark's and rehype's trees both have a `root`; retext's nlcst root is `RootNode`. A hast root
 * holds elements or a doctype, or `data.quirksMode`, which rehype-parse sets on every document.
 */
function isHastRoot(tree: Node): tree is HastRoot {
  if (tree.type !== 'root' || !('children' in tree) || !Array.isArray(tree.children)) return false
  const data = 'data' in tree && typeof tree.data === 'object' && tree.data !== null ? tree.data : {}
  return 'quirksMode' in data || isHast(tree.children)
}

function isMdastRoot(tree: Node): tree is MdastRoot {
  return tree.type === 'root' && 'children' in tree && Array.isArray(tree.children)
}

function isHast(children: readonly unknown[]): boolean {
  return children.some(
    (child) =>
      typeof child === 'object' &&
      child !== null &&
      'type' in child &&
      (child.type === 'element' || child.type === 'doctype'),
  )
}

export type { LintOptions, ThankYouContext } from './types.js'
