import { describe, expect, it } from 'vitest'
import { CHARACTERS_PER_LINE, LINES_PER_PAGE, lengthDefaults } from '../src/checks/length/index.js'
import { lintThankYou, rules } from '../src/index.js'
import type { LintOptions } from '../src/types.js'
import { findingsOf, offsetOf } from './helpers.js'

// Tests that mutation testing (npm run mutation) showed missing for the length checker: the page
// model's numbers, every threshold at its boundary, and the exact messages and spans.

const GREETING = 'Dear Ms. Okoro,'
const SIGN_OFF = 'Best regards,\nJordan Lee'
/** A body line of 30 characters and 6 words, one sentence. */
const LINE = 'I enjoyed our talk very much.'

/** A letter that fills exactly `lines` lines of the page: greeting, blank, body, blank, sign-off, name. */
function letterOfLines(lines: number): string {
  const body = Array.from({ length: lines - 5 }, () => LINE).join('\n')
  return `${GREETING}\n\n${body}\n\n${SIGN_OFF}`
}

/** A body sentence of `count` words. */
function sentenceOf(count: number): string {
  return `${Array.from({ length: count }, (_, index) => (index === 0 ? 'Thanks' : 'word')).join(' ')}.`
}

const stats = (draft: string, options?: LintOptions) => lintThankYou(draft, undefined, options).stats

describe('the page model', () => {
  it('fits 78 characters on a line and 50 lines on an A4 page', () => {
    expect(CHARACTERS_PER_LINE).toBe(78)
    expect(LINES_PER_PAGE).toBe(50)
  })

  it('has the documented defaults', () => {
    expect(lengthDefaults).toEqual({
      maxPageFraction: 0.6,
      errorPageFraction: 1,
      minWords: 50,
      maxParagraphs: 5,
      maxSentenceWords: 45,
    })
  })

  it('counts each line of the letter, a blank run between paragraphs as one, and wraps at 78', () => {
    expect(stats(letterOfLines(25)).pageFraction).toBe(0.5)
    // Three blank lines between paragraphs take one line; blank lines before and after take none.
    const spaced = `\n\n${GREETING}\n\n\n\n${LINE}\n\n${SIGN_OFF}\n\n\n`
    expect(stats(spaced).pageFraction).toBe(0.12)
    // 78 characters fit on a line, 79 wrap to two.
    const exact = `${GREETING}\n\n${'a'.repeat(77)}.\n\n${SIGN_OFF}`
    expect(stats(exact).pageFraction).toBe(0.12)
    expect(stats(exact.replace('a.', 'aa.')).pageFraction).toBe(0.14)
  })

  it('leaves the subject line out of the page and the word count', () => {
    const draft = letterOfLines(10)
    const withSubject = `Subject: Thank you for the interview\n\n${draft}`
    expect(stats(withSubject)).toEqual(stats(draft))
    // A subject line that is the whole draft: nothing of the letter is on the page.
    expect(stats('Subject: Thank you')).toEqual({ words: 0, sentences: 0, paragraphs: 0, pageFraction: 0 })
  })

  it('trims lines before measuring them', () => {
    const draft = `${GREETING}\n\n   ${'a'.repeat(77)}.   \n\n${SIGN_OFF}`
    expect(stats(draft).pageFraction).toBe(0.12)
  })

  it('rounds the page fraction to two decimals', () => {
    // 7 lines of 50.
    expect(stats(letterOfLines(7)).pageFraction).toBe(0.14)
  })
})

describe('stats', () => {
  it('counts words outside the subject, an address split by the tokenizer once', () => {
    const draft =
      'Subject: Thanks\n\nDear Dana,\n\nSee https://example.com/a/b-c.html and write to jo.lee@example.com today.\n\nBest,\nJo'
    // Dear Dana | See <url> and write to <email> today | Best Jo
    expect(stats(draft).words).toBe(2 + 7 + 2)
  })

  it('counts an address with a plus sign once, and quoted or placeholder words each', () => {
    expect(stats('Dear Dana,\n\nWrite to jo+jobs@example.com now.\n\nBest,\nJo').words).toBe(2 + 4 + 2)
    expect(stats('Dear Dana,\n\nI liked "great team culture" a lot.\n\nBest,\n[Your Name]').words).toBe(
      2 + 7 + 3,
    )
  })

  it('counts two addresses in a row as two words', () => {
    const draft = 'Dear Dana,\n\nhttps://a.example.com/x https://b.example.com/y\n\nBest,\nJo'
    expect(stats(draft).words).toBe(2 + 2 + 2)
  })

  it('counts body sentences and body paragraphs only', () => {
    const draft = `Subject: Thanks. Really.\n\n${GREETING}\n\nOne. Two!\nThree?\n\nFour.\n\n${SIGN_OFF}`
    expect(stats(draft)).toMatchObject({ sentences: 4, paragraphs: 2 })
  })
})

