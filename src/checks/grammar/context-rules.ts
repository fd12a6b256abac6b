import type { Issue } from '../../checker.js'
import type { Span, ThankYouDocument, WordToken } from '../../document.js'
import { capitalize, startsUppercase } from '../../text/case.js'
import { phraseWords } from '../../text/phrases.js'
import { wordRecord } from '../../text/word-record.js'
import { clauseEdge, inConfusionSet, likelierAlternative } from './confusion-model.js'
import { SPLIT_AT_CLAUSE_EDGE, SPLIT_COMPOUNDS } from './data/compounds.js'
import * as evidence from './data/context.js'
import {
  ADJECTIVES,
  COMPARATIVES,
  IRREGULAR_PLURALS,
  PHRASAL_COMPOUNDS,
  SIMPLE_PAST,
  SINGULAR_NOUNS,
  THIRD_PERSON,
  VERB_BASES,
} from './data/lexicon.js'

/**
 * Rules that decide a word from its neighbours on both sides: confusion sets (its/it's,
 * then/than…), real words typed for others ("very exited"), verb forms that do not fit their
 * subject or auxiliary, sentences without a subject, and compounds written apart or together.
 * Each rule is keyed by the word it starts from, so a word costs one map look-up.
 */
export type ContextRuleId =
  | 'confused-word'
  | 'real-word-error'
  | 'verb-form'
  | 'missing-subject'
  | 'split-word'
  | 'double-determiner'
  | 'pronoun-case'
  | 'article-number'

type WordSet = ReadonlySet<string>

interface Tables {
  rules: ReadonlyMap<string, readonly Rule[]>
  determiners: WordSet
  modals: WordSet
  doForms: WordSet
  midAdverbs: WordSet
  be: WordSet
  linking: WordSet
  degree: WordSet
  openers: WordSet
  prepositions: WordSet
  collective: WordSet
  afterItsIs: WordSet
  comparatives: WordSet
  beforeThen: WordSet
  conditionOpeners: WordSet
  beforeEffect: WordSet
  beforeAffect: WordSet
  effectObjects: WordSet
  beforeLose: WordSet
  afterWhos: WordSet
  takesInfinitive: WordSet
  beforeExcited: WordSet
  beforeFrom: WordSet
  fillVerbs: WordSet
  beforeThrough: WordSet
  teamVerbs: WordSet
  teamNouns: WordSet
  owners: WordSet
  beforePhrasal: WordSet
  adjectives: WordSet
  nouns: WordSet
  bases: WordSet
  irregularPlurals: WordSet
  fusedHeads: WordSet
  eitherNumber: WordSet
  questionWords: WordSet
  notTypos: WordSet
  /** Noun → verb and verb → noun of `NOUN_VERB_PAIRS`. */
  verbOfNoun: ReadonlyMap<string, string>
  nounOfVerb: ReadonlyMap<string, string>
  /** Base → third-person form, the reverse of `THIRD_PERSON`. */
  thirdOf: ReadonlyMap<string, string>
  /** `set up` → `setup`. */
  joinedOf: ReadonlyMap<string, string>
}

/** What a rule sees: the document's words, their lowercase keys and how they are linked. */
interface View {
  document: ThankYouDocument
  words: readonly WordToken[]
  keys: readonly string[]
  /** 1 when word i and i + 1 are in one sentence with only white space between. */
  linked: Uint8Array
  /** 1 when a clause ends after word i. */
  clauseEnd: Uint8Array
  tables: Tables
}

interface Hit {
  ruleId: ContextRuleId
  /** First and last word index of the flagged text. */
  from: number
  to: number
  expected: readonly string[]
  reason: string
  /** Whether the first expected text is a certain repair. */
  fix?: boolean
}

type Rule = (view: View, i: number) => Hit | undefined

let tables: Tables | undefined

// Stryker disable all: built once per process; the tables' content is tested through every rule.
function contextTables(): Tables {
  if (tables) return tables
  const set = (words: readonly string[]): WordSet => new Set(words)
  const rules = new Map<string, Rule[]>()
  const on = (keys: readonly string[], rule: Rule) => {
    for (const key of keys) rules.set(key, [...(rules.get(key) ?? []), rule])
  }
  on(['its'], itsIsIts)
  on(["it's"], itsOwning)
  on(['then'], thenThan)
  on(['than'], thanThen)
  on(['of'], couldOf)
  on(['apart'], apartOf)
  on(['loose', 'loosing'], looseLose)
  on(['whose'], whoseWhos)
  on(['affect', 'affects', 'effect'], affectEffect)
  on(['too'], tooTo)
  on(['to'], toToo)
  on(['exited', 'exiting'], exitedExcited)
  on(['manger', 'mangers'], mangerManager)
  on(['term', "term's"], termTeam)
  on(['form'], formFrom)
  on(['from'], fromForm)
  on(['though'], thoughThrough)
  on(['defiantly'], defiantlyDefinitely)
  on(['everyday'], everydayEveryDay)
  on(['every'], everyDayEveryday)
  on(Object.keys(PHRASAL_COMPOUNDS), joinedPhrasalVerb)
  on(
    [...new Set(Object.values(PHRASAL_COMPOUNDS).map((phrase) => phrase.split(' ')[0] as string))],
    splitCompoundNoun,
  )
  on(
    [
      ...new Set(
        [...Object.keys(SPLIT_COMPOUNDS), ...Object.keys(SPLIT_AT_CLAUSE_EDGE)].map(
          (phrase) => phrase.split(' ')[0] as string,
        ),
      ),
    ],
    splitCompound,
  )
  on(evidence.MODALS, modalVerbForm)
  on(evidence.DO_FORMS, doVerbForm)
  on(['to'], infinitiveVerbForm)
  on(['he', 'she', 'it'], thirdPersonAgreement)
  on(['i', 'you', 'we', 'they'], nonThirdPersonAgreement)
  on(['a', 'an'], articleNumber)
  on(['a', 'an', 'my', 'the', 'this', 'your', 'his', 'her', 'our', 'their'], nounPhraseAgreement)
  on(['not'], notOnly)
  on(Object.keys(evidence.SUBJECTLESS_OPENINGS), missingSubject)
  on(['a', 'an', 'the'], doubleDeterminer)
  on(Object.keys(evidence.QUESTION_AUXILIARIES), questionAgreement)
  on(['these', 'those'], pluralDemonstrative)
  on(evidence.NOT_TYPOS, notTypo)
  on(['quiet'], quietQuite)
  on([...Object.keys(evidence.NOUN_VERB_PAIRS), ...Object.values(evidence.NOUN_VERB_PAIRS)], nounVerbPair)
  on(Object.keys(evidence.CONTRACTED_AUXILIARIES), contractedAuxiliary)
  on(['and', ...Object.keys(evidence.SUBJECT_FORMS)], pronounCase)
  on(['thanks'], thanksYou)
  on(['he', 'she', 'they', 'thee', 'thy'], heThe)
  on(['wandering', 'sad'], wanderingSad)
  on(['awhile', 'vein', 'along'], phraseSlips)
  on(['all'], allReadyAllMost)
  on(['of', 'back'], particleSlips)
  on(["lot's"], apostrophePlural)
  on(['who'], whoAgreement)
  const thirdOf = new Map<string, string>()
  for (const [third, base] of Object.entries(THIRD_PERSON)) thirdOf.set(base, third)
  const joinedOf = new Map<string, string>()
  for (const [joined, phrase] of Object.entries(PHRASAL_COMPOUNDS)) joinedOf.set(phrase, joined)
  tables = {
    rules,
    determiners: set(evidence.DETERMINERS),
    modals: set(evidence.MODALS),
    doForms: set(evidence.DO_FORMS),
    midAdverbs: set(evidence.MID_ADVERBS),
    be: set(evidence.BE_FORMS),
    linking: set(evidence.LINKING_VERBS),
    degree: set(evidence.DEGREE_ADVERBS),
    openers: set(evidence.CLAUSE_OPENERS),
    prepositions: set(evidence.PREPOSITIONS),
    collective: set(evidence.COLLECTIVE_NOUNS),
    afterItsIs: set(evidence.AFTER_ITS_IS),
    comparatives: set([...COMPARATIVES, ...evidence.COMPARATIVE_HEADS]),
    beforeThen: set(evidence.BEFORE_THEN),
    conditionOpeners: set(evidence.CONDITION_OPENERS),
    beforeEffect: set(evidence.BEFORE_EFFECT_NOUN),
    beforeAffect: set(evidence.BEFORE_AFFECT_VERB),
    effectObjects: set(evidence.EFFECT_OBJECTS),
    beforeLose: set(evidence.BEFORE_LOSE),
    afterWhos: set(evidence.AFTER_WHOS),
    takesInfinitive: set(evidence.TAKES_INFINITIVE),
    beforeExcited: set(evidence.BEFORE_EXCITED),
    beforeFrom: set(evidence.BEFORE_FROM),
    fillVerbs: set(evidence.FILL_VERBS),
    beforeThrough: set(evidence.BEFORE_THROUGH),
    teamVerbs: set(evidence.TEAM_VERBS),
    teamNouns: set(evidence.TEAM_NOUNS),
    owners: set(evidence.OWNERS),
    beforePhrasal: set(evidence.BEFORE_PHRASAL_VERB),
    adjectives: set(ADJECTIVES),
    nouns: set(SINGULAR_NOUNS),
    bases: set(VERB_BASES),
    irregularPlurals: set(IRREGULAR_PLURALS),
    fusedHeads: set(evidence.FUSED_HEADS),
    eitherNumber: set(evidence.EITHER_NUMBER),
    questionWords: set(evidence.QUESTION_WORDS),
    notTypos: set(evidence.NOT_TYPOS),
    verbOfNoun: new Map(Object.entries(evidence.NOUN_VERB_PAIRS)),
    nounOfVerb: new Map(Object.entries(evidence.NOUN_VERB_PAIRS).map(([noun, verb]) => [verb, noun])),
    thirdOf,
    joinedOf,
  }
  return tables
}
// Stryker restore all

