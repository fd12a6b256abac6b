// Tests the mutation run of the grammar checker showed missing (npm run mutation -- grammar): the
// whole finding of each rule, message included.
import { describe, expect, it } from 'vitest'
import { lintThankYou } from '../src/index.js'
import { offsetOf } from './helpers.js'

const letter = (body: string) => `Dear Ms. Okoro,\n\n${body}\n\nBest regards,\nJordan Lee`

/** Every grammar finding as `[ruleId, actual, start, end, expected, message]`. */
function grammarFindings(draft: string) {
  return lintThankYou(draft)
    .findings.filter((finding) => finding.checker === 'grammar')
    .map((finding) => [
      finding.ruleId,
      finding.actual,
      finding.position?.start.offset,
      finding.position?.end.offset,
      finding.expected,
      finding.message,
    ])
}

/** The finding for `needle`, found in `draft` where it follows `before`. */
function at(draft: string, ruleId: string, needle: string, expected: string[], message: string, before = '') {
  const start = offsetOf(draft, before + needle) + before.length
  return [ruleId, needle, start, start + needle.length, expected, message]
}

describe('grammar messages say what to write', () => {
  it('for each rule a draft trips', () => {
    const draft = letter(
      'Thank you for the the tour. It was a honor and i enjoyed it.   the team was kind. Your a great host.',
    )
    expect(grammarFindings(draft)).toEqual([
      at(draft, 'repeated-word', 'the the', ['the'], '"the the" repeats a word; write "the"'),
      at(
        draft,
        'indefinite-article',
        'a',
        ['an'],
        'Write "an" before "honor", not "a": the article follows the sound of the next word',
        'was ',
      ),
      at(draft, 'lowercase-i', 'i', ['I'], 'Write the pronoun with a capital: "I"', 'and '),
      at(draft, 'double-space', '   ', [' '], '3 spaces in a row; use one'),
      at(draft, 'sentence-capital', 'the', ['The'], 'Start the sentence with a capital: "The"', '   '),
      at(
        draft,
        'your-youre',
        'Your',
        ["You're"],
        'Write "You\'re a", not "Your a": "your" is owning, "you\'re" is "you are"',
      ),
    ])
  })

  it('for an article inside brackets', () => {
    const draft = letter('Thanks again (a honor).')
    expect(grammarFindings(draft)).toEqual([
      at(
        draft,
        'indefinite-article',
        'a',
        ['an'],
        'Write "an" before "honor", not "a": the article follows the sound of the next word',
        '(',
      ),
    ])
  })
})
