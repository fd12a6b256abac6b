import { describe, expect, it } from 'vitest'
import { CAPITALISED_WORDS, COMMON_WORDS } from '../src/checks/accuracy/data/common-words.js'
import { EITHER_NAME_WORDS, GIVEN_NAME_WORDS, SURNAME_WORDS } from '../src/checks/accuracy/data/name-order.js'
import {
  FrontCodedSet,
  frontCode,
  frontCodedRecord,
  frontCodedWords,
  frontCodeRecord,
} from '../src/text/front-coding.js'

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

  it('FrontCodedSet holds exactly the words it encodes, short, long and empty ones included', () => {
    const long = 'a'.repeat(60)
    const words = [
      '',
      'a',
      'ab',
      'abc',
      'abd',
      'ac',
      "d'arcy",
      'd-x',
      `${long}b`,
      `${long}bc`,
      `${long}c`,
      'b',
      'zz',
    ]
    const set = new FrontCodedSet(frontCode(words.toSorted()))
    for (const word of words) expect(set.has(word), word).toBe(true)
    for (const miss of ['aa', 'abcd', 'ad', 'd', "d'", long, `${long}bb`, 'z', 'zzz', 'c'])
      expect(set.has(miss), miss).toBe(false)
    expect(new FrontCodedSet('').has('')).toBe(false)
    expect(new FrontCodedSet('').has('a')).toBe(false)
  })

  it('FrontCodedSet agrees with the decoded word lists on every word and on near misses', () => {
    for (const encoded of [
      SURNAME_WORDS,
      GIVEN_NAME_WORDS,
      EITHER_NAME_WORDS,
      COMMON_WORDS,
      CAPITALISED_WORDS,
    ]) {
      const words = frontCodedWords(encoded)
      const decoded = new Set(words)
      const set = new FrontCodedSet(encoded)
      let held = 0
      for (const word of words) if (set.has(word)) held++
      expect(held).toBe(words.length)
      // Near misses: each word cut short, lengthened and with its last letter changed.
      for (const word of words.slice(0, 3000)) {
        for (const probe of [word.slice(0, -1), `${word}s`, `${word.slice(0, -1)}q`, word.toUpperCase()])
          expect(set.has(probe), probe).toBe(decoded.has(probe))
      }
    }
  })

  it("writes a record's values relative to their keys and reads back the same record, in key order", () => {
    const record = { went: 'go', helps: 'help', accompanies: 'accompany', setup: 'set up', is: 'be', x: 'x' }
    const written = frontCodeRecord(record)
    expect(written.values).toBe('3y,1,2be,2 up,4go,0')
    const read = frontCodedRecord(written.keys, written.values)
    expect(read).toEqual(record)
    expect(Object.keys(read)).toEqual(['accompanies', 'helps', 'is', 'setup', 'went', 'x'])
    expect(frontCodedRecord('', '')).toEqual({})
  })

  it('refuses a record it could not read back, and a key list and value list that disagree', () => {
    expect(() => frontCodeRecord({ a: 'b,c' })).toThrow(/comma/)
    expect(() => frontCodeRecord({ ab: 'a2' })).toThrow(/digit/)
    expect(() => frontCodedRecord(frontCode(['a', 'b']), '0')).toThrow(/2 keys but 1 values/)
  })
})
