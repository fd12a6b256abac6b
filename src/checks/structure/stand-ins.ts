import type { Span, ThankYouDocument, WordToken } from '../../document.js'
import { startsUppercase } from '../../text/case.js'
import type { ThankYouContext } from '../../types.js'
import { LONE_STAND_INS, STAND_IN_HEADS } from './data.js'

/** `Mr./Mrs.`, `Dr./Mr./Ms.`: honorifics offered as alternatives, for the writer to choose. */
const HONORIFIC_CHOICE = /\b(?:Mrs|Miss|Mr|Ms|Mx|Dr)\.?(?: ?\/ ?(?:Mrs|Miss|Mr|Ms|Mx|Dr)\.?){1,4}/g

/**
 * Placeholders written without brackets: a run of capitalised words that ends in a field name
 * (`the Job Title role at Employer Name`, `Your Full Name`, `Hiring Manager's Name`) and a choice
 * of honorifics (`Dear Mr./Mrs. Surname`). A run that the context names (`Account Name` as a
 * position) is the real thing, not a stand-in. Words already inside a literal (a bracketed
 * placeholder, an address, a quote) are left to that literal.
 */
export function findStandIns(document: ThankYouDocument, context: ThankYouContext): Span[] {
  const named = contextText(context)
  const spans: Span[] = []
  const opener = document.parts.greeting?.opener

  for (const match of document.text.matchAll(HONORIFIC_CHOICE)) {
    const start = match.index
    let end = start + match[0].length
    const next = document.wordsIn({ start: end, end: end + 2 })[0]
    const run =
      next && document.text.slice(end, next.start) === ' ' ? capitalisedRun(document, next.index) : []
    if (run.length > 0 && isStandIn(run)) end = (run.at(-1) as WordToken).end
    if (!document.words.some((word) => word.literal && word.start < end && word.end > start)) {
      spans.push({ start, end })
    }
  }

  let index = 0
  while (index < document.words.length) {
    const run = capitalisedRun(document, index)
    if (run.length === 0) {
      index++
      continue
    }
    index = (run.at(-1) as WordToken).index + 1
    // `Dear Interviewer Name`: the greeting's opener is not part of the stand-in.
    let words = opener ? run.filter((word) => word.start >= opener.end) : run
    // A sentence's first word is capitalised anyway, so it is no sign of a stand-in unless the
    // run is a line of its own, as a signature's `Your Name` or `Phone Number` is.
    if (words[0]?.sentenceStart && !isWholeLine(document, words)) words = words.slice(1)
    if (words.length === 0 || !isStandIn(words)) continue
    const span = { start: (words[0] as WordToken).start, end: (words.at(-1) as WordToken).end }
    if (spans.some((taken) => taken.start < span.end && taken.end > span.start)) continue
    if (named.includes(document.slice(span).toLowerCase())) continue
    spans.push(span)
  }
  return spans.sort((a, b) => a.start - b.start)
}

/** The capitalised words from `index` on, one space apart, none inside a literal. */
function capitalisedRun(document: ThankYouDocument, index: number): WordToken[] {
  const run: WordToken[] = []
  for (let at = index; at < document.words.length; at++) {
    const word = document.words[at] as WordToken
    if (word.literal || !startsUppercase(word.text)) break
    const previous = run.at(-1)
    if (previous && document.text.slice(previous.end, word.start) !== ' ') break
    run.push(word)
  }
  return run
}

function isWholeLine(document: ThankYouDocument, words: readonly WordToken[]): boolean {
  const first = words[0] as WordToken
  const line = document.lines[document.point(first.start).line - 1]
  if (!line) return false
  const text = document.text.slice(line.start, line.end).trim()
  return text === document.text.slice(first.start, (words.at(-1) as WordToken).end)
}

function isStandIn(words: readonly WordToken[]): boolean {
  const head = (words.at(-1) as WordToken).text
  return STAND_IN_HEADS.has(head) && (words.length > 1 || LONE_STAND_INS.has(head))
}

/** Every context string, lower-cased and joined, to test whether a run is a context value. */
function contextText(context: ThankYouContext): string {
  return [
    context.candidate?.name,
    context.company?.name,
    ...(context.company?.aliases ?? []),
    context.position,
    ...(context.topics ?? []),
    ...(context.otherCompanies ?? []),
    ...(context.interviewers ?? []).flatMap((interviewer) => [interviewer.name, interviewer.title]),
  ]
    .filter((value) => value !== undefined)
    .join('\n')
    .toLowerCase()
}
