import type { Root, Sentence } from 'nlcst'
import retextIndefiniteArticle from 'retext-indefinite-article'
import retextRepeatedWords from 'retext-repeated-words'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { defineChecker, type Issue } from '../../checker.js'
import type { Span, ThankYouDocument, WordToken } from '../../document.js'
import { capitalize, hasUppercase, startsLowercase, startsUppercase } from '../../text/case.js'
import { compilePhrases, matchAt, type PhraseSet, phraseWords } from '../../text/phrases.js'
import type { GrammarOptions } from '../../types.js'
import { checkContextRules } from './context-rules.js'
import {
  ABBREVIATIONS,
  CONFUSION_REASONS,
  CONFUSIONS,
  type Confusion,
  NUMERAL_HEADS,
} from './data/phrases.js'

export const grammarDefaults: GrammarOptions = {
  allowTwoSpacesAfterSentence: false,
}

/** A unified processor with one retext plugin attached, run on slices of the parsed tree. */
type Transformer = (tree: Root, file: VFile) => void

function transformerOf(processor: { runSync(tree: Root, file: VFile): unknown }): Transformer {
  return (tree, file) => {
    processor.runSync(tree, file)
  }
}

interface GrammarData {
  /** retext-repeated-words and retext-indefinite-article, attached once. */
  transformers: readonly Transformer[]
  confusions: PhraseSet<Confusion>
  abbreviations: ReadonlySet<string>
  numeralHeads: ReadonlySet<string>
}

let data: GrammarData | undefined

// Stryker disable all: built once per process, and Stryker's vitest runner keeps modules loaded
// from one mutant to the next, so a mutant here never takes effect (the tables' content is tested
// through every rule).
function grammarData(): GrammarData {
  data ??= {
    transformers: [
      transformerOf(unified().use(retextRepeatedWords).freeze()),
      transformerOf(unified().use(retextIndefiniteArticle).freeze()),
    ],
    confusions: compilePhrases(Object.entries(CONFUSIONS)),
    abbreviations: new Set(ABBREVIATIONS),
    numeralHeads: new Set(NUMERAL_HEADS),
  }
  return data
}
// Stryker restore all

