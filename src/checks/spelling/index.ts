import type { CheckEnvironment, Issue } from '../../checker.js'
import { defineChecker } from '../../checker.js'
import { type ContextTermKind, contextTerms } from '../../context-terms.js'
import type { ThankYouDocument, WordToken } from '../../document.js'
import { editDistance } from '../../text/distance.js'
import { foldDiacritics, nameKey } from '../../text/normalize.js'
import type { SpellingOptions } from '../../types.js'
import { counterparts } from './dialect.js'
import { type Dialect, getLexicon, lexiconComplete, listsForm } from './lexicon.js'
import { commonWordLevel, matchCase, type Suggestion, suggest } from './suggest.js'
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
  dialect: 'auto',
  acronyms: 'info',
  autofixMargin: 10,
}

const DIALECTS: readonly string[] = ['auto', 'en-US', 'en-GB']
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
/**
 * When the word also reads like a name where it stands (a capitalised word or a verb follows it,
 * or the letter capitalises it elsewhere too), only a slip this cheap (a doubled or dropped
 * vowel, two letters swapped) still means a typo. On the tuning quarter-split of the Wikipedia
 * list and the census names, 3% of unknown names pass for typos by this test, against 17% by the
 * plain one, while 23% of capitalised misspellings still do (the rest become `unknown-name`,
 * which still offers the correction).
 */
const SIGNALLED_TYPO_COST = 0.4

/**
 * Verbs that follow a name at the start of a sentence (`Okafor said`, `Priya has`): the
 * auxiliaries and modals, and the commonest irregular past tenses. Regular past tenses (`-ed`)
 * are recognised by their ending. Sorted.
 */
const VERBS_AFTER_A_NAME: ReadonlySet<string> = new Set([
  'brought',
  'came',
  'can',
  'could',
  'did',
  'does',
  'felt',
  'gave',
  'got',
  'had',
  'has',
  'is',
  'kept',
  'knew',
  'led',
  'made',
  'may',
  'met',
  'might',
  'must',
  'ran',
  'said',
  'saw',
  'says',
  'sent',
  'should',
  'showed',
  'spoke',
  'took',
  'told',
  'thought',
  'was',
  'went',
  'will',
  'would',
  'wrote',
])
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
      fixable: true,
      description: 'A word the dictionary does not know: a typo, or a near-miss of a context name.',
    },
    {
      id: 'unknown-name',
      defaultSeverity: 'info',
      description: 'A capitalised word the dictionary does not know, probably a name; check its spelling.',
    },
    {
      id: 'mixed-dialect',
      defaultSeverity: 'info',
      description:
        'The letter writes both British and American spellings (`organised` and `color`); it names the fewer.',
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
        `${path}.dialect must be 'auto', 'en-US' or 'en-GB', got ${JSON.stringify(options.dialect)}`,
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
    const own =
      options.dialect === 'auto'
        ? letterDialect(document, context.extra)
        : { dialect: options.dialect, minority: new Map<number, DialectForm>() }
    const dialect = own.dialect
    const mixed = mixedDialectIssue(dialect, own.minority)
    if (mixed) issues.push(mixed)
    // The same unknown word gets the same finding; suggestions are worked out once per lint.
    const verdicts = new Map<string, Verdict | null>()
    let midSentence: ReadonlySet<string> | undefined
    let capitalised: ReadonlyMap<string, number> | undefined
    for (const [tokenIndex, token] of document.words.entries()) {
      if (token.literal || token.part === 'header' || inBareAddress(document.text, token)) continue
      const plain = isPlainWord(token.text)
      if (!plain && !/\p{L}/u.test(token.text)) continue
      const pieces = piecesOf(token.text)
      for (const [index, piece] of pieces.entries()) {
        if (!plain && (/\d/.test(piece.text) || !isLatin(piece.text))) continue
        if (pieces.length > 1 && index < pieces.length - 1 && isWordPrefix(piece.text)) continue
        if (isKnownPiece(piece.text, dialect, context.extra)) continue
        // `co-ordinated`, `re-iterate`: a prefix set off by a hyphen from a word that is one with it.
        const before = pieces[index - 1]
        if (
          before !== undefined &&
          isWordPrefix(before.text) &&
          isKnownPiece(before.text + piece.text, dialect, context.extra)
        )
          continue
        // `et al`: the Latin abbreviation, two pieces no dictionary lists alone.
        if (isEtAl(document, tokenIndex)) continue
        // A browser build before `prepare()` has loaded the lexicon's extension tier knows only
        // the common words: a word it lacks may be a rare one, so it is not reported (a miss,
        // never a false flag). Node always has the whole lexicon.
        if (!lexiconComplete() && !coreListed(piece.text)) continue
        // The other dialect's form in a letter of mixed spellings: `mixed-dialect` names it.
        if (own.minority.has(token.start + piece.offset)) continue
        // Under `auto`, a word only the other dialect's dictionary lists and no rule spells
        // otherwise (`amidst`, `axe`) is a word, not a typo: the letter did not choose.
        if (options.dialect === 'auto' && isKnownPiece(piece.text, otherDialect(dialect), context.extra))
          continue
        // `i'm`, `i've`: the grammar checker's `lowercase-i` says to capitalise the pronoun.
        if (PRONOUN_I.test(piece.text) && environment.isRuleEnabled('lowercase-i')) continue
        // `Jonhson's`: the name is wrong, report it alone; `get's`: the ending is, report the whole.
        const base = stemOf(piece.text)
        const stem = base !== piece.text && isKnownPiece(base, dialect, context.extra) ? piece.text : base
        // A capitalised word that also stands mid-sentence, or takes a possessive, is a name.
        midSentence ??= capitalisedMidSentence(document)
        const named = midSentence.has(stem) || stem.length < piece.text.length
        let role = named ? 'name' : roleOf(document, token, index)
        if (role === 'sentence-start' && pieces.length === 1 && token.part !== 'subject') {
          capitalised ??= capitalisedCounts(document)
          if ((capitalised.get(stem) ?? 0) > 1 || nameFollows(document, tokenIndex)) role = 'signalled'
        }
        const key = `${role}|${stem}`
        let verdict = verdicts.get(key)
        if (verdict === undefined) {
          verdict = judge(stem, role, environment, { ...options, dialect }, context)
          verdicts.set(key, verdict)
        }
        if (verdict === null) continue
        const start = token.start + piece.offset
        const span = { start, end: start + stem.length }
        const { replacement, ...issue } = verdict
        issues.push({
          ...issue,
          span,
          ...(replacement !== undefined && { fix: { span, text: replacement } }),
        })
      }
    }
    return issues
  },
})

