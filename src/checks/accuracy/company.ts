import { loadCompromise } from '#load-compromise'
import type { Issue } from '../../checker.js'
import type { ThankYouDocument } from '../../document.js'
import { normalizePunctuation, stripPossessive } from '../../text/normalize.js'
import { listsLowercaseForm } from '../spelling/lexicon.js'
import { JOB_TITLE_MODIFIERS } from './data/job-titles.js'
import {
  ABOUT_PHRASES,
  COMPANY_SUFFIXES,
  DEPARTMENTS,
  FORMER_EMPLOYER_PHRASES,
  HONORIFICS,
  INTERVIEW_PHRASES,
  OFFER_VERBS,
  ORGANISATION_NOUNS,
  PAST_WORKPLACE_CUES,
  PERSON_PHRASES,
  PRESENT_TENSE_CUES,
  PRODUCT_NOUNS,
  SITE_WORDS,
  TARGET_PHRASES,
  TITLE_TRIGGERS,
  TOOL_VERBS,
} from './data/names-and-titles.js'
import { compactKey, type Likeness, type NameWord, nameWord, typoBound, typoDistance } from './match.js'
import { isFamilyNameFirst, nameClass } from './name-order.js'
import { isListedTitleHead } from './position.js'
import { replacement } from './replacement.js'
import { inScope, isCapitalisedWord, isEverydayWord, phraseEndsBefore, type Token } from './tokens.js'

/** A way of writing a company: its name, an alias, or the name without `Inc.` or `Solutions`. */
export interface CompanyTerm {
  /** As the context writes it (for a short form, the words of the name it keeps). */
  text: string
  words: readonly NameWord[]
  /** Word keys joined by spaces. */
  key: string
  /** Word keys joined without spaces or punctuation: `hubspot`, `mckinseycompany`. */
  compact: string
  /** Which words the name itself writes with a possessive: `Children's` in `Children's Services`. */
  possessive: readonly boolean[]
}

/** Where the letter writes a company, and how faithfully. */
export interface CompanyHit {
  term: CompanyTerm
  /** Token indexes, inclusive. */
  first: number
  last: number
  likeness: Likeness
}

/** The terms for one company: its name, then aliases, then the name without a trailing suffix. */
export function companyTerms(
  name: { text: string; words: readonly string[] },
  aliases: readonly { text: string; words: readonly string[] }[] = [],
): CompanyTerm[] {
  const terms: CompanyTerm[] = []
  const add = (text: string, words: readonly string[]) => {
    if (words.length === 0) return
    const term = makeTerm(text, words)
    if (!terms.some((other) => other.key === term.key)) terms.push(term)
  }
  add(name.text, name.words)
  for (const alias of aliases) add(alias.text, alias.words)
  // "McKinsey" for "McKinsey & Company", "Home Depot" for "The Home Depot".
  for (const base of [name, ...aliases]) {
    const last = base.words.length - 1
    let from = 0
    let to = last
    if (to > from && base.words[0]?.toLowerCase() === 'the') from++
    while (to > from && COMPANY_SUFFIXES.includes((base.words[to] as string).toLowerCase())) to--
    if (from > 0 || to < last)
      add(textOfWords(base.text, base.words, from, to), base.words.slice(from, to + 1))
  }
  return terms
}

function makeTerm(text: string, words: readonly string[]): CompanyTerm {
  // The letter's tokens lose their possessive ("Brightline's" → "Brightline"); so does a name
  // that is itself possessive ("St. Brendan's"), or every correct mention would read as a typo.
  const prepared = words.map((word) => nameWord(stripPossessive(word)))
  return {
    text,
    words: prepared,
    key: prepared.map((word) => word.key).join(' '),
    compact: prepared.map((word) => word.compact).join(''),
    possessive: words.map((word) => stripPossessive(word) !== word),
  }
}

/** The stretch of `text` that holds `words[from]` to `words[to]` (its words, in order). */
function textOfWords(text: string, words: readonly string[], from: number, to: number): string {
  let at = 0
  let start = 0
  for (let i = 0; i <= to; i++) {
    const found = text.indexOf(words[i] as string, at)
    if (found === -1) return words.slice(from, to + 1).join(' ')
    if (i === from) start = found
    at = found + (words[i] as string).length
  }
  return text.slice(start, at)
}

/**
 * Finds where the letter writes one of `terms`: exactly, in other case, or (with `typos`)
 * misspelt. Longer terms are tried first; each token belongs to one hit at most.
 */
export function findCompany(
  tokens: readonly Token[],
  terms: readonly CompanyTerm[],
  skip: ReadonlySet<number>,
  typos: boolean,
  maxDistance: number,
): CompanyHit[] {
  const hits: CompanyHit[] = []
  if (terms.length === 0) return hits
  const ordered = [...terms].sort((a, b) => b.words.length - a.words.length)
  for (let p = 0; p < tokens.length; p++) {
    const start = tokens[p] as Token
    if (skip.has(p) || !inScope(start)) continue
    for (const term of ordered) {
      const hit = matchAt(tokens, p, term, skip, typos, maxDistance)
      if (hit) {
        hits.push(hit)
        p = hit.last
        break
      }
    }
  }
  return hits
}

/** Whether `size` tokens from `p` can be one name: joined, in one sentence, not skipped. */
function windowFits(
  tokens: readonly Token[],
  p: number,
  size: number,
  skip: ReadonlySet<number>,
  possessive: readonly boolean[] = [],
): boolean {
  if (size < 1 || p + size > tokens.length) return false
  const sentence = (tokens[p] as Token).sentence
  for (let i = p; i < p + size; i++) {
    const token = tokens[i] as Token
    if (skip.has(i)) return false
    if (i > p && (!token.joined || token.sentence !== sentence)) return false
    if (i < p + size - 1 && token.possessive && !possessive[i - p]) return false
  }
  return true
}

