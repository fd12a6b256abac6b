import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findLiterals, type Literal } from '../src/text/literals.js'

// findUrls scans each stretch of text once since 100 KB of `http://` took 14 s; the literals it
// finds must be exactly those of the first, quadratic version, kept here as the reference.
/* biome-ignore-start lint: the reference is the original code, kept verbatim */
const URL_START = /\b(?:https?:\/\/|www\.)/gi
const URL_STOP = /[\s<>"'`()[\]{}]/
const TRAILING_PUNCTUATION = /[.,;:!?]/

const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/
const EMAIL_DOMAIN = /[A-Za-z0-9.-]/

const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  // {{ interviewer.name }}, {{company}}
  /\{\{[^{}\n]{0,80}\}\}/g,
  // {first_name}, {Company}
  /\{[A-Za-z_][A-Za-z0-9_. -]{0,40}\}/g,
  // [Name], [Interviewer's Name], [Your Name]: any short bracketed text with a letter in it
  /\[[^[\]\n]{0,60}[A-Za-z][^[\]\n]{0,60}\]/g,
  // <Company Name>, <NAME>: starts with a capital, unlike an HTML tag or an address in brackets
  /<[A-Z][A-Za-z0-9 _'’.-]{0,40}>/g,
  // ____ blanks to fill in
  /_{3,}/g,
  // XXX, XX
  /\b(?:XX+|xxx+)\b/g,
]

const QUOTE_PATTERNS: readonly RegExp[] = [/"[^"\n]{1,80}"/g, /“[^“”\n]{1,80}”/g, /`[^`\n]{1,80}`/g]

function referenceFindLiterals(text: string): Literal[] {
  const found: Literal[] = []
  findUrls(text, found)
  findEmails(text, found)
  for (const pattern of PLACEHOLDER_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const literal: Literal = { kind: 'placeholder', start: match.index, end: match.index + match[0].length }
      if (match[0].startsWith('{{')) literal.variable = match[0].slice(2, -2).trim()
      found.push(literal)
    }
  }
  for (const pattern of QUOTE_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      found.push({ kind: 'quote', start: match.index, end: match.index + match[0].length })
    }
  }
  return removeOverlaps(found)
}

function findUrls(text: string, found: Literal[]): void {
  for (const match of text.matchAll(URL_START)) {
    let end = match.index + match[0].length
    while (end < text.length && !URL_STOP.test(text.charAt(end))) end++
    while (end > match.index && TRAILING_PUNCTUATION.test(text.charAt(end - 1))) end--
    found.push({ kind: 'url', start: match.index, end })
  }
}

function findEmails(text: string, found: Literal[]): void {
  let at = text.indexOf('@')
  while (at !== -1) {
    let start = at
    while (start > 0 && EMAIL_LOCAL.test(text.charAt(start - 1))) start--
    let end = at + 1
    while (end < text.length && EMAIL_DOMAIN.test(text.charAt(end))) end++
    while (end > at + 1 && text.charAt(end - 1) === '.') end--
    const domain = text.slice(at + 1, end)
    if (start < at && domain.includes('.')) found.push({ kind: 'email', start, end })
    at = text.indexOf('@', Math.max(end, at + 1))
  }
}

/** Keeps the earliest-starting, then longest, of overlapping literals. */
function removeOverlaps(literals: Literal[]): Literal[] {
  literals.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Literal[] = []
  let reach = -1
  for (const literal of literals) {
    if (literal.start >= reach) {
      kept.push(literal)
      reach = literal.end
    }
  }
  return kept
}
/* biome-ignore-end lint: the reference is the original code, kept verbatim */

const token = fc.constantFrom(
  'http://',
  'https://',
  'HTTP://',
  'www.',
  'WWW.',
  'example.com',
  '/path',
  '?q=1',
  'a',
  'x',
  '.',
  ',',
  '!',
  '?',
  ':',
  ';',
  ' ',
  '\n',
  '"',
  '“',
  '”',
  "'",
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '{{',
  '}}',
  '<',
  '>',
  '<A',
  '@',
  'jo@',
  '_',
  '___',
  'XX',
  '`',
)

describe('findLiterals', () => {
  it('finds the same literals as the reference on URL-heavy text', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        const text = tokens.join('')
        expect(findLiterals(text)).toEqual(referenceFindLiterals(text))
      }),
      { numRuns: 2000 },
    )
  })

  it('finds one URL in a run of URL starts', () => {
    const text = `see ${'http://'.repeat(5)}. Then www.www.example.com, thanks`
    const urls = findLiterals(text).filter((literal) => literal.kind === 'url')
    expect(urls.map((url) => text.slice(url.start, url.end))).toEqual([
      'http://'.repeat(5),
      'www.www.example.com',
    ])
  })
})