describe('too-long', () => {
  it('warns when the letter fills more than 60% of a page', () => {
    expect(findingsOf('too-long', letterOfLines(30))).toEqual([])
    const [hit, ...rest] = findingsOf('too-long', letterOfLines(31))
    expect(rest).toEqual([])
    expect(hit?.finding.severity).toBe('warning')
    expect(hit?.start).toBeUndefined()
    expect(hit?.finding.message).toBe(
      'The letter fills 62% of an A4 page; cut it to about half a page (60% at most) by keeping one idea per paragraph',
    )
  })

  it('is an error past a full page', () => {
    expect(findingsOf('too-long', letterOfLines(50))[0]?.finding.severity).toBe('warning')
    expect(findingsOf('too-long', letterOfLines(51))[0]?.finding.severity).toBe('error')
    expect(lintThankYou(letterOfLines(51)).ok).toBe(false)
  })

  it('follows options.length.maxPageFraction and errorPageFraction', () => {
    const options = { length: { maxPageFraction: 0.3, errorPageFraction: 0.4 } }
    expect(findingsOf('too-long', letterOfLines(15), undefined, options)).toEqual([])
    const [warning] = findingsOf('too-long', letterOfLines(16), undefined, options)
    expect(warning?.finding.severity).toBe('warning')
    expect(warning?.finding.message).toContain('(30% at most)')
    expect(findingsOf('too-long', letterOfLines(21), undefined, options)[0]?.finding.severity).toBe('error')
  })
})

describe('too-short', () => {
  const draftOf = (words: number) => `Dear Dana,\n\n${sentenceOf(words - 4)}\n\nBest,\nJo`

  it('warns under 50 words and not at 50', () => {
    expect(stats(draftOf(50)).words).toBe(50)
    expect(findingsOf('too-short', draftOf(50))).toEqual([])
    const [hit, ...rest] = findingsOf('too-short', draftOf(49))
    expect(rest).toEqual([])
    expect(hit?.start).toBeUndefined()
    expect(hit?.finding.severity).toBe('warning')
    expect(hit?.finding.message).toBe(
      'The letter has 49 words; write at least 50 to thank the interviewer, restate your interest and say how you would contribute',
    )
  })

  it('follows options.length.minWords', () => {
    expect(findingsOf('too-short', draftOf(10), undefined, { length: { minWords: 10 } })).toEqual([])
    expect(findingsOf('too-short', draftOf(9), undefined, { length: { minWords: 10 } })).toHaveLength(1)
  })

  it('says nothing about an empty or blank draft', () => {
    expect(findingsOf('too-short', '')).toEqual([])
    expect(findingsOf('too-short', ' \n\t\n ')).toEqual([])
    expect(findingsOf('too-short', 'Hi')).toHaveLength(1)
  })
})