/** Runs every context rule over the body and subject words of the document. */
export function checkContextRules(document: ThankYouDocument, issues: Issue[]): void {
  const { words } = document
  const { keys, linked, clauseEnd } = phraseWords(document)
  const view: View = { document, words, keys, linked, clauseEnd, tables: contextTables() }
  // The word right after a flagged one is not judged by the corpus: its left neighbour is in doubt
  // ("was to big for" is "too big", not "to bid").
  let flagged = -2
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as WordToken
    if (word.literal || (word.part !== 'body' && word.part !== 'subject')) continue
    const rules = view.tables.rules.get(keys[i] as string)
    let hit: Hit | undefined
    for (const rule of rules ?? []) {
      hit = rule(view, i)
      if (hit && usable(view, hit)) break
      hit = undefined
    }
    if (flagged !== i - 1) hit ??= corpusRealWord(view, i)
    if (hit) {
      issues.push(issueOf(view, hit))
      i = hit.to
      flagged = i
    }
  }
}

const DIGIT = /[0-9]/

/** A neighbour as the confusion model knows it: a lowercase word, `#` for a number, or a clause edge. */
function modelNeighbour(view: View, j: number, linked: boolean): string | undefined {
  if (!linked) return clauseEdge()
  const text = (view.words[j] as WordToken).text
  // A capital letter alone is a name ("an A", "two A divisions"), which the corpus cannot tell.
  if (text.length === 1 && text !== 'I' && startsUppercase(text)) return undefined
  const key = view.keys[j] as string
  if (!DIGIT.test(key)) return key
  // A code of letters and digits ("MS4", "B2B") is a name the corpus cannot tell from a number.
  return DIGIT.test(key[0] as string) ? '#' : undefined
}

/**
 * `real-word-error` decided by the corpus model: a word of a confusion set that the corpus never
 * saw between these neighbours while another member of its set is common there ("from know on",
 * "been see by"). Words with a capital inside a sentence are names and left alone.
 */
function corpusRealWord(view: View, i: number): Hit | undefined {
  const word = view.words[i] as WordToken
  if (!inConfusionSet(view.keys[i] as string)) return undefined
  if (!word.sentenceStart && startsUppercase(word.text)) return undefined
  const left = modelNeighbour(view, i - 1, i > 0 && view.linked[i - 1] === 1 && !word.sentenceStart)
  const right = modelNeighbour(view, i + 1, view.linked[i] === 1)
  if (left === undefined || right === undefined) return undefined
  if (nounFrame(view, left, right)) return undefined
  const likelier = likelierAlternative(left, view.keys[i] as string, right)
  if (!likelier) return undefined
  return word1(
    view,
    i,
    'real-word-error',
    [likelier.word],
    `"${likelier.word}" is far likelier between these words`,
  )
}

/**
 * A determiner before and a preposition after ("a joy to meet", "the treat of") only say that a
 * noun stands between them: they cannot tell one noun from another, so the corpus's likelier noun
 * ("job", "threat") is no evidence against the writer's.
 */
function nounFrame(view: View, left: string, right: string): boolean {
  return view.tables.determiners.has(left) && (right === 'to' || view.tables.prepositions.has(right))
}

/** A hit's words must all be plain words of one part. */
function usable(view: View, hit: Hit): boolean {
  for (let j = hit.from; j <= hit.to; j++) {
    const word = view.words[j]
    if (!word || word.literal || word.part !== view.words[hit.from]?.part) return false
  }
  return true
}

function issueOf(view: View, hit: Hit): Issue {
  const first = view.words[hit.from] as WordToken
  const last = view.words[hit.to] as WordToken
  // The tokenizer keeps a full stop with a short word it takes for an initial: "and I." ends at "I".
  const stop = last.text.endsWith('.') && !(view.keys[hit.to] as string).endsWith('.') ? 1 : 0
  const span = { start: first.start, end: last.end - stop }
  const actual = view.document.slice(span)
  const capital = first.sentenceStart && startsUppercase(actual)
  const expected = hit.expected.map((text) => (capital ? capitalize(text) : text))
  const issue: Issue = {
    ruleId: hit.ruleId,
    span,
    actual,
    expected,
    message: `Write "${expected[0]}", not "${actual}": ${hit.reason}`,
  }
  if (hit.fix && expected[0] !== undefined) issue.fix = { span, text: expected[0] }
  return issue
}

/** The key of the word before `i` when only white space lies between, else `''`. */
function before(view: View, i: number): string {
  return i > 0 && view.linked[i - 1] === 1 ? (view.keys[i - 1] as string) : ''
}

/** The key of the word after `i` when only white space lies between, else `''`. */
function after(view: View, i: number): string {
  return view.linked[i] === 1 ? (view.keys[i + 1] as string) : ''
}

