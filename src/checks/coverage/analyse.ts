/**
 * Finds the three points and the specifics in a letter's body, once per lint (shared by the
 * checker's `check` and `coverage` through the document's memo). The body is cut into clauses;
 * phrase lists decide what each clause says, and negation and hedge words in a phrase's scope
 * undo it.
 */
import { type ContextTerm, contextTerms } from '../../context-terms.js'
import type { SentenceSpan, Span, ThankYouDocument } from '../../document.js'
import { baseCandidates } from '../../text/inflect.js'
import { boundedMemo } from '../../text/memo.js'
import { nameKey } from '../../text/normalize.js'
import { trimWhere } from '../../text/trim.js'
import type { CoveragePoint, ThankYouContext } from '../../types.js'
import { type Act, findActs } from './act.js'
import {
  APPRECIATION_PHRASES,
  CLAUSE_CONJUNCTIONS,
  CONTRIBUTION_PHRASES,
  CONVERSATION_REFERENCES,
  GENERIC_WORDS,
  HEDGE_CUES,
  HEDGE_EXCEPTIONS,
  INTEREST_PHRASES,
  NEGATION_CUES,
  NEGATION_EXCEPTIONS,
  NOT_APPRECIATION_PHRASES,
  NOT_CONTRIBUTION_PHRASES,
  NOT_INTEREST_PHRASES,
  NOT_REFERENCE_PHRASES,
  PAST_CLAIM_PHRASES,
  STOP_WORDS,
  type WordClass,
} from './data.js'
import { findGains } from './gain.js'
import {
  compilePhraseSet,
  findPhrases,
  hasKey,
  Lexicon,
  type Match,
  type PhraseSet,
  type Token,
} from './match-words.js'
import { findWanting } from './wanting.js'

/** Why a sentence that looks like a point does not count. */
export type NearMissReason =
  | 'thanks-for-else'
  | 'request'
  | 'negated'
  | 'hedged'
  | 'past-only'
  | 'no-detail'
  | 'other-detail'

export interface PointAnalysis {
  covered: boolean
  /** The clause (for a topic, the sentence) that carries the point. */
  evidence?: Span
  /** When not covered: the first clause that nearly makes the point, and why it does not. */
  nearMiss?: { span: Span; reason: NearMissReason }
}

export type CoverageAnalysis = Record<CoveragePoint, PointAnalysis>

/** The phrase lists, by family, matched on every clause in one pass. */
export const PHRASE_LISTS = {
  appreciation: APPRECIATION_PHRASES,
  notAppreciation: NOT_APPRECIATION_PHRASES,
  interest: INTEREST_PHRASES,
  notInterest: NOT_INTEREST_PHRASES,
  contribution: CONTRIBUTION_PHRASES,
  notContribution: NOT_CONTRIBUTION_PHRASES,
  pastClaims: PAST_CLAIM_PHRASES,
  references: CONVERSATION_REFERENCES,
  notReferences: NOT_REFERENCE_PHRASES,
  negationExceptions: NEGATION_EXCEPTIONS,
  hedgeExceptions: HEDGE_EXCEPTIONS,
} as const

export type Family = keyof typeof PHRASE_LISTS

export interface Clause {
  tokens: readonly Token[]
  /** From its first word (after a leading conjunction) to its last, or to the sentence's end mark. */
  span: Span
  sentence: SentenceSpan
  /** The phrases of every family found in the clause. */
  matches: Record<Family, Match<Family>[]>
  /** Tokens inside an idiom that keeps its negation word from negating ("can't wait"). */
  shielded: ReadonlySet<number>
  /** A hedge word ("if", "unless", "might") outside a harmless condition ("if selected"). */
  hedged: boolean
  /** Whether I, me or my is in the clause, and where someone else (you, the team, she) first is. */
  mentionsSelf: boolean
  firstOtherPerson: number
  /** The candidate's forward-looking acts (see act.ts), read once for interest and contribution. */
  acts: readonly Act[]
}

interface Compiled {
  lexicon: Lexicon
  phrases: PhraseSet<Family>
}

let compiled: Compiled | undefined

