import type { CheckEnvironment, Issue } from '../../checker.js'
import { defineChecker } from '../../checker.js'
import { type ContextTermKind, contextTerms } from '../../context-terms.js'
import type { ThankYouDocument, WordToken } from '../../document.js'
import { editDistance } from '../../text/distance.js'
import { foldDiacritics, nameKey } from '../../text/normalize.js'
import type { SpellingOptions } from '../../types.js'
import type { Dialect } from './lexicon.js'
import { type Suggestion, suggest } from './suggest.js'
import {
  type ExtraWords,
  isKnownPiece,
  isPlainWord,
  isWordPrefix,
  piecesOf,
  stemOf,
  writtenCase,
} from './words.js'

export const spellingDefaults: SpellingOptions = {
  words: [],
  dialect: 'en-US',
  acronyms: 'info',
}

const DIALECTS: readonly string[] = ['en-US', 'en-GB']
const ACRONYM_SETTINGS: readonly string[] = ['info', 'ignore']

/** The accuracy checker's rule for a near-miss of each kind of context name. */
const ACCURACY_RULES: Partial<Record<ContextTermKind, string>> = {
  interviewer: 'interviewer-name-misspelled',
  nickname: 'interviewer-name-misspelled',
  company: 'company-name-misspelled',
  alias: 'company-name-misspelled',
  candidate: 'candidate-name-misspelled',
}

const WHOSE_NAME: Partial<Record<ContextTermKind, string>> = {
  interviewer: "the interviewer's name",
  nickname: "the interviewer's name",
  company: "the company's name",
  alias: "the company's name",
  candidate: 'your name',
}

/** The pronoun in lower case with a contraction, which the grammar checker reports when installed. */
const PRONOUN_I = /^i'(?:m|ve|ll|d)$/

/** At most this many suggestions per finding. */
const SUGGESTIONS = 5
/**
 * A capitalised unknown word that opens a sentence is taken for a typo, not a name, when the best
 * suggestion is a lowercase dictionary word this close (a slip cheaper than one ordinary typo) and
 * not rare. About 17% of the unknown first and last names in the US census lists pass for typos
 * by this test, against 72% of the Wikipedia misspellings (capitalised): a name in the context, or
 * written elsewhere mid-sentence, never does.
 */
const TYPO_COST = 0.75
const TYPO_MIN_SCORE = -6
/** Names, products and acronyms only get suggestions this close, and common words only this close. */
const NAME_SUGGESTION_COST = 1.5
const NAME_COMMON_WORD_COST = 0.6

/** An unknown all-capital word this long may be a word in capitals (`RELLY`), and gets suggestions. */
const SHOUTED_WORD_LENGTH = 5

/** A context name's word, for near-miss checks. */
interface NameWord {
  word: string
  key: string
  kind: ContextTermKind
}

/**
 * Trie nodes the suggestion searches of one lint may visit, about half a second: a letter uses a
 * few thousand per unknown word, a draft of thousands of made-up words would otherwise take
 * seconds. Words past it are still reported, without suggestions.
 */
const SEARCH_STEPS_PER_LINT = 2_000_000

interface SpellingContext {
  extra: ExtraWords
  /** Every context word and personal word as written, by lowercase form, for suggestions. */
  suggestable: ReadonlyMap<string, string>
  names: readonly NameWord[]
  allowance: { steps: number }
}