/** Whether word `i` opens a clause: first of its sentence, after punctuation, or after "and", "because"… */
function opensClause(view: View, i: number): boolean {
  const word = view.words[i] as WordToken
  if (word.sentenceStart || i === 0 || view.linked[i - 1] === 0) return true
  return view.tables.openers.has(view.keys[i - 1] as string)
}

/** Skips up to two adverbs such as "not", "also", "really" after word `i`; returns the next word's index. */
function skipAdverbs(view: View, i: number): number {
  let j = i + 1
  for (
    let k = 0;
    k < 2 && view.linked[j - 1] === 1 && view.tables.midAdverbs.has(view.keys[j] as string);
    k++
  )
    j++
  return view.linked[j - 1] === 1 ? j : -1
}

const word1 = (
  _view: View,
  i: number,
  ruleId: ContextRuleId,
  expected: readonly string[],
  reason: string,
  fix = false,
): Hit => ({
  ruleId,
  from: i,
  to: i,
  expected,
  reason,
  fix,
})

// ————— confusion sets —————

const ITS_REASON = '"it\'s" is "it is" or "it has"; "its" is owning'

function itsIsIts(view: View, i: number): Hit | undefined {
  const next = after(view, i)
  if (!next) return undefined
  const { tables } = view
  const expected = next === 'been' ? ["it's", 'it has'] : ["it's", 'it is']
  if (tables.afterItsIs.has(next) && view.words[i + 1]?.text !== 'A')
    return word1(view, i, 'confused-word', expected, ITS_REASON)
  const third = after(view, i + 1)
  if (
    next.endsWith('ing') &&
    !tables.nouns.has(next) &&
    (tables.determiners.has(third) || (next === 'going' && third === 'to'))
  ) {
    return word1(view, i, 'confused-word', expected, ITS_REASON)
  }
  if (
    tables.adjectives.has(next) &&
    next !== 'own' &&
    (view.clauseEnd[i + 1] === 1 || third === 'to' || third === 'that')
  ) {
    return word1(view, i, 'confused-word', expected, ITS_REASON)
  }
  return undefined
}

const ITS_OWNING_REASON = 'the owning form has no apostrophe; "it\'s" is "it is"'

function itsOwning(view: View, i: number): Hit | undefined {
  const next = after(view, i)
  if (next === 'own') return word1(view, i, 'confused-word', ['its'], ITS_OWNING_REASON)
  const { tables } = view
  const previous = before(view, i)
  // "with it's friendly people", "from all it's windows": after a preposition comes a noun phrase.
  const afterPreposition = tables.prepositions.has(previous)
  const predicate =
    tables.determiners.has(next) ||
    tables.midAdverbs.has(next) ||
    ['been', 'being', 'going', 'got', 'gotten', 'time', 'worth'].includes(next) ||
    next.endsWith('ing')
  if (afterPreposition && next && !predicate && view.clauseEnd[i] !== 1) {
    return word1(view, i, 'confused-word', ['its'], ITS_OWNING_REASON)
  }
  // "It's door is too small": a bare singular noun and then its verb.
  const verb = after(view, i + 1)
  if (
    tables.nouns.has(next) &&
    next !== 'time' &&
    ['is', 'was', 'has', 'will', 'can', 'seems', 'looks'].includes(verb)
  ) {
    return word1(view, i, 'confused-word', ['its'], ITS_OWNING_REASON)
  }
  return undefined
}

function thenThan(view: View, i: number): Hit | undefined {
  if (view.clauseEnd[i] === 1) return undefined
  const previous = before(view, i)
  const { tables } = view
  const twoBack = previous ? before(view, i - 1) : ''
  const comparative =
    tables.comparatives.has(previous) || twoBack === 'more' || twoBack === 'less' || twoBack === 'fewer'
  if (!comparative) return undefined
  return word1(view, i, 'confused-word', ['than'], '"than" compares; "then" is about time', true)
}

function thanThen(view: View, i: number): Hit | undefined {
  const { words, keys, tables } = view
  const word = words[i] as WordToken
  const reason = '"then" is about time or a consequence; "than" compares'
  if (tables.beforeThen.has(before(view, i))) return word1(view, i, 'confused-word', ['then'], reason)
  const first = keys[view.document.sentences[word.sentence]?.firstWord ?? i] as string
  const comma = i > 0 && view.document.text.slice((words[i - 1] as WordToken).end, word.start).trim() === ','
  if (comma && tables.conditionOpeners.has(first)) return word1(view, i, 'confused-word', ['then'], reason)
  return undefined
}

function couldOf(view: View, i: number): Hit | undefined {
  const previous = before(view, i)
  if (!['could', 'would', 'should', 'must', 'might'].includes(previous)) return undefined
  if (view.tables.determiners.has(before(view, i - 1))) return undefined
  const next = after(view, i)
  if (!next || next === 'course' || view.tables.determiners.has(next)) return undefined
  return word1(view, i, 'confused-word', ['have'], `"${previous} have" sounds like "${previous} of"`, true)
}

function apartOf(view: View, i: number): Hit | undefined {
  const next = after(view, i)
  if (next === 'form') {
    return word1(view, i + 1, 'confused-word', ['from'], '"apart from" is the phrase', true)
  }
  if (next === 'of' && view.tables.be.has(before(view, i))) {
    return word1(
      view,
      i,
      'confused-word',
      ['a part'],
      '"a part of" belongs to something; "apart" is separate',
      true,
    )
  }
  return undefined
}

function looseLose(view: View, i: number): Hit | undefined {
  const previous = before(view, i)
  const reason = '"lose" is to no longer have; "loose" is not tight'
  if (view.keys[i] === 'loose') {
    return view.tables.beforeLose.has(previous)
      ? word1(view, i, 'confused-word', ['lose'], reason)
      : undefined
  }
  const afterBe = view.tables.be.has(previous) || ['of', 'from', 'about', 'without', 'not'].includes(previous)
  return afterBe ? word1(view, i, 'confused-word', ['losing'], reason) : undefined
}

function whoseWhos(view: View, i: number): Hit | undefined {
  if (!view.tables.afterWhos.has(after(view, i))) return undefined
  return word1(view, i, 'confused-word', ["who's", 'who is'], '"who\'s" is "who is"; "whose" is owning')
}

function affectEffect(view: View, i: number): Hit | undefined {
  const { keys, tables } = view
  const key = keys[i] as string
  const previous = before(view, i)
  if (key === 'effect') {
    if (!tables.beforeAffect.has(previous) || tables.effectObjects.has(after(view, i))) return undefined
    return word1(view, i, 'confused-word', ['affect'], '"affect" is the verb; "effect" is the result')
  }
  if (!tables.beforeEffect.has(previous)) return undefined
  return word1(
    view,
    i,
    'confused-word',
    [key === 'affects' ? 'effects' : 'effect'],
    '"effect" is the result; "affect" is the verb',
  )
}

function tooTo(view: View, i: number): Hit | undefined {
  const next = after(view, i)
  const { tables } = view
  const verb = tables.takesInfinitive.has(before(view, i)) && tables.bases.has(next)
  // Between two numbers it is a range: "from 30 too 40", "9 too 5".
  const range = /^[0-9]/.test(before(view, i)) && /^[0-9]/.test(next)
  if (!verb && !range && !['the', 'a', 'an', 'my', 'your', 'our', 'their', 'his'].includes(next))
    return undefined
  return word1(view, i, 'confused-word', ['to'], '"too" means also or overly; "to" leads a verb or a place')
}