function matchAt(
  tokens: readonly Token[],
  p: number,
  term: CompanyTerm,
  skip: ReadonlySet<number>,
  typos: boolean,
  maxDistance: number,
): CompanyHit | undefined {
  const size = term.words.length
  const first = tokens[p] as Token
  // "the Home Depot team": a lowercase article belongs to the sentence, not to "The Home Depot";
  // the form without it matches from the next word.
  if (size > 1 && first.text === 'the' && term.words[0]?.key === 'the') return undefined
  const fits = windowFits(tokens, p, size, skip, term.possessive)
  if (fits && sameKeys(tokens, p, term)) {
    let exact = true
    for (let i = 0; i < size && exact; i++) exact = (tokens[p + i] as Token).text === term.words[i]?.text
    if (exact) return { term, first: p, last: p + size - 1, likeness: 'exact' }
    // "apple", "square" in lower case are words, unless the letter wants to work there ("join square").
    if (
      size === 1 &&
      first.text === first.lower &&
      (first.key.length < 3 || isEverydayWord(first.lower)) &&
      !phrases().target.some((phrase) => phraseEndsBefore(tokens, p, phrase))
    ) {
      return undefined
    }
    // "EBay" opening a sentence is eBay.
    if (first.sentenceStart && sentenceCased(tokens, p, term))
      return { term, first: p, last: p + size - 1, likeness: 'exact' }
    return { term, first: p, last: p + size - 1, likeness: 'case' }
  }
  if (!typos || !first.capitalised) return undefined
  // "Hub Spot" for "HubSpot", "Brightline Solutions" run together.
  const firstCompact = compactKey(first.key)
  if (term.compact.startsWith(firstCompact)) {
    for (const extra of [1, -1]) {
      if (!windowFits(tokens, p, size + extra, skip)) continue
      let joined = ''
      let capitalised = true
      for (let i = p; i < p + size + extra; i++) {
        const token = tokens[i] as Token
        joined += compactKey(token.key)
        capitalised &&= token.capitalised
      }
      if (capitalised && joined === term.compact)
        return { term, first: p, last: p + size + extra - 1, likeness: 'typo' }
    }
  }
  if (!fits || (size === 1 && isEverydayWord(first.lower))) return undefined
  // "I want to be a Laker" for "the Lakers": one of a name in the plural is its member, not a slip.
  if (size === 1 && term.key === `${first.key}s`) return undefined
  // An acronym is written on purpose: "QTN" for "MTN" is a slip even at three letters.
  const acronym = size === 1 && isAcronym(first.text) && isAcronym(term.words[0]?.text ?? '')
  const bound = acronym ? Math.min(1, maxDistance) : typoBound(term.key.length, false, maxDistance)
  if (bound === 0) return undefined
  let length = size - 1
  for (let i = p; i < p + size; i++) length += (tokens[i] as Token).key.length
  if (Math.abs(length - term.key.length) > bound) return undefined
  // "Velvet & Vine soon" is no "Velvet & Vine Salon", nor "Greene County is" "Greene County EMS":
  // a lowercase word is a slip in a name only where it is the name's own word in another case.
  for (let i = 1; i < size; i++) {
    const token = tokens[p + i] as Token
    const word = term.words[i] as NameWord
    if (!token.capitalised && token.key !== word.key && word.text !== word.text.toLowerCase())
      return undefined
  }
  let key = first.key
  for (let i = p + 1; i < p + size; i++) key += ` ${(tokens[i] as Token).key}`
  if (typoDistance(key, term.key, bound) === undefined) return undefined
  return { term, first: p, last: p + size - 1, likeness: 'typo' }
}

function sameKeys(tokens: readonly Token[], p: number, term: CompanyTerm): boolean {
  for (let i = 0; i < term.words.length; i++) {
    if ((tokens[p + i] as Token).key !== term.words[i]?.key) return false
  }
  return true
}

function isAcronym(text: string): boolean {
  return text.length >= 3 && /^[\p{Lu}\p{N}&]+$/u.test(text)
}

/** The tokens differ from the term only by a capital on the first letter. */
function sentenceCased(tokens: readonly Token[], p: number, term: CompanyTerm): boolean {
  return term.words.every((word, i) => {
    const text = (tokens[p + i] as Token).text
    return i === 0 ? text === word.text.charAt(0).toUpperCase() + word.text.slice(1) : text === word.text
  })
}

/** `company-name-misspelled` for the hits not written as in the context. */
export function misspelledCompanyIssues(
  document: ThankYouDocument,
  tokens: readonly Token[],
  hits: readonly CompanyHit[],
  companyName: string,
): Issue[] {
  const issues: Issue[] = []
  for (const hit of hits) {
    if (hit.likeness === 'exact') continue
    let first = hit.first
    let last = hit.last
    let expected = hit.term.text
    // Only the words that are wrong: "Brightlin" in "Brightlin Solutions".
    if (hit.last - hit.first + 1 === hit.term.words.length && hit.term.words.length > 1) {
      const wrong = (i: number) => (tokens[i] as Token).text !== hit.term.words[i - hit.first]?.text
      while (first < last && !wrong(first)) first++
      while (last > first && !wrong(last)) last--
      const words = hit.term.words.map((word) => word.text)
      expected = textOfWords(hit.term.text, words, first - hit.first, last - hit.first)
    }
    const span = { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end }
    const actual = document.slice(span)
    const fixes = [expected, ...(expected === companyName ? [] : [companyName])]
    issues.push({
      ruleId: 'company-name-misspelled',
      span,
      actual,
      expected: fixes,
      ...(certainCompanyFix(hit, tokens, first, last) && { fix: replacement(span, actual, expected) }),
      message:
        hit.likeness === 'case'
          ? `"${actual}" is not how ${companyName} writes its name; write "${expected}"`
          : `"${actual}" misspells the company name; write "${expected}"`,
    })
  }
  return issues
}

