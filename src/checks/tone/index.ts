import { cuss } from 'cuss'
import { defineChecker, type Issue } from '../../checker.js'
import { contextTerms } from '../../context-terms.js'
import type { Span, ThankYouDocument, WordToken } from '../../document.js'
import { SIGN_OFF_STYLES } from '../../parts-data.js'
import { capitalize, isAllCaps, startsUppercase } from '../../text/case.js'
import { compilePhrases, matchAt, type PhraseSet, phraseWords } from '../../text/phrases.js'
import type { ToneOptions } from '../../types.js'
import {
  APOLOGIES,
  CASUAL_PHRASES,
  DESPERATE_PHRASES,
  EMPLOYER_COMPLAINTS,
  EMPLOYER_CRITICISM,
  EMPLOYER_REFERENCES,
  FORMAL_SIGN_OFFS,
  GRATITUDE_CUES,
  INQUIRY_CUES,
  LONG_ACRONYMS,
  NEEDLESS_APOLOGIES,
  NOT_CRITICISM,
  NOT_PAY_TERMS,
  NOT_SLANG,
  PAY_TERMS,
  PROFANITY_ADDED,
  PROFANITY_IGNORED,
  PROFANITY_REPLACEMENTS,
  SHOUTED_WORDS,
  TEXT_SPEAK,
} from './data.js'

export const toneDefaults: ToneOptions = {
  maxApologies: 1,
  acronyms: [],
}

/** What a phrase found by the span trie is. */
type SpanKind = 'casual' | 'desperate' | 'apology' | 'needless-apology' | 'not-slang'
/** What a phrase found by the sentence trie tells about its sentence. */
type SentenceKind = 'pay' | 'inquiry' | 'gratitude' | 'employer' | 'criticism' | 'complaint' | 'none'

interface SpanEntry {
  kind: SpanKind
  expected: string
}

const SENTENCE_FLAG: Readonly<Record<SentenceKind, number>> = {
  none: 0,
  pay: 1,
  inquiry: 2,
  gratitude: 4,
  employer: 8,
  criticism: 16,
  complaint: 32,
}

interface ToneData {
  spans: PhraseSet<SpanEntry>
  sentences: PhraseSet<SentenceKind>
  profanity: ReadonlySet<string>
  shouted: ReadonlySet<string>
  acronyms: ReadonlySet<string>
  signOffs: readonly string[]
  textSpeak: ReadonlyMap<string, string>
}

let data: ToneData | undefined

/** The tries and word sets, built on first use and shared by every lint in the process. */
// Stryker disable all: built once per process, and Stryker's vitest runner keeps modules loaded
// from one mutant to the next, so a mutant here never takes effect (the tables' content is tested
// through every rule).
function toneData(): ToneData {
  if (data) return data
  const spanEntries: [string, SpanEntry][] = []
  for (const [pattern, expected] of Object.entries(CASUAL_PHRASES)) {
    spanEntries.push([pattern, { kind: 'casual', expected }])
  }
  for (const pattern of NOT_SLANG) spanEntries.push([pattern, { kind: 'not-slang', expected: '' }])
  for (const [pattern, expected] of Object.entries(DESPERATE_PHRASES)) {
    spanEntries.push([pattern, { kind: 'desperate', expected }])
  }
  for (const pattern of APOLOGIES) spanEntries.push([pattern, { kind: 'apology', expected: '' }])
  for (const [pattern, expected] of Object.entries(NEEDLESS_APOLOGIES)) {
    spanEntries.push([pattern, { kind: 'needless-apology', expected }])
  }
  const sentenceEntries: [string, SentenceKind][] = [
    ...PAY_TERMS.map((pattern) => [pattern, 'pay'] as [string, SentenceKind]),
    ...NOT_PAY_TERMS.map((pattern) => [pattern, 'none'] as [string, SentenceKind]),
    ...INQUIRY_CUES.map((pattern) => [pattern, 'inquiry'] as [string, SentenceKind]),
    ...GRATITUDE_CUES.map((pattern) => [pattern, 'gratitude'] as [string, SentenceKind]),
    ...EMPLOYER_REFERENCES.map((pattern) => [pattern, 'employer'] as [string, SentenceKind]),
    ...EMPLOYER_CRITICISM.map((pattern) => [pattern, 'criticism'] as [string, SentenceKind]),
    ...NOT_CRITICISM.map((pattern) => [pattern, 'none'] as [string, SentenceKind]),
    ...EMPLOYER_COMPLAINTS.map((pattern) => [pattern, 'complaint'] as [string, SentenceKind]),
  ]
  const ignored = new Set(PROFANITY_IGNORED)
  const profanity = new Set(PROFANITY_ADDED)
  for (const [word, sureness] of Object.entries(cuss)) {
    if (sureness === 2 && !word.includes(' ') && !ignored.has(word)) profanity.add(word)
  }
  data = {
    spans: compilePhrases(spanEntries),
    sentences: compilePhrases(sentenceEntries),
    profanity,
    shouted: new Set(SHOUTED_WORDS),
    acronyms: new Set(LONG_ACRONYMS),
    signOffs: Object.keys(SIGN_OFF_STYLES).sort((a, b) => b.length - a.length),
    textSpeak: new Map(Object.entries(TEXT_SPEAK)),
  }
  return data
}
// Stryker restore all