/** A confusion must end at a word boundary: `your a/b test` is not `your a`. */
const WORD_END = /^(?:$|[\s.,;:!?)])/
const PRONOUN_I = /^i(?:$|['’](?:m|ve|ll|d)$)/
const FINAL_STOP = /\.$/
const LIST_MARKER_END = /[).]/
const SENTENCE_STOP = /[.!?]["'”’)]?$/
const WHITE_SPACE = /\s/

const PLUGIN_RULES: Readonly<Record<string, string>> = {
  'retext-repeated-words': 'repeated-word',
  'retext-indefinite-article': 'indefinite-article',
}

export const grammar = defineChecker({
  name: 'grammar',
  defaults: grammarDefaults,
  yieldsTo: ['spelling'],
  rules: [
    {
      id: 'repeated-word',
      defaultSeverity: 'error',
      fixable: true,
      description: 'A word written twice in a row ("the the").',
    },
    {
      id: 'indefinite-article',
      defaultSeverity: 'warning',
      fixable: true,
      description: '"a" where "an" belongs, or the reverse ("an user", "a hour").',
    },
    {
      id: 'sentence-capital',
      defaultSeverity: 'warning',
      fixable: true,
      description: 'A sentence, greeting or sign-off that starts with a lowercase letter.',
    },
    {
      id: 'lowercase-i',
      defaultSeverity: 'warning',
      description: 'The pronoun "I" written as "i".',
      fixable: true,
    },
    {
      id: 'double-space',
      defaultSeverity: 'warning',
      description: 'Two or more spaces between words.',
      fixable: true,
    },
    {
      id: 'thank-your',
      defaultSeverity: 'error',
      description: '"Thank your for" instead of "Thank you for".',
    },
    {
      id: 'your-youre',
      defaultSeverity: 'error',
      description: '"your" and "you\'re" confused ("your welcome", "you\'re team").',
    },
    {
      id: 'their-there',
      defaultSeverity: 'error',
      description: '"their", "there" and "they\'re" confused ("their is", "there team").',
    },
    {
      id: 'look-forward-to-ing',
      defaultSeverity: 'error',
      description: '"look forward to hear" instead of "look forward to hearing".',
    },
    {
      id: 'adjective-as-noun',
      defaultSeverity: 'error',
      description: 'An adjective where the noun belongs ("confirms my interested in").',
    },
    {
      id: 'subject-verb-agreement',
      defaultSeverity: 'error',
      description: '"I" with a verb form for "he" or "she" ("I has", "I is").',
    },
    {
      id: 'confused-word',
      defaultSeverity: 'warning',
      description:
        'One word of a confusion set where its twin belongs, decided from the words around it ("its a", "better then", "could of", "apart of").',
      fixable: true,
    },
    {
      id: 'real-word-error',
      defaultSeverity: 'warning',
      description:
        'A real word typed for another that the context asks for ("very exited about", "hiring manger").',
      fixable: true,
    },
    {
      id: 'verb-form',
      defaultSeverity: 'error',
      description:
        'A verb form that does not fit its subject or auxiliary ("he have", "will helps", "does not needs").',
      fixable: true,
    },
    {
      id: 'missing-subject',
      defaultSeverity: 'info',
      description: 'A sentence that drops its subject ("Look forward to…", "Hope to hear…").',
    },
    {
      id: 'double-determiner',
      defaultSeverity: 'warning',
      description: 'Two articles or determiners in a row ("the a", "a this").',
    },
    {
      id: 'article-number',
      defaultSeverity: 'warning',
      description: '"a" or "an" before a plural noun ("a criteria to meet", "an updates on").',
    },
    {
      id: 'pronoun-case',
      defaultSeverity: 'warning',
      description: 'An object pronoun as a subject or the reverse ("Him and I went", "to Tim and I").',
    },
    {
      id: 'split-word',
      defaultSeverity: 'warning',
      description:
        'A compound written apart or a phrasal verb written together ("every where", "to setup", "everyday" as an adverb).',
      fixable: true,
    },
  ],
  check(document, _environment, options) {
    if (document.words.length === 0) return []
    const tables = grammarData()
    const issues: Issue[] = []
    runPlugins(document, tables, issues)
    checkConfusions(document, tables, issues)
    checkContextRules(document, issues)
    checkCapitals(document, tables, issues)
    checkDoubleSpaces(document, options, issues)
    return issues
  },
})

/**
 * Runs retext-repeated-words and retext-indefinite-article on the document's own nlcst nodes, with
 * one file per lint and no second parse. Both plugins walk with unist-util-visit, which costs about
 * 0.4 µs per node (some 400 µs for a whole letter), yet each decides from a word and its neighbours
 * alone. So each runs on a root that holds, for every place it could fire, the slice of the real
 * sentence it reads: the two words of a possible repeat, or an article with the words around it.
 */
function runPlugins(document: ThankYouDocument, tables: GrammarData, issues: Issue[]): void {
  const { keys, linked } = phraseWords(document)
  const repeats: number[] = []
  const articles: number[] = []
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]
    if (linked[i] === 1 && key === keys[i + 1]) repeats.push(i + 1)
    if (key === 'a' || key === 'an') articles.push(i)
  }
  if (repeats.length === 0 && articles.length === 0) return
  const places = nlcstPlaces(document)
  const file = new VFile()
  // Each message is an Error; capturing a stack for each is most of the cost on a draft with
  // thousands of them, and nobody reads these stacks.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    runOnSlices(document, places, repeats, articles, tables, file)
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  reportPluginMessages(document, file, issues)
}