/**
 * Whether the company's name may be rewritten without asking: only its case differs, or each
 * wrong word is capitalised, as a name is, and not the name with an "s" added or dropped
 * ("a Laker" for the Lakers is English). A lowercase word near the name ("soon" for "Salon")
 * keeps its finding but gets no fix.
 */
function certainCompanyFix(hit: CompanyHit, tokens: readonly Token[], first: number, last: number): boolean {
  if (hit.likeness === 'case' || hit.likeness === 'diacritics') return true
  for (let i = first; i <= last; i++) {
    const token = tokens[i] as Token
    if (!token.capitalised) return false
    const word = hit.term.words[i - hit.first]
    if (word && (word.key === `${token.key}s` || `${word.key}s` === token.key)) return false
  }
  return true
}

// Stryker disable all: built once per process; Stryker's vitest runner keeps modules loaded between
// mutants, so the table from the dry run is reused and a mutant here never takes effect.
const split = (phrases: readonly string[]) => phrases.map((phrase) => phrase.split(' '))
let phraseLists:
  | { target: string[][]; interview: string[][]; person: string[][]; former: string[][]; about: string[][] }
  | undefined

function phrases() {
  phraseLists ??= {
    target: split(TARGET_PHRASES),
    interview: split(INTERVIEW_PHRASES),
    person: split(PERSON_PHRASES),
    former: split(FORMER_EMPLOYER_PHRASES),
    about: split(ABOUT_PHRASES),
  }
  return phraseLists
}
// Stryker restore all

/** Whether a phrase naming a former or current employer ends just before `tokens[at]`. */
export function afterFormerEmployerPhrase(tokens: readonly Token[], at: number): boolean {
  return phrases().former.some((phrase) => phraseEndsBefore(tokens, at, phrase))
}

/** `wrong-company` for other companies from the context named in the letter. */
export function otherCompanyIssues(
  document: ThankYouDocument,
  tokens: readonly Token[],
  hits: readonly CompanyHit[],
  companyName: string | undefined,
): Issue[] {
  const issues: Issue[] = []
  for (const hit of hits) {
    if (afterFormerEmployerPhrase(tokens, hit.first)) continue
    const span = { start: (tokens[hit.first] as Token).start, end: (tokens[hit.last] as Token).end }
    const actual = document.slice(span)
    // Only where the letter names it as the employer it writes to ("excited to join Acme") is
    // the repair certain; "I also spoke with Acme" needs rewriting, not a new name.
    const target =
      companyName !== undefined &&
      phrases().target.some((phrase) => phraseEndsBefore(tokens, hit.first, phrase))
    issues.push({
      ruleId: 'wrong-company',
      span,
      actual,
      ...(companyName && { expected: [companyName] }),
      ...(target && companyName && { fix: replacement(span, actual, companyName) }),
      message: companyName
        ? `"${actual}" is another employer you are applying to; this letter is for ${companyName}`
        : `"${actual}" is another employer you are applying to; name the company this letter is for`,
    })
  }
  return issues
}

