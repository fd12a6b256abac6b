import type { Paragraph as NlcstParagraph, Sentence as NlcstSentence, Word as NlcstWord, Root } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import { type EmailPart, type EmailParts, findEmailParts } from './parts.js'
import { type Line, pointAt, splitLines } from './text/lines.js'
import { findLiterals, type Literal } from './text/literals.js'
import { plainSpaces } from './text/normalize.js'
import { parseNlcst } from './text/parse-nlcst.js'
import type { Point, Position } from './types.js'

/** A range of the draft by UTF-16 offsets, `end` exclusive. */
export interface Span {
  start: number
  end: number
}

export interface WordToken extends Span {
  /** The word as written, with inner apostrophes, hyphens and full stops (`Dana's`, `well-known`, `Ms.`). */
  text: string
  /** Index in `ThankYouDocument.words`. */
  index: number
  /** Index in `ThankYouDocument.sentences`. */
  sentence: number
  /** The part of the email the word is in. */
  part: EmailPart
  /** The first word of its sentence. */
  sentenceStart: boolean
  /** Set when the word lies in an address, a placeholder or quoted text. */
  literal?: Literal
  /** The nlcst node, for retext plugins that want the tree. */
  node: NlcstWord
}

export interface SentenceSpan extends Span {
  index: number
  part: EmailPart
  /** Index of its first word in `ThankYouDocument.words`. */
  firstWord: number
  /** Index after its last word. */
  endWord: number
}

/**
 * The draft parsed once, shared read-only by every checker. Sentences are nlcst's sentences cut
 * where the email's parts meet, so a greeting or sign-off never runs into the body.
 */
export interface ThankYouDocument {
  text: string
  /** nlcst tree from retext-english, with positions. */
  tree: Root
  lines: readonly Line[]
  words: readonly WordToken[]
  sentences: readonly SentenceSpan[]
  literals: readonly Literal[]
  parts: EmailParts
  point(offset: number): Point
  position(span: Span): Position
  slice(span: Span): string
  /** The words of a span, in order. */
  wordsIn(span: Span): readonly WordToken[]
  /** Data derived once per document and shared between checkers, by key. */
  memo<T>(key: string, compute: () => T): T
}

/**
 * Parses the draft. No-break spaces are read as plain spaces (one for one, so offsets are the
 * draft's): `document.text` is the draft with them replaced.
 */
export function parseDocument(draft: string): ThankYouDocument {
  const text = plainSpaces(draft)
  const tree = parseNlcst(text)
  const lines = splitLines(text)
  const literals = findLiterals(text)
  const parts = findEmailParts(text, lines)
  const words: WordToken[] = []
  const sentences: SentenceSpan[] = []

  const partOf = (offset: number): EmailPart => parts.partAt(offset)
  let literalIndex = 0
  const literalAt = (start: number, end: number): Literal | undefined => {
    while (literalIndex < literals.length && (literals[literalIndex] as Literal).end <= start) literalIndex++
    const literal = literals[literalIndex]
    return literal && literal.start < end ? literal : undefined
  }

  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of (paragraph as NlcstParagraph).children) {
      if (sentence.type !== 'SentenceNode') continue
      let current: SentenceSpan | undefined
      for (const child of (sentence as NlcstSentence).children) {
        if (child.type !== 'WordNode') continue
        const start = child.position?.start.offset ?? 0
        const end = child.position?.end.offset ?? start
        const part = partOf(start)
        if (current === undefined || current.part !== part) {
          current = {
            index: sentences.length,
            part,
            start,
            end,
            firstWord: words.length,
            endWord: words.length,
          }
          sentences.push(current)
        }
        const word: WordToken = {
          text: nlcstToString(child),
          index: words.length,
          sentence: current.index,
          part,
          sentenceStart: current.endWord === current.firstWord,
          start,
          end,
          node: child,
        }
        const literal = literalAt(start, end)
        if (literal) word.literal = literal
        words.push(word)
        current.end = end
        current.endWord = words.length
      }
    }
  }
  extendSentencesToTerminalPunctuation(text, sentences)

  const memos = new Map<string, unknown>()
  const document: ThankYouDocument = {
    text,
    tree,
    lines,
    words,
    sentences,
    literals,
    parts,
    point: (offset) => pointAt(lines, offset),
    position: (span) => ({ start: pointAt(lines, span.start), end: pointAt(lines, span.end) }),
    slice: (span) => text.slice(span.start, span.end),
    wordsIn: (span) =>
      words.slice(firstWordAtOrAfter(words, span.start), firstWordAtOrAfter(words, span.end)),
    memo<T>(key: string, compute: () => T): T {
      if (!memos.has(key)) memos.set(key, compute())
      return memos.get(key) as T
    },
  }
  return document
}

/** Sentences end at their last word; take in the `.`, `?` or `!` that closes them. */
function extendSentencesToTerminalPunctuation(text: string, sentences: SentenceSpan[]): void {
  for (const sentence of sentences) {
    let end = sentence.end
    while (end < text.length && end - sentence.end < 3 && /[.!?…"”')]/.test(text.charAt(end))) end++
    sentence.end = end
  }
}

function firstWordAtOrAfter(words: readonly WordToken[], offset: number): number {
  let low = 0
  let high = words.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((words[middle] as WordToken).start < offset) low = middle + 1
    else high = middle
  }
  return low
}