/**
 * to → too: a linking verb, "to", then an adjective (not also a verb: "the aim is to clean") that
 * ends the clause or leads "to"/"for": "it was to late", "it is to late to apply", "the box was to
 * big for me". An infinitive or a place cannot stand there.
 */
function toToo(view: View, i: number): Hit | undefined {
  const next = after(view, i)
  const { tables } = view
  if (!tables.linking.has(before(view, i)) || !tables.adjectives.has(next) || tables.bases.has(next))
    return undefined
  const closes = view.linked[i + 1] !== 1 || ['to', 'for'].includes(view.keys[i + 2] as string)
  if (!closes) return undefined
  return word1(view, i, 'confused-word', ['too'], '"too" means overly; "to" leads a verb or a place')
}

// ————— real words typed for others —————

function exitedExcited(view: View, i: number): Hit | undefined {
  const previous = before(view, i)
  const { tables } = view
  if (view.keys[i] === 'exiting') {
    if (!tables.degree.has(previous) && previous !== 'an') return undefined
    return word1(view, i, 'real-word-error', ['exciting'], '"exiting" is leaving', true)
  }
  if (!tables.beforeExcited.has(previous)) return undefined
  return word1(view, i, 'real-word-error', ['excited'], '"exited" is left', tables.degree.has(previous))
}

function mangerManager(view: View, i: number): Hit | undefined {
  const nativity = ['a', 'the'].includes(before(view, i)) && before(view, i - 1) === 'in'
  if (nativity) return undefined
  const plural = view.keys[i] === 'mangers'
  return word1(
    view,
    i,
    'real-word-error',
    [plural ? 'managers' : 'manager'],
    'a manger is a feeding trough',
    true,
  )
}

function termTeam(view: View, i: number): Hit | undefined {
  const { tables } = view
  const owner = before(view, i)
  if (!tables.owners.has(owner)) return undefined
  const possessive = view.keys[i] === "term's"
  if (!possessive && !tables.teamVerbs.has(before(view, i - 1)) && !tables.teamNouns.has(after(view, i)))
    return undefined
  return word1(
    view,
    i,
    'real-word-error',
    [possessive ? "team's" : 'team'],
    'people work in a team; a term is a word or a period',
  )
}

function formFrom(view: View, i: number): Hit | undefined {
  if (!view.tables.beforeFrom.has(before(view, i))) return undefined
  return word1(view, i, 'real-word-error', ['from'], '"from" gives the origin; a form is filled in', true)
}

function fromForm(view: View, i: number): Hit | undefined {
  if (view.clauseEnd[i] !== 1) return undefined
  const { keys, tables } = view
  // "fill out the from", "submitted the from": a verb of filling in, an article, then "from".
  if (!tables.determiners.has(before(view, i))) return undefined
  const verb = before(view, i - 1)
  const verbFar = ['in', 'out'].includes(verb) ? before(view, i - 2) : verb
  if (!tables.fillVerbs.has(verbFar) || keys[i - 1] === undefined) return undefined
  return word1(view, i, 'real-word-error', ['form'], 'a form is filled in; "from" gives the origin')
}

function thoughThrough(view: View, i: number): Hit | undefined {
  const next = after(view, i)
  if (!view.tables.beforeThrough.has(before(view, i))) return undefined
  if (!view.tables.determiners.has(next) || next === 'that') return undefined
  return word1(
    view,
    i,
    'real-word-error',
    ['through'],
    '"through" passes from one side to the other; "though" concedes',
  )
}

function defiantlyDefinitely(view: View, i: number): Hit | undefined {
  const previous = before(view, i)
  const next = after(view, i)
  const certain =
    ['i', 'we', 'will', 'would', 'can', 'could', 'should', 'most'].includes(previous) ||
    view.tables.be.has(previous) ||
    ['interested', 'excited', 'be', 'want', 'recommend', 'a', 'the'].includes(next)
  if (!certain) return undefined
  return word1(view, i, 'real-word-error', ['definitely'], '"defiantly" means in defiance')
}

// ————— compounds —————

function everydayEveryDay(view: View, i: number): Hit | undefined {
  const word = view.words[i] as WordToken
  const next = after(view, i)
  const adverb =
    view.clauseEnd[i] === 1 ||
    (word.sentenceStart && (next === '' || ['i', 'we', 'he', 'she', 'they', 'you'].includes(next)))
  if (!adverb) return undefined
  return word1(
    view,
    i,
    'split-word',
    ['every day'],
    '"everyday" is an adjective ("everyday tasks"); "every day" means each day',
    true,
  )
}

function everyDayEveryday(view: View, i: number): Hit | undefined {
  if (after(view, i) !== 'day' || before(view, i) !== 'an' || view.clauseEnd[i + 1] === 1) return undefined
  return {
    ruleId: 'split-word',
    from: i,
    to: i + 1,
    expected: ['everyday'],
    reason: 'before a noun the adjective is one word',
    fix: true,
  }
}

function joinedPhrasalVerb(view: View, i: number): Hit | undefined {
  const previous = before(view, i)
  const { tables } = view
  const next = after(view, i)
  const asVerb =
    tables.modals.has(previous) ||
    // After a subject pronoun the word is the verb: "I login every day", "we setup the server".
    ['i', 'we', 'they'].includes(previous) ||
    (tables.beforePhrasal.has(previous) &&
      (previous !== 'to' ||
        tables.determiners.has(next) ||
        ['it', 'them', 'me', 'us', 'you', 'to', 'with'].includes(next)))
  if (!asVerb) return undefined
  const phrase = PHRASAL_COMPOUNDS[view.keys[i] as string] as string
  return word1(view, i, 'split-word', [phrase], `the verb is two words; "${view.keys[i]}" is the noun`, true)
}

function splitCompoundNoun(view: View, i: number): Hit | undefined {
  const joined = view.tables.joinedOf.get(`${view.keys[i]} ${after(view, i)}`)
  if (!joined || !['a', 'an', 'the', 'your', 'my', 'our', 'their'].includes(before(view, i))) return undefined
  const third = after(view, i + 1)
  if (view.clauseEnd[i + 1] !== 1 && !view.tables.nouns.has(third) && third !== 'is' && third !== 'was')
    return undefined
  return {
    ruleId: 'split-word',
    from: i,
    to: i + 1,
    expected: [joined],
    reason: 'the noun is one word; the verb is two',
  }
}

function splitCompound(view: View, i: number): Hit | undefined {
  const two = `${view.keys[i]} ${after(view, i)}`
  const three = `${two} ${after(view, i + 1)}`
  const edge =
    Object.hasOwn(SPLIT_AT_CLAUSE_EDGE, two) && (opensClause(view, i) || view.clauseEnd[i + 1] === 1)
  const to = SPLIT_COMPOUNDS[three] ? i + 2 : SPLIT_COMPOUNDS[two] || edge ? i + 1 : -1
  if (to === -1) return undefined
  const joined = SPLIT_COMPOUNDS[three] ?? SPLIT_COMPOUNDS[two] ?? (SPLIT_AT_CLAUSE_EDGE[two] as string)
  return {
    ruleId: 'split-word',
    from: i,
    to,
    expected: [joined],
    reason: 'it is written as one word',
    fix: true,
  }
}

// ————— verb forms —————

const BARE_OF_AUXILIARY: Readonly<Record<string, string>> = wordRecord({
  am: 'be',
  are: 'be',
  does: 'do',
  has: 'have',
  is: 'be',
  was: 'be',
  were: 'be',
})

function bareForm(key: string): string | undefined {
  return THIRD_PERSON[key] ?? SIMPLE_PAST[key] ?? BARE_OF_AUXILIARY[key]
}

