import type { Root, RootContent, Sentence, SentenceContent, WhiteSpace } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import { unified } from 'unified'

/**
 * Parses a draft into an nlcst tree, as `unified().use(retextEnglish).parse(text)` does, in linear
 * time.
 *
 * parse-latin tokenizes the whole input as one sentence before it splits it, and several of its
 * merge steps `splice` that one token list, so its cost grows with the square of the input: a
 * 1 MB draft took about 1.9 s to parse, 20 times the cost of 100 KB. Pieces cut between two
 * paragraphs (see `findCut`) parse alone to the same nodes, so long drafts are parsed piece by
 * piece and the positions shifted. The result is equal to the whole-text parse;
 * `test/parse-nlcst.test.ts` checks that on arbitrary text.
 *
 * A stretch with no such place (100 KB of `?!?!`, of `a/a/`, one endless paragraph) would still
 * take seconds, so past `maxPieceLength` it is cut anyway, at a line break, else at a space, else
 * between two characters, and the pieces are stitched back into one sentence or paragraph where
 * parse-latin would have kept them together. Only such text may parse differently (a word broken
 * at a cut without white space), and every node keeps its exact position.
 */

const parser = unified().use(retextEnglish).freeze()

/** Drafts shorter than twice this are parsed whole; longer ones in pieces of at least this. */
export const PIECE_LENGTH = 4096
/** Pieces longer than this are cut even where the parse changes. */
export const MAX_PIECE_LENGTH = 4 * PIECE_LENGTH

interface UnistPoint {
  line: number
  column: number
  offset?: number
}

interface Cut {
  /** Where the separating white space starts and ends. */
  start: number
  end: number
}

export function parseNlcst(
  text: string,
  pieceLength: number = PIECE_LENGTH,
  maxPieceLength: number = MAX_PIECE_LENGTH,
): Root {
  if (text.length < 2 * pieceLength) return parser.parse(text) as Root

  const children: RootContent[] = []
  const cursor = new PointCursor(text)
  let start = 0
  let separator: WhiteSpace | undefined
  let forced = false
  for (;;) {
    const limit = start + maxPieceLength
    let cut = findCut(text, start + pieceLength, limit)
    const force = !cut && text.length > limit
    if (force) cut = forceCut(text, start + pieceLength, limit)
    const end = cut ? cut.start : text.length
    const base = cursor.at(start)
    const piece = (parser.parse(text.slice(start, end)) as Root).children.map((child) => shift(child, base))
    if (separator && forced) stitch(children, separator, piece)
    else {
      if (separator) children.push(separator)
      children.push(...piece)
    }
    if (!cut) break
    separator =
      cut.end > cut.start
        ? {
            type: 'WhiteSpaceNode',
            value: text.slice(cut.start, cut.end),
            position: { start: cursor.at(cut.start), end: cursor.at(cut.end) },
          }
        : undefined
    forced = force
    start = cut.end
  }
  return {
    type: 'RootNode',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: cursor.at(text.length) },
  }
}

/**
 * Joins a piece to the one before across a forced cut, as parse-latin would have parsed them
 * together: a sentence that did not end, or one followed by a lower-case word or a digit, goes on
 * past the cut; ended sentences stay apart, in one paragraph unless a line break separates them.
 */
function stitch(children: RootContent[], separator: WhiteSpace, piece: RootContent[]): void {
  const last = children.at(-1)
  const first = piece[0]
  const lineBreaks = separator.value.split(/\r\n|\r|\n/).length - 1
  if (last?.type !== 'ParagraphNode' || first?.type !== 'ParagraphNode' || lineBreaks > 1) {
    children.push(separator, ...piece)
    return
  }
  const lastSentence = last.children.at(-1)
  const firstSentence = first.children[0]
  if (
    lastSentence?.type === 'SentenceNode' &&
    firstSentence?.type === 'SentenceNode' &&
    (!hasEnded(lastSentence) || continuesSentence(firstSentence))
  ) {
    lastSentence.children.push(separator, ...firstSentence.children)
    if (lastSentence.position && firstSentence.position)
      lastSentence.position.end = firstSentence.position.end
    last.children.push(...first.children.slice(1))
  } else if (lineBreaks === 0) {
    last.children.push(separator, ...first.children)
  } else {
    children.push(separator, ...piece)
    return
  }
  if (last.position && first.position) last.position.end = first.position.end
  children.push(...piece.slice(1))
}

/** parse-latin joins a sentence that opens with a lower-case word or a digit to the one before. */
function continuesSentence(sentence: Sentence): boolean {
  const head = sentence.children[0]
  return head?.type === 'WordNode' && /^[\p{Ll}\d]/u.test(nlcstToString(head))
}