/** The lexicon and phrase lists, compiled on first use and kept for the process. */
// Stryker disable all: built once per process, and Stryker's vitest runner keeps modules loaded
// from one mutant to the next, so a mutant here never takes effect (the tables' content is tested
// through every rule).
function getCompiled(): Compiled {
  compiled ??= {
    lexicon: new Lexicon([...Object.values(PHRASE_LISTS).flat(), ...NEGATION_CUES, ...HEDGE_CUES]),
    phrases: compilePhraseSet<Family>(PHRASE_LISTS),
  }
  return compiled
}
// Stryker restore all

const NEGATIONS: ReadonlySet<string> = new Set(NEGATION_CUES)
const HEDGES: ReadonlySet<string> = new Set(HEDGE_CUES)
const STOP: ReadonlySet<string> = new Set(STOP_WORDS)
const GENERIC: ReadonlySet<string> = new Set(GENERIC_WORDS)
const CONJUNCTIONS: ReadonlySet<string> = new Set(CLAUSE_CONJUNCTIONS)
/** After a comma these start a new clause too: "…, and I would bring …". */
const COMMA_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'so', 'which', 'while'])
/** How far back from a phrase a negation word still negates it, in words. */
const NEGATION_REACH = 6
/** How far after "thank you" the thing thanked for is looked for, in words. */
const THANKS_OBJECT_REACH = 8
/** Words besides the reference phrase a clause needs to say what was discussed. */
const MIN_DETAIL_WORDS = 2

/** Possessive `'s` after these is a contraction of "is" (or "us"), not a possessive. */
const IS_CONTRACTION_HOSTS: ReadonlySet<string> = new Set([
  'he',
  'here',
  'how',
  'it',
  'let',
  'she',
  'that',
  'there',
  'what',
  'where',
  'who',
])
const CONTRACTION_SUFFIXES: Readonly<Record<string, string>> = {
  "'d": 'would',
  "'ll": 'will',
  "'m": 'am',
  "'re": 'are',
  "'ve": 'have',
}
const ASCII = /^[\x20-\x7e]*$/
const NOT_HOSTS: Readonly<Record<string, string>> = { ca: 'can', sha: 'shall', wo: 'will', ai: 'is' }

/** `I'd` → `i would`, `can't` → `can not`, `Dana's` → `dana`; remembered across lints. */
export const expandWord: (text: string) => readonly string[] = boundedMemo(20_000, expand)

// Stryker disable all: expandWord remembers its results for the process, and Stryker's vitest
// runner keeps modules loaded from one mutant to the next, so a mutant here only ever sees words
// the dry run already expanded (test/coverage.mutation.test.ts tests the expansions).
function expand(text: string): string[] {
  // nameKey folds diacritics through Unicode normalisation; most words are plain ASCII.
  const folded = ASCII.test(text) ? text.toLowerCase() : nameKey(text)
  const form = folded.endsWith('.') ? folded.slice(0, -1) : folded
  if (form === 'cannot') return ['can', 'not']
  if (form.endsWith("n't") && form.length > 3) {
    const host = form.slice(0, -3)
    return [NOT_HOSTS[host] ?? host, 'not']
  }
  const apostrophe = form.lastIndexOf("'")
  if (apostrophe > 0) {
    const host = form.slice(0, apostrophe)
    const suffix = form.slice(apostrophe)
    const long = CONTRACTION_SUFFIXES[suffix]
    if (long) return [host, long]
    if (suffix === "'s") return IS_CONTRACTION_HOSTS.has(host) ? [host, host === 'let' ? 'us' : 'is'] : [host]
    if (suffix === "'") return [host]
  }
  return [form]
}
// Stryker restore all

interface ContextWords {
  /** Forms that name the employer or the job, with the class they join. */
  classes: ReadonlyMap<string, WordClass[]>
  /** Every word of a context name (people, company, position): never a conversation detail. */
  names: ReadonlySet<string>
  /** Words of the company and the position: a topic word with the same base counts for half. */
  jobWords: readonly string[]
}

