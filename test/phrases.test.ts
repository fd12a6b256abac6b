import { describe, expect, it } from 'vitest'
import { parseDocument } from '../src/document.js'
import { compilePhrases, matchAt, phraseWords } from '../src/text/phrases.js'

describe('compilePhrases', () => {
  const match = (pattern: string, text: string) => {
    const set = compilePhrases([[pattern, 'hit']])
    const prepared = phraseWords(parseDocument(text))
    return matchAt(set, prepared, 0)?.end
  }
  it('reads groups of several words, optional groups and bare alternatives', () => {
    const pattern = '(i will|i’ll)? call u|you'
    expect(match(pattern, 'I will call you.')).toBe(4)
    expect(match(pattern, 'I’ll call u.')).toBe(3)
    expect(match(pattern, 'Call you.')).toBe(2)
    expect(match(pattern, 'I call you.')).toBeUndefined()
    expect(match(pattern, 'I will phone you.')).toBeUndefined()
  })
  it('keeps alternatives that share a first word apart', () => {
    const pattern = '(i|i will) (go|be)'
    expect(match(pattern, 'I go.')).toBe(2)
    expect(match(pattern, 'I will be.')).toBe(3)
    expect(match(pattern, 'I will will be.')).toBeUndefined()
  })
  it('reads a final $ as "ends a clause"', () => {
    expect(match('your welcome $', 'Your welcome.')).toBe(2)
    expect(match('your welcome $', 'Your welcome pack.')).toBeUndefined()
  })
})

describe('matchAt', () => {
  const trie = compilePhrases([
    ['please hire me', 'plea'],
    ['please', 'word'],
    ['call * every day', 'wildcard'],
    ['your welcome $', 'clause'],
  ])
  const words = (text: string) => {
    const document = parseDocument(text)
    return { document, prepared: phraseWords(document) }
  }

  it('finds the longest phrase at a word, with curly apostrophes and any case', () => {
    const { prepared } = words('Please HIRE me now.')
    expect(matchAt(trie, prepared, 0)).toEqual({ first: 0, end: 3, value: 'plea' })
    expect(matchAt(trie, prepared, 1)).toBeUndefined()
  })
  it('does not cross punctuation or sentences', () => {
    expect(matchAt(trie, words('Please, hire me.').prepared, 0)).toEqual({ first: 0, end: 1, value: 'word' })
    expect(matchAt(trie, words('Please. Hire me.').prepared, 0)).toEqual({ first: 0, end: 1, value: 'word' })
  })
  it('matches any one word for *', () => {
    expect(matchAt(trie, words('I will call Dana every day.').prepared, 2)).toEqual({
      first: 2,
      end: 6,
      value: 'wildcard',
    })
  })
  it('requires the clause to end for $', () => {
    expect(matchAt(trie, words('Your welcome, Dana.').prepared, 0)?.value).toBe('clause')
    expect(matchAt(trie, words('Your welcome pack was kind.').prepared, 0)).toBeUndefined()
  })
  it('straightens curly apostrophes in keys', () => {
    expect(phraseWords(parseDocument('I’ll be there.')).keys).toEqual(["i'll", 'be', 'there'])
  })
})
