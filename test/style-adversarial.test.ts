import { describe, expect, it } from 'vitest'
import { lintThankYou } from '../src/index.js'

/**
 * Drafts built to trip pattern matching: long runs of one character, of one word, of emoji or
 * spaces (100 KB where parsing them is cheap, 20 KB where the parser itself is slow). The timing,
 * tone and grammar checks scan by hand or with patterns that cannot backtrack, so each draft
 * finishes (a catastrophic pattern would hit the test timeout) and is reported as expected.
 */
const SIZE = 100_000
const SMALL = 20_000
const ofTone = (draft: string, ruleId: string) =>
  lintThankYou(draft).findings.filter((finding) => finding.ruleId === ruleId)

describe('adversarial drafts', () => {
  it('a run of exclamation marks is one repeated-punctuation finding', () => {
    const draft = `Thanks${'!'.repeat(SIZE - 6)}`
    expect(ofTone(draft, 'repeated-punctuation').map((finding) => finding.position?.start.offset)).toEqual([
      6,
    ])
  })
  it('a run of spaces between two words is one double-space finding', () => {
    const draft = `Thank${' '.repeat(SIZE - 8)}you`
    const [finding, ...rest] = ofTone(draft, 'double-space')
    expect(rest).toEqual([])
    expect([finding?.position?.start.offset, finding?.position?.end.offset]).toEqual([5, SIZE - 3])
  })
  it('a run of one capitalised word is one shouting finding', () => {
    const draft = 'THANK '.repeat(SMALL / 6)
    expect(ofTone(draft, 'shouting')).toHaveLength(1)
  })
  it('emoji with joiners and emoticons are found one by one', () => {
    expect(ofTone('👩‍💻'.repeat(SMALL / 5), 'emoji')).toHaveLength(SMALL / 5)
    expect(ofTone(' :)'.repeat(SMALL / 4), 'emoji')).toHaveLength(SMALL / 4)
  })
  it('a run of one word gives one repeated-word finding per pair', () => {
    const draft = `Thank ${'the '.repeat(1000)}team.`
    expect(ofTone(draft, 'repeated-word')).toHaveLength(999)
  })
  it('runs of brackets, braces, question marks and letters finish', () => {
    for (const draft of [
      '{'.repeat(SIZE),
      '['.repeat(SIZE / 2) + ']'.repeat(SIZE / 2),
      'a'.repeat(SIZE),
      '?'.repeat(SMALL),
      'sorry '.repeat(SMALL / 6),
      'your a '.repeat(SMALL / 7),
      '$1 salary? '.repeat(SMALL / 11),
    ]) {
      expect(lintThankYou(draft).findings.length).toBeGreaterThan(0)
    }
  })
})
