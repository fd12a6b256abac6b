import { describe, expect, it } from 'vitest'
import { trimEndWhere, trimWhere } from '../src/text/trim.js'

const dotQuoteDash = (char: string) => char === '.' || char === "'" || char === '-'
const notLetter = (char: string) => !/[\p{L}\p{N}]/u.test(char)

describe('trimEndWhere', () => {
  it('drops only the trailing characters that match', () => {
    expect(trimEndWhere("O'Neil.-'", dotQuoteDash)).toBe("O'Neil")
    expect(trimEndWhere('Ms.', dotQuoteDash)).toBe('Ms')
    expect(trimEndWhere('...', dotQuoteDash)).toBe('')
    expect(trimEndWhere('Dana', dotQuoteDash)).toBe('Dana')
    expect(trimEndWhere('', dotQuoteDash)).toBe('')
  })

  it('tests a letter outside the BMP as one character', () => {
    expect(trimEndWhere('A𝒜!!', notLetter)).toBe('A𝒜')
    expect(trimEndWhere('😀', notLetter)).toBe('')
  })

  it('runs in one pass over a long run that does not reach the end', () => {
    const value = `${'.'.repeat(200_000)}x`
    expect(trimEndWhere(value, dotQuoteDash)).toBe(value)
    expect(trimEndWhere('.'.repeat(200_000), dotQuoteDash)).toBe('')
  })
})

describe('trimWhere', () => {
  it('drops leading and trailing characters that match', () => {
    expect(trimWhere('(data-pipelines),', notLetter)).toBe('data-pipelines')
    expect(trimWhere('“𝒜lpha”', notLetter)).toBe('𝒜lpha')
    expect(trimWhere('--', notLetter)).toBe('')
    expect(trimWhere('ok', notLetter)).toBe('ok')
  })
})