function modalVerbForm(view: View, i: number): Hit | undefined {
  const word = view.words[i] as WordToken
  const key = view.keys[i] as string
  // "Will" and "May" with a capital mid-sentence are names; after an article, nouns ("the will").
  if ((key === 'will' || key === 'may') && startsUppercase(word.text) && !word.sentenceStart) return undefined
  if (view.tables.determiners.has(before(view, i)) || before(view, i) === 'its') return undefined
  const j = skipAdverbs(view, i)
  if (j === -1) return undefined
  const bare = bareForm(view.keys[j] as string)
  if (!bare) return undefined
  return word1(view, j, 'verb-form', [bare], `after "${key}" the verb takes its bare form`, true)
}

const BARE_AFTER_TO: Readonly<Record<string, string>> = wordRecord({ does: 'do', has: 'have', is: 'be' })

/** Prepositions that end in "to" ("thanks to", "due to"): a noun follows them, never a verb. */
const PREPOSITIONS_IN_TO = new Set([
  'according',
  'close',
  'contrary',
  'due',
  'next',
  'owing',
  'prior',
  'relative',
  'thanks',
])

/** Words after a verb that show "to" before it marks an infinitive: its object. */
const OBJECTS = new Set(['a', 'an', 'her', 'him', 'me', 'my', 'our', 'the', 'their', 'them', 'us', 'your'])

/**
 * "to" and then an -s or past verb form where the bare form belongs ("the chance to meets the
 * team", "I want to went"). Only forms the lexicon knows as verbs alone are read, and "to" must
 * mark an infinitive: after a word that takes one ("want", "hope", "able") or with the verb's
 * object after it. So "to" as a preposition before a plural noun ("thanks to reports from",
 * "forward to results") is left alone.
 */
function infinitiveVerbForm(view: View, i: number): Hit | undefined {
  const j = skipAdverbs(view, i)
  if (j === -1) return undefined
  const previous = before(view, i)
  if (PREPOSITIONS_IN_TO.has(previous)) return undefined
  if (!view.tables.takesInfinitive.has(previous) && !OBJECTS.has(after(view, j))) return undefined
  const key = view.keys[j] as string
  const third = THIRD_PERSON[key]
  const past = SIMPLE_PAST[key]
  const bare =
    BARE_AFTER_TO[key] ??
    (third !== undefined && view.tables.bases.has(third) ? third : undefined) ??
    (past !== undefined && view.tables.bases.has(past) ? past : undefined)
  if (!bare) return undefined
  return word1(view, j, 'verb-form', [bare], 'after "to" the verb takes its bare form', true)
}

const INVERTED_SUBJECTS = new Set([
  'anybody',
  'anyone',
  'everybody',
  'everyone',
  'he',
  'i',
  'it',
  'nobody',
  'she',
  'somebody',
  'someone',
  'they',
  'we',
  'you',
])

function doVerbForm(view: View, i: number): Hit | undefined {
  const key = view.keys[i] as string
  const next = after(view, i)
  let j: number
  if (key.endsWith("n't") || next === 'not') j = skipAdverbs(view, i)
  else if (INVERTED_SUBJECTS.has(next)) j = view.linked[i + 1] === 1 ? i + 2 : -1
  else return undefined
  if (j === -1) return undefined
  const verb = view.keys[j] as string
  const bare = THIRD_PERSON[verb] ?? SIMPLE_PAST[verb] ?? (verb === 'has' ? 'have' : undefined)
  if (!bare) return undefined
  return word1(view, j, 'verb-form', [bare], `after "${key}" the verb takes its bare form`, true)
}

const THIRD_PERSON_OF: Readonly<Record<string, string>> = wordRecord({
  are: 'is',
  "aren't": "isn't",
  do: 'does',
  "don't": "doesn't",
  have: 'has',
  "haven't": "hasn't",
})

function thirdPersonAgreement(view: View, i: number): Hit | undefined {
  const word = view.words[i] as WordToken
  if (word.text === 'IT' || !opensClause(view, i)) return undefined
  const j = skipAdverbs(view, i)
  if (j === -1) return undefined
  const verb = view.keys[j] as string
  const subject = view.keys[i] as string
  const reason = `"${subject}" takes the verb form for one person`
  const agreed = THIRD_PERSON_OF[verb]
  if (agreed) return word1(view, j, 'verb-form', [agreed], reason, true)
  if (verb === 'need' || verb === 'dare' || view.keys[j - 1] === 'not') return undefined
  const third = view.tables.bases.has(verb) ? view.tables.thirdOf.get(verb) : undefined
  if (!third || view.clauseEnd[i] === 1) return undefined
  return word1(view, j, 'verb-form', [third], reason, true)
}

const PLURAL_OF: Readonly<Record<string, string>> = wordRecord({
  does: 'do',
  "doesn't": "don't",
  has: 'have',
  "hasn't": "haven't",
  is: 'are',
  "isn't": "aren't",
  was: 'were',
  "wasn't": "weren't",
})

function nonThirdPersonAgreement(view: View, i: number): Hit | undefined {
  if (!opensClause(view, i)) return undefined
  const subject = view.keys[i] as string
  const j = skipAdverbs(view, i)
  if (j === -1) return undefined
  const verb = view.keys[j] as string
  const reason = `"${subject === 'i' ? 'I' : subject}" does not take the verb form for "he" or "she"`
  if (subject !== 'i') {
    const plural = PLURAL_OF[verb]
    if (plural) return word1(view, j, 'verb-form', [plural], reason, true)
  }
  const bare = THIRD_PERSON[verb]
  if (!bare || view.keys[j - 1] === 'not') return undefined
  return word1(view, j, 'verb-form', [bare], reason, true)
}

const SINGULAR_OF: Readonly<Record<string, string>> = wordRecord({
  are: 'is',
  "aren't": "isn't",
  "don't": "doesn't",
  have: 'has',
  "haven't": "hasn't",
  were: 'was',
  "weren't": "wasn't",
})

const COORDINATORS = new Set(['and', 'both', 'either', 'neither', 'nor', 'or'])

/** Words after a verb that show it is the verb and not a plural noun: "The results shows a gain". */
const AFTER_VERB = new Set([
  'a',
  'an',
  'her',
  'him',
  'it',
  'me',
  'my',
  'that',
  'the',
  'them',
  'us',
  'you',
  'your',
])

/**
 * Subject–verb agreement on a light noun-phrase reading: a determiner that opens its clause, up to
 * three adjectives, a head noun whose number is certain, then the verb, right after the noun or
 * after a comma-fenced name or appositive ("My manager, Dana, are"). Only be, have and do forms
 * are read after one thing; after many, also an -s verb followed by an object ("The results shows
 * a gain"). A head that might be a modifier ("the sales figures are") is never read: the verb must
 * follow the noun.
 */