export const tone = defineChecker({
  name: 'tone',
  defaults: toneDefaults,
  rules: [
    {
      id: 'slang',
      defaultSeverity: 'warning',
      description: 'Slang and text-speak ("gonna", "u", "thx", "super pumped").',
    },
    { id: 'emoji', defaultSeverity: 'warning', description: 'An emoji or emoticon in the letter.' },
    {
      id: 'repeated-punctuation',
      defaultSeverity: 'warning',
      description: 'Repeated exclamation or question marks ("!!", "?!").',
    },
    {
      id: 'shouting',
      defaultSeverity: 'warning',
      description: 'Words in capitals that are not acronyms ("THANK YOU SO MUCH").',
    },
    {
      id: 'desperate-tone',
      defaultSeverity: 'warning',
      description: 'A desperate or pushy line ("I really need this job", "please hire me").',
    },
    {
      id: 'salary-question',
      defaultSeverity: 'warning',
      description: 'A question about salary, benefits or time off.',
    },
    {
      id: 'employer-complaint',
      defaultSeverity: 'warning',
      description: 'A complaint about a current or former employer.',
    },
    {
      id: 'excessive-apology',
      defaultSeverity: 'warning',
      description: 'More apologies than a thank-you note needs, or an apology for nothing.',
    },
    { id: 'profanity', defaultSeverity: 'error', description: 'A profane or insulting word.' },
    {
      id: 'casual-sign-off',
      defaultSeverity: 'info',
      description: 'A casual sign-off ("Cheers", "Later", "Talk soon").',
    },
  ],
  check(document, environment, options) {
    const tables = toneData()
    const issues: Issue[] = []
    const contextWords = contextTerms(document, environment.context).words
    const allowedCaps = new Set(options.acronyms.map((word) => word.toUpperCase()))
    checkWords(document, tables, contextWords, allowedCaps, options, issues)
    checkSymbols(document, issues)
    checkSignOff(document, tables, issues)
    return issues
  },
})

