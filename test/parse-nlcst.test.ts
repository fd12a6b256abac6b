import fc from 'fast-check'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { PIECE_LENGTH, parseNlcst } from '../src/text/parse-nlcst.js'

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
        expect(parseNlcst(value, pieceLength)).toEqual(whole.parse(value))
      }),
      { numRuns: 1000 },
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
    expect(parseNlcst(value, 16)).toEqual(whole.parse(value))
  })
})