/** `et` before `al` or `al` after `et`, each a word of its own with only a space between. */
function isEtAl(document: ThankYouDocument, index: number): boolean {
  const token = document.words[index]
  if (token === undefined) return false
  const bare = (word: WordToken) => word.text.toLowerCase().replace(/\.$/, '')
  const text = bare(token)
  const other =
    text === 'et' ? document.words[index + 1] : text === 'al' ? document.words[index - 1] : undefined
  if (other === undefined || bare(other) !== (text === 'et' ? 'al' : 'et')) return false
  const [first, second] = text === 'et' ? [token, other] : [other, token]
  return document.text.slice(first.end, second.start) === ' '
}

/** A word written in one dialect's spelling that the other writes by rule another way. */
interface DialectForm {
  text: string
  start: number
  dialect: Dialect
  /** The other dialect's spellings of it. */
  others: readonly string[]
}

/**
 * The dialect whose spellings the letter writes most (en-US on a tie or when it writes neither's),
 * and the forms of the other dialect it writes, by start offset. Only words one dialect alone
 * accepts and the other spells another way by rule count: a word one dictionary merely lacks
 * says nothing about the writer.
 */
function letterDialect(
  document: ThankYouDocument,
  extra: ExtraWords,
): { dialect: Dialect; minority: Map<number, DialectForm> } {
  const forms: DialectForm[] = []
  const votes: Record<Dialect, number> = { 'en-US': 0, 'en-GB': 0 }
  const knows = (word: string, dialect: Dialect) => isKnownPiece(word, dialect)
  for (const token of document.words) {
    if (token.literal) continue
    for (const piece of piecesOf(token.text)) {
      const us = isKnownPiece(piece.text, 'en-US', extra)
      if (us === isKnownPiece(piece.text, 'en-GB', extra)) continue
      const dialect: Dialect = us ? 'en-US' : 'en-GB'
      const text = stemOf(piece.text)
      const others = counterparts(text.toLowerCase(), dialect, knows)
      if (others.length === 0) continue
      votes[dialect]++
      forms.push({ text, start: token.start + piece.offset, dialect, others })
    }
  }
  const dialect: Dialect = votes['en-GB'] > votes['en-US'] ? 'en-GB' : 'en-US'
  const minority = new Map<number, DialectForm>()
  for (const form of forms) if (form.dialect !== dialect) minority.set(form.start, form)
  return { dialect, minority }
}

function otherDialect(dialect: Dialect): Dialect {
  return dialect === 'en-US' ? 'en-GB' : 'en-US'
}

