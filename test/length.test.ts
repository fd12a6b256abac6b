import { describe, expect, it } from 'vitest'
import { CHARACTERS_PER_LINE, LINES_PER_PAGE, PAGE } from '../src/checks/length/index.js'
import { lintThankYou } from '../src/index.js'
import { findingsOf, offsetOf } from './helpers.js'

/** A plain sentence of exactly `words` words (5 letters each, 6 characters with its space). */
function sentence(words: number): string {
  return `${Array.from({ length: words }, (_, index) => (index === 0 ? 'Thank' : 'words')).join(' ')}.`
}

function letter(paragraphs: string[]): string {
  return `Dear Ms. Okoro,\n\n${paragraphs.join('\n\n')}\n\nBest regards,\nJordan Lee`
}

describe('page model', () => {
  it('derives 78 characters a line and 50 lines a page from A4, 2.5 cm margins and 11.5 pt single spacing', () => {
    expect(PAGE.textWidthMm).toBe(160)
    expect(PAGE.textHeightMm).toBe(247)
    // 11.5 pt × 0.5 em = 5.75 pt = 2.03 mm a character; 160 / 2.03 = 78.8
    expect(CHARACTERS_PER_LINE).toBe(78)
    // 11.5 pt × 1.2 = 13.8 pt = 4.87 mm a line; 247 / 4.87 = 50.7
    expect(LINES_PER_PAGE).toBe(50)
  })

  it('puts a 200-word letter in three paragraphs at about half a page', () => {
    const draft = letter([sentence(70), sentence(70), sentence(60)])
    const { stats } = lintThankYou(draft)
    // greeting 1 + blank 1 + 6 + 1 + 6 + 1 + 5 + blank 1 + sign-off 1 + name 1 = 24 lines of 50
    expect(stats.pageFraction).toBe(0.48)
    expect(stats.words).toBe(200 + 3 + 4)
    expect(stats.paragraphs).toBe(3)
    expect(stats.sentences).toBe(3)
  })

  it('counts short lines as whole lines and a run of blank lines once', () => {
    const { stats } = lintThankYou('Hi Dana,\n\n\n\nThanks.\nBest,\nJo')
    // "Hi Dana," + one blank + "Thanks." + "Best," + "Jo" = 5 lines
    expect(stats.pageFraction).toBe(0.1)
  })

  it('leaves the subject line off the page', () => {
    const withSubject = lintThankYou(`Subject: Thank you\n\n${letter([sentence(40)])}`)
    const without = lintThankYou(letter([sentence(40)]))
    expect(withSubject.stats).toEqual(without.stats)
  })

  it('counts an address split by the tokenizer as one word', () => {
    expect(
      lintThankYou('See https://brightline.example.com/jobs/42 or mail jo@example.com today').stats.words,
    ).toBe(6)
  })
})

describe('too-long', () => {
  it('warns past 0.6 of a page, for the whole letter', () => {
    const draft = letter([sentence(80), sentence(80), sentence(80), sentence(30)])
    const [hit, ...rest] = findingsOf('too-long', draft)
    expect(rest).toEqual([])
    expect(hit?.finding.severity).toBe('warning')
    expect(hit?.start).toBeUndefined()
    expect(hit?.finding.message).toContain('of an A4 page')
  })
  it('is an error past a full page', () => {
    const draft = letter(Array.from({ length: 5 }, () => sentence(110)))
    const [hit] = findingsOf('too-long', draft, undefined, {
      length: { maxParagraphs: 10, maxSentenceWords: 200 },
    })
    expect(hit?.finding.severity).toBe('error')
  })
  it('is quiet at half a page', () => {
    expect(findingsOf('too-long', letter([sentence(70), sentence(70), sentence(60)]))).toEqual([])
  })
  it('follows options.length.maxPageFraction', () => {
    const draft = letter([sentence(70), sentence(70), sentence(60)])
    expect(findingsOf('too-long', draft, undefined, { length: { maxPageFraction: 0.4 } })).toHaveLength(1)
  })
})

describe('too-short', () => {
  it('warns under 50 words', () => {
    const [hit, ...rest] = findingsOf('too-short', letter([sentence(20)]))
    expect(rest).toEqual([])
    expect(hit?.finding.message).toContain('27 words')
  })
  it('is quiet at 50 words or more, and on an empty draft', () => {
    expect(findingsOf('too-short', letter([sentence(45)]))).toEqual([])
    expect(findingsOf('too-short', '')).toEqual([])
  })
})