/** Every check that reads words: phrases, slang, profanity, capitals, and the sentence-level ones. */
function checkWords(
  document: ThankYouDocument,
  tables: ToneData,
  contextWords: ReadonlySet<string>,
  allowedCaps: ReadonlySet<string>,
  options: ToneOptions,
  issues: Issue[],
): void {
  const { words, text } = document
  const prepared = phraseWords(document)
  const sentenceFlags = new Uint8Array(document.sentences.length)
  let phraseEnd = 0
  let apologies = 0
  let capsRun: WordToken[] = []

  const flushCaps = () => {
    if (capsRun.length > 0) reportShouting(document, capsRun, tables, allowedCaps, contextWords, issues)
    capsRun = []
  }

  for (let i = 0; i < words.length; i++) {
    const word = words[i] as WordToken
    const { part } = word
    if (word.literal || part === 'signature') {
      flushCaps()
      continue
    }
    const key = prepared.keys[i] as string

    if (isAllCaps(word.text)) {
      if (capsRun.length > 0 && !prepared.linked[i - 1]) flushCaps()
      capsRun.push(word)
    } else flushCaps()

    if (part !== 'body' && part !== 'subject') continue

    if (i >= phraseEnd) {
      const match = matchAt(tables.spans, prepared, i)
      if (match) {
        phraseEnd = match.end
        const span = { start: word.start, end: (words[match.end - 1] as WordToken).end }
        const { kind, expected } = match.value
        if (kind === 'apology' || kind === 'needless-apology') apologies++
        const issue = phraseIssue(document, span, kind, expected, apologies, options.maxApologies)
        if (issue) issues.push(issue)
      }
    }

    const sentenceMatch = matchAt(tables.sentences, prepared, i)
    if (sentenceMatch) {
      const flags = sentenceFlags[word.sentence] as number
      sentenceFlags[word.sentence] = flags | SENTENCE_FLAG[sentenceMatch.value]
    }

    const properNoun = !word.sentenceStart && startsUppercase(word.text) && !isAllCaps(word.text)
    if (properNoun || contextWords.has(key)) continue
    // `u.`: the tokenizer kept the full stop with the word; the finding leaves it out.
    const span = word.text.length > key.length ? { start: word.start, end: word.start + key.length } : word
    const actual = text.slice(span.start, span.end)
    const slang = i >= phraseEnd ? tables.textSpeak.get(key) : undefined
    if (slang !== undefined && standsAlone(text, word)) {
      const expected = matchCase(slang, actual)
      issues.push({
        ruleId: 'slang',
        span,
        actual,
        expected: [expected],
        message:
          expected === ''
            ? `"${actual}" is text-speak; delete it`
            : `"${actual}" is slang or text-speak; write "${expected}"`,
      })
    }
    if (tables.profanity.has(key)) {
      const replacement = matchCase(PROFANITY_REPLACEMENTS[key] ?? '', actual)
      issues.push({
        ruleId: 'profanity',
        span,
        actual,
        expected: [replacement],
        message:
          replacement === ''
            ? `"${actual}" is profane or insulting; delete it`
            : `"${actual}" is profane or insulting; write "${replacement}"`,
      })
    }
  }
  flushCaps()
  checkSentences(document, sentenceFlags, issues)
}

function phraseIssue(
  document: ThankYouDocument,
  span: Span,
  kind: SpanKind,
  expected: string,
  apologies: number,
  maxApologies: number,
): Issue | undefined {
  const actual = document.slice(span)
  const fix = matchCase(expected, actual)
  switch (kind) {
    case 'casual':
      return {
        ruleId: 'slang',
        span,
        actual,
        expected: [fix],
        message:
          fix === ''
            ? `"${actual}" is too casual for a hiring manager; delete it`
            : `"${actual}" is too casual for a hiring manager; write "${fix}"`,
      }
    case 'desperate':
      return {
        ruleId: 'desperate-tone',
        span,
        actual,
        expected: [fix],
        message: `"${actual}" sounds desperate or pushy; say it with composure, such as "${fix}"`,
      }
    case 'needless-apology':
      return {
        ruleId: 'excessive-apology',
        span,
        actual,
        expected: [fix],
        message:
          fix === ''
            ? `"${actual}" apologises where nothing went wrong; delete it`
            : `"${actual}" apologises where nothing went wrong; write "${fix}"`,
      }
    case 'apology':
      if (apologies <= maxApologies) return undefined
      return {
        ruleId: 'excessive-apology',
        span,
        actual,
        expected: ['Thank you for your patience'],
        message: `This is apology ${apologies} in a short note, which reads as unsure of yourself; keep ${maxApologies === 1 ? 'one' : `at most ${maxApologies}`} and thank instead, such as "Thank you for your patience"`,
      }
    default:
      return undefined
  }
}