const CONNECTORS = new Set(['de', 'der', 'du', 'la', 'of', 'van', 'von'])
export const PRONOUN_I = /^I(?:['’](?:m|ve|ll|d))?$/
const MAX_ORGANISATION_WORDS = 6
/** How many words back from "at Acme" a past or present cue is looked for, within the clause. */
const CUE_REACH = 10

/** Where a name stands that makes it the organisation the letter is for. */
type SlotKind = 'target' | 'interview' | 'person' | 'offer' | 'at' | 'owner' | 'is-where' | 'subject'

/** Words after which a name is the subject of a clause: "that Acme wants", "the way Acme approaches". */
const SUBJECT_OPENERS = new Set(['how', 'that', 'way', 'what', 'why'])
/** Verbs of the future or of possibility after a subject: "that Acme can be". */
const SUBJECT_MODALS = new Set(['can', 'could', 'will', 'would'])
/** How many words may stand between "Acme is" and "where": "is definitely the place where". */
const WHERE_REACH = 4

/**
 * "Acme is where I want to grow", "Acme is definitely the place where", "Acme's where I want to
 * be": the name is where the writer wants to work.
 */
function isWhere(tokens: readonly Token[], last: number): boolean {
  const end = tokens[last] as Token
  const next = tokens[last + 1]
  let from: number
  // "Acme's where": the possessive-looking "'s" is "is".
  if (end.possessive && next?.lower === 'where' && next.joined) return true
  if (next?.lower === 'is' && next.joined) from = last + 2
  else return false
  for (let i = from; i < Math.min(tokens.length, from + WHERE_REACH + 1); i++) {
    const token = tokens[i] as Token
    if (token.sentence !== end.sentence || !token.joined || token.capitalised) return false
    if (token.lower === 'where') return true
  }
  return false
}
/** Words that name the role ("the Analyst position") after the name, and the articles before them. */
const ROLE_NOUNS: ReadonlySet<string> = new Set(TITLE_TRIGGERS)
const ROLE_DETERMINERS = new Set(['the', 'this', 'your'])
/** How many words after "Acme and the" the role's trigger word may stand ("the Data Analyst position"). */
const ROLE_REACH = 8

/** "and the … position" right after the name: the name is coordinated with the role. */
function besideTheRole(tokens: readonly Token[], last: number): boolean {
  const sentence = (tokens[last] as Token).sentence
  if (tokens[last + 1]?.lower !== 'and' || !ROLE_DETERMINERS.has(tokens[last + 2]?.lower ?? '')) return false
  for (let i = last + 3; i < Math.min(tokens.length, last + 3 + ROLE_REACH); i++) {
    const token = tokens[i] as Token
    if (token.sentence !== sentence) return false
    if (ROLE_NOUNS.has(token.lower)) return true
  }
  return false
}

/** How many lowercase words may stand between "Acme's" and its noun: "Acme's long-term approach". */
const OWNER_REACH = 2

/**
 * "Acme's mission", "Acme's long-term approach", "Acme's new growth plans": a possessive name
 * before one of the organisation's own nouns, over a word or two that are no noun of their own.
 */
function ownsOrganisationNoun(tokens: readonly Token[], last: number): boolean {
  const sentence = (tokens[last] as Token).sentence
  for (let i = last + 1; i <= last + 1 + OWNER_REACH; i++) {
    const token = tokens[i]
    if (!token?.joined || token.capitalised || token.sentence !== sentence) return false
    if (words().organisationNouns.has(token.lower)) return true
    // "Acme's team and …", "Acme's work on …": a word that ends the phrase.
    const listed = token.lower.split('-').every((part) => part !== '' && listsLowercaseForm(part))
    if (token.possessive || !listed || NOT_MODIFIERS.has(token.lower)) return false
  }
  return false
}

/** Words that cannot stand between a possessive and its noun: "Acme's is", "Dana's and". */
const NOT_MODIFIERS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'had',
  'has',
  'have',
  'in',
  'is',
  'of',
  'on',
  'or',
  'that',
  'the',
  'to',
  'was',
  'were',
  'which',
  'who',
  'with',
])

/**
 * A verb in the present after a subject: "is", "has", "does", or a word ending in "s" that is an
 * everyday word without it ("wants", "approaches", "measures"). A plural noun passes too ("Acme
 * products"), which keeps the name the subject's owner, as much the employer.
 */
export function isPresentVerb(token: Token): boolean {
  const word = token.lower
  if (word === 'is' || word === 'has' || word === 'does' || SUBJECT_MODALS.has(word)) return true
  if (token.capitalised || token.possessive || word.length < 4 || !word.endsWith('s')) return false
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return false
  const stem = word.slice(0, -1)
  return listsLowercaseForm(stem) || (word.endsWith('es') && listsLowercaseForm(word.slice(0, -2)))
}