/** Hands each plugin the slices of real sentences it needs, all in one root per plugin. */
function runOnSlices(
  document: ThankYouDocument,
  places: readonly NlcstPlace[],
  repeats: readonly number[],
  articles: readonly number[],
  tables: GrammarData,
  file: VFile,
): void {
  const [repeatedWords, indefiniteArticle] = tables.transformers as [Transformer, Transformer]
  if (repeats.length > 0) {
    const children = repeats.map((index) => {
      const { sentence, child } = places[index] as NlcstPlace
      return sentenceOf(sentence.children.slice((places[index - 1] as NlcstPlace).child, child + 1))
    })
    repeatedWords({ type: 'RootNode', children: [{ type: 'ParagraphNode', children }] }, file)
  }
  if (articles.length > 0) {
    const children = articles.map((index) => {
      const { sentence, child } = places[index] as NlcstPlace
      // The plugin reads up to three nodes after the article, and for a capital "A" whether a
      // word comes before it in the sentence: only then does the slice start at that word.
      let from = child
      if ((document.words[index] as WordToken).text === 'A') {
        for (let k = child - 1; k >= 0; k--) {
          if (sentence.children[k]?.type === 'WordNode') {
            from = k
            break
          }
        }
      }
      const reach = sentence.children[child + 2]?.type === 'PunctuationNode' ? 4 : 3
      return sentenceOf(sentence.children.slice(from, child + reach))
    })
    indefiniteArticle({ type: 'RootNode', children: [{ type: 'ParagraphNode', children }] }, file)
  }
}

function reportPluginMessages(document: ThankYouDocument, file: VFile, issues: Issue[]): void {
  const seen = new Set<number>()
  for (const message of file.messages) {
    const ruleId = PLUGIN_RULES[message.source ?? '']
    const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
    const end = message.place && 'end' in message.place ? message.place.end.offset : undefined
    if (ruleId === undefined || start === undefined || end === undefined) continue
    // A word before a capital "A" may be an article too, met a second time in that slice.
    if (ruleId === 'indefinite-article' && seen.has(start)) continue
    seen.add(start)
    const span = { start, end }
    const words = document.wordsIn(span)
    const first = words[0]
    const last = words.at(-1)
    if (!first || !last || first.part !== last.part || first.part === 'signature') continue
    // Quoted text is still prose the writer typed: its articles are checked; addresses are not.
    if (words.some((word) => word.literal && word.literal.kind !== 'quote')) continue
    if (ruleId === 'repeated-word' && isModalAfterName(words)) continue
    const actual = document.slice(span)
    const expected = message.expected?.[0] ?? ''
    if (ruleId === 'repeated-word') {
      issues.push({
        ruleId,
        span,
        actual,
        expected: [expected],
        message: `"${actual}" repeats a word; write "${expected}"`,
        ...(expected !== '' && { fix: { span, text: expected } }),
      })
    } else {
      const next = document.words[last.index + 1]
      issues.push({
        ruleId,
        span,
        actual,
        expected: [expected],
        message: `Write "${expected}" before "${next?.text ?? ''}", not "${actual}": the article follows the sound of the next word`,
        ...(expected !== '' && { fix: { span, text: expected } }),
      })
    }
  }
}

const MODAL_NAMES: ReadonlySet<string> = new Set(['can', 'may', 'will'])

/** "Will will call", "May may join": at a sentence start, a name and then the modal verb. */
function isModalAfterName(words: readonly WordToken[]): boolean {
  const [name, modal] = words
  return (
    name !== undefined &&
    modal !== undefined &&
    name.sentenceStart &&
    startsUppercase(name.text) &&
    !startsUppercase(modal.text) &&
    MODAL_NAMES.has(modal.text)
  )
}

interface NlcstPlace {
  sentence: Sentence
  /** Index of the word among the sentence's children. */
  child: number
}

/** Where each of the document's words sits in the nlcst tree, in word order. */
function nlcstPlaces(document: ThankYouDocument): readonly NlcstPlace[] {
  return document.memo('nlcst-places', () => {
    const places: NlcstPlace[] = []
    for (const paragraph of document.tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      for (const sentence of paragraph.children) {
        if (sentence.type !== 'SentenceNode') continue
        sentence.children.forEach((node, child) => {
          if (node.type === 'WordNode') places.push({ sentence, child })
        })
      }
    }
    return places
  })
}

function sentenceOf(children: Sentence['children']): Sentence {
  return { type: 'SentenceNode', children }
}

