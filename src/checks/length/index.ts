import { defineChecker, type Issue } from '../../checker.js'
import type { LengthOptions } from '../../types.js'
import { CHARACTERS_PER_LINE, computeStats, countPageLines, LINES_PER_PAGE, PAGE } from './measure.js'
import { sentenceSegments } from './segments.js'

export const lengthDefaults: LengthOptions = {
  maxPageFraction: 0.6,
  errorPageFraction: 1,
  minWords: 50,
  maxParagraphs: 5,
  maxSentenceWords: 45,
}

/** Paragraphs shorter than this (a closing line, a bridge) are not counted by `too-many-paragraphs`. */
const SHORT_PARAGRAPH_WORDS = 20

export const length = defineChecker({
  name: 'length',
  defaults: lengthDefaults,
  rules: [
    {
      id: 'too-long',
      defaultSeverity: 'warning',
      description: 'The letter fills clearly more than half an A4 page (an error past a full page).',
    },
    {
      id: 'too-short',
      defaultSeverity: 'warning',
      description: 'The letter is too short to thank, restate interest and say how you would contribute.',
    },
    {
      id: 'too-many-paragraphs',
      defaultSeverity: 'warning',
      description: 'The body has more paragraphs than a short note needs.',
    },
    {
      id: 'long-sentence',
      defaultSeverity: 'warning',
      description: 'A sentence rambles past the word limit.',
    },
    {
      id: 'draft-too-large',
      defaultSeverity: 'error',
      description: 'The draft is longer than `options.maxLength` and was not linted.',
    },
  ],
  validateOptions(options, path) {
    if (options.errorPageFraction < options.maxPageFraction) {
      throw new TypeError(
        `${path}.errorPageFraction must be at least ${path}.maxPageFraction (${options.maxPageFraction})`,
      )
    }
  },
  check(document, _environment, options) {
    const issues: Issue[] = []
    const stats = computeStats(document)
    const { body, bodyParagraphs } = document.parts

    if (stats.pageFraction > options.maxPageFraction) {
      const overPage = stats.pageFraction > options.errorPageFraction
      issues.push({
        ruleId: 'too-long',
        severity: overPage ? 'error' : 'warning',
        message: `The letter fills ${percent(stats.pageFraction)} of an A4 page; cut it to about half a page (${percent(options.maxPageFraction)} at most) by keeping one idea per paragraph`,
      })
    }

    if (stats.words < options.minWords && document.text.trim() !== '') {
      issues.push({
        ruleId: 'too-short',
        message: `The letter has ${stats.words} words; write at least ${options.minWords} to thank the interviewer, restate your interest and say how you would contribute`,
      })
    }

    // A closing line ("Thanks again to all three of you.") or a one-line bridge is not a
    // paragraph a reader has to work through; only paragraphs of some length count.
    const paragraphs = bodyParagraphs.filter(
      (paragraph) => document.wordsIn(paragraph).length >= SHORT_PARAGRAPH_WORDS,
    )
    if (paragraphs.length > options.maxParagraphs) {
      const extra = paragraphs[options.maxParagraphs]
      issues.push({
        ruleId: 'too-many-paragraphs',
        message: `The body has ${paragraphs.length} full paragraphs; merge them into ${options.maxParagraphs} or fewer short ones`,
        ...(extra && { span: { start: extra.start, end: (paragraphs.at(-1) ?? extra).end } }),
      })
    }

    for (const sentence of document.sentences) {
      if (sentence.part !== 'body' || sentence.start < body.start) continue
      if (sentence.endWord - sentence.firstWord <= options.maxSentenceWords) continue
      for (const segment of sentenceSegments(document, sentence)) {
        if (segment.words <= options.maxSentenceWords) continue
        issues.push({
          ruleId: 'long-sentence',
          span: { start: segment.start, end: segment.end },
          message: `This sentence has ${segment.words} words; split it into sentences of ${options.maxSentenceWords} words or fewer`,
        })
      }
    }
    return issues
  },
})

function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`
}

export { CHARACTERS_PER_LINE, computeStats, countPageLines, LINES_PER_PAGE, PAGE }
