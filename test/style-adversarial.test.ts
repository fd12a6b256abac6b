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
  // Issue 19, item 18: each run must finish *and* reach the rule its content triggers, not
  // merely return some finding.
  it.each([
    ['braces', 'too-long', '{'.repeat(SIZE)],
    ['brackets', 'too-long', '['.repeat(SIZE / 2) + ']'.repeat(SIZE / 2)],
    ['letters', 'too-long', 'a'.repeat(SIZE)],
    ['question marks', 'repeated-punctuation', '?'.repeat(SMALL)],
    ['apologies', 'excessive-apology', 'sorry '.repeat(SMALL / 6)],
    ['your a', 'your-youre', 'your a '.repeat(SMALL / 7)],
    ['salary questions', 'salary-question', '$1 salary? '.repeat(SMALL / 11)],
  ])('a run of %s finishes and reports %s', (_name, ruleId, draft) => {
    expect(lintThankYou(draft).findings.map((finding) => finding.ruleId)).toContain(ruleId)
  })
})