export const spelling = defineChecker({
  name: 'spelling',
  defaults: spellingDefaults,
  yieldsTo: ['accuracy'],
  rules: [
    {
      id: 'unknown-word',
      defaultSeverity: 'error',
      description: 'A word the dictionary does not know: a typo, or a near-miss of a context name.',
    },
    {
      id: 'unknown-name',
      defaultSeverity: 'info',
      description: 'A capitalised word the dictionary does not know, probably a name; check its spelling.',
    },
    {
      id: 'unknown-acronym',
      defaultSeverity: 'info',
      description: 'An all-capital word the dictionary does not know.',
    },
  ],
  validateOptions(options, path) {
    if (!DIALECTS.includes(options.dialect)) {
      throw new TypeError(
        `${path}.dialect must be 'en-US' or 'en-GB', got ${JSON.stringify(options.dialect)}`,
      )
    }
    if (!ACRONYM_SETTINGS.includes(options.acronyms)) {
      throw new TypeError(
        `${path}.acronyms must be 'info' or 'ignore', got ${JSON.stringify(options.acronyms)}`,
      )
    }
    for (const [index, word] of options.words.entries()) {
      if (word.trim() === '' || /\s/.test(word)) {
        throw new TypeError(
          `${path}.words[${index}] must be one word without spaces, got ${JSON.stringify(word)}`,
        )
      }
    }
  },
  check(document, environment, options) {
    const context = spellingContext(document, environment, options)
    const issues: Issue[] = []
    // The same unknown word gets the same finding; suggestions are worked out once per lint.
    const verdicts = new Map<string, Omit<Issue, 'span'> | null>()
    let midSentence: ReadonlySet<string> | undefined
    for (const token of document.words) {
      if (token.literal || token.part === 'header' || inBareAddress(document.text, token)) continue
      const plain = isPlainWord(token.text)
      if (!plain && !/\p{L}/u.test(token.text)) continue
      const pieces = piecesOf(token.text)
      for (const [index, piece] of pieces.entries()) {
        if (!plain && (/\d/.test(piece.text) || !isLatin(piece.text))) continue
        if (pieces.length > 1 && index < pieces.length - 1 && isWordPrefix(piece.text)) continue
        if (isKnownPiece(piece.text, options.dialect, context.extra)) continue
        // `i'm`, `i've`: the grammar checker's `lowercase-i` says to capitalise the pronoun.
        if (PRONOUN_I.test(piece.text) && environment.isRuleEnabled('lowercase-i')) continue
        // `Jonhson's`: the name is wrong, report it alone; `get's`: the ending is, report the whole.
        const base = stemOf(piece.text)
        const stem =
          base !== piece.text && isKnownPiece(base, options.dialect, context.extra) ? piece.text : base
        // A capitalised word that also stands mid-sentence, or takes a possessive, is a name.
        midSentence ??= capitalisedMidSentence(document)
        const named = midSentence.has(stem) || stem.length < piece.text.length
        const role = named ? 'name' : roleOf(document, token, index)
        const key = `${role}|${stem}`
        let verdict = verdicts.get(key)
        if (verdict === undefined) {
          verdict = judge(stem, role, environment, options, context)
          verdicts.set(key, verdict)
        }
        if (verdict === null) continue
        const start = token.start + piece.offset
        issues.push({ ...verdict, span: { start, end: start + stem.length } })
      }
    }
    return issues
  },
})

/** Where a word stands, which decides whether a capital marks a name. */
type Role = 'name' | 'sentence-start'

function roleOf(document: ThankYouDocument, token: WordToken, pieceIndex: number): Role {
  if (token.part === 'signature' || token.part === 'greeting') return 'name'
  // A title-case subject line capitalises every word, like the start of a sentence.
  if (token.part === 'subject') return 'sentence-start'
  const first = pieceIndex === 0 && (token.sentenceStart || startsLine(document, token))
  return first ? 'sentence-start' : 'name'
}

/** Capitalised words written mid-sentence somewhere in the letter. */
function capitalisedMidSentence(document: ThankYouDocument): ReadonlySet<string> {
  const names = new Set<string>()
  for (const token of document.words) {
    if (token.sentenceStart || token.literal || token.part !== 'body' || startsLine(document, token)) continue
    const first = token.text.charAt(0)
    if (first !== first.toLowerCase()) names.add(stemOf(token.text))
  }
  return names
}

/** Longest stretch without spaces searched back for the start of a bare address. */
const MAX_ADDRESS_LENGTH = 200

/**
 * A word inside an address the literals do not cover: a path after a bare domain
 * (`github.com/jordanlee`, `linkedin.com/in/jordan-lee`) or a handle (`@jordanlee`).
 */