/** What may stand between a product's name and its noun: "CompTIA Security+ certificate". */
const PRODUCT_GAP = /^[+#®™]*\s+$/u

/**
 * Whether the word after the name ending at `last` makes it a product, a credential or a tool
 * rather than an employer: a verb of what a tool does for its users ("that Google Analytics
 * shows", "the way Microsoft Teams handles") or a product's noun ("the Salesforce dashboard", "a
 * CompTIA Security+ certificate"). Read only where the name is not in an employer's slot.
 */
export function namesProduct(text: string, tokens: readonly Token[], last: number): boolean {
  const end = tokens[last] as Token
  const next = tokens[last + 1]
  if (!next || next.capitalised || next.sentence !== end.sentence || end.possessive) return false
  if (!PRODUCT_GAP.test(text.slice(end.end, next.start))) return false
  return words().toolVerbs.has(next.lower) || words().productNouns.has(next.lower)
}

// Stryker disable all: built once per process; Stryker's vitest runner keeps modules loaded between
// mutants, so the table from the dry run is reused and a mutant here never takes effect.
let wordSets:
  | {
      organisationNouns: ReadonlySet<string>
      past: ReadonlySet<string>
      present: ReadonlySet<string>
      sites: ReadonlySet<string>
      modifiers: ReadonlySet<string>
      toolVerbs: ReadonlySet<string>
      productNouns: ReadonlySet<string>
    }
  | undefined
function words() {
  wordSets ??= {
    organisationNouns: new Set(ORGANISATION_NOUNS),
    past: new Set(PAST_WORKPLACE_CUES),
    present: new Set(PRESENT_TENSE_CUES),
    sites: new Set(SITE_WORDS),
    modifiers: new Set(JOB_TITLE_MODIFIERS),
    toolVerbs: new Set(TOOL_VERBS),
    productNouns: new Set(PRODUCT_NOUNS),
  }
  return wordSets
}
// Stryker restore all

/**
 * `wrong-company` for an organisation the letter names as the one it wants to join or has
 * interviewed with, when it is not the company: after "join", "the team at", "next steps with",
 * "at" (unless the clause says the writer worked there), before "'s mission" or "is where". A name
 * after a phrase that may as well introduce a person ("my interview with …"), and a name in the
 * weaker slots, is asked of compromise, only then. A name that could be a site or a unit of the
 * employer (a school, a depot) is a warning; a name the context explains is left alone.
 */
export function targetOrganisationIssues(
  document: ThankYouDocument,
  tokens: readonly Token[],
  taken: ReadonlySet<number>,
  otherKeys: ReadonlySet<string>,
  companyName: string,
  hasInterviewers: boolean,
): Issue[] {
  const issues: Issue[] = []
  const { target, interview, person, former } = phrases()
  for (let p = 0; p < tokens.length; p++) {
    const token = tokens[p] as Token
    if (!token.capitalised || taken.has(p) || !inScope(token)) continue
    // "excited to join I'm …": the pronoun names no organisation.
    if (PRONOUN_I.test(token.text)) continue
    // "join the team at the Acme Group", "be part of the Acme crew": an article may come between.
    const article = tokens[p - 1]?.lower === 'the' && token.joined ? p - 1 : p
    const before = (list: string[][]) =>
      list.some(
        (phrase) =>
          phraseEndsBefore(tokens, p, phrase) || (article < p && phraseEndsBefore(tokens, article, phrase)),
      )
    let kind: SlotKind | undefined
    if (!token.sentenceStart) {
      kind = before(target)
        ? 'target'
        : before(interview)
          ? 'interview'
          : before(person)
            ? 'person'
            : offeredTo(tokens, p)
              ? 'offer'
              : tokens[p - 1]?.lower === 'at' && token.joined
                ? 'at'
                : undefined
    }
    const last = organisationEnd(document.text, tokens, p, taken)
    if (last === undefined) continue
    if (kind === undefined) {
      // "Acme's mission", "Acme is where I want to grow": the name itself, anywhere in a sentence.
      const next = tokens[last + 1]
      const end = tokens[last] as Token
      if (end.possessive && ownsOrganisationNoun(tokens, last)) kind = 'owner'
      else if (isWhere(tokens, last)) kind = 'is-where'
      // "It was a pleasure to learn more about Acme and the Analyst position": beside the role;
      // elsewhere ("learning more about Acme.") only an organisation compromise knows, as a warning.
      else if (!token.sentenceStart && before(phrases().about))
        kind = besideTheRole(tokens, last) ? 'target' : 'subject'
      // "You mentioned that Acme wants …", "the way Acme approaches …": the subject of a clause.
      else if (
        !token.sentenceStart &&
        !end.possessive &&
        SUBJECT_OPENERS.has(tokens[p - 1]?.lower ?? '') &&
        next?.joined &&
        isPresentVerb(next) &&
        !namesProduct(document.text, tokens, last)
      )
        kind = 'subject'
    }
    if (kind === undefined || before(former)) continue
    const run = tokens.slice(p, last + 1)
    p = last
    // "at 555-318-2290", "at 9": a number is no name.
    if (!/\p{L}/u.test(token.text)) continue
    // "showing me around the Berlin office": a site named by its place, the employer's own.
    const after = tokens[last + 1]
    if (article < p && after?.joined && !after.capitalised && words().sites.has(after.lower)) continue
    // "the access restrictions at St. Anselm's", "at Dana's": a place named by its owner.
    if (kind === 'at' && (run.at(-1) as Token).possessive) continue
    // "the Marketing team", "the Data Analyst": a team or a title. Words that only ever stand
    // before a head ("Tractor Supply") may still be a name: a warning at most.
    let modifiersOnly = false
    if (run.every((part) => isTeamOrTitleWord(part, otherKeys))) {
      const end = run.at(-1) as Token
      if (DEPARTMENTS.includes(end.lower) || isListedTitleHead(end.key) || otherKeys.has(end.key)) continue
      // "join the Data Analytics group": after an article, a unit of the employer.
      if (tokens[token.index - 1]?.lower === 'the') continue
      modifiersOnly = true
    }
    // "I ran the conduit on the school job at Ashford": a place the writer worked, not the target.
    // Joining and interviews are never in the past of the writer's career.
    const joins = tokens[p - 1]?.lower === 'join' || tokens[p - 1]?.lower === 'joining'
    if (
      (kind === 'target' || kind === 'at' || kind === 'offer') &&
      !joins &&
      (pastWorkplace(document.text, tokens, run[0] as Token, kind === 'target') || pastAfter(tokens, last))
    )
      continue
    // "Hearing" opening a sentence, "Sarah's plans": a frequent capitalised word is no company.
    if (
      (kind === 'owner' || kind === 'is-where' || kind === 'subject') &&
      run.length === 1 &&
      isEverydayName(token)
    )
      continue
    const evidence = run.some(
      (part) =>
        part.ampersand || COMPANY_SUFFIXES.includes(part.lower) || /^\p{N}|^\p{Ll}+\p{Lu}/u.test(part.text),
    )
    // "my conversation with Kofi": a person unless the name itself says company.
    if (!evidence && kind === 'person') continue
    let tagged: ReturnType<typeof compromiseKind> | undefined
    // "join Dana's team", "my interview with Sarah", "at Heathrow": compromise tells people and
    // places from organisations. Until compromise has loaded (the browser build loads it on
    // demand, see `prepare`), an ambiguous name is given the benefit of the doubt: a miss, never
    // a false warning.
    if (!evidence) {
      tagged = compromiseKind(document, tokens, run)
      // The subject of a clause may be anything: a product, a tool, a person. Only an organisation
      // compromise knows is taken there.
      if (kind === 'subject' && tagged !== 'organisation') continue
      // "the team at Harris", "everyone at Morgan Stanley": no person stands after such an "at".
      const atOrganisation = kind === 'target' && tokens[token.index - 1]?.lower === 'at'
      if ((tagged === 'person' && !atOrganisation) || tagged === 'place' || tagged === 'past') continue
      // "excited to join Initech" needs no tagger; "my interview with Initech" does.
      if (tagged === 'unknown' && (kind !== 'target' || (run.at(-1) as Token).possessive)) continue
      if (tagged !== 'organisation' && kind === 'interview' && !hasInterviewers) continue
    }
    const end = run.at(-1) as Token
    // "Apple Inc." closing a sentence: the full stop is the abbreviation's too.
    const abbreviated = COMPANY_SUFFIXES.includes(end.lower) && document.text.charAt(end.end) === '.'
    const span = { start: token.start, end: end.end + (abbreviated ? 1 : 0) }
    const actual = document.slice(span)
    // "Jefferson Middle School" for "Springfield Public Schools", a depot of "Acme Logistics
    // Group": a site of an employer made of sites is the employer's own.
    if (words().sites.has(end.lower) && isSiteOf(end.lower, companyName)) continue
    // A school, a depot, a unit: perhaps the employer's own. A name only "at" or before "'s plans"
    // that compromise does not know for an organisation: perhaps a place it does not know.
    const maybeEmployers =
      kind === 'subject' ||
      modifiersOnly ||
      words().sites.has(end.lower) ||
      run.some((part) => otherKeys.has(part.key)) ||
      (!evidence && tagged !== 'organisation' && (kind === 'at' || kind === 'owner'))
    issues.push({
      ruleId: 'wrong-company',
      span,
      actual,
      expected: [companyName],
      ...(maybeEmployers
        ? { severity: 'warning' as const }
        : {
            // "Travelers Cos. this year": a stop before a lowercase word is the abbreviation's alone.
            fix:
              actual.endsWith('.') && tokens[end.index + 1]?.capitalised === false
                ? { span, text: companyName }
                : replacement(span, actual, companyName),
          }),
      message: maybeEmployers
        ? `Is "${actual}" part of ${companyName}? If it is another employer, this letter is for ${companyName}`
        : kind === 'interview'
          ? `"${actual}" is neither ${companyName} nor one of your interviewers; this letter is for ${companyName}`
          : `The letter names "${actual}" as the company you want to work for; this letter is for ${companyName}`,
    })
  }
  return issues
}

/**
 * Whether the clause before `first` says the writer worked there ("my team at", "I ran the conduit
 * on the school job at"): the nearest past cue wins over a farther present one ("I hope to bring
 * what I learned at"), and the reverse.
 */
export function pastWorkplace(
  text: string,
  tokens: readonly Token[],
  first: Token,
  strongOnly: boolean,
): boolean {
  const { past, present } = words()
  let after = first
  for (let i = first.index - 1; i >= Math.max(0, first.index - CUE_REACH); i--) {
    const token = tokens[i] as Token
    if (token.sentence !== first.sentence) break
    // A comma, a colon or a semicolon closes the clause.
    if (/[,;:]/.test(text.slice(token.end, after.start))) break
    // After "the team at", "was" says little ("It was great to hear how the team at Acme …").
    // "my interest in the Product Manager role at Acme": the role is the one applied for, whoever's
    // interest it is; "my previous role at Acme" goes on to its past cue.
    if (ROLE_NOUNS.has(token.lower)) {
      let j = i - 1
      while (j > 0 && (tokens[j] as Token).capitalised && (tokens[j] as Token).sentence === first.sentence)
        j--
      if (ROLE_DETERMINERS.has((tokens[j] as Token | undefined)?.lower ?? '')) return false
    }
    if (past.has(token.lower) && !(strongOnly && WEAK_PAST_CUES.has(token.lower))) {
      // "my wish to work at", "to start my career at", "I'd love to spend my summer at": a career
      // to come is no past workplace.
      return !((token.lower === 'my' || token.lower === 'our') && prospective(tokens, i, first.index))
    }
    if (present.has(token.lower)) return false
    // "I learned a lot at", "we shipped it at": a regular past tense after its subject (not after
    // "the team at": "I loved meeting the team at Acme" is the interview).
    const subject = tokens[i - 1]?.lower
    if (!strongOnly && (subject === 'i' || subject === 'we') && token.lower.endsWith('ed')) return true
    after = token
  }
  return false
}

/** Verbs that set a career going, before "my": "to start my career at", "I'd spend my summer at". */
const PROSPECTIVE_VERBS = new Set(['begin', 'build', 'continue', 'grow', 'launch', 'spend', 'start'])
/** Words that put the verb before "my" in the future: "to start", "I'd start", "will start". */
const FUTURE_MARKERS = new Set(['to', 'will', 'would', "i'd", "i'll", 'i’d', 'i’ll'])

/**
 * Whether the "my" at `cue` opens a career to come: an infinitive stands between it and the name
 * ("my wish to work at"), or a verb in the future or the infinitive just before it ("to start my
 * career at"). "my time at", "I started my career at" stay past.
 */
function prospective(tokens: readonly Token[], cue: number, name: number): boolean {
  for (let i = cue + 1; i < name - 1; i++) {
    const next = tokens[i + 1] as Token
    if ((tokens[i] as Token).lower === 'to' && !next.capitalised && !isCommonNounAfterTo(next.lower))
      return true
  }
  const verb = tokens[cue - 1]
  const marker = tokens[cue - 2]
  return (
    verb !== undefined &&
    marker !== undefined &&
    PROSPECTIVE_VERBS.has(verb.lower) &&
    verb.sentence === (tokens[cue] as Token).sentence &&
    FUTURE_MARKERS.has(marker.lower)
  )
}

/** Words after "to" that are no verb: "my move to the team at", "my return to work at". */
function isCommonNounAfterTo(lower: string): boolean {
  return (
    lower === 'the' ||
    lower === 'a' ||
    lower === 'an' ||
    lower === 'my' ||
    lower === 'our' ||
    lower === 'your'
  )
}

/**
 * "At Acme I read forty submissions a month", "at Acme, where I have been Deputy Head": the
 * writer's own experience, told after the name. A letter that means the employer goes on with
 * "I would", "I hope", "I see".
 */
export function pastAfter(tokens: readonly Token[], last: number): boolean {
  const { present } = words()
  const sentence = (tokens[last] as Token).sentence
  const at = (i: number) => {
    const token = tokens[i]
    return token && token.sentence === sentence ? token.lower : undefined
  }
  let i = last + 1
  // "at Hank's Smokehouse on Main Street, where I ran sauté": the place the name stands at.
  if ((at(i) === 'in' || at(i) === 'on') && (tokens[i + 1] as Token | undefined)?.capitalised) {
    i++
    while ((tokens[i] as Token | undefined)?.capitalised && at(i) !== undefined) i++
    if (at(i) !== 'where') return false
  }
  if (at(i) === 'where') i++
  const subject = at(i)
  if (subject !== 'i' && subject !== 'we') return false
  const verb = at(i + 1)
  return verb !== undefined && !present.has(verb) && !PRESENT_VERBS.has(verb) && !/'(?:d|ll|m)$/.test(verb)
}

/** Verbs in the present that follow "At Acme I …" when Acme is the employer the letter is for. */
const PRESENT_VERBS = new Set(['believe', 'expect', 'feel', 'know', 'look', 'see', 'think', 'would'])

/** Words of a name that make the employer one of many sites: a school district, a trust, a group. */
const UMBRELLA_WORDS = new Set([
  'authority',
  'board',
  'council',
  'district',
  'group',
  'network',
  'system',
  'systems',
  'trust',
])

/** Whether a site ending in `siteWord` belongs to `companyName`: it names such sites, or is an umbrella. */
function isSiteOf(siteWord: string, companyName: string): boolean {
  for (const word of companyName.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word === siteWord || word === `${siteWord}s` || UMBRELLA_WORDS.has(word)) return true
  }
  return false
}