function nounPhraseAgreement(view: View, i: number): Hit | undefined {
  // After "and" or "or" the phrase may be the second of two subjects ("a ram and a buck are").
  if (!opensClause(view, i) || view.linked[i] !== 1 || COORDINATORS.has(before(view, i))) return undefined
  let head = i + 1
  for (let k = 0; k < 3 && view.tables.adjectives.has(view.keys[head] as string); k++) {
    if (view.linked[head] !== 1) return undefined
    head++
  }
  const word = view.words[head] as WordToken
  const key = view.keys[head] as string
  // A capitalised head mid-sentence is a name ("the Beatles"); an article before many is wrong anyway.
  if (!word.sentenceStart && head > i + 1 && startsUppercase(word.text)) return undefined
  const number = nounNumber(view, key)
  if (
    !number ||
    (number === 'plural' && (view.keys[i] === 'a' || view.keys[i] === 'an' || view.keys[i] === 'this'))
  )
    return undefined
  const verb = verbAfterNoun(view, head)
  if (verb === -1) return undefined
  const verbKey = view.keys[verb] as string
  const fenced = verb > head + 1
  if (number === 'one') {
    const agreed = SINGULAR_OF[verbKey]
    if (!agreed) return undefined
    return word1(view, verb, 'verb-form', [agreed], `"${key}" is one, so the verb is singular`, !fenced)
  }
  const agreed =
    PLURAL_OF[verbKey] ?? (AFTER_VERB.has(after(view, verb)) ? baseOfThird(view, verbKey) : undefined)
  if (!agreed) return undefined
  return word1(view, verb, 'verb-form', [agreed], `"${key}" is more than one, so the verb is plural`, !fenced)
}

/** The base of an -s verb form ("shows" → "show"), by the lexicon or by rule from a known stem. */
function baseOfThird(view: View, key: string): string | undefined {
  const known = THIRD_PERSON[key]
  if (known) return known
  if (!key.endsWith('s') || /(?:ss|us|is)$/.test(key)) return undefined
  const stem = key.endsWith('ies') ? `${key.slice(0, -3)}y` : key.slice(0, -1)
  return view.tables.bases.has(stem) || view.tables.nouns.has(stem) ? stem : undefined
}

/** Words that end a noun phrase: after "a criteria" one of these shows "criteria" is its head. */
const PHRASE_ENDERS = new Set([
  'are',
  'can',
  'could',
  'have',
  'is',
  'must',
  'should',
  'that',
  'was',
  'were',
  'which',
  'who',
  'will',
  'would',
])

/**
 * "a" or "an" before a plural noun ("a criteria to meet", "an updates on the plan"). The plural
 * must end the noun phrase (a clause end, a preposition, a verb or a relative pronoun follows), so
 * a plural modifier ("a sales call", "a systems engineer") is never read as the head.
 */
function articleNumber(view: View, i: number): Hit | undefined {
  const word = view.words[i] as WordToken
  // "two A divisions", "Division A teams": a capital A mid-sentence is a letter, not the article.
  if (view.linked[i] !== 1 || (word.text === 'A' && !word.sentenceStart)) return undefined
  let head = i + 1
  for (let k = 0; k < 2 && view.tables.adjectives.has(view.keys[head] as string); k++) {
    if (view.linked[head] !== 1) return undefined
    head++
  }
  const key = view.keys[head] as string
  const text = (view.words[head] as WordToken).text
  // A capitalised plural is a name or a grade ("A Levels", "a LAPS").
  if (text !== key || nounNumber(view, key) !== 'plural' || view.tables.bases.has(key)) return undefined
  const ends =
    view.clauseEnd[head] === 1 ||
    view.tables.prepositions.has(after(view, head)) ||
    PHRASE_ENDERS.has(after(view, head))
  if (!ends) return undefined
  const words = view.keys.slice(i + 1, head) as string[]
  const article = view.keys[i] as string
  const expected = [[...words, key].join(' ')]
  if (key.endsWith('s'))
    expected.push(
      [article, ...words, key.endsWith('ies') ? `${key.slice(0, -3)}y` : key.slice(0, -1)].join(' '),
    )
  return {
    ruleId: 'article-number',
    from: i,
    to: head,
    expected,
    reason: `"${article}" goes with one thing; "${key}" is more than one`,
  }
}

/** Whether a noun after a determiner is certainly one or certainly many; undefined when unsure. */
function nounNumber(view: View, key: string): 'one' | 'plural' | undefined {
  const { tables } = view
  if (
    !/^[a-z]+$/.test(key) ||
    tables.collective.has(key) ||
    tables.fusedHeads.has(key) ||
    tables.eitherNumber.has(key) ||
    tables.adjectives.has(key) ||
    tables.comparatives.has(key)
  )
    return undefined
  if (tables.irregularPlurals.has(key)) return 'plural'
  if (tables.nouns.has(key)) return 'one'
  if (key.endsWith('s')) {
    if (/(?:ss|us|is|ics|ous|news)$/.test(key)) return undefined
    const stems = key.endsWith('ies') ? [`${key.slice(0, -3)}y`] : [key.slice(0, -1), key.slice(0, -2)]
    return stems.some((stem) => isNoun(view, stem)) ? 'plural' : undefined
  }
  // Any other word that ends the phrase right before the verb is its head noun: a word
  // compromise knows as an adjective was excluded above, and -ing, -ed and -ly words are not read.
  if (/(?:ing|ed|ly)$/.test(key) || key.length < 3) return undefined
  return 'one'
}

function isNoun(view: View, key: string): boolean {
  if (view.tables.adjectives.has(key)) return false
  if (view.tables.nouns.has(key) || view.tables.bases.has(key)) return true
  return key.length > 5 && evidence.NOUN_SUFFIXES.some((suffix) => key.endsWith(suffix))
}

/**
 * The index of the verb after the head noun: the next word, or the word after a comma-fenced
 * insert of one to four words with no "and" or "or" ("My manager, Dana, is"); -1 when neither.
 */
function verbAfterNoun(view: View, head: number): number {
  if (view.linked[head] === 1) return head + 1
  if (!fencedByComma(view, head)) return -1
  for (let k = head + 1; k <= head + 4 && k < view.words.length - 1; k++) {
    const key = view.keys[k] as string
    if (key === 'and' || key === 'or') return -1
    if (view.linked[k] === 1) continue
    return fencedByComma(view, k) ? k + 1 : -1
  }
  return -1
}

/** Whether only a comma and spaces lie between word i and the next word of its sentence. */
function fencedByComma(view: View, i: number): boolean {
  const word = view.words[i] as WordToken
  const next = view.words[i + 1]
  if (!next || next.sentence !== word.sentence) return false
  return /^,[ \t]+$/.test(view.document.text.slice(word.end, next.start))
}

function notOnly(view: View, i: number): Hit | undefined {
  if (after(view, i) !== 'only') return undefined
  const third = after(view, i + 1)
  const fourth = after(view, i + 2)
  if (
    third === 'i' &&
    ['am', 'have', 'was', 'will', 'can'].includes(fourth) &&
    (view.words[i] as WordToken).sentenceStart
  ) {
    return {
      ruleId: 'verb-form',
      from: i + 2,
      to: i + 3,
      expected: [`${fourth} I`],
      reason: 'after a leading "not only" the verb comes before its subject',
      fix: true,
    }
  }
  const verb = after(view, i + 3)
  if (third === 'am' && fourth === 'i' && view.tables.bases.has(verb) && !view.tables.adjectives.has(verb)) {
    return word1(view, i + 2, 'verb-form', ['do'], `"${verb}" needs "do I", not "am I"`)
  }
  return undefined
}

// ————— missing subject —————

function missingSubject(view: View, i: number): Hit | undefined {
  const word = view.words[i] as WordToken
  if (!word.sentenceStart || word.part !== 'body') return undefined
  const [nexts, pronoun] = evidence.SUBJECTLESS_OPENINGS[view.keys[i] as string] ?? [[], '']
  if (nexts.length > 0 && !nexts.includes(after(view, i))) return undefined
  const sentence = view.document.sentences[word.sentence]
  if (!sentence || asksQuestion(view, sentence)) return undefined
  return {
    ruleId: 'missing-subject',
    from: i,
    to: i,
    expected: [`${pronoun} ${word.text.toLowerCase()}`],
    reason: `the sentence has no subject; add "${pronoun}"`,
  }
}