describe('too-many-paragraphs', () => {
  const draftOf = (paragraphs: number) =>
    `${GREETING}\n\n${Array.from({ length: paragraphs }, (_, index) => paragraph(index + 1)).join('\n\n')}\n\n${SIGN_OFF}`
  /** 20 words: the shortest paragraph that counts. */
  const paragraph = (n: number) => `Paragraph ${n} is here, ${'one more word '.repeat(5)}to end.`

  it('warns past 5 body paragraphs, from the sixth to the end of the last', () => {
    expect(findingsOf('too-many-paragraphs', draftOf(5))).toEqual([])
    const draft = draftOf(7)
    const [hit, ...rest] = findingsOf('too-many-paragraphs', draft)
    expect(rest).toEqual([])
    expect(hit?.start).toBe(offsetOf(draft, 'Paragraph 6'))
    expect(hit?.end).toBe(offsetOf(draft, paragraph(7)) + paragraph(7).length)
    expect(hit?.finding.severity).toBe('warning')
    expect(hit?.finding.message).toBe('The body has 7 full paragraphs; merge them into 5 or fewer short ones')
  })

  it('follows options.length.maxParagraphs', () => {
    const draft = draftOf(3)
    expect(findingsOf('too-many-paragraphs', draft, undefined, { length: { maxParagraphs: 3 } })).toEqual([])
    const [hit] = findingsOf('too-many-paragraphs', draft, undefined, { length: { maxParagraphs: 2 } })
    expect(hit?.actual).toBe(paragraph(3))
  })

  it('has no span when no paragraph is allowed', () => {
    const [hit] = findingsOf('too-many-paragraphs', draftOf(1), undefined, { length: { maxParagraphs: 0 } })
    expect(hit?.start).toBe(offsetOf(draftOf(1), 'Paragraph 1'))
    expect(hit?.finding.message).toBe('The body has 1 full paragraphs; merge them into 0 or fewer short ones')
  })
})

describe('long-sentence', () => {
  const draftOf = (...sentences: string[]) => `${GREETING}\n\n${sentences.join(' ')}\n\n${SIGN_OFF}`

  it('flags a body sentence of more than 45 words, with its closing punctuation', () => {
    const long = sentenceOf(46)
    const draft = draftOf(sentenceOf(45), long, 'Short one.')
    const [hit, ...rest] = findingsOf('long-sentence', draft)
    expect(rest).toEqual([])
    expect(hit?.actual).toBe(long)
    expect(hit?.start).toBe(offsetOf(draft, long))
    expect(hit?.finding.severity).toBe('warning')
    expect(hit?.finding.message).toBe(
      'This sentence has 46 words; split it into sentences of 45 words or fewer',
    )
  })

  it('follows options.length.maxSentenceWords', () => {
    const draft = draftOf(sentenceOf(5), sentenceOf(6))
    const [hit, ...rest] = findingsOf('long-sentence', draft, undefined, { length: { maxSentenceWords: 5 } })
    expect(rest).toEqual([])
    expect(hit?.actual).toBe(sentenceOf(6))
  })

  it('flags a sentence that starts right after an inline greeting', () => {
    const long = sentenceOf(46)
    const draft = `Dear Dana,${long} ${'More words to pass eighty characters. '.repeat(2)}\n\nBest regards,\nJo`
    const [hit] = findingsOf('long-sentence', draft)
    expect(hit?.start).toBe('Dear Dana,'.length)
    expect(hit?.actual).toBe(long)
  })

  it('leaves the subject and signature alone', () => {
    const words = Array.from({ length: 50 }, () => 'word').join(' ')
    const draft = `Subject: ${words}\n\nDear Dana,\n\nThanks.\n\nBest regards,\n${words}`
    expect(findingsOf('long-sentence', draft)).toEqual([])
    expect(findingsOf('long-sentence', `Dear Dana,\n\n${words}.\n\nBest regards,\nJo`)).toHaveLength(1)
  })
})

describe('options.length', () => {
  it('refuses an error fraction below the warning fraction, naming both', () => {
    expect(() => lintThankYou('Hi', undefined, { length: { errorPageFraction: 0.5 } })).toThrow(
      new TypeError('options.length.errorPageFraction must be at least options.length.maxPageFraction (0.6)'),
    )
    expect(() => lintThankYou('Hi', undefined, { length: { errorPageFraction: 0.6 } })).not.toThrow()
  })
})

describe('rules of the length checker', () => {
  it('lists every rule with its default severity and a description', () => {
    const own = rules.filter((rule) => rule.checker === 'length')
    expect(own.map((rule) => [rule.id, rule.defaultSeverity])).toEqual([
      ['too-long', 'warning'],
      ['too-short', 'warning'],
      ['too-many-paragraphs', 'warning'],
      ['long-sentence', 'warning'],
      ['draft-too-large', 'error'],
    ])
    for (const rule of own) {
      expect(rule.description).toMatch(/^[A-Z].{10,}\.$/)
      expect(rule.url).toBe(
        `https://github.com/thank-you-lint/thank-you-lint/blob/main/docs/rules/length.md#${rule.id}`,
      )
    }
  })
})