/** A word the lexicon lists in lower case, or the plural of one: "energy", "laboratories". */
function isPlainNoun(key: string): boolean {
  if (listsLowercaseForm(key)) return true
  if (key.endsWith('ies')) return listsLowercaseForm(`${key.slice(0, -3)}y`)
  return key.endsWith('s') && listsLowercaseForm(key.slice(0, -1))
}

/** Plain nouns that end the name of a place: "Charles River", "Salt Lake City", "Elm Street". */
const PLACE_FEATURES = new Set([
  'avenue',
  'bay',
  'beach',
  'bridge',
  'city',
  'coast',
  'county',
  'creek',
  'district',
  'falls',
  'harbor',
  'harbour',
  'heights',
  'hills',
  'island',
  'islands',
  'lake',
  'market',
  'mountain',
  'mountains',
  'park',
  'place',
  'plaza',
  'point',
  'river',
  'road',
  'springs',
  'square',
  'station',
  'street',
  'town',
  'valley',
  'village',
])

/** Past forms of "be", "have" and "do": a past workplace after a bare "at", not after "the team at". */
const WEAK_PAST_CUES = new Set(['did', 'had', 'was', 'were'])

/** A frequent capitalised word: a sentence opener or a common first name ("Hearing", "Sarah"). */
export function isEverydayName(token: Token): boolean {
  return isCapitalisedWord(token.lower) || isEverydayWord(token.lower)
}

