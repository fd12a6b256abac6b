import type { SentenceSpan, ThankYouDocument, WordToken } from '../../document.js'

/** A stretch of a sentence that a reader takes in one go, with its word count. */
export interface Segment {
  start: number
  end: number
  words: number
}

/** A line that starts a bulleted item: `-`, `•`, `*`, `–`. */
const LIST_ITEM_BREAK = /\n[ \t]*[-•*–·▪][ \t]*$/

/**
 * A full stop after a number or a lowercase word, then a capital: a sentence break the parser
 * missed ("in Years 9 and 10. That figure", "forty per cent. Mr. Duncan"). Short words stay
 * joined, as the parser keeps them: "e.g. The", "vs. Acme".
 */
const MISSED_STOP = /^(?:\d+|\p{Ll}{3,})\.$/u

/**
 * The sentence cut where a reader pauses although the parser sees one sentence: before each
 * item of a list written line by line, and at a full stop the parser took for an abbreviation.
 */
export function sentenceSegments(document: ThankYouDocument, sentence: SentenceSpan): Segment[] {
  const segments: Segment[] = []
  let first = sentence.firstWord
  for (let index = sentence.firstWord + 1; index < sentence.endWord; index++) {
    const previous = document.words[index - 1] as WordToken
    const word = document.words[index] as WordToken
    const gap = document.text.slice(previous.end, word.start)
    if (breaksBetween(document.text, previous, word, gap)) {
      segments.push({
        start: (document.words[first] as WordToken).start,
        end: previous.end,
        words: index - first,
      })
      first = index
    }
  }
  segments.push({
    start: (document.words[first] as WordToken).start,
    end: sentence.end,
    words: sentence.endWord - first,
  })
  if (segments.length > 0) (segments[0] as Segment).start = sentence.start
  return segments
}

/** A numbered or lettered item's marker, which the parser reads as a word of its own: `1.`, `a)`. */
const LIST_ITEM_MARKER = /^(?:\d{1,2}|[a-z])[.)][ \t]/

function breaksBetween(text: string, previous: WordToken, word: WordToken, gap: string): boolean {
  if (gap.includes('\n')) {
    if (LIST_ITEM_BREAK.test(gap)) return true
    if (/\n[ \t]*$/.test(gap) && LIST_ITEM_MARKER.test(text.slice(word.start, word.start + 4))) return true
  }
  // The parser keeps the full stop in the word it took for an abbreviation: "10.", "cent.".
  return /^[ \t]+$/.test(gap) && MISSED_STOP.test(previous.text) && /^\p{Lu}/u.test(word.text)
}