function inBareAddress(text: string, token: WordToken): boolean {
  const before = text.charAt(token.start - 1)
  if (before === '@') return true
  if (before !== '/' && before !== '.') return false
  let start = token.start
  while (start > 0 && token.start - start < MAX_ADDRESS_LENGTH && !/\s/.test(text.charAt(start - 1))) start--
  const run = text.slice(start, token.start)
  const slash = run.indexOf('/')
  return slash > 0 && /[\p{L}\d]\.[\p{L}]{2}/u.test(run.slice(0, slash))
}

/** Bullet points and list lines start with a capital without being sentences. */
function startsLine(document: ThankYouDocument, token: WordToken): boolean {
  let at = token.start - 1
  while (at >= 0 && ' \t-*•'.includes(document.text.charAt(at))) at--
  return at < 0 || document.text.charAt(at) === '\n' || document.text.charAt(at) === '\r'
}

function isLatin(word: string): boolean {
  return !/[^\p{Script=Latin}\p{M}'’.-]/u.test(word)
}

function spellingContext(
  document: ThankYouDocument,
  environment: CheckEnvironment,
  options: SpellingOptions,
): SpellingContext {
  const terms = contextTerms(document, environment.context)
  const anyCase = new Set<string>()
  const suggestable = new Map<string, string>()
  const nameParts: { part: string; kind: ContextTermKind }[] = []
  for (const term of terms.terms) {
    for (const word of term.words) {
      for (const part of word.includes('-') ? [word, ...word.split('-')] : [word]) {
        if (part === '') continue
        const lower = part.toLowerCase()
        anyCase.add(lower)
        if (!isPlainWord(lower)) anyCase.add(foldDiacritics(lower))
        if (!suggestable.has(lower)) suggestable.set(lower, part)
        if (ACCURACY_RULES[term.kind] && part.length >= 3) nameParts.push({ part, kind: term.kind })
      }
    }
  }
  for (const word of terms.words) anyCase.add(word)
  const spelled = new Map<string, string[]>()
  for (const word of options.words) {
    const lower = word.toLowerCase()
    spelled.set(lower, [...(spelled.get(lower) ?? []), word])
    if (!suggestable.has(lower)) suggestable.set(lower, word)
  }
  let names: NameWord[] | undefined
  return {
    extra: { anyCase, spelled },
    suggestable,
    allowance: { steps: SEARCH_STEPS_PER_LINT },
    // Folded keys are only needed once some word is unknown.
    get names() {
      names ??= nameParts.map(({ part, kind }) => ({ word: part, key: nameKey(part), kind }))
      return names
    },
  }
}

/** The finding for an unknown word, or `null` when it is left to another checker or option. */
function judge(
  stem: string,
  role: Role,
  environment: CheckEnvironment,
  options: SpellingOptions,
  context: SpellingContext,
): Omit<Issue, 'span'> | null {
  const dialect = options.dialect
  const nearest = nearestName(stem, context.names)
  if (nearest) {
    const near = nearest.name
    const rule = ACCURACY_RULES[near.kind]
    if (nearest.deferred && rule && environment.isRuleEnabled(rule)) return null
    const others = suggestionsFor(stem, dialect, context, { name: true, maxCost: NAME_SUGGESTION_COST })
    return {
      ruleId: 'unknown-word',
      actual: stem,
      expected: unique([near.word, ...others.map((s) => s.word)]),
      message: `"${stem}" looks like a misspelling of ${WHOSE_NAME[near.kind]} "${near.word}"; write "${near.word}"`,
    }
  }

  const written = writtenCase(stem)
  if (written === 'upper') {
    if (options.acronyms === 'ignore') return null
    // Short acronyms sit one edit from many words; only a long one in capitals may be a shouted typo.
    const close =
      stem.length >= SHOUTED_WORD_LENGTH
        ? suggestionsFor(stem, dialect, context, { name: true, maxCost: 1 })
        : []
    return {
      ruleId: 'unknown-acronym',
      actual: stem,
      ...(close.length > 0 && { expected: close.map((s) => s.word) }),
      message: `"${stem}" is an acronym the dictionary does not know; check it, spell it out on first use, or add it to options.spelling.words`,
    }
  }

  if (written === 'mixed' || (written === 'capitalized' && role === 'name')) {
    return nameFinding(
      stem,
      suggestionsFor(stem, dialect, context, { name: true, maxCost: NAME_SUGGESTION_COST }),
    )
  }

  const suggestions = suggestionsFor(stem, dialect, context, { name: false })
  if (written === 'capitalized') {
    // A capital at the start of a sentence says nothing: a close, common word means a typo.
    const best = suggestions[0]
    const typo = best?.common === true && best.cost <= TYPO_COST && best.score >= TYPO_MIN_SCORE
    if (!typo) {
      const close = suggestions.filter(
        (s) => s.cost <= (s.common ? NAME_COMMON_WORD_COST : NAME_SUGGESTION_COST),
      )
      return nameFinding(stem, close)
    }
  }
  return wordFinding(stem, suggestions, dialect, context)
}

function wordFinding(
  stem: string,
  suggestions: readonly Suggestion[],
  dialect: Dialect,
  context: SpellingContext,
): Omit<Issue, 'span'> {
  const other: Dialect = dialect === 'en-US' ? 'en-GB' : 'en-US'
  const expected = suggestions.map((s) => s.word)
  const first = expected[0]
  let message: string
  if (isKnownPiece(stem, other, context.extra)) {
    message = first
      ? `"${stem}" is the ${other} spelling; write "${first}" in ${dialect}, or set options.spelling.dialect to '${other}'`
      : `"${stem}" is the ${other} spelling, not ${dialect}; set options.spelling.dialect to '${other}' if you mean it`
  } else if (first) {
    message = `"${stem}" is not in the ${dialect} dictionary; did you mean "${first}"? If the word is right, add it to options.spelling.words`
  } else {
    message = `"${stem}" is not in the ${dialect} dictionary; check its spelling, or add it to options.spelling.words if it is right`
  }
  return { ruleId: 'unknown-word', actual: stem, message, ...(expected.length > 0 && { expected }) }
}

function nameFinding(stem: string, suggestions: readonly Suggestion[]): Omit<Issue, 'span'> {
  const expected = suggestions.map((s) => s.word)
  const hint = expected[0] ? ` (did you mean "${expected[0]}"?)` : ''
  return {
    ruleId: 'unknown-name',
    actual: stem,
    message: `"${stem}" looks like a name the dictionary does not know; check its spelling${hint}, and add it to the context or options.spelling.words if it is right`,
    ...(expected.length > 0 && { expected }),
  }
}

function suggestionsFor(
  stem: string,
  dialect: Dialect,
  context: SpellingContext,
  how: { name: boolean; maxCost?: number },
): Suggestion[] {
  return suggest(stem, {
    dialect,
    limit: SUGGESTIONS,
    name: how.name,
    extra: context.suggestable,
    allowance: context.allowance,
    ...(how.maxCost !== undefined && { maxCost: how.maxCost }),
    ...(how.name && { commonWordCost: NAME_COMMON_WORD_COST }),
  })
}

/**
 * The context name `stem` is a near-miss of: within one edit of a name of up to five letters, two
 * of a longer one, comparing without case or diacritics. `deferred` when the accuracy checker
 * finds it wherever it stands: a three-letter name's near-misses it finds only beside an
 * honorific or the rest of the name, so those stay here (the pipeline drops a duplicate).
 */
function nearestName(
  stem: string,
  names: readonly NameWord[],
): { name: NameWord; deferred: boolean } | undefined {
  const key = nameKey(stem)
  if (key.length < 3) return undefined
  let best: NameWord | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const name of names) {
    const allowed = name.key.length <= 5 ? 1 : 2
    const distance = editDistance(key, name.key, allowed)
    if (distance > 0 && distance <= allowed && distance < bestDistance) {
      best = name
      bestDistance = distance
    }
  }
  return best && { name: best, deferred: best.key.length > 3 }
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)]
}
