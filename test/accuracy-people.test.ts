// Interviewers' names found in the letter: written exactly, in lower case where only a name can
// stand, split in two, as an unlisted short form or misspelt, and the guesses left alone inside
// another proper noun. Each draft changes one sentence of the same letter.
import { describe, expect, it } from 'vitest'
import type { ThankYouContext } from '../src/index.js'
import { lintThankYou } from '../src/index.js'

const OPENING = 'Dear Ms. Lee,\n\n'
const CLOSING =
  ' I would bring care for research to the Product Designer role at Brightline.\n\nBest regards,\nJordan Park'

function names(
  sentence: string,
  interviewers: ThankYouContext['interviewers'] = [{ name: 'Dana Lee', honorific: 'Ms.' }],
  greeting = OPENING,
) {
  return lintThankYou(`${greeting}${sentence}${CLOSING}`, {
    interviewers,
    company: { name: 'Brightline' },
    position: 'Product Designer',
    candidate: { name: 'Jordan Park' },
  })
    .findings.filter((finding) => finding.checker === 'accuracy' && finding.ruleId !== 'no-interviewer-named')
    .map((finding) => [finding.ruleId, finding.actual, finding.position?.start.offset, finding.expected])
}

/** An offset in the sentence, counted in the whole letter. */
const at = (offset: number) => OPENING.length + offset

describe('interviewer names', () => {
  it('reports a misspelt name on its own, and beside the interviewer’s other name', () => {
    expect(names('I enjoyed meeting Dnaa today.')).toEqual([
      ['interviewer-name-misspelled', 'Dnaa', at(18), ['Dana']],
    ])
    expect(names('I enjoyed meeting Dana Lea today.')).toEqual([
      ['interviewer-name-misspelled', 'Lea', at(23), ['Lee']],
    ])
    expect(names('I enjoyed meeting Dana Lee today.')).toEqual([])
  })

  it('takes a frequent name on its own for someone else’s unless one slip away, and never at a sentence start', () => {
    // "Daniel" is a frequent name two slips from "Daniyal"; "Daniael" is two slips and not frequent.
    const daniyal = [{ name: 'Daniyal Lee', honorific: 'Ms.' }]
    expect(names('I enjoyed meeting Daniel today.', daniyal)).toEqual([])
    expect(names('I enjoyed meeting Daniael today.', daniyal)).toEqual([
      ['interviewer-name-misspelled', 'Daniael', at(18), ['Daniyal']],
    ])
    const marie = [{ name: 'Marie Lee', honorific: 'Ms.' }]
    expect(names('I enjoyed meeting Maria today.', marie)).toEqual([
      ['interviewer-name-misspelled', 'Maria', at(18), ['Marie']],
    ])
    expect(names('Maria joined us today.', marie)).toEqual([])
    expect(names('Marei joined us today.', marie)).toEqual([
      ['interviewer-name-misspelled', 'Marei', at(0), ['Marie']],
    ])
  })

  it('reads a lowercase word as the name only where a name must stand', () => {
    const grace = [{ name: 'Grace Lee', honorific: 'Ms.' }]
    expect(names('By grace of timing, we met.', grace, 'Dear Ms. Lee,\n\n')).toEqual([])
    expect(names('Thank you.', grace, 'Dear grace,\n\n')).toEqual([
      ['interviewer-name-misspelled', 'grace', 5, ['Grace']],
    ])
    expect(names('Thank you, Ms. lee.', grace, 'Dear Grace,\n\n')).toEqual([
      ['interviewer-name-misspelled', 'lee', 'Dear Grace,\n\n'.length + 15, ['Lee']],
    ])
  })

  it('finds a name split in two and a short form the interviewer is not listed as using', () => {
    const anne = [{ name: 'Annemarie Lee', honorific: 'Ms.' }]
    expect(names('I enjoyed meeting Anne Marie today.', anne)).toEqual([
      ['interviewer-name-misspelled', 'Anne Marie', at(18), ['Annemarie']],
    ])
    const jonathan = [{ name: 'Jonathan Lee', honorific: 'Mr.' }]
    expect(names('I enjoyed meeting Jon today.', jonathan, 'Dear Mr. Lee,\n\n')).toEqual([
      ['unlisted-nickname', 'Jon', at(18), ['Jonathan']],
    ])
    expect(
      names(
        'I enjoyed meeting Jon today.',
        [{ ...jonathan[0], nicknames: ['Jon'] } as never],
        'Dear Mr. Lee,\n\n',
      ),
    ).toEqual([])
  })

  it('leaves a guess inside another proper noun, unless that noun is the interviewer’s', () => {
    expect(names('I enjoyed the Dnaa Gallery tour.')).toEqual([])
    expect(names('I enjoyed the Gallery Dnaa tour.')).toEqual([])
    expect(names('I enjoyed meeting Dnaa Lee today.')).toEqual([
      ['interviewer-name-misspelled', 'Dnaa', at(18), ['Dana']],
    ])
  })

  it('prefers the interviewer named beside a misspelling when two are as close', () => {
    const two = [
      { name: 'Dana Lee', honorific: 'Ms.' },
      { name: 'Dara Kim', honorific: 'Ms.' },
    ]
    expect(names('I enjoyed meeting Dala Kim today.', two)).toEqual([
      ['interviewer-name-misspelled', 'Dala', at(18), ['Dara']],
    ])
    expect(names('I enjoyed meeting Dala Lee today.', two)).toEqual([
      ['interviewer-name-misspelled', 'Dala', at(18), ['Dana']],
    ])
  })
})

describe('interviewer names: a guess is anchored only by a name beside it', () => {
  it('takes a word inside another proper noun for that noun, whatever follows the sentence', () => {
    const will = [{ name: 'Will Turner', honorific: 'Mr.' as const }]
    // "Grill" is two edits from "Will"; the next sentence's first word is no neighbour.
    expect(names('I ate at the Mexican Grill.', will, 'Dear Will,\n\n')).toEqual([])
    // A typo beside the interviewer's other name is still one.
    expect(names('I enjoyed meeting Wll Turner.', will, 'Dear Will,\n\n')).toEqual([
      ['interviewer-name-misspelled', 'Wll', 30, ['Will']],
    ])
  })
})
