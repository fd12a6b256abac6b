// Who the greeting addresses, checked against the interviewers: each draft differs only in its
// greeting line, and each span is counted from the start of the letter.
import { describe, expect, it } from 'vitest'
import type { ThankYouContext } from '../src/index.js'
import { lintThankYou } from '../src/index.js'

const BODY =
  '\n\nThank you for the conversation about the Product Designer role at Brightline. I would bring care for research to the team.\n\nBest regards,\nJordan Park'

function addressee(greeting: string, interviewers: ThankYouContext['interviewers'] = [{ name: 'Dana Lee' }]) {
  return lintThankYou(`${greeting}${BODY}`, {
    interviewers,
    company: { name: 'Brightline' },
    position: 'Product Designer',
    candidate: { name: 'Jordan Park' },
  })
    .findings.filter((finding) => finding.ruleId === 'unknown-addressee')
    .map((finding) => [finding.actual, finding.position?.start.offset, finding.expected, finding.message])
}

const among = (names: string) => `who is not among your interviewers (${names})`

describe('unknown-addressee', () => {
  it('suggests the surname after an honorific, the given name otherwise', () => {
    expect(addressee('Dear Ms. Smith,')).toEqual([
      ['Smith', 9, ['Lee'], `The greeting names "Smith", ${among('Dana Lee')}; write "Lee"`],
    ])
    expect(addressee('Dear Sam Smith,')).toEqual([
      ['Sam Smith', 5, ['Dana'], `The greeting names "Sam Smith", ${among('Dana Lee')}; write "Dana"`],
    ])
  })

  it('anchors on an interviewer named beside the unknown word: the surname after the given name', () => {
    expect(addressee('Dear Dana Smith,', [{ name: 'Dana Lee' }, { name: 'Kofi Mensah' }])).toEqual([
      ['Smith', 10, ['Lee'], `The greeting names "Smith", ${among('Dana Lee, Kofi Mensah')}; write "Lee"`],
    ])
    expect(addressee('Dear Sam Lee,', [{ name: 'Dana Lee' }, { name: 'Kofi Mensah' }])).toEqual([
      ['Sam', 5, ['Dana'], `The greeting names "Sam", ${among('Dana Lee, Kofi Mensah')}; write "Dana"`],
    ])
  })

  it('takes names parted by "&" or "and" as separate people', () => {
    const two = [{ name: 'Dana Lee' }, { name: 'Kofi Mensah' }]
    expect(addressee('Dear Dana & Sam,', two).map((row) => row.slice(0, 3))).toEqual([
      ['Sam', 12, ['Dana', 'Kofi']],
    ])
    expect(addressee('Dear Dana and Sam,', two).map((row) => row.slice(0, 3))).toEqual([
      ['Sam', 14, ['Dana', 'Kofi']],
    ])
    expect(addressee('Dear Dana and Kofi,', two)).toEqual([])
  })

  it('takes a rank or the interviewer’s own honorific before the name for a title, not a name', () => {
    expect(addressee('Dear Captain Buchanan,', [{ name: 'Morag Buchanan', honorific: 'Captain' }])).toEqual(
      [],
    )
    expect(addressee('Chief Dunmore,', [{ name: 'Robert Dunmore', honorific: 'Chief' }])).toEqual([])
    // A job-title head before the interviewer's name, with no honorific in the context.
    expect(addressee('Dear Captain Lee,')).toEqual([])
    // Not before an interviewer's name: a rank alone is no one the context knows.
    expect(addressee('Dear Captain Smith,').map((row) => row.slice(0, 2))).toEqual([['Captain Smith', 5]])
    // A name beside the rank is still checked.
    expect(addressee('Dear Captain Sam Lee,').map((row) => row.slice(0, 2))).toEqual([['Sam', 13]])
  })

  it('leaves a group, the company and the interviewers alone', () => {
    expect(addressee('Dear Brightline Team,')).toEqual([])
    expect(addressee('Dear Dana,')).toEqual([])
    expect(addressee('Dear Ms. Lee,', [{ name: 'Dana Lee', honorific: 'Ms.' }])).toEqual([])
  })
})