// ————— determiners, questions, pronouns —————

const SECOND_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'my', 'your', 'our', 'their'])

function doubleDeterminer(view: View, i: number): Hit | undefined {
  const next = after(view, i)
  const key = view.keys[i] as string
  if (!SECOND_DETERMINERS.has(next) || next === key) return undefined
  // "Plan A", "a A-list": a capital letter alone is a name, not an article.
  if ((view.words[i + 1] as WordToken).text === 'A' || (view.words[i] as WordToken).text === 'A')
    return undefined
  return {
    ruleId: 'double-determiner',
    from: i,
    to: i + 1,
    expected: [key, next],
    reason: 'a noun takes one article or determiner',
  }
}

function questionAgreement(view: View, i: number): Hit | undefined {
  const previous = i > 0 && view.linked[i - 1] === 1 ? (view.keys[i - 1] as string) : ''
  if (
    !(view.words[i] as WordToken).sentenceStart &&
    !view.tables.questionWords.has(previous) &&
    previous !== 'but'
  )
    return undefined
  const forms = evidence.QUESTION_AUXILIARIES[view.keys[i] as string]
  const subject = after(view, i)
  const agreed = forms?.[subject] ?? nounQuestion(view, i, subject)
  if (!agreed) return undefined
  if ((view.words[i + 1] as WordToken).text === 'IT') return undefined
  return word1(view, i, 'verb-form', [agreed], `"${subject === 'i' ? 'I' : subject}" takes "${agreed}"`, true)
}

const PLURAL_BE: Readonly<Record<string, string>> = wordRecord({ has: 'have', is: 'are', was: 'were' })

function pluralDemonstrative(view: View, i: number): Hit | undefined {
  let j = i + 1
  if (view.linked[i] !== 1) return undefined
  // "these two is": a number between the demonstrative and its verb.
  if (['two', 'three', 'four', 'five', 'both'].includes(view.keys[j] as string) && view.linked[j] === 1) j++
  const verb = view.keys[j] as string
  const agreed =
    PLURAL_BE[verb] ?? (view.tables.bases.has(THIRD_PERSON[verb] ?? '') ? THIRD_PERSON[verb] : undefined)
  if (!agreed || !opensClause(view, i)) return undefined
  return word1(view, j, 'verb-form', [agreed], `"${view.keys[i]}" is plural, so the verb is too`, true)
}

function notTypo(view: View, i: number): Hit | undefined {
  const previous = before(view, i)
  const next = after(view, i)
  const { tables } = view
  const auxiliary = tables.modals.has(previous) || tables.doForms.has(previous)
  const be = ['am', "i'm", 'is', 'are', "we're", "you're", "they're", "it's"].includes(previous)
  if (view.keys[i] === 'no') {
    if (!auxiliary || !tables.bases.has(next)) return undefined
  } else if (!((auxiliary && tables.bases.has(next)) || (be && next === 'sure'))) {
    return undefined
  }
  return word1(view, i, 'real-word-error', ['not'], `"not" negates the verb`)
}

function quietQuite(view: View, i: number): Hit | undefined {
  const next = after(view, i)
  const third = after(view, i + 1)
  const degree =
    ((next === 'a' || next === 'an') &&
      (['few', 'bit', 'while'].includes(third) || view.tables.adjectives.has(third))) ||
    (view.tables.be.has(before(view, i)) &&
      (view.tables.adjectives.has(next) || next === 'sure') &&
      !view.tables.determiners.has(next) &&
      view.clauseEnd[i] !== 1)
  if (!degree) return undefined
  return word1(view, i, 'real-word-error', ['quite'], '"quite" means fairly or fully; "quiet" is not loud')
}

function nounVerbPair(view: View, i: number): Hit | undefined {
  const key = view.keys[i] as string
  const previous = before(view, i)
  const { tables } = view
  const noun = tables.nounOfVerb.get(key)
  if (noun && (tables.determiners.has(previous) || ['any', 'no', 'of', 'for'].includes(previous))) {
    return word1(view, i, 'confused-word', [noun], `after "${previous}" the noun is needed`)
  }
  if (noun && tables.adjectives.has(previous) && before(view, i - 1) === 'a') {
    return word1(view, i, 'confused-word', [noun], `after "${previous}" the noun is needed`)
  }
  const verb = tables.verbOfNoun.get(key)
  if (verb && ['i', 'we', 'you', 'they'].includes(previous) && opensClause(view, i - 1)) {
    return word1(view, i, 'confused-word', [verb], `after "${previous}" the verb is needed`)
  }
  return undefined
}

function contractedAuxiliary(view: View, i: number): Hit | undefined {
  const [subject, auxiliary] = evidence.CONTRACTED_AUXILIARIES[view.keys[i] as string] ?? ['', '']
  if (after(view, i) !== auxiliary) return undefined
  return {
    ruleId: 'verb-form',
    from: i,
    to: i + 1,
    expected: [`${subject} ${auxiliary}`],
    reason: `the contraction already holds "${auxiliary}"`,
    fix: true,
  }
}

const OBJECT_VERBS = new Set(['are', 'did', 'do', 'had', 'have', 'went', 'were'])

function pronounCase(view: View, i: number): Hit | undefined {
  const key = view.keys[i] as string
  const { tables } = view
  if (key !== 'and') {
    // "Him and I went": an object pronoun opening the sentence's subject.
    if (!(view.words[i] as WordToken).sentenceStart || after(view, i) !== 'and') return undefined
    if (!['i', 'he', 'she', 'we', 'they'].includes(after(view, i + 1))) return undefined
    const subject = evidence.SUBJECT_FORMS[key] as string
    return word1(view, i, 'pronoun-case', [subject], `the subject takes "${subject}"`)
  }
  const next = after(view, i)
  if (next === 'me') {
    // "My mother and me went": "me" in a subject, right before its verb.
    const verb = after(view, i + 1)
    if (!(tables.modals.has(verb) || OBJECT_VERBS.has(verb) || SIMPLE_PAST[verb] !== undefined))
      return undefined
    if (view.clauseEnd[i + 1] === 1) return undefined
    return word1(view, i + 1, 'pronoun-case', ['I'], 'the subject takes "I"')
  }
  if (next === 'i' && view.clauseEnd[i + 1] === 1 && i >= 2) {
    // "to Tim and I.", "between you and I": the object of a preposition takes "me".
    const head = view.linked[i - 2] === 1 ? (view.keys[i - 2] as string) : ''
    const far = view.linked[i - 3] === 1 ? (view.keys[i - 3] as string) : ''
    if (!(tables.prepositions.has(head) || head === 'between' || tables.prepositions.has(far)))
      return undefined
    return word1(view, i + 1, 'pronoun-case', ['me'], 'after a preposition the object takes "me"')
  }
  return undefined
}

function thanksYou(view: View, i: number): Hit | undefined {
  const next = after(view, i)
  if (next !== 'you' || !opensClause(view, i)) return undefined
  const third = after(view, i + 1)
  if (!(view.clauseEnd[i + 1] === 1 || ['for', 'so', 'very', 'again', 'all'].includes(third)))
    return undefined
  return {
    ruleId: 'confused-word',
    from: i,
    to: i + 1,
    expected: ['thank you', 'thanks'],
    reason: '"thank you" or "thanks", not both',
    fix: true,
  }
}