function contextWords(document: ThankYouDocument, context: ThankYouContext): ContextWords {
  const classes = new Map<string, WordClass[]>()
  const names = new Set<string>()
  const jobWords: string[] = []
  const addClass = (word: string, name: WordClass) => {
    const list = classes.get(word)
    if (!list) classes.set(word, [name])
    else if (!list.includes(name)) list.push(name)
  }
  for (const term of contextTerms(document, context).terms) {
    if (term.kind === 'topic' || term.kind === 'other-company') continue
    for (const word of termWords(term)) {
      names.add(word)
      if (STOP.has(word)) continue
      if (term.kind === 'company' || term.kind === 'alias') addClass(word, 'org')
      if (term.kind === 'position' && word === positionHead(term)) addClass(word, 'role')
      if (term.kind === 'company' || term.kind === 'alias' || term.kind === 'position') {
        jobWords.push(word)
      }
    }
  }
  return { classes, names, jobWords }
}

/**
 * The noun that names the job: `manager` in "Site Manager", `nurse` in "Staff Nurse, Cardiology".
 * Only it stands for the role; "site" or "data" on their own do not.
 */
function positionHead(term: ContextTerm): string | undefined {
  const head = term.text.split(/[,(]/)[0] ?? ''
  return expandWord(head.trim().split(/\s+/).at(-1) ?? '')[0]
}

function termWords(term: ContextTerm): string[] {
  return term.words.flatMap((word) => expandWord(word)).filter((word) => word !== '')
}

/** Splits the body's sentences into clauses of tokens. */
export function clausesOf(
  document: ThankYouDocument,
  classes: ReadonlyMap<string, readonly WordClass[]>,
): Clause[] {
  const { lexicon, phrases } = getCompiled()
  const { text, words } = document
  const clauses: Clause[] = []
  for (const sentence of document.sentences) {
    if (sentence.part !== 'body') continue
    let tokens: Token[] = []
    let spanStart = -1
    let lastEnd = sentence.start
    const close = (end: number) => {
      if (tokens.length > 0) clauses.push(analyseClause(tokens, { start: spanStart, end }, sentence, phrases))
      tokens = []
      spanStart = -1
    }
    for (let index = sentence.firstWord; index < sentence.endWord; index++) {
      const word = words[index]
      if (!word) continue
      const forms = expandWord(word.text)
      const first = forms[0] ?? ''
      // Most words follow a single space after a word without a full stop: nothing to look at.
      const plain =
        index === sentence.firstWord ||
        (word.start - lastEnd === 1 && text.charCodeAt(lastEnd) === 32 && text.charCodeAt(lastEnd - 1) !== 46)
      const between = plain ? '' : text.slice(lastEnd, word.start)
      const comma = !plain && between.includes(',')
      if (
        CONJUNCTIONS.has(first) ||
        (!plain &&
          (CLAUSE_BREAK.test(between) ||
            (comma && COMMA_CONJUNCTIONS.has(first)) ||
            (UPPERCASE_START.test(word.text) && endsSentence(words[index - 1]?.text ?? '', between))))
      ) {
        close(lastEnd)
      }
      const leading = tokens.length === 0 && (CONJUNCTIONS.has(first) || COMMA_CONJUNCTIONS.has(first))
      if (!leading && spanStart === -1) spanStart = word.start
      for (let position = 0; position < forms.length; position++) {
        const form = forms[position] as string
        tokens.push({
          form,
          keys: lexicon.keys(form, classes.get(form)),
          start: word.start,
          end: word.end,
          comma: comma && position === 0,
        })
      }
      lastEnd = word.end
    }
    if (spanStart === -1 && tokens.length > 0) spanStart = tokens[0]?.start ?? sentence.start
    close(sentence.end)
  }
  return clauses
}

const CLAUSE_BREAK = /[;:()\u2013\u2014]|\s-\s/
const UPPERCASE_START = /^\p{Lu}/u

/**
 * Whether a sentence ends between two words that nlcst kept together: "proud to work in. I would"
 * (it reads `in.` as an abbreviation). Titles (`Dr.`) and dotted abbreviations (`p.m.`) do not end one.
 */
function endsSentence(previous: string, between: string): boolean {
  // By hand rather than /[.!?]\S*\s$/, which backtracks quadratically on a long run of dots.
  let end = between.length
  while (end > 0 && /\s/.test(between.charAt(end - 1))) end--
  if (end === between.length) return false
  for (
    let closers = 0;
    end > 0 && closers < 3 && `"')]\u201D\u2019`.includes(between.charAt(end - 1));
    closers++
  )
    end--
  if (end > 0 && '.!?'.includes(between.charAt(end - 1))) return true
  return end === 0 && /^\p{Ll}+\.$/u.test(previous) && !KEPT_ABBREVIATIONS.has(previous)
}

const KEPT_ABBREVIATIONS: ReadonlySet<string> = new Set(['approx.', 'cf.', 'etc.', 'no.', 'vs.'])

function analyseClause(
  tokens: readonly Token[],
  span: Span,
  sentence: SentenceSpan,
  phrases: PhraseSet<Family>,
): Clause {
  const matches = findPhrases(tokens, phrases)
  const shielded = new Set<number>()
  for (const match of matches.negationExceptions) {
    for (let i = match.start; i < match.end; i++) shielded.add(i)
  }
  const harmless = coveredPrefix(matches.hedgeExceptions, tokens.length)
  const hedged = tokens.some(
    (token, index) => token.keys.some((key) => HEDGES.has(key)) && !overlaps(harmless, index, index + 1),
  )
  const mentionsSelf = tokens.some((token) => hasKey(token, '@self'))
  const firstOtherPerson = tokens.findIndex(
    (token) => hasKey(token, '@you') || hasKey(token, '@org') || OTHER_PEOPLE.has(token.form),
  )
  const acts = findActs(tokens)
  return { tokens, span, sentence, matches, shielded, hedged, mentionsSelf, firstOtherPerson, acts }
}

/**
 * Prefix counts of the token indexes some match covers, so that whether a range overlaps any
 * match is one subtraction, whatever the number of matches.
 */
function coveredPrefix(matches: readonly Match[], length: number): Int32Array | undefined {
  if (matches.length === 0) return undefined
  const covered = new Uint8Array(length)
  for (const match of matches) covered.fill(1, match.start, match.end)
  const prefix = new Int32Array(length + 1)
  for (let i = 0; i < length; i++) prefix[i + 1] = (prefix[i] as number) + (covered[i] as number)
  return prefix
}

function overlaps(prefix: Int32Array | undefined, start: number, end: number): boolean {
  return prefix !== undefined && (prefix[end] as number) - (prefix[start] as number) > 0
}

/** A negation word in the clause shortly before the phrase (not across a comma) or inside it. */
function isNegated(clause: Clause, match: { start: number; end: number }): boolean {
  const { tokens } = clause
  for (let i = match.end - 1; i >= Math.max(0, match.start - NEGATION_REACH); i--) {
    const token = tokens[i] as Token
    if (token.keys.some((key) => NEGATIONS.has(key)) && !clause.shielded.has(i)) return true
    if (i <= match.start && token.comma) break
  }
  return false
}

function spanOf(clause: Clause): Span {
  return clause.span
}

/** What a clause says about a point. A weak clause covers it only when no clause does better. */
type Verdict =
  | { covered: true; clause: Clause; weak?: boolean }
  | { covered: false; clause: Clause; reason: NearMissReason }

/** The first clause that covers the point, else the first that weakly does, else the first near miss. */
function decide(clauses: readonly Clause[], judge: (clause: Clause) => Verdict | undefined): PointAnalysis {
  let weak: Clause | undefined
  let nearMiss: PointAnalysis['nearMiss']
  for (const clause of clauses) {
    const verdict = judge(clause)
    if (!verdict) continue
    if (verdict.covered && !verdict.weak) return { covered: true, evidence: spanOf(verdict.clause) }
    if (verdict.covered) weak ??= verdict.clause
    else nearMiss ??= { span: spanOf(verdict.clause), reason: verdict.reason }
  }
  if (weak) return { covered: true, evidence: spanOf(weak) }
  return nearMiss ? { covered: false, nearMiss } : { covered: false }
}

function judgeAppreciation(clause: Clause): Verdict | undefined {
  const { tokens, matches } = clause
  const requests = coveredPrefix(matches.notAppreciation, tokens.length)
  let miss: Verdict | undefined
  let weak: Verdict | undefined
  for (let i = 0; i < tokens.length; i++) {
    if (!hasKey(tokens[i] as Token, '@thanks')) continue
    if (overlaps(requests, i, i + 1)) {
      miss ??= { covered: false, clause, reason: 'request' }
      continue
    }
    if (isNegated(clause, { start: i, end: i + 1 })) continue
    const object = thankedFor(tokens, i)
    if (object === 'meeting') return { covered: true, clause }
    if (object === 'else') miss ??= { covered: false, clause, reason: 'thanks-for-else' }
    // "Thanks again!", "thank you for the kind words": thanks, for nothing the lists know.
    else weak ??= { covered: true, clause, weak: true }
  }
  // Read once per clause, however many phrases match in it.
  let offer: boolean | undefined
  const offered = () => {
    offer ??= offersLater(tokens)
    return offer
  }
  for (const match of matches.appreciation) {
    if (isNegated(clause, match) || precededByModal(tokens, match.start)) continue
    if (!offersTalk(tokens, match.start, offered)) return { covered: true, clause }
  }
  return weak ?? miss
}

/**
 * "Happy to talk through it in more detail", "glad to chat again whenever suits": pleasure at a
 * conversation still to come, offered, not at the interview. "Pleased to meet you" and "glad to
 * have met the team" look back.
 */
function offersTalk(tokens: readonly Token[], start: number, offered: () => boolean): boolean {
  return tokens[start + 1]?.form === 'to' && offered()
}

/** Whether the clause offers a conversation: an offer word and nothing that looks back. */
function offersLater(tokens: readonly Token[]): boolean {
  let offer = false
  for (const token of tokens) {
    if (LOOKING_BACK.has(token.form)) return false
    if (OFFER_WORDS.has(token.form)) offer = true
  }
  return offer
}

/** "It was good to see you again", "happy to have met": the meeting is behind. */
const LOOKING_BACK: ReadonlySet<string> = new Set([
  'been',
  'had',
  'have',
  'today',
  'was',
  'were',
  'yesterday',
])

/** Words that make a conversation one offered for later: "more", "again", "whenever", "if useful". */
const OFFER_WORDS: ReadonlySet<string> = new Set([
  'again',
  'anytime',
  'detail',
  'further',
  'if',
  'more',
  'through',
  'whenever',
])

/** What the thanks at `at` is for: the first word after it that says, if any. */
function thankedFor(tokens: readonly Token[], at: number): 'meeting' | 'else' | undefined {
  for (let j = at + 1; j < Math.min(tokens.length, at + 1 + THANKS_OBJECT_REACH); j++) {
    const next = tokens[j] as Token
    if (hasKey(next, '@meeting')) return 'meeting'
    if (hasKey(next, '@other-thanks')) return 'else'
  }
  return undefined
}

/** "It would be great to meet the team" wishes for a meeting; it thanks for none. */
function precededByModal(tokens: readonly Token[], start: number): boolean {
  for (let i = Math.max(0, start - 3); i < start; i++) if (hasKey(tokens[i] as Token, '@modal')) return true
  return false
}

/** Interest in a sentence with a hedge anywhere ("I'd love to join, but I'm still deciding") is hedged. */
function judgeInterest(clause: Clause, hedgedSentences: ReadonlySet<SentenceSpan>): Verdict | undefined {
  if (aboutAnotherJob(clause.tokens)) return undefined
  const matches = withoutOverlaps(clause.matches.interest, clause.matches.notInterest, clause.tokens.length)
  let miss: Verdict | undefined
  for (const match of matches) {
    if (aboutSomeoneElse(clause, match) || likeAsPreposition(clause.tokens, match.start)) continue
    if (isNegated(clause, match)) miss ??= { covered: false, clause, reason: 'negated' }
    else if (hedgedSentences.has(clause.sentence)) miss ??= { covered: false, clause, reason: 'hedged' }
    else return { covered: true, clause }
  }
  // Wanting to do the work is wanting the job: "I'd love to run that for new members".
  for (const act of clause.acts) {
    if (!act.desire || makesSure(clause.tokens, act.verb)) continue
    const span = { start: act.subject, end: act.verb + 1 }
    if (isNegated(clause, span)) miss ??= { covered: false, clause, reason: 'negated' }
    else if (hedgedSentences.has(clause.sentence)) miss ??= { covered: false, clause, reason: 'hedged' }
    else return { covered: true, clause }
  }
  // The clause's own reading: who feels what about the job (see wanting.ts).
  for (const span of findWanting(clause.tokens)) {
    if (isNegated(clause, span)) miss ??= { covered: false, clause, reason: 'negated' }
    else if (hedgedSentences.has(clause.sentence)) miss ??= { covered: false, clause, reason: 'hedged' }
    else return { covered: true, clause }
  }
  return miss
}

/**
 * "I was eager to leave my last job", "I loved working at my previous company": a clause about a
 * job of the candidate's own, before or besides this one, says nothing about wanting this one.
 */
function aboutAnotherJob(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    if (!hasKey(token, '@org') && !hasKey(token, '@role')) continue
    const qualifier = tokens[i - 1]
    const owner = tokens[i - 2]
    if (qualifier && owner && ANOTHER_JOB.has(qualifier.form) && OWNERS.has(owner.form)) return true
  }
  return false
}