let offerVerbs: ReadonlySet<string> | undefined
/** How many words back "bring" may stand from "to Acme". */
const OFFER_REACH = 16
/** Sentences longer than this are not given to compromise: no letter has one, adversarial input does. */
const MAX_TAGGED_SENTENCE = 600
/** Sentences compromise tags in one lint at most (see `compromiseKind`). */
export const MAX_TAGGED_SENTENCES = 16

/** "to Acme" in a sentence that earlier offers something: "I would bring that care to Acme". */
function offeredTo(tokens: readonly Token[], p: number): boolean {
  const previous = tokens[p - 1]
  if (previous?.lower !== 'to' || !(tokens[p] as Token).joined) return false
  // Stryker disable all: built once per process; Stryker's vitest runner keeps modules loaded between
  // mutants, so the table from the dry run is reused and a mutant here never takes effect.
  offerVerbs ??= new Set(OFFER_VERBS)
  // Stryker restore all
  const sentence = (tokens[p] as Token).sentence
  for (let i = p - 2; i >= Math.max(0, p - OFFER_REACH) && (tokens[i] as Token).sentence === sentence; i--) {
    if (offerVerbs.has((tokens[i] as Token).lower)) return true
  }
  return false
}

/** Index of the last token of the organisation name starting at `p`, or undefined if it is no name. */
export function organisationEnd(
  text: string,
  tokens: readonly Token[],
  p: number,
  taken: ReadonlySet<number>,
): number | undefined {
  const first = tokens[p] as Token
  if (Object.hasOwn(HONORIFICS, first.lower)) return undefined
  let last = p
  for (let i = p + 1; i < tokens.length && i - p < MAX_ORGANISATION_WORDS; i++) {
    const token = tokens[i] as Token
    if (token.sentence !== first.sentence) break
    if (!token.joined) {
      // "F5, Inc.", "Tapestry, Inc.": a corporate suffix after a comma is the name's own.
      if (
        token.capitalised &&
        COMPANY_SUFFIXES.includes(token.lower) &&
        !taken.has(i) &&
        text.slice((tokens[last] as Token).end, token.start) === ', '
      )
        last = i
      break
    }
    // "At Acme I led …": the pronoun is no part of the name.
    if (token.text === 'I') break
    // "Acme Group", not "the Data Analytics group": a suffix in lower case is the sentence's noun.
    const suffix = token.capitalised && COMPANY_SUFFIXES.includes(token.lower)
    // "Moody's Corporation", "BJ's Wholesale Club" go on after the possessive; "Acme's team",
    // "Dana's Marketing Manager" do not.
    if (
      (tokens[last] as Token).possessive &&
      !suffix &&
      (!token.capitalised ||
        DEPARTMENTS.includes(token.lower) ||
        isListedTitleHead(token.key) ||
        words().organisationNouns.has(token.lower))
    )
      break
    if ((token.capitalised || suffix) && !taken.has(i)) {
      last = i
      continue
    }
    const after = tokens[i + 1]
    if (CONNECTORS.has(token.lower) && after?.joined && after.capitalised && !taken.has(i + 1)) {
      last = i + 1
      i++
      continue
    }
    break
  }
  for (let i = p; i <= last; i++) if (taken.has(i)) return undefined
  return last
}

