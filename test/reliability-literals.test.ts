import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findLiterals, type Literal } from '../src/text/literals.js'

// findUrls scans each stretch of text once, since 100 KB of `http://` took 14 s when every URL
// start was scanned to its end. On text where only URLs can be found, it must find exactly what
// the per-start scan finds. The patterns are read from the module's source, so the reference
// follows any change to which characters end a URL.

const source = readFileSync(new URL('../src/text/literals.ts', import.meta.url), 'utf8')
function constant(name: string): RegExp {
  const match = new RegExp(`^const ${name} = /(.+)/([a-z]*)$`, 'm').exec(source)
  if (!match) throw new Error(`${name} not found in src/text/literals.ts`)
  return new RegExp(match[1] as string, match[2])
}
const URL_START = constant('URL_START')
const URL_STOP = constant('URL_STOP')
const TRAILING_PUNCTUATION = constant('TRAILING_PUNCTUATION')

/** Every URL start scanned to its own end, then the earliest-starting, longest of overlaps kept. */
function referenceUrls(text: string): Literal[] {
  const found: Literal[] = []
  for (const match of text.matchAll(URL_START)) {
    let end = match.index + match[0].length
    while (end < text.length && !URL_STOP.test(text.charAt(end))) end++
    while (end > match.index && TRAILING_PUNCTUATION.test(text.charAt(end - 1))) end--
    found.push({ kind: 'url', start: match.index, end })
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Literal[] = []
  let reach = -1
  for (const literal of found) {
    if (literal.start >= reach) {
      kept.push(literal)
      reach = literal.end
    }
  }
  return kept
}

/** Pieces of URLs and the characters around them; none can make an address, placeholder or quote. */
const token = fc.constantFrom(
  'http://',
  'https://',
  'HTTP://',
  'www.',
  'WWW.',
  'example.com',
  '/path',
  '?q=1',
  '#top',
  'a',
  'b-c',
  '.',
  ',',
  '!',
  '?',
  ':',
  ';',
  ' ',
  '\n',
  '\t',
  "'",
  '(',
  ')',
  '>',
  ']',
  '}',
)

describe('findLiterals', () => {
  it('finds the URLs a per-start scan finds', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        const text = tokens.join('')
        expect(findLiterals(text)).toEqual(referenceUrls(text))
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
