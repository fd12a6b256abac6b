/**
 * Tables keyed by words answer only the words they hold: a draft's "constructor" must not find
 * Object.prototype's member (it once made verb-form offer "function Object() { [native code] }").
 */
import { describe, expect, it } from 'vitest'
import { lintThankYou } from '../src/index.js'
import { frontCodedRecord, frontCodeRecord } from '../src/text/front-coding.js'
import { wordRecord } from '../src/text/word-record.js'

describe('word-keyed tables', () => {
  it('wordRecord holds its entries and nothing inherited', () => {
    const table = wordRecord({ does: 'do', is: 'be' })
    expect(table.does).toBe('do')
    expect(table.constructor).toBeUndefined()
    expect(table.toString).toBeUndefined()
  })

  it('frontCodedRecord holds its entries and nothing inherited', () => {
    const { keys, values } = frontCodeRecord({ helps: 'help', runs: 'run' })
    const table = frontCodedRecord(keys, values)
    expect(table).toEqual({ helps: 'help', runs: 'run' })
    expect(table.constructor).toBeUndefined()
  })

  it.each([
    'I want to constructor the app.',
    'I do not constructor it.',
    'Does he constructor it?',
    'I can constructor on day one.',
    'He constructor the role.',
    'I constructor the role.',
  ])('lints "%s" with no suggestion that is not a word', (sentence) => {
    const report = lintThankYou(`Dear Ms. Okoro,\n\n${sentence}\n\nBest regards,\nSam Lee`)
    for (const finding of report.findings) {
      expect(finding.message).not.toContain('native code')
      for (const suggestion of finding.expected ?? []) expect(typeof suggestion).toBe('string')
    }
  })
})
