// Tests the mutation run of the grammar checker showed missing (npm run mutation -- grammar): the
// whole finding of each rule, message included.
import { describe, expect, it } from 'vitest'
import { rowAt as at, findingRows } from './helpers.js'

const letter = (body: string) => `Dear Ms. Okoro,\n\n${body}\n\nBest regards,\nJordan Lee`

/** Every grammar finding, whole. */
const grammarFindings = (draft: string) => findingRows('grammar', draft)

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