/** "my last job", "our old team", "my current role": another job than the one applied for. */
const ANOTHER_JOB: ReadonlySet<string> = new Set([
  'current',
  'earlier',
  'first',
  'former',
  'last',
  'old',
  'past',
  'present',
  'previous',
  'prior',
])
const OWNERS: ReadonlySet<string> = new Set(['my', 'our'])

/** "I want to make sure you have my references" wants an errand done, not the job. */
function makesSure(tokens: readonly Token[], verb: number): boolean {
  return tokens[verb]?.form === 'make' && tokens[verb + 1]?.form === 'sure'
}

/** "It sounds like the team works in Stata": `like` compares; it wants nothing. */
function likeAsPreposition(tokens: readonly Token[], start: number): boolean {
  return tokens[start]?.form === 'like' && COMPARING.has(tokens[start - 1]?.form ?? '')
}

const COMPARING: ReadonlySet<string> = new Set([
  'feel',
  'feels',
  'just',
  'look',
  'looks',
  'seem',
  'seems',
  'sound',
  'sounds',
])

/**
 * "Your team seemed excited about the launch": a clause without I, me or my whose phrase comes
 * after someone else (you, the team, they) speaks about them, not the candidate.
 */
function aboutSomeoneElse(clause: Clause, match: Match): boolean {
  return !clause.mentionsSelf && clause.firstOtherPerson !== -1 && clause.firstOtherPerson < match.start
}