const PRONOUN_I = /^i['’]/
const SENTENCE_OPENER = /[.!?:\n\r]/
const JOINED_BEFORE = /[&/@'’-]/
const JOINED_AFTER = /[&/@'’.-]/
const QUESTION_MARKS = /[?⁇⁈⁉]/
const LETTER = /\p{L}/u

const SALARY_ALTERNATIVE = 'I look forward to hearing about the next steps.'
const COMPLAINT_ALTERNATIVE = 'I am looking for a role where I can take on more responsibility.'
const CURRENCY_AMOUNT = /[$£€¥₹]\s?\d/

function checkSentences(document: ThankYouDocument, flags: Uint8Array, issues: Issue[]): void {
  for (const sentence of document.sentences) {
    if (sentence.part !== 'body' && sentence.part !== 'subject') continue
    const found = flags[sentence.index] as number
    if (found === 0) continue
    const span = { start: sentence.start, end: sentence.end }
    const text = document.slice(span)
    const asks = text.includes('?') || (found & SENTENCE_FLAG.inquiry && !(found & SENTENCE_FLAG.gratitude))
    if ((found & SENTENCE_FLAG.pay || CURRENCY_AMOUNT.test(text)) && asks) {
      issues.push({
        ruleId: 'salary-question',
        span,
        actual: text,
        expected: [SALARY_ALTERNATIVE],
        message: `Pay, benefits and time off belong to the offer stage, not the thank-you note; end with "${SALARY_ALTERNATIVE}" instead`,
      })
    }
    const criticises = found & SENTENCE_FLAG.employer && found & SENTENCE_FLAG.criticism
    if (criticises || found & SENTENCE_FLAG.complaint) {
      issues.push({
        ruleId: 'employer-complaint',
        span,
        actual: text,
        expected: [COMPLAINT_ALTERNATIVE],
        message: `Criticising a current or former employer reflects on you; say what you are looking for instead, such as "${COMPLAINT_ALTERNATIVE}"`,
      })
    }
  }
}

function reportShouting(
  document: ThankYouDocument,
  run: readonly WordToken[],
  tables: ToneData,
  allowedCaps: ReadonlySet<string>,
  contextWords: ReadonlySet<string>,
  issues: Issue[],
): void {
  const shouts = run.map((word) => {
    const upper = word.text.toUpperCase().replace(/’/g, "'")
    const lower = upper.toLowerCase()
    if (allowedCaps.has(upper) || contextWords.has(lower) || word.part === 'signature') return false
    return tables.shouted.has(lower) || (longestPart(upper) >= 6 && !tables.acronyms.has(upper))
  })
  const first = shouts.indexOf(true)
  if (first === -1) return
  const last = shouts.lastIndexOf(true)
  const span = { start: (run[first] as WordToken).start, end: (run[last] as WordToken).end }
  const actual = document.slice(span)
  let expected = ''
  let cursor = span.start
  for (let i = first; i <= last; i++) {
    const word = run[i] as WordToken
    expected += document.text.slice(cursor, word.start)
    expected += shouts[i] ? lowerWord(word.text) : word.text
    cursor = word.end
  }
  if (startsSentence(document.text, span.start)) expected = capitalize(expected)
  issues.push({
    ruleId: 'shouting',
    span,
    actual,
    expected: [expected],
    message: `"${actual}" is in capitals, which reads as shouting; write "${expected}"`,
  })
}

/**
 * Letters in the longest hyphen-joined part: "NASM-CPT" and "COVID-19" join short acronyms, each
 * read as initials; "AMAZING" is one long word in capitals.
 */
function longestPart(word: string): number {
  let longest = 0
  for (const part of word.split('-')) {
    let count = 0
    for (const char of part) if (char !== "'") count++
    longest = Math.max(longest, count)
  }
  return longest
}

/** `I'M` → `I'm`, `THANK` → `thank`: the pronoun keeps its capital. */
function lowerWord(word: string): string {
  const lower = word.toLowerCase()
  return lower === 'i' || PRONOUN_I.test(lower) ? `I${lower.slice(1)}` : lower
}

/** Whether `offset` opens a sentence, a line or the subject: only space back to `.!?:`, a line break or the start. */
function startsSentence(text: string, offset: number): boolean {
  let at = offset - 1
  while (at >= 0 && (text.charAt(at) === ' ' || text.charAt(at) === '\t')) at--
  return at < 0 || SENTENCE_OPENER.test(text.charAt(at))
}

/** A one- or two-letter word such as "u" or "r" is text-speak only between spaces or punctuation. */
function standsAlone(text: string, word: WordToken): boolean {
  if (word.end - word.start > 2) return true
  const before = text.charAt(word.start - 1)
  const after = text.charAt(word.end)
  return !JOINED_BEFORE.test(before) && !JOINED_AFTER.test(after)
}

/** Gives `replacement` the capital of `original`'s first letter. */
function matchCase(replacement: string, original: string): string {
  return replacement === '' || !startsUppercase(original) ? replacement : capitalize(replacement)
}

const EMOJI =
  /(?:\p{Regional_Indicator}{2}|\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:\p{Emoji_Modifier}|\uFE0F|\u200D(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F?))*/gu
/** Every emoji the pattern above finds starts with one of these: a cheap test that spares the full scan. */
const MAY_HOLD_EMOJI = /[\u00A9\u00AE\u203C-\u3299\u{1F000}-\u{1FFFF}]/u
const EMOTICON = /(?<![\w:/=;])[:;=]-?[)(DPp](?![\w(])/g
const REPEATED_MARKS = /[!?‼⁇⁈⁉]{2,}|[‼⁇⁈⁉]/g

/** Emoji, emoticons and runs of `!` or `?`, outside addresses and quotes. */
function checkSymbols(document: ThankYouDocument, issues: Issue[]): void {
  const { text, literals } = document
  const inLiteral = (offset: number) => {
    let low = 0
    let high = literals.length
    while (low < high) {
      const middle = (low + high) >> 1
      const literal = literals[middle] as (typeof literals)[number]
      if (literal.end <= offset) low = middle + 1
      else if (literal.start > offset) high = middle
      else return true
    }
    return false
  }
  for (const pattern of MAY_HOLD_EMOJI.test(text) ? [EMOJI, EMOTICON] : [EMOTICON]) {
    for (const match of text.matchAll(pattern)) {
      if (inLiteral(match.index)) continue
      const actual = match[0]
      issues.push({
        ruleId: 'emoji',
        span: { start: match.index, end: match.index + actual.length },
        actual,
        expected: [''],
        message: `Delete "${actual}"; let the words carry the warmth, such as "I enjoyed our conversation"`,
      })
    }
  }
  for (const match of text.matchAll(REPEATED_MARKS)) {
    if (inLiteral(match.index)) continue
    const actual = match[0]
    const question = QUESTION_MARKS.test(actual)
    const expected = question ? ['?'] : ['.', '!']
    issues.push({
      ruleId: 'repeated-punctuation',
      span: { start: match.index, end: match.index + actual.length },
      actual,
      expected,
      message: `"${actual}" is too emphatic for a professional note; use a single "${expected[0]}"`,
    })
  }
}

function checkSignOff(document: ThankYouDocument, tables: ToneData, issues: Issue[]): void {
  const { signOff } = document.parts
  if (!signOff) return
  const line = document.slice(signOff)
  const lower = line.toLowerCase()
  for (const phrase of tables.signOffs) {
    if (!lower.startsWith(phrase) || LETTER.test(lower.charAt(phrase.length))) continue
    if (SIGN_OFF_STYLES[phrase] !== 'casual') return
    const actual = line.slice(0, phrase.length)
    issues.push({
      ruleId: 'casual-sign-off',
      span: { start: signOff.start, end: signOff.start + phrase.length },
      actual,
      expected: [...FORMAL_SIGN_OFFS],
      message: `"${actual}" is a casual sign-off for a hiring manager; close with "${FORMAL_SIGN_OFFS[0]}," or "${FORMAL_SIGN_OFFS[1]},"`,
    })
    return
  }
}