describe('too-many-paragraphs', () => {
  /** A paragraph of 20 words, long enough to count. */
  const full = (index: number) =>
    `Paragraph number ${index + 1} is here, ${'with more words '.repeat(5)}and an end.`
  it('warns past five full body paragraphs, from the first one too many', () => {
    const paragraphs = Array.from({ length: 7 }, (_, index) => full(index))
    const draft = letter(paragraphs)
    const [hit, ...rest] = findingsOf('too-many-paragraphs', draft)
    expect(rest).toEqual([])
    expect(hit?.start).toBe(offsetOf(draft, 'Paragraph number 6'))
    expect(hit?.end).toBe(offsetOf(draft, 'Paragraph number 7') + full(6).length)
    expect(hit?.finding.message).toContain('7 full paragraphs')
  })
  it('does not count the greeting or the sign-off as paragraphs', () => {
    const paragraphs = Array.from({ length: 5 }, (_, index) => full(index))
    expect(findingsOf('too-many-paragraphs', letter(paragraphs))).toEqual([])
  })
  it('does not count a closing line or a one-line bridge under 20 words', () => {
    const paragraphs = Array.from({ length: 5 }, (_, index) => full(index))
    const draft = letter([...paragraphs, 'Thanks again to all three of you.'])
    expect(findingsOf('too-many-paragraphs', draft)).toEqual([])
    expect(findingsOf('too-many-paragraphs', letter([...paragraphs, sentence(20)]))).toHaveLength(1)
    expect(findingsOf('too-many-paragraphs', letter([...paragraphs, sentence(19)]))).toEqual([])
  })
  it('does not count a name at the end, with no sign-off, as a paragraph', () => {
    const paragraphs = Array.from({ length: 5 }, (_, index) => full(index))
    const draft = `Dear Ms. Okoro,\n\n${paragraphs.join('\n\n')}\n\nJordan Lee\n555-0100`
    expect(
      findingsOf('too-many-paragraphs', draft, undefined, { length: { maxParagraphs: 4 } }),
    ).toHaveLength(1)
    expect(findingsOf('too-many-paragraphs', draft)).toEqual([])
  })
})

describe('long-sentence', () => {
  it('flags a body sentence over 45 words at its exact span', () => {
    const long = sentence(46)
    const draft = letter([`${sentence(10)} ${long} ${sentence(5)}`])
    const [hit, ...rest] = findingsOf('long-sentence', draft)
    expect(rest).toEqual([])
    expect(hit?.actual).toBe(long)
    expect(hit?.finding.message).toContain('46 words')
  })
  it('accepts 45 words', () => {
    expect(findingsOf('long-sentence', letter([sentence(45)]))).toEqual([])
  })
  it('follows options.length.maxSentenceWords', () => {
    expect(
      findingsOf('long-sentence', letter([sentence(12)]), undefined, { length: { maxSentenceWords: 10 } }),
    ).toHaveLength(1)
  })
  it('counts each item of a list written line by line on its own', () => {
    const item = (marker: string) => `${marker} ${'words '.repeat(19)}words`
    for (const markers of [
      ['-', '-', '-'],
      ['•', '•', '•'],
      ['1.', '2.', '3.'],
      ['a)', 'b)', 'c)'],
    ]) {
      const draft = letter([`Here is my plan:\n${markers.map(item).join('\n')}`])
      expect(findingsOf('long-sentence', draft)).toEqual([])
    }
    // Without the markers the lines run on as one sentence of 63 words.
    const run = letter([
      `Here is my plan:\n${['', '', ''].map(() => `${'words '.repeat(19)}words`).join('\n')}`,
    ])
    expect(findingsOf('long-sentence', run)).toHaveLength(1)
  })
  it('cuts at a full stop the parser took for an abbreviation, after a number or a lowercase word', () => {
    const half = `${'words '.repeat(29)}`
    const afterNumber = letter([`Thank ${half}in Years 9 and 10. That ${half}end.`])
    const afterWord = letter([`Thank ${half}forty per cent. Mr. Duncan ${half}end.`])
    expect(findingsOf('long-sentence', afterNumber)).toEqual([])
    expect(findingsOf('long-sentence', afterWord)).toEqual([])
    // "e.g." and "vs." keep the sentence whole, as the parser does.
    const [hit] = findingsOf('long-sentence', letter([`Thank ${half}as in e.g. Acme ${half}end.`]))
    expect(hit?.start).toBeGreaterThan(0)
    expect(hit?.finding.message).toMatch(/\d+ words/)
  })
})

describe('draft-too-large', () => {
  it('refuses a draft over options.maxLength with one error and no other work', () => {
    const report = lintThankYou('x'.repeat(101), undefined, { maxLength: 100 })
    expect(report.ok).toBe(false)
    expect(report.findings.map((finding) => finding.ruleId)).toEqual(['draft-too-large'])
    expect(report.stats.words).toBe(0)
  })
  it('defaults to 100,000 characters', () => {
    expect(lintThankYou('a '.repeat(50_001)).findings.map((finding) => finding.ruleId)).toEqual([
      'draft-too-large',
    ])
    expect(lintThankYou('a '.repeat(50_000)).findings.map((finding) => finding.ruleId)).not.toContain(
      'draft-too-large',
    )
  })
})
