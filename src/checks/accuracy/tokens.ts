import type { Span, ThankYouDocument, WordToken } from '../../document.js'
import type { EmailPart } from '../../parts.js'
import { frontCodedWords } from '../../text/front-coding.js'
import { nameKey, normalizePunctuation, stripPossessive } from '../../text/normalize.js'
import { CAPITALISED_WORDS, COMMON_WORDS } from './data/common-words.js'
import { COMMON_WORD_NAMES } from './data/names-and-titles.js'

/**
 * A word of the draft as the accuracy checker compares it with the context: punctuation
 * normalised, the possessive and trailing full stops dropped, so `Dana’s` is `Dana` and `Inc.` is
 * `Inc`. Words inside addresses, placeholders and quotes are left out.
 */
export interface Token extends Span {
  /** Position in the checker's token list. */
  index: number
  /** The word in `document.words` (the first one, for a name rejoined across a line break). */
  word: WordToken
  /** As compared: `O'Connor`, `Dana` (from `Dana's`), `Anne-Marie` (from `Anne-` + line break + `Marie`). */
  text: string
  /** `text` lowercased. */
  lower: string
  /** `text` lowercased without diacritics: `nguyen` for `Nguyễn`. */
  key: string
  /** Starts with a capital or a digit, or has a capital inside a lowercase start (`eBay`, `3M`). */
  capitalised: boolean
  /** Written with `'s` or a trailing apostrophe. */
  possessive: boolean
  sentence: number
  part: EmailPart
  sentenceStart: boolean
  /**
   * Whether only spaces, at most one line break, or an ampersand separate it from the token
   * before, in the same sentence: the two can be parts of one name.
   */
  joined: boolean
  /** The separator before it was an ampersand (`McKinsey & Company`). */
  ampersand: boolean
}

const CAPITALISED = /^(?:\p{Lu}|\p{N}|\p{Ll}+\p{Lu})/u

/** Fast `nameKey` for the common all-ASCII word. */
export function keyOf(text: string): string {
  return isAscii(text) ? text.toLowerCase() : nameKey(text)
}

let commonWords: ReadonlySet<string> | undefined

/** Frequent English words, lowercase; built once per process. */
export function isCommonWord(lower: string): boolean {
  // Stryker disable all: built once per process; Stryker's vitest runner keeps modules loaded between
  // mutants, so the table from the dry run is reused and a mutant here never takes effect.
  commonWords ??= new Set(frontCodedWords(COMMON_WORDS))
  // Stryker restore all
  return commonWords.has(lower)
}

let capitalisedWords: ReadonlySet<string> | undefined

/** Frequent words written with a capital (first names, sentence openers), lowercase. */
export function isCapitalisedWord(lower: string): boolean {
  // Stryker disable all: built once per process; Stryker's vitest runner keeps modules loaded between
  // mutants, so the table from the dry run is reused and a mutant here never takes effect.
  capitalisedWords ??= new Set(frontCodedWords(CAPITALISED_WORDS))
  // Stryker restore all
  return capitalisedWords.has(lower)
}

let commonWordNames: ReadonlySet<string> | undefined

/** Names that are also everyday words (`will`, `grace`). */
export function isCommonWordName(lower: string): boolean {
  // Stryker disable all: built once per process; Stryker's vitest runner keeps modules loaded between
  // mutants, so the table from the dry run is reused and a mutant here never takes effect.
  commonWordNames ??= new Set(COMMON_WORD_NAMES)
  // Stryker restore all
  return commonWordNames.has(lower)
}

/** An everyday word, or a name that is one (`will`, `grace`). */
export function isEverydayWord(lower: string): boolean {
  return isCommonWord(lower) || isCommonWordName(lower)
}

/**
 * Names and companies are looked for everywhere but in the sign-off and the signature (the
 * candidate's) and in pasted header lines (`To: dana@example.com`, `From: Jo Lee`).
 */