const TERMINAL_MARK = /^[.!?\u2026\u203d]+$/
const CLOSING_MARK = /^["'\u2019\u201d)\]]+$/

/** Whether a sentence ends with `.`, `!` or `?`, perhaps inside closing quotes or brackets. */
function hasEnded(sentence: Sentence): boolean {
  for (let index = sentence.children.length - 1; index >= 0; index--) {
    const child = sentence.children[index] as SentenceContent
    if (child.type === 'WhiteSpaceNode') continue
    if (child.type !== 'PunctuationNode' && child.type !== 'SymbolNode') return false
    if (TERMINAL_MARK.test(child.value)) return true
    if (!CLOSING_MARK.test(child.value)) return false
  }
  return false
}

const LINE_BREAK = /[\n\r]/g
const TERMINAL = /[.!?]/
const WORD_END = /[\p{L}\p{N}]/u
const SENTENCE_START = /\p{Lu}/u

/**
 * The first place at or after `from` where a paragraph ends a sentence (a letter or digit, then
 * `.`, `!` or `?`), a run of spaces, tabs and at least two line breaks follows, and the next
 * paragraph starts with a capital letter. parse-latin makes that run one white-space node between
 * two paragraphs, and none of its merge steps reaches across it: a sentence that starts with a
 * capital is never merged into the one before, nor the one before, which has a word, into it.
 */
function findCut(text: string, from: number, limit: number): Cut | undefined {
  LINE_BREAK.lastIndex = from
  for (
    let match = LINE_BREAK.exec(text);
    match !== null && match.index < limit;
    match = LINE_BREAK.exec(text)
  ) {
    const { start, end, breaks } = spaceAround(text, match.index)
    LINE_BREAK.lastIndex = end
    if (
      breaks >= 2 &&
      start >= 2 &&
      TERMINAL.test(text.charAt(start - 1)) &&
      WORD_END.test(text.charAt(start - 2)) &&
      SENTENCE_START.test(text.charAt(end))
    ) {
      return { start, end }
    }
  }
  return undefined
}

/**
 * Where to cut a stretch that has no paragraph break before `limit`: around the first line break
 * after `from`, else the first space or tab, else at `from` itself (never inside a surrogate pair
 * or a CRLF).
 */
function forceCut(text: string, from: number, limit: number): Cut {
  LINE_BREAK.lastIndex = from
  const lineBreak = LINE_BREAK.exec(text)
  if (lineBreak && lineBreak.index < limit) return spaceAround(text, lineBreak.index)
  SPACE.lastIndex = from
  const space = SPACE.exec(text)
  if (space && space.index < limit) return spaceAround(text, space.index)
  const before = text.charCodeAt(from - 1)
  const after = text.charCodeAt(from)
  const splits = (isHighSurrogate(before) && isLowSurrogate(after)) || (before === 13 && after === 10)
  const at = splits ? from + 1 : from
  return { start: at, end: at }
}

const SPACE = /[ \t]/g

/** The run of spaces, tabs and line breaks around `index`, and how many line breaks it holds. */
function spaceAround(text: string, index: number): Cut & { breaks: number } {
  let start = index
  while (start > 0 && isSpaceOrLineBreak(text.charCodeAt(start - 1))) start--
  let end = start
  let breaks = 0
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end)
    if (code === 13 /* \r */) {
      breaks++
      if (text.charCodeAt(end + 1) === 10) end++
    } else if (code === 10 /* \n */) breaks++
    else if (!isSpaceOrTab(code)) break
  }
  return { start, end, breaks }
}

function isSpaceOrLineBreak(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9
}

/**
 * Line and column of increasing offsets, counted the way parse-latin counts them: `\r`, `\r\n`
 * and `\n` each end a line.
 */
class PointCursor {
  private offset = 0
  private line = 1
  private column = 1
  private previous = ''

  constructor(private readonly text: string) {}

  at(offset: number): UnistPoint {
    for (; this.offset < offset; this.offset++) {
      const current = this.text.charAt(this.offset)
      if (current === '\r' || (current === '\n' && this.previous !== '\r')) {
        this.line++
        this.column = 1
      } else if (current !== '\n') {
        this.column++
      }
      this.previous = current
    }
    return { line: this.line, column: this.column, offset: this.offset }
  }
}

interface PositionedNode {
  position?: { start: UnistPoint; end: UnistPoint }
  children?: PositionedNode[]
}

/** Moves a node of a piece that starts at `base` to its place in the whole draft. */
function shift<Node extends RootContent>(node: Node, base: UnistPoint): Node {
  const stack: PositionedNode[] = [node as PositionedNode]
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    const { position } = current
    // parse-latin shares point objects between nodes, so points are replaced, never changed.
    if (position)
      current.position = { start: shiftPoint(position.start, base), end: shiftPoint(position.end, base) }
    if (current.children) for (const child of current.children) stack.push(child)
  }
  return node
}

function shiftPoint(point: UnistPoint, base: UnistPoint): UnistPoint {
  return {
    line: point.line + base.line - 1,
    column: point.line === 1 ? point.column + base.column - 1 : point.column,
    offset: (point.offset ?? 0) + (base.offset ?? 0),
  }
}