/** A department, a job-title word, or a word of the context's role, topics or titles. */
export function isTeamOrTitleWord(token: Token, otherKeys: ReadonlySet<string>): boolean {
  return (
    DEPARTMENTS.includes(token.lower) ||
    isListedTitleHead(token.key) ||
    words().modifiers.has(token.key) ||
    otherKeys.has(token.key)
  )
}

/**
 * What compromise takes the run for, tagging only its sentence; `unknown` while compromise is not
 * loaded yet (only in a browser build before `prepare()` has resolved).
 */
export function compromiseKind(
  document: ThankYouDocument,
  tokens: readonly Token[],
  run: readonly Token[],
): 'person' | 'place' | 'organisation' | 'past' | 'other' | 'unknown' {
  const nlp = loadCompromise()
  if (nlp === undefined) return 'unknown'
  const first = run[0] as Token
  const sentence = document.sentences[first.sentence]
  if (!sentence || sentence.end - sentence.start > MAX_TAGGED_SENTENCE) return 'other'
  // compromise costs about a millisecond a sentence: a letter needs it for a few, and a pasted
  // book of names must not make a lint take seconds. Past the budget a name is given the benefit
  // of the doubt, as before compromise has loaded: a miss, never a false warning.
  const tagged = document.memo('accuracy-compromise-sentences', () => new Set<number>())
  if (!tagged.has(first.sentence)) {
    if (tagged.size >= MAX_TAGGED_SENTENCES) return 'unknown'
    tagged.add(first.sentence)
  }
  const terms = document.memo(`accuracy-compromise-${first.sentence}`, () =>
    nlp(document.slice(sentence)).termList(),
  )
  const texts = terms.map((term) => {
    let text = stripPossessive(normalizePunctuation(term.text))
    while (text.endsWith('.')) text = text.slice(0, -1)
    return text
  })
  // The same word may stand earlier in the sentence: take its occurrence that is this token's.
  let occurrence = 0
  for (let i = first.index - 1; i >= 0 && (tokens[i] as Token).sentence === first.sentence; i--) {
    if ((tokens[i] as Token).text === first.text) occurrence++
  }
  let at = -1
  for (let i = 0; i < texts.length; i++) {
    if (texts[i] !== first.text) continue
    if (occurrence === 0) {
      at = i
      break
    }
    occurrence--
  }
  if (at === -1) return 'other'
  const tags = new Set<string>()
  // A place only when every word is one: "Texas Instruments" is no place, "New York" is.
  let allPlace = true
  let allPerson = true
  for (let i = at; i < Math.min(terms.length, at + run.length); i++) {
    const termTags = terms[i]?.tags ?? new Set<string>()
    for (const tag of termTags) tags.add(tag)
    allPlace &&= termTags.has('Place') || termTags.has('Date')
    allPerson &&= termTags.has('Person')
  }
  // "At Acme I rebuilt our reporting", "at Acme, where I led …": a past-tense verb of the writer's
  // right after the name, not in a clause of its own ("to Acme, and I enjoyed …").
  let subject = at + run.length
  if (terms[subject]?.text.toLowerCase().replace(/^\W+/, '') === 'where') subject++
  const pronoun = terms[subject]?.text.toLowerCase()
  if ((pronoun === 'i' || pronoun === 'we') && terms[subject + 1]?.tags?.has('PastTense')) return 'past'
  if (tags.has('Organization')) return 'organisation'
  // A person when every word is one and a name of several words starts with a given name: "Dana
  // Lee" is a person, "Polo Ralph Lauren" and "Land O'Lakes" are brands.
  // "Cameron International", "Devon Energy": a last word that is a plain word and no census name
  // ends no person's name.
  const end = run.at(-1) as Token
  const plainEnd = run.length > 1 && isPlainNoun(end.key) && nameClass(nameWord(end.text)) === undefined
  if (
    allPerson &&
    !plainEnd &&
    (run.length === 1 ||
      terms[at]?.tags?.has('FirstName') ||
      isFamilyNameFirst(run.map((part) => nameWord(part.text))))
  )
    return 'person'
  // "Charles River Laboratories", "Extra Space Storage": a place does not end in a plain noun that
  // names no feature of a place.
  if (allPlace && !(plainEnd && !PLACE_FEATURES.has(end.lower))) return 'place'
  return 'other'
}
