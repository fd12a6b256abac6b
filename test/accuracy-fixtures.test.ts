import { describe, expect, it } from 'vitest'
import { CAPITALISED_WORDS, COMMON_WORDS } from '../src/checks/accuracy/data/common-words.js'
import { JOB_TITLE_HEADS, JOB_TITLE_MODIFIERS } from '../src/checks/accuracy/data/job-titles.js'
import { EITHER_NAME_WORDS, GIVEN_NAME_WORDS, SURNAME_WORDS } from '../src/checks/accuracy/data/name-order.js'
import * as data from '../src/checks/accuracy/data/names-and-titles.js'
import { lintThankYou } from '../src/index.js'
import { frontCodedWords } from '../src/text/front-coding.js'
import { CONTEXTS } from './fixtures/accuracy/contexts.js'
import { cleanLetters, hardWrap } from './fixtures/accuracy/letters.js'

describe('accuracy fixtures', () => {
  const letters = cleanLetters()

  it('has at least 50 clean letters, names from many cultures and oddly cased companies', () => {
    expect(letters.length).toBeGreaterThanOrEqual(50)
    const names = CONTEXTS.flatMap((fixture) =>
      fixture.context.interviewers.map((interviewer) => interviewer.name),
    )
    for (const name of [
      'Siobhán Murphy',
      'Nguyễn Thị Lan',
      'Oluwaseun Adeyemi',
      'Zbigniew Kowalski',
      "Anne-Marie O'Connor",
    ]) {
      expect(names).toContain(name)
    }
    const companies = CONTEXTS.map((fixture) => fixture.context.company.name)
    for (const company of ['eBay', 'HubSpot', 'McKinsey & Company']) expect(companies).toContain(company)
  })

  it('records where every slot was filled (wrapping may turn a space into a line break)', () => {
    for (const letter of letters) {
      for (const slot of letter.slots) {
        expect(letter.draft.slice(slot.start, slot.end).replace(/\n/g, ' ')).toBe(slot.text)
      }
    }
  })

  it('wraps long lines without moving any character', () => {
    const text = `Dear Dana,\n\n${'word '.repeat(40)}end`
    const wrapped = hardWrap(text, 30)
    expect(wrapped.length).toBe(text.length)
    expect(wrapped.replace(/\n/g, ' ')).toBe(text.replace(/\n/g, ' '))
    expect(Math.max(...wrapped.split('\n').map((line) => line.length))).toBeLessThanOrEqual(35)
  })

  it('raises no accuracy warning or error on any clean letter', () => {
    const alarms = letters.flatMap((letter) =>
      lintThankYou(letter.draft, letter.context)
        .findings.filter((finding) => finding.checker === 'accuracy')
        .map((finding) => `${letter.id}: ${finding.ruleId} ${finding.message}`),
    )
    expect(alarms).toEqual([])
  })
})

describe('accuracy word lists', () => {
  const lists: [string, readonly string[]][] = [
    ...Object.entries(data).filter((entry): entry is [string, readonly string[]] => Array.isArray(entry[1])),
    ['HONORIFICS', Object.keys(data.HONORIFICS)],
    ['DIMINUTIVES', Object.keys(data.DIMINUTIVES)],
    ['COMMON_WORDS', frontCodedWords(COMMON_WORDS)],
    ['CAPITALISED_WORDS', frontCodedWords(CAPITALISED_WORDS)],
    ['JOB_TITLE_HEADS', JOB_TITLE_HEADS],
    ['JOB_TITLE_MODIFIERS', JOB_TITLE_MODIFIERS],
    ['SURNAME_WORDS', frontCodedWords(SURNAME_WORDS)],
    ['GIVEN_NAME_WORDS', frontCodedWords(GIVEN_NAME_WORDS)],
    ['EITHER_NAME_WORDS', frontCodedWords(EITHER_NAME_WORDS)],
  ]

  it('puts each census name word in one class only', () => {
    const all = [SURNAME_WORDS, GIVEN_NAME_WORDS, EITHER_NAME_WORDS].flatMap(frontCodedWords)
    expect(new Set(all).size).toBe(all.length)
  })

  it.each(lists)('%s is sorted, lowercase and free of duplicates', (_, list) => {
    expect(list.length).toBeGreaterThan(0)
    expect([...list].sort()).toEqual(list)
    expect(new Set(list).size).toBe(list.length)
    for (const item of list) expect(item).toBe(item.toLowerCase())
  })
})