/** Prepositions that never take "he", "she" or "they" after them ("for" and "than" can). */
const PURE_PREPOSITIONS = new Set([
  'about',
  'across',
  'among',
  'around',
  'at',
  'between',
  'during',
  'from',
  'in',
  'into',
  'of',
  'on',
  'onto',
  'over',
  'through',
  'to',
  'toward',
  'towards',
  'under',
  'with',
  'within',
  'without',
])

/**
 * "the" typed as "he", "she", "they" (one letter off) or as the archaic "thee" and "thy": after a
 * preposition and before a noun ("with he children", "of she process", "at thy desk"). A subject
 * pronoun after a preposition is never right, and the noun shows the article was meant.
 */
function heThe(view: View, i: number): Hit | undefined {
  const key = view.keys[i] as string
  const word = view.words[i] as WordToken
  if (word.text !== key) return undefined
  if (!PURE_PREPOSITIONS.has(before(view, i))) return undefined
  const next = after(view, i)
  const noun =
    ['first', 'last', 'same', 'next', 'end', 'beginning'].includes(next) ||
    view.tables.adjectives.has(next) ||
    view.tables.nouns.has(next) ||
    view.tables.irregularPlurals.has(next) ||
    (next.endsWith('s') && nounNumber(view, next) === 'plural')
  if (!noun) return undefined
  return word1(view, i, 'real-word-error', ['the'], `"${key}" cannot follow a preposition; "the" was meant`)
}

const SINGULAR_QUESTION: Readonly<Record<string, string>> = wordRecord({
  are: 'is',
  do: 'does',
  have: 'has',
  were: 'was',
})
const PLURAL_QUESTION: Readonly<Record<string, string>> = wordRecord({
  does: 'do',
  has: 'have',
  is: 'are',
  was: 'were',
})
const NOUN_OWNERS = new Set(['her', 'his', 'my', 'our', 'the', 'their', 'your'])

/** "Do your father live…?", "Where is your dogs?": a question's auxiliary and its noun subject. */
function nounQuestion(view: View, i: number, determiner: string): string | undefined {
  if (!NOUN_OWNERS.has(determiner)) return undefined
  const noun = after(view, i + 1)
  const sentence = view.document.sentences[(view.words[i] as WordToken).sentence]
  if (!noun || !sentence || !asksQuestion(view, sentence)) return undefined
  const key = view.keys[i] as string
  const { nouns, collective } = view.tables
  if (nouns.has(noun) && !collective.has(noun)) return SINGULAR_QUESTION[key]
  if (noun.endsWith('s') && !noun.endsWith('ss') && nouns.has(noun.slice(0, -1))) return PLURAL_QUESTION[key]
  return undefined
}

const SPEAKERS = new Set(['also', 'had', 'has', 'have', 'he', 'i', 'just', 'she', 'they', 'we', 'you'])

function wanderingSad(view: View, i: number): Hit | undefined {
  const previous = before(view, i)
  const next = after(view, i)
  if (view.keys[i] === 'wandering') {
    // "I was wandering if…": wondering is asking oneself; wandering is walking about.
    if (!['if', 'whether', 'why', 'how', 'what', 'when'].includes(next)) return undefined
    return word1(
      view,
      i,
      'real-word-error',
      ['wondering'],
      '"wondering" is asking yourself; "wandering" is roaming',
      true,
    )
  }
  // "She sad that…": after a subject or "have" and before "that", the verb "said".
  if (!SPEAKERS.has(previous) || !['that', 'to', 'it', 'so'].includes(next)) return undefined
  return word1(view, i, 'real-word-error', ['said'], '"sad" is unhappy; the verb is "said"')
}

function phraseSlips(view: View, i: number): Hit | undefined {
  const key = view.keys[i] as string
  const previous = before(view, i)
  if (key === 'awhile') {
    // "in awhile", "for quite awhile": after a preposition the noun phrase "a while".
    const head = previous === 'quite' ? before(view, i - 1) : previous
    if (head !== 'in' && head !== 'for' && head !== 'after') return undefined
    return word1(
      view,
      i,
      'split-word',
      ['a while'],
      'after a preposition it is the noun phrase "a while"',
      true,
    )
  }
  if (key === 'vein') {
    if (previous !== 'in' || view.clauseEnd[i] !== 1) return undefined
    return word1(view, i, 'real-word-error', ['vain'], '"in vain" is without success; a vein carries blood')
  }
  // "for along time": "a long time".
  if (after(view, i) !== 'time' || previous !== 'for') return undefined
  return word1(view, i, 'split-word', ['a long'], '"a long time" is an article and an adjective', true)
}

function allReadyAllMost(view: View, i: number): Hit | undefined {
  const next = after(view, i)
  const third = after(view, i + 1)
  if (
    next === 'ready' &&
    (SIMPLE_PAST[third] !== undefined || (third.endsWith('ed') && view.tables.bases.has(third.slice(0, -2))))
  ) {
    return {
      ruleId: 'split-word',
      from: i,
      to: i + 1,
      expected: ['already'],
      reason: '"already" means by now',
      fix: true,
    }
  }
  if (next === 'most' && ['all', 'every', 'always', 'certainly', 'everyone', 'everything'].includes(third)) {
    return {
      ruleId: 'split-word',
      from: i,
      to: i + 1,
      expected: ['almost'],
      reason: '"almost" means nearly',
      fix: true,
    }
  }
  return undefined
}

const OFF_VERBS = new Set([
  'kicked',
  'logged',
  'signed',
  'switch',
  'switched',
  'switching',
  'turned',
  'turning',
])

function particleSlips(view: View, i: number): Hit | undefined {
  const previous = before(view, i)
  if (view.keys[i] === 'of') {
    // "The light was switched of": a verb that takes the particle "off".
    if (!OFF_VERBS.has(previous)) return undefined
    if (view.clauseEnd[i] !== 1 && !view.tables.determiners.has(after(view, i))) return undefined
    return word1(view, i, 'confused-word', ['off'], `"${previous} off" is the phrasal verb`)
  }
  if (!['taken', 'taking', 'take', 'took'].includes(previous) || after(view, i) !== 'by') return undefined
  return word1(view, i, 'confused-word', ['aback'], '"taken aback" is surprised', true)
}

function apostrophePlural(view: View, i: number): Hit | undefined {
  if (after(view, i) !== 'of') return undefined
  return word1(view, i, 'confused-word', ['lots'], 'a plural takes no apostrophe', true)
}

function whoAgreement(view: View, i: number): Hit | undefined {
  const word = view.words[i] as WordToken
  const verb = after(view, i)
  const third = view.tables.bases.has(verb) ? view.tables.thirdOf.get(verb) : undefined
  const sentence = view.document.sentences[word.sentence]
  if (!word.sentenceStart || !third || !sentence || !asksQuestion(view, sentence)) return undefined
  return word1(
    view,
    i + 1,
    'verb-form',
    [third],
    '"who" asking about someone takes the verb form for one person',
    true,
  )
}

/** Whether a sentence ends with "?", read from its end so that a long sentence costs no copy. */
function asksQuestion(view: View, sentence: Span): boolean {
  const { text } = view.document
  let at = sentence.end - 1
  while (at > sentence.start && WHITE_SPACE.test(text.charAt(at))) at--
  return text.charCodeAt(at) === 63 /* ? */
}

const WHITE_SPACE = /\s/