const OTHER_PEOPLE: ReadonlySet<string> = new Set(['he', 'her', 'his', 'she', 'their', 'they', 'them'])

function judgeContribution(clause: Clause): Verdict | undefined {
  const { tokens } = clause
  const matches = withoutOverlaps(
    clause.matches.contribution,
    clause.matches.notContribution,
    clause.tokens.length,
  )
  const linked = tokens.some(
    (token) => hasKey(token, '@you') || hasKey(token, '@org') || hasKey(token, '@role'),
  )
  let miss: Verdict | undefined
  for (const match of matches) {
    if (aboutSomeoneElse(clause, match)) continue
    if (isNegated(clause, match)) miss ??= { covered: false, clause, reason: 'negated' }
    else if (linked || !onlyAbility(tokens, match)) return { covered: true, clause }
  }
  // The clause's own reading: the candidate as the subject of a forward-looking act.
  const lookAlikes = coveredPrefix(clause.matches.notContribution, tokens.length)
  for (const act of clause.acts) {
    if (overlaps(lookAlikes, act.verb, act.verb + 1)) continue
    const span = { start: act.subject, end: act.verb + 1 }
    if (isNegated(clause, span)) miss ??= { covered: false, clause, reason: 'negated' }
    else return { covered: true, clause }
  }
  // The employer's gain: "you'd have one less thing to worry about" (see gain.ts).
  for (const span of findGains(tokens)) {
    if (isNegated(clause, span)) miss ??= { covered: false, clause, reason: 'negated' }
    else return { covered: true, clause }
  }
  if (miss) return miss
  return clause.matches.pastClaims.length > 0 ? { covered: false, clause, reason: 'past-only' } : undefined
}

