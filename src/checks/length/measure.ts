import type { ThankYouDocument } from '../../document.js'
import type { LintStats } from '../../types.js'

/**
 * How a letter is set on paper: A4 (210 × 297 mm), 2.5 cm margins, an 11–12 pt proportional font
 * (11.5 pt taken) whose average character, spaces included, is about half an em wide, single
 * spacing at 1.2 × the font size. The text block is 160 × 247 mm.
 */
export const PAGE = {
  textWidthMm: 210 - 2 * 25,
  textHeightMm: 297 - 2 * 25,
  fontSizePt: 11.5,
  averageCharacterEm: 0.5,
  lineHeightEm: 1.2,
} as const

const MM_PER_PT = 25.4 / 72

/** Characters that fit on one line of the text block: 78. */
export const CHARACTERS_PER_LINE = Math.floor(
  PAGE.textWidthMm / (PAGE.fontSizePt * PAGE.averageCharacterEm * MM_PER_PT),
)
/** Lines that fit on one page: 50. */
export const LINES_PER_PAGE = Math.floor(
  PAGE.textHeightMm / (PAGE.fontSizePt * PAGE.lineHeightEm * MM_PER_PT),
)

/**
 * Lines the letter takes on the page: each line of the draft wraps at `CHARACTERS_PER_LINE`,
 * short lines (greeting, sign-off) take a whole line, and runs of blank lines between paragraphs
 * take one. The subject line is not part of the letter.
 */
export function countPageLines(document: ThankYouDocument): number {
  const { text, lines, parts } = document
  const letterStart = parts.subject ? parts.subject.end : 0
  let total = 0
  let blankPending = false
  let started = false
  for (const line of lines) {
    if (line.end <= letterStart) continue
    const content = text.slice(Math.max(line.start, letterStart), line.end).trim()
    if (content === '') {
      blankPending = started
      continue
    }
    if (blankPending) total++
    blankPending = false
    started = true
    total += Math.max(1, Math.ceil(content.length / CHARACTERS_PER_LINE))
  }
  return total
}

/**
 * Words of the letter (the subject line aside), body sentences and body paragraphs. An address
 * that the tokenizer splits into several words counts once.
 */
export function computeStats(document: ThankYouDocument): LintStats {
  return document.memo('stats', () => {
    let words = 0
    let lastLiteral: unknown
    for (const word of document.words) {
      if (word.part === 'subject' || word.part === 'header') continue
      if (word.literal && (word.literal.kind === 'url' || word.literal.kind === 'email')) {
        if (word.literal === lastLiteral) continue
        lastLiteral = word.literal
      }
      words++
    }
    const sentences = document.sentences.filter((sentence) => sentence.part === 'body').length
    const pageFraction = Math.round((countPageLines(document) / LINES_PER_PAGE) * 100) / 100
    return { words, sentences, paragraphs: document.parts.bodyParagraphs.length, pageFraction }
  })
}