/** One finding at the first of the fewer dialect's forms, naming them all. */
function mixedDialectIssue(dialect: Dialect, minority: ReadonlyMap<number, DialectForm>): Issue | undefined {
  const forms = [...minority.values()]
  const first = forms[0]
  if (first === undefined) return undefined
  const written = unique(forms.map((form) => form.text))
  const quoted = written.map((word) => `"${word}"`).join(', ')
  const other = first.dialect
  return {
    ruleId: 'mixed-dialect',
    span: { start: first.start, end: first.start + first.text.length },
    actual: first.text,
    expected: unique(forms.map((form) => matchCase(form.others[0] as string, form.text))),
    message: `The letter mixes ${dialect} and ${other} spellings: most are ${dialect}, but ${quoted} ${written.length === 1 ? 'is' : 'are'} ${other}; write ${unique(forms.map((form) => `"${matchCase(form.others[0] as string, form.text)}"`)).join(', ')} to keep to one`,
  }
}

/**
 * Where a word stands, which decides whether a capital marks a name: `signalled` is a sentence
 * start where the word also reads like a name (see `SIGNALLED_TYPO_COST`).
 */
type Role = 'name' | 'sentence-start' | 'signalled'

function roleOf(document: ThankYouDocument, token: WordToken, pieceIndex: number): Role {
  if (token.part === 'signature' || token.part === 'greeting') return 'name'
  // A title-case subject line capitalises every word, like the start of a sentence.
  if (token.part === 'subject') return 'sentence-start'
  const first = pieceIndex === 0 && (token.sentenceStart || startsLine(document, token))
  return first ? 'sentence-start' : 'name'
}

/** How often each capitalised word of the body is written, wherever it stands. */
function capitalisedCounts(document: ThankYouDocument): ReadonlyMap<string, number> {
  const counts = new Map<string, number>()
  for (const token of document.words) {
    if (token.literal || token.part !== 'body') continue
    const first = token.text.charAt(0)
    if (first === first.toLowerCase()) continue
    const stem = stemOf(token.text)
    counts.set(stem, (counts.get(stem) ?? 0) + 1)
  }
  return counts
}

/**
 * The next word, in the same sentence with only spaces between, is capitalised (`Okafor Wright`,
 * not `I`) or a verb (`Okafor said`, `Okafor explained`).
 */
function nameFollows(document: ThankYouDocument, index: number): boolean {
  const token = document.words[index]
  const next = document.words[index + 1]
  if (token === undefined || next === undefined || next.sentenceStart || next.literal) return false
  if (!/^[ \t]+$/.test(document.text.slice(token.end, next.start))) return false
  const written = writtenCase(next.text)
  if ((written === 'capitalized' && next.text.length > 1) || written === 'mixed') return true
  if (written !== 'lower') return false
  return (
    VERBS_AFTER_A_NAME.has(next.text) || (/^[a-z]{2,}ed$/.test(next.text) && isKnownPiece(next.text, 'en-US'))
  )
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

/** A finding without its place, and the certain replacement of the word, if there is one. */
type Verdict = Omit<Issue, 'span'> & { replacement?: string }

/** A fix replaces a word only with a correction at most this far (one ordinary typo). */
const AUTOFIX_MAX_COST = 1

/** The options with the letter's dialect decided. */
type ResolvedOptions = Omit<SpellingOptions, 'dialect'> & { dialect: Dialect }

/** The finding for an unknown word, or `null` when it is left to another checker or option. */
function judge(
  stem: string,
  role: Role,
  environment: CheckEnvironment,
  options: ResolvedOptions,
  context: SpellingContext,
): Verdict | null {
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
    const typoCost = role === 'signalled' ? SIGNALLED_TYPO_COST : TYPO_COST
    const typo = best?.common === true && best.cost <= typoCost && best.score >= TYPO_MIN_SCORE
    if (!typo) {
      const close = suggestions.filter(
        (s) => s.cost <= (s.common ? NAME_COMMON_WORD_COST : NAME_SUGGESTION_COST),
      )
      return nameFinding(stem, close)
    }
  }
  if (written === 'lower') {
    const best = suggestions[0]
    const typo = best?.common === true && best.cost <= COMPOUND_TYPO_COST
    const parts = typo ? undefined : compoundParts(stem, dialect)
    if (parts) return compoundFinding(stem, parts)
  }
  return wordFinding(stem, suggestions, dialect, context, options.autofixMargin)
}

/**
 * A word one typo from a common word is that typo, however it splits: `gratefull` is `grateful`,
 * not `grate` + `full`.
 */