function checkConfusions(document: ThankYouDocument, tables: GrammarData, issues: Issue[]): void {
  const { words, text } = document
  const prepared = phraseWords(document)
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as WordToken
    if (word.literal || (word.part !== 'body' && word.part !== 'subject')) continue
    const match = matchAt(tables.confusions, prepared, i)
    if (!match) continue
    i = match.end - 1
    const { ruleId, replace } = match.value
    if (ruleId === undefined) continue
    const last = words[match.end - 1] as WordToken
    if (!WORD_END.test(text.charAt(last.end))) continue
    if (ruleId === 'subject-verb-agreement' && isRomanNumeral(words, match.first, tables)) continue
    let target: WordToken | undefined
    let correction = ''
    for (let j = match.first; j < match.end; j++) {
      const key = prepared.keys[j] as string
      if (Object.hasOwn(replace, key)) {
        target = words[j] as WordToken
        correction = matchCase(replace[key] as string, target.text)
        break
      }
    }
    if (!target) continue
    const phraseSpan = { start: word.start, end: last.end }
    const phrase = document.slice(phraseSpan)
    const corrected =
      phrase.slice(0, target.start - word.start) + correction + phrase.slice(target.end - word.start)
    issues.push({
      ruleId,
      span: { start: target.start, end: target.end },
      actual: target.text,
      expected: [correction],
      message: `Write "${corrected}", not "${phrase}": ${CONFUSION_REASONS[ruleId]}`,
    })
  }
}

/** "Part I is", "Phase I has", "Henry I was": after these, or a name mid-sentence, "I" is a numeral. */
function isRomanNumeral(words: readonly WordToken[], index: number, tables: GrammarData): boolean {
  const pronoun = words[index]
  const before = words[index - 1]
  if (pronoun?.text !== 'I' || !before || before.sentence !== pronoun.sentence) return false
  if (!startsUppercase(before.text)) return false
  return !before.sentenceStart || tables.numeralHeads.has(before.text.toLowerCase())
}

/** Sentence-initial capitals, capitals of the greeting and sign-off, and the pronoun "I". */
function checkCapitals(document: ThankYouDocument, tables: GrammarData, issues: Issue[]): void {
  const { words, text, parts } = document
  const paragraphStarts = new Set(parts.bodyParagraphs.map((paragraph) => paragraph.start))
  let seenBody = false
  for (const word of words) {
    if (word.part !== 'body') continue
    const firstOfBody = !seenBody
    seenBody = true
    if (word.literal || !startsLowercase(word.text) || hasUppercase(word.text)) continue
    const opens =
      (firstOfBody || paragraphStarts.has(word.start) || followsSentenceEnd(document, word, tables)) &&
      !continuesText(text, word)
    if (opens) {
      const expected = capitalize(word.text)
      // Only the pronoun is certain: a lowercase word after a full stop may follow an abbreviation.
      const pronoun = PRONOUN_I.test(word.text)
      issues.push({
        ruleId: 'sentence-capital',
        span: word,
        actual: word.text,
        expected: [expected],
        message: `Start the sentence with a capital: "${expected}"`,
        ...(pronoun && { fix: { span: { start: word.start, end: word.end }, text: expected } }),
      })
    } else if (
      word.text.charCodeAt(0) === 105 /* i */ &&
      PRONOUN_I.test(word.text) &&
      standsAsPronoun(text, word)
    ) {
      const expected = capitalize(word.text)
      issues.push({
        ruleId: 'lowercase-i',
        span: word,
        actual: word.text,
        expected: [expected],
        message: `Write the pronoun with a capital: "${expected}"`,
        fix: { span: { start: word.start, end: word.end }, text: expected },
      })
    }
  }
  for (const [span, what] of [
    [parts.greeting?.opener, 'greeting'],
    [parts.signOff, 'sign-off'],
  ] as const) {
    if (!span || !startsLowercase(text.charAt(span.start))) continue
    const first = document.wordsIn(span)[0]
    if (!first) continue
    const expected = capitalize(first.text)
    issues.push({
      ruleId: 'sentence-capital',
      span: first,
      actual: first.text,
      expected: [expected],
      message: `Start the ${what} with a capital: "${expected}"`,
      fix: { span: { start: first.start, end: first.end }, text: expected },
    })
  }
}