/** Matches that no look-alike phrase overlaps ("take this opportunity to thank you"). */
function withoutOverlaps(matches: readonly Match[], lookAlikes: readonly Match[], length: number): Match[] {
  if (lookAlikes.length === 0) return [...matches]
  const taken = coveredPrefix(lookAlikes, length)
  return matches.filter((match) => !overlaps(taken, match.start, match.end))
}

/**
 * "I can manage budgets" says what the candidate is able to do; without a word for the employer
 * it only counts as a contribution when the candidate vouches for it ("I'm confident I can …").
 */
function onlyAbility(tokens: readonly Token[], match: Match): boolean {
  let can = false
  for (let i = match.start; i < match.end; i++) {
    const token = tokens[i] as Token
    if (token.form === 'can') can = true
    else if (hasKey(token, '@modal')) return false
  }
  if (!can) return false
  for (let i = Math.max(0, match.start - 4); i < match.end; i++) {
    if (VOUCHING.has((tokens[i] as Token).form)) return false
  }
  return true
}

const VOUCHING: ReadonlySet<string> = new Set([
  'believe',
  'certain',
  'confident',
  'convinced',
  'know',
  'sure',
])

/** Words of the clause outside the match that say something: not function words, names or the job. */
function isDetail(token: Token, names: ReadonlySet<string>): boolean {
  const form = token.form
  if (form.length < 3 && !/\d/.test(form)) return false
  if (STOP.has(form) || isGeneric(form) || names.has(form)) return false
  return !(
    hasKey(token, '@org') ||
    hasKey(token, '@role') ||
    hasKey(token, '@meeting') ||
    hasKey(token, '@thanks') ||
    hasKey(token, '@keen')
  )
}

