import { describe, expect, it } from 'vitest'
import { frontCode, frontCodedWords } from '../src/text/front-coding.js'

describe('front coding', () => {
  it('writes each word as the length it shares with the one before, then the rest', () => {
    expect(frontCode(['abad', 'abarca', 'abbate', "o'brien", 'o-neil', 'zed'])).toBe(
      "0abad3rca2bate0o'brien1-neil0zed",
    )
  })

  it('decodes what it encodes, including words longer than the last prefix character allows', () => {
    const long = 'a'.repeat(60)
    const words = ['', 'a', 'ab', 'abc', "d'arcy", `${long}b`, `${long}bc`, `${long}c`, 'zz']
    expect(frontCodedWords(frontCode(words))).toEqual(words)
    expect(frontCodedWords('')).toEqual([])
  })

  it('refuses a word with a character it uses for prefixes, rather than write a list it cannot read', () => {
    expect(() => frontCode(['r2d2'])).toThrow(TypeError)
    expect(() => frontCode(['Dana'])).toThrow(/cannot front-code "Dana"/)
  })
})