export function inScope(token: Token): boolean {
  return token.part !== 'signature' && token.part !== 'sign-off' && token.part !== 'header'
}

/** The draft's tokens, built once per lint. */
export function tokensOf(document: ThankYouDocument): readonly Token[] {
  return document.memo('accuracy-tokens', () => buildTokens(document))
}

function buildTokens(document: ThankYouDocument): Token[] {
  const { text, words } = document
  const tokens: Token[] = []
  let previous: WordToken | undefined
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as WordToken
    if (word.literal) {
      previous = undefined
      continue
    }
    let raw = word.text
    let end = word.end
    // "Anne-" at the end of a line and "Marie" at the start of the next are one name.
    const next = words[i + 1]
    if (
      raw.endsWith('-') &&
      next &&
      !next.literal &&
      next.part === word.part &&
      gapKind(text, word.end, next.start) === 'line'
    ) {
      raw += next.text
      end = next.end
      i++
    }
    let value = raw
    let possessive = false
    if (raw.includes("'") || raw.includes('\u2019') || raw.includes('\u2018')) {
      const stripped = stripPossessive(normalizePunctuation(raw))
      possessive = stripped.length !== raw.length
      end -= raw.length - stripped.length
      value = stripped
    }
    let length = value.length
    while (length > 0 && value.charCodeAt(length - 1) === 46) length--
    if (length === 0) {
      previous = word
      continue
    }
    if (length !== value.length) value = value.slice(0, length)
    const gap =
      previous && previous.sentence === word.sentence ? gapKind(text, previous.end, word.start) : 'other'
    const lower = value.toLowerCase()
    tokens.push({
      index: tokens.length,
      word,
      start: word.start,
      end,
      text: value,
      lower,
      key: isAscii(value) ? lower : nameKey(value),
      capitalised: isCapitalised(value),
      possessive,
      sentence: word.sentence,
      part: word.part,
      sentenceStart: word.sentenceStart,
      joined: gap !== 'other',
      ampersand: gap === 'ampersand',
    })
    previous = words[i] as WordToken
  }
  return tokens
}

/**
 * What separates two words: spaces (with at most one line break), the same with an ampersand
 * (`McKinsey & Company`), or anything else. Scanned by hand: this runs for every word.
 */
function gapKind(text: string, from: number, to: number): 'space' | 'line' | 'ampersand' | 'other' {
  if (to - from > 12) return 'other'
  let lines = 0
  let ampersands = 0
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code === 10) lines++
    else if (code === 38) ampersands++
    else if (code !== 32 && code !== 9 && code !== 13) return 'other'
  }
  if (lines > 1 || ampersands > 1) return 'other'
  return ampersands === 1 ? 'ampersand' : lines === 1 ? 'line' : 'space'
}

function isAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 126) return false
  return true
}

/** Starts with a capital or a digit, or is lowercase up to a capital (`eBay`, `iOS`). */
function isCapitalised(value: string): boolean {
  const code = value.charCodeAt(0)
  if ((code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true
  if (code >= 97 && code <= 122) {
    for (let i = 1; i < value.length; i++) {
      const next = value.charCodeAt(i)
      if (next >= 65 && next <= 90) return true
      if (next < 97 || next > 122) return next > 127 && CAPITALISED.test(value)
    }
    return false
  }
  return code > 127 && CAPITALISED.test(value)
}

/** Whether the lowercase words of `phrase` are the tokens that end just before `tokens[at]`. */
export function phraseEndsBefore(tokens: readonly Token[], at: number, phrase: readonly string[]): boolean {
  const first = at - phrase.length
  if (first < 0) return false
  const sentence = (tokens[at] as Token).sentence
  for (let i = 0; i < phrase.length; i++) {
    const token = tokens[first + i] as Token
    if (token.lower !== phrase[i] || token.sentence !== sentence || token.possessive) return false
    if (i > 0 && !token.joined) return false
  }
  return (tokens[at] as Token).joined
}
