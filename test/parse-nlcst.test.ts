import { isDeepStrictEqual } from 'node:util'
import fc from 'fast-check'
import type { Nodes, Root } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { PIECE_LENGTH, parseNlcst } from '../src/text/parse-nlcst.js'
import { pointsIn } from './reliability-arbitraries.js'

// The piecewise parse must give exactly the tree of one whole-text parse.
const whole = unified().use(retextEnglish).freeze()

/** Tokens that exercise parse-latin's merge steps, sentence breaks and every kind of white space. */
const token = fc.constantFrom(
  'Dear',
  'The',
  'Okoro.',
  'Thanks!',
  'ok?',
  'Ms.',
  'Mr.',
  'etc.',
  'St.',
  'A.',
  'Dr.',
  'U.S.',
  'e.g.',
  'thank',
  'you',
  "don't",
  'rock ’n’ roll',
  'e-mail',
  '2,000',
  '3.5',
  '9am',
  'and/or',
  '#hashtag',
  '@name',
  'https://example.com/a?b=1',
  'jordan@example.com',
  '{{company}}',
  '[Name]',
  '____',
  'Siobhán',
  'Zoë',
  'Zoe\u0308',
  'الماء',
  '👩‍💻',
  '.',
  '!',
  '?',
  '…',
  '?!',
  ',',
  ':',
  ';',
  '-',
  '—',
  '(',
  ')',
  '"',
  "'",
  '“',
  '”',
  '*',
  '\u0000',
  '\ud800',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\r\n\r\n',
  '\r\r',
  '\n \n',
  ' \n\t\n ',
  '\n\n\n',
  '\u00a0',
  '\n\u00a0\n',
  '\u2028',
  '\f',
)
/** Blank-line runs, where the parse may be cut. */
const gap = fc.constantFrom('\n\n', '\r\n\r\n', '\r\r', ' \n\t\n ', '\n\n\n', '\n \n')
/** Paragraphs whose first and last tokens sit on either side of a gap. */
const paragraph = fc
  .tuple(fc.option(token), fc.array(token, { maxLength: 12 }), fc.option(token))
  .map(([first, middle, last]) => [first ?? '', ...middle, last ?? ''].join(''))
const text = fc
  .tuple(fc.array(fc.tuple(paragraph, gap), { maxLength: 8 }), paragraph)
  .map(([pieces, tail]) => pieces.map(([body, space]) => body + space).join('') + tail)

describe('parseNlcst', () => {
  it('parses any text in pieces to the same tree as one whole parse', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), (value, pieceLength) => {
        expect(parseNlcst(value, pieceLength, Number.POSITIVE_INFINITY)).toEqual(whole.parse(value))
      }),
      { numRuns: 500 },
    )
  })

  it('cuts a long letter at its blank lines only, and keeps every position', () => {
    const letter =
      'Subject: Thank you\r\n\r\nDear Ms. Okoro,\r\n\r\nThank you for the interview. I enjoyed it!\r\n \r\n' +
      'it was great\n\n\n(see https://example.com/x.)\n\t\nBest regards,\nJordan Lee\n'
    const long = letter.repeat(Math.ceil((3 * PIECE_LENGTH) / letter.length))
    const tree = parseNlcst(long)
    expect(tree).toEqual(whole.parse(long))
    expect(tree.position?.end.offset).toBe(long.length)
  })

  it('parses a draft without blank lines whole', () => {
    const value = 'Thank you. '.repeat(1000)
    expect(parseNlcst(value, 16, Number.POSITIVE_INFINITY)).toEqual(whole.parse(value))
  })

  it('cuts a stretch without a paragraph break anyway, and keeps every node at its text', () => {
    const unbroken = fc
      .array(fc.oneof(token, fc.constantFrom('?!', 'a/', '👍', 'e\u0301')), { maxLength: 150 })
      .map((tokens) => tokens.join(''))
    fc.assert(
      fc.property(
        unbroken,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        (value, piece, extra) => {
          expectNodesAtTheirText(value, parseNlcst(value, piece, piece + extra))
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('stitches prose cut without a paragraph break back to the whole-text parse', () => {
    // Capitalised words: parse-latin joins a sentence opening in lower case (or its full stop)
    // to the one before in ways a stitch cannot always repeat, and only prose over 16 KB
    // without a paragraph break is cut like this at all.
    const word = fc.constantFrom('Thank', 'You', 'THANK', 'We', 'Talked', 'A', 'Dana', 'Team')
    const sentenceEnd = fc.constantFrom('.', '!', '?', '."', '.)')
    const gapAfterWord = fc.constantFrom(' ', '  ', ', ', ' \t', '\n', '\r\n')
    const sentence = fc
      .tuple(fc.array(fc.tuple(word, gapAfterWord), { maxLength: 8 }), word, fc.option(sentenceEnd))
      .map(([words, last, end]) => `${words.map(([w, gap]) => w + gap).join('')}${last}${end ?? ''}`)
    const prose = fc
      .tuple(fc.array(fc.tuple(sentence, fc.constantFrom(' ', '\n', '  ')), { maxLength: 8 }), sentence)
      .map(([sentences, tail]) => sentences.map(([body, gap]) => body + gap).join('') + tail)
    // A window of 9 characters always holds white space here, so no cut falls inside a word.
    fc.assert(
      fc.property(
        prose,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 9, max: 30 }),
        (value, piece, extra) => {
          expect(parseNlcst(value, piece, piece + extra)).toEqual(whole.parse(value))
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('keeps 20 KB of one shouted word one sentence', () => {
    const value = 'THANK '.repeat(3334)
    expect(parseNlcst(value)).toEqual(whole.parse(value))
  })

  it('never cuts inside a CRLF or a surrogate pair', () => {
    for (const value of ['\r\n', 'a\r\nb', '👍👍', 'a👍b']) {
      for (let piece = 1; piece < value.length; piece++)
        expectNodesAtTheirText(value, parseNlcst(value, piece, piece))
    }
  })

  it('parses 100 KB of ?!?! in pieces of at most MAX_PIECE_LENGTH', () => {
    const value = `Dear Ms. Okoro,\n\n${'?!'.repeat(50_000)}\n\nBest regards,\nJordan Lee`
    const tree = parseNlcst(value)
    expectNodesAtTheirText(value, tree)
    expect(tree.children.filter((child) => child.type === 'ParagraphNode').length).toBeGreaterThan(6)
  })
})

/** Every node covers exactly its own text, its points agree with its offsets, and nothing is lost. */
function expectNodesAtTheirText(text: string, tree: Root): void {
  const pointIn = pointsIn(text)
  expect(nlcstToString(tree)).toBe(text)
  const wrong: string[] = []
  const stack: Nodes[] = [tree]
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const value = nlcstToString(node)
    const { position } = node
    if (!position) {
      if (value !== '') wrong.push(`${node.type} "${value}" has no position`)
    } else {
      const { start, end } = position
      if (text.slice(start.offset, end.offset) !== value)
        wrong.push(`${node.type} "${value}" at ${start.offset}`)
      if (!isDeepStrictEqual(start, pointIn(start.offset ?? -1)))
        wrong.push(`${node.type} start ${start.offset}`)
      if (!isDeepStrictEqual(end, pointIn(end.offset ?? -1))) wrong.push(`${node.type} end ${end.offset}`)
    }
    if ('children' in node) stack.push(...node.children)
  }
  expect(wrong.slice(0, 5)).toEqual([])
}