const COMPOUND_TYPO_COST = 1.5
/** Each half of a compound has at least this many letters (`web` + `hooks`, not `a` + `lot`). */
const COMPOUND_PART_LENGTH = 3
/**
 * Frequency levels (see `frequencyOf`) between which both halves of a compound lie. Below, a half
 * is too rare to vouch for (SUBTLEX saw it fewer than about 45 times); at or above the top, it is
 * among the few hundred commonest words of English, the function words and everyday verbs that
 * make up the run-together slips (`eachother`, `everytime`, `thankyou`, `lookforward`,
 * `goodluck`), where the compounds of a trade join nouns (`leader` + `board`, `slide` + `ware`).
 */
const COMPOUND_PART_LEVELS = [12, 28] as const

/** The two common lowercase words `stem` (lowercase, unknown) is written as, if it is so written. */
function compoundParts(stem: string, dialect: Dialect): readonly [string, string] | undefined {
  const lexicon = getLexicon()
  const [low, high] = COMPOUND_PART_LEVELS
  const fits = (part: string) => {
    const level = commonWordLevel(lexicon, part, dialect)
    return level !== undefined && level >= low && level < high
  }
  let found: readonly [string, string] | undefined
  for (let split = COMPOUND_PART_LENGTH; split <= stem.length - COMPOUND_PART_LENGTH; split++) {
    const left = stem.slice(0, split)
    const right = stem.slice(split)
    if (!fits(left) || !fits(right)) continue
    // Two ways to split it: it reads as no one pair of words.
    if (found) return undefined
    found = [left, right]
  }
  return found
}

function compoundFinding(stem: string, [left, right]: readonly [string, string]): Verdict {
  return {
    ruleId: 'unknown-word',
    severity: 'info',
    actual: stem,
    expected: [`${left} ${right}`, `${left}-${right}`],
    message: `"${stem}" is not in the dictionary but reads as "${left}" and "${right}" run together: if your field writes it as one word, add it to options.spelling.words; else write "${left} ${right}"`,
  }
}

function wordFinding(
  stem: string,
  suggestions: readonly Suggestion[],
  dialect: Dialect,
  context: SpellingContext,
  margin: number,
): Verdict {
  const other: Dialect = dialect === 'en-US' ? 'en-GB' : 'en-US'
  const otherDialect = isKnownPiece(stem, other, context.extra)
  // The same word in this dialect, by rule (`prioritise` → `prioritize`), before any near miss.
  const ruled = otherDialect
    ? counterparts(stem.toLowerCase(), other, (word, d) => isKnownPiece(word, d)).map((word) =>
        matchCase(word, stem),
      )
    : []
  const expected = unique([...ruled, ...suggestions.map((s) => s.word)]).slice(0, SUGGESTIONS)
  const first = expected[0]
  let message: string
  if (otherDialect) {
    message = first
      ? `"${stem}" is the ${other} spelling; write "${first}" in ${dialect}, or set options.spelling.dialect to '${other}'`
      : `"${stem}" is the ${other} spelling, not ${dialect}; set options.spelling.dialect to '${other}' if you mean it`
  } else if (first) {
    message = `"${stem}" is not in the ${dialect} dictionary; did you mean "${first}"? If the word is right, add it to options.spelling.words`
  } else {
    message = `"${stem}" is not in the ${dialect} dictionary; check its spelling, or add it to options.spelling.words if it is right`
  }
  const replacement = certainReplacement(ruled, suggestions, margin)
  return {
    ruleId: 'unknown-word',
    actual: stem,
    message,
    ...(expected.length > 0 && { expected }),
    ...(replacement !== undefined && { replacement }),
  }
}

/**
 * The replacement a fix may make without asking: the one spelling of the same word in the
 * letter's dialect, or a correction within one typo that scores `margin` bits ahead of the next.
 */
function certainReplacement(
  ruled: readonly string[],
  suggestions: readonly Suggestion[],
  margin: number,
): string | undefined {
  if (ruled.length > 0) return ruled.length === 1 ? ruled[0] : undefined
  const [best, next] = suggestions
  if (best === undefined || best.cost > AUTOFIX_MAX_COST) return undefined
  return best.score - (next?.score ?? Number.NEGATIVE_INFINITY) >= margin ? best.word : undefined
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

/**
 * Whether the lexicon in use lists the piece's lowercase form or its stem's (`colour`, `get` of
 * `get's`): a word the core tier lists comes with all its spellings and dialects, so the verdict on
 * it is the same as with the whole lexicon.
 */
function coreListed(text: string): boolean {
  return listsForm(text.toLowerCase()) || listsForm(stemOf(text).toLowerCase())
}