/** A generic word or its plural: "programs" names no more than "program" does. */
function isGeneric(form: string): boolean {
  if (GENERIC.has(form)) return true
  if (form.length < 4 || !form.endsWith('s')) return false
  return GENERIC.has(form.slice(0, -1)) || (form.endsWith('ies') && GENERIC.has(`${form.slice(0, -3)}y`))
}

/** Words that single out a development of the employer's: "the new clinic", "the planned depot". */
const NOVELTY: ReadonlySet<string> = new Set(['latest', 'new', 'newest', 'planned', 'proposed', 'upcoming'])

/**
 * "hearing about the new clinic": a place or unit of the employer's that is new or planned is a
 * particular thing, so both words say what (the job itself, "the new role", still does not).
 */
function isNewThing(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token
  if (NOVELTY.has(token.form)) {
    const next = tokens[index + 1]
    return next !== undefined && hasKey(next, '@org') && !hasKey(next, '@role')
  }
  const before = tokens[index - 1]
  return before !== undefined && NOVELTY.has(before.form) && hasKey(token, '@org') && !hasKey(token, '@role')
}

function judgeReference(clause: Clause, names: ReadonlySet<string>): Verdict | undefined {
  const matches = withoutOverlaps(
    clause.matches.references,
    clause.matches.notReferences,
    clause.tokens.length,
  )
  if (matches.length === 0) return undefined
  // Prefix counts of detail words: those outside a match are all of them minus those inside it.
  const details = new Int32Array(clause.tokens.length + 1)
  clause.tokens.forEach((token, index) => {
    const detail = isDetail(token, names) || isNewThing(clause.tokens, index)
    details[index + 1] = (details[index] as number) + (detail ? 1 : 0)
  })
  const total = details[clause.tokens.length] as number
  for (const match of matches) {
    const inside = (details[match.end] as number) - (details[match.start] as number)
    if (total - inside >= MIN_DETAIL_WORDS) return { covered: true, clause }
  }
  return { covered: false, clause, reason: 'no-detail' }
}