/** Whether the text before `word` ends a sentence: `.`, `!` or `?`, but not an abbreviation or ellipsis. */
function followsSentenceEnd(document: ThankYouDocument, word: WordToken, tables: GrammarData): boolean {
  const { text, words } = document
  let at = word.start - 1
  const floor = Math.max(0, word.start - 40)
  while (at >= floor && skipsBeforeSentence(text.charCodeAt(at))) at--
  const mark = text.charCodeAt(at)
  if (mark === 33 /* ! */ || mark === 63 /* ? */) return true
  if (mark !== 46 /* . */ || text.charCodeAt(at - 1) === 46) return false
  const before = words[word.index - 1]
  if (!before || before.end < at) return true
  if (before.literal) return before.end <= at
  const token = before.text.toLowerCase().replace(FINAL_STOP, '')
  return !(token.length === 1 || token.includes('.') || tables.abbreviations.has(token))
}

/** A list marker alone before a word on its line: `a)`, `(b)`, `iv.`, `2.`, `-`, `•`. */
const LIST_MARKER = /(?:^|\n)[ \t]*(?:\(?(?:[a-z]|[ivxlc]+|\d+)[.)]|[-*•])[ \t]+$/i
const LEADING_ELLIPSIS = /(?:\.\.\.|…)[\s"'“‘(]*$/

/**
 * Whether `word` carries on text rather than opening a sentence: it follows an ellipsis ("…or
 * run it", "... and then") or a list marker ("a) send", "iv. review").
 */
function continuesText(text: string, word: Span): boolean {
  const before = text.slice(Math.max(0, word.start - 12), word.start)
  return LEADING_ELLIPSIS.test(before) || LIST_MARKER.test(before)
}

/** White space, quotes and opening brackets that may sit between a full stop and the next sentence. */
function skipsBeforeSentence(code: number): boolean {
  switch (code) {
    case 32: // space
    case 9: // tab
    case 10: // line feed
    case 13: // carriage return
    case 0xa0: // no-break space
    case 34: // "
    case 39: // '
    case 40: // (
    case 91: // [
    case 0x201c: // “
    case 0x201d: // ”
    case 0x2018: // ‘
    case 0x2019: // ’
      return true
    default:
      return false
  }
}

/** `i` as a pronoun, not a list marker like `(i)` or `i)` nor part of `i.e.`. */
function standsAsPronoun(text: string, word: Span): boolean {
  return text.charAt(word.start - 1) !== '(' && !LIST_MARKER_END.test(text.charAt(word.end))
}

/** Runs of spaces between words on one line (not indentation or trailing space). */
function checkDoubleSpaces(document: ThankYouDocument, options: GrammarOptions, issues: Issue[]): void {
  const { text, parts } = document
  let at = text.indexOf('  ')
  while (at !== -1) {
    let end = at + 2
    while (text.charCodeAt(end) === 32) end++
    const before = text.charAt(at - 1)
    const after = text.charAt(end)
    const inLine =
      at > 0 && before !== '\n' && before !== '\r' && after !== '' && after !== '\n' && after !== '\r'
    const afterSentence = end - at === 2 && SENTENCE_STOP.test(text.slice(Math.max(0, at - 2), at))
    const skip =
      !inLine ||
      parts.partAt(at) === 'signature' ||
      WHITE_SPACE.test(before) ||
      (options.allowTwoSpacesAfterSentence && afterSentence)
    if (!skip) {
      issues.push({
        ruleId: 'double-space',
        span: { start: at, end },
        actual: text.slice(at, end),
        expected: [' '],
        message: `${end - at} spaces in a row; use one`,
        fix: { span: { start: at, end }, text: ' ' },
      })
    }
    at = text.indexOf('  ', end)
  }
}

function matchCase(replacement: string, original: string): string {
  return startsUppercase(original) ? capitalize(replacement) : replacement
}