interface TopicKey {
  bases: ReadonlySet<string>
  weight: number
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

function isNotLetterOrDigit(char: string): boolean {
  return !LETTER_OR_DIGIT.test(char)
}

/** A topic's key words: no function words; generic words and the job's own words weigh half. */
function topicKeys(topic: string, jobBases: ReadonlySet<string>): TopicKey[] {
  const keys: TopicKey[] = []
  for (const raw of topic.split(/[\s/,]+/)) {
    const word = trimWhere(nameKey(raw), isNotLetterOrDigit)
    if (word === '' || STOP.has(word) || (word.length < 3 && !/^\p{Lu}{2}$/u.test(raw))) continue
    const bases = baseCandidates(word)
    const weak = GENERIC.has(word) || bases.some((base) => jobBases.has(base))
    keys.push({ bases: new Set(bases), weight: weak ? 0.5 : 1 })
  }
  return keys
}

/** Whether the sentence's words mention the topic: half its weight, with one strong word, or all of a weak one. */
function mentionsTopic(keys: readonly TopicKey[], tokenBases: readonly (readonly string[])[]): boolean {
  let total = 0
  let found = 0
  let strong = false
  for (const key of keys) {
    total += key.weight
    if (tokenBases.some((bases) => bases.some((base) => key.bases.has(base)))) {
      found += key.weight
      if (key.weight === 1) strong = true
    }
  }
  if (total === 0) return false
  if (keys.every((key) => key.weight < 1)) return found === total
  return strong && found >= total / 2
}

function analyseSpecifics(
  document: ThankYouDocument,
  context: ThankYouContext,
  template: boolean,
  clauses: readonly Clause[],
  words: ContextWords,
): PointAnalysis {
  const topics = (context.topics ?? []).filter((topic) => topic.trim() !== '')
  if (topics.length === 0) return decide(clauses, (clause) => judgeReference(clause, words.names))

  const jobBases = new Set(words.jobWords.flatMap((word) => baseCandidates(word)))
  const keysByTopic = topics.map((topic) => topicKeys(topic, jobBases))
  // A word and a topic word with the same base share their first three letters (migrate and
  // migration, build and built; irregulars like run/ran aside), so only such words are taken apart.
  const starts = new Set<string>()
  for (const keys of keysByTopic)
    for (const key of keys) for (const base of key.bases) starts.add(base.slice(0, 3))
  const sentences = new Map<SentenceSpan, (readonly string[])[]>()
  for (const clause of clauses) {
    const list = sentences.get(clause.sentence) ?? []
    sentences.set(clause.sentence, list)
    for (const token of clause.tokens) {
      if (starts.has(token.form.slice(0, 3))) list.push(baseCandidates(token.form))
    }
  }
  for (const [sentence, tokenBases] of sentences) {
    if (keysByTopic.some((keys) => mentionsTopic(keys, tokenBases))) {
      return { covered: true, evidence: { start: sentence.start, end: sentence.end } }
    }
  }
  if (template) {
    const slot = document.literals.find(
      (literal) => literal.kind === 'placeholder' && literal.variable === 'topic',
    )
    const sentence = slot && document.sentences.find((s) => s.start <= slot.start && slot.start < s.end)
    if (slot && sentence?.part === 'body') {
      return { covered: true, evidence: { start: sentence.start, end: sentence.end } }
    }
  }
  const reference = decide(clauses, (clause) => judgeReference(clause, words.names))
  if (reference.covered && reference.evidence) {
    return { covered: false, nearMiss: { span: reference.evidence, reason: 'other-detail' } }
  }
  return { covered: false }
}

/** The letter's coverage, computed once per lint and shared by `check` and `coverage`. */
export function analyseCoverage(
  document: ThankYouDocument,
  context: ThankYouContext,
  template: boolean,
): CoverageAnalysis {
  return document.memo('coverage', () => {
    const words = contextWords(document, context)
    const clauses = clausesOf(document, words.classes)
    const hedgedSentences = new Set(
      clauses.filter((clause) => clause.hedged).map((clause) => clause.sentence),
    )
    return {
      appreciation: decide(clauses, (clause) => judgeAppreciation(clause)),
      interest: decide(clauses, (clause) => judgeInterest(clause, hedgedSentences)),
      contribution: decide(clauses, (clause) => judgeContribution(clause)),
      specifics: analyseSpecifics(document, context, template, clauses, words),
    }
  })
}
