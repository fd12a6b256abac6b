import type { Issue } from '../../checker.js'
import type { ThankYouDocument } from '../../document.js'
import { BE_FORMS, DO_FORMS, MODALS, PREPOSITIONS } from '../grammar/data/context.js'
import { listsLowercaseForm } from '../spelling/lexicon.js'
import {
  afterFormerEmployerPhrase,
  compromiseKind,
  isPresentVerb,
  isTeamOrTitleWord,
  namesProduct,
  organisationEnd,
  PRONOUN_I,
  pastAfter,
  pastWorkplace,
} from './company.js'
import {
  COMPANY_SUFFIXES,
  DEPARTMENTS,
  HONORIFICS,
  ORGANISATION_NOUNS,
  SITE_WORDS,
  TITLE_TRIGGERS,
} from './data/names-and-titles.js'
import { isListedTitleHead } from './position.js'
import { replacement } from './replacement.js'
import { inScope, isEverydayWord, type Token } from './tokens.js'

/**
 * Words before a name that make it a tool, a place or a source rather than an employer: "skilled
 * in Microsoft Excel", "moved from New Zealand", "using Google Sheets", "on Route Nine".
 */
const NOT_EMPLOYER_BEFORE = new Set([
  'across',
  'around',
  'as',
  'by',
  'from',
  'in',
  'including',
  'into',
  'like',
  'near',
  'on',
  'through',
  'use',
  'uses',
  'using',
  'via',
])

/** How far back over a list of names ("Salesforce and Google Analytics") the word before it is looked for. */
const LIST_REACH = 8

const ARTICLES = new Set(['a', 'an', 'the', 'your'])

/** Words in a name that make it a place of study or training: the writer's, not the employer. */
const STUDY_WORDS = new Set(['academy', 'college', 'institute', 'school', 'university'])

/** Words that close a greeting to a group: "Dear Acme Hiring Team". */
const GROUP_WORDS = new Set(['committee', 'hiring', 'panel', 'recruiting', 'recruitment', 'team'])

/**
 * The copied letter: it names the company it was first written for, and never the one in the
 * context. When the letter names neither the company nor any of its aliases or short forms, a
 * name shaped like an organisation (two capitalised words or more, or a corporate suffix) that the
 * context does not explain is a `wrong-company` warning: not an interviewer, not a word of the
 * role, a topic or a title, not a team or a title, not a past workplace, a school, a place or a
 * person (compromise decides the last two, loaded only for such a name). No fix: which words to
 * replace is the writer's call.
 *
 * `seen` holds the token indexes already reported by the slot reading, so a name is reported once.
 */
export function leftoverCompanyIssues(
  document: ThankYouDocument,
  tokens: readonly Token[],
  taken: ReadonlySet<number>,
  otherKeys: ReadonlySet<string>,
  companyName: string,
  seen: ReadonlySet<number>,
): Issue[] {
  const issues: Issue[] = []
  const opener = document.parts.greeting?.opener
  for (let p = 0; p < tokens.length; p++) {
    let token = tokens[p] as Token
    if (!token.capitalised || taken.has(p) || !inScope(token) || PRONOUN_I.test(token.text)) continue
    // "Dear", "Hi", "Respected": the greeting's opener is no name.
    if (opener && token.start < opener.end && token.end > opener.start) continue
    // "The Home Depot", "On Monday": a lowercase word opening the sentence belongs to it.
    // "DISH Network is …": a word in capitals is a name, not the sentence's everyday word.
    if (
      token.sentenceStart &&
      !/^\p{Lu}{3,}$/u.test(token.text) &&
      (isEverydayWord(token.lower) || listsLowercaseForm(token.lower)) &&
      !COMPANY_SUFFIXES.includes(token.lower)
    ) {
      const next = tokens[p + 1]
      if (!next?.joined || !next.capitalised || next.sentence !== token.sentence) continue
      p++
      token = next
      if (taken.has(p) || PRONOUN_I.test(token.text)) continue
    }
    const end = organisationEnd(document.text, tokens, p, taken)
    if (end === undefined) continue
    const first = p
    p = end
    let last = end
    // "Dear Acme Hiring Team", "the Acme Data Analyst": a group or a title after the name; after
    // a group word, a department too ("Dear Acme Marketing Team"), but not alone ("Acme
    // Communications" is a company).
    let group = false
    // "Monday I'm", "Acme I": the pronoun closes the name.
    for (let i = first + 1; i <= last; i++) {
      if (PRONOUN_I.test((tokens[i] as Token).text)) {
        last = i - 1
        break
      }
    }
    for (; last > first; last--) {
      const word = tokens[last] as Token
      if (GROUP_WORDS.has(word.lower) || isListedTitleHead(word.key)) group = true
      else if (!group || !DEPARTMENTS.includes(word.lower)) break
    }
    const run = tokens.slice(first, last + 1)
    if (!/\p{L}/u.test(token.text) || run.some((part) => seen.has(part.index))) continue
    const evidence = run.some((part, i) => part.ampersand || (i > 0 && COMPANY_SUFFIXES.includes(part.lower)))
    if (run.length < 2 && !evidence) continue
    // "Ms. Okoro", "Dr Patel": a person.
    if (run.some((part) => Object.hasOwn(HONORIFICS, part.lower))) continue
    if (run.every((part) => isTeamOrTitleWord(part, otherKeys))) continue
    // A word of the context's company, role, topics or titles: the context explains the name.
    if (run.some((part) => otherKeys.has(part.key))) continue
    if (run.some((part) => STUDY_WORDS.has(part.lower))) continue
    const endToken = run.at(-1) as Token
    if (!evidence && SITE_WORDS.includes(endToken.lower)) continue
    // "Subject: Thank You Note – Interview Follow Up": a title-case line is no name.
    if (token.part === 'subject' && !evidence) continue
    const before = tokens[first - 1]
    // "in Tech Data's case": "in" belongs to the noun the name owns, not to the name.
    const owner = endToken.possessive && before?.lower === 'in'
    if (!owner && listAfter(document.text, tokens, first, NOT_EMPLOYER_BEFORE)) continue
    // "Mr./Ms. Last Name", "[Company Name]": a placeholder left unfilled, not a company.
    if (endToken.lower === 'name') continue
    if (
      modifiesThing(tokens, first, last) ||
      inListOfNames(document.text, tokens, first, last) ||
      namesProduct(document.text, tokens, last) ||
      usedTool(tokens, first, last)
    )
      continue
    // "for a banking client, State Bank of India", "customers like …": a client of the writer's.
    if (before && CLIENT_NOUNS.has(before.lower)) continue
    // "as a Mechanical Engineering Co-op", "the Harvest Cellar Hand position": where a title
    // stands (wrong-position reads it).
    const after = tokens[last + 1]
    if (
      (before && ARTICLES.has(before.lower) && tokens[first - 2]?.lower === 'as') ||
      (after?.joined && !after.capitalised && TITLE_TRIGGERS.includes(after.lower))
    )
      continue
    if (
      afterFormerEmployerPhrase(tokens, first) ||
      pastWorkplace(document.text, tokens, token, false) ||
      pastAfter(tokens, last)
    )
      continue
    if (!evidence) {
      const tagged = compromiseKind(document, tokens, run)
      if (tagged !== 'organisation' && tagged !== 'other') continue
      // "aboard the MV Eilean Mòr", "the Harvest Gala": a named thing after "the" is a vessel, an
      // event or a programme unless compromise knows it for an organisation.
      if (tagged === 'other' && before?.lower === 'the') continue
    }
    // "Northwind Traders Inc.": the full stop is the abbreviation's.
    const abbreviated =
      COMPANY_SUFFIXES.includes(endToken.lower) && document.text.charAt(endToken.end) === '.'
    const span = { start: token.start, end: endToken.end + (abbreviated ? 1 : 0) }
    const actual = document.slice(span)
    issues.push({
      ruleId: 'wrong-company',
      severity: 'warning',
      span,
      actual,
      expected: [companyName],
      message: `The letter never names ${companyName}, and names "${actual}": is this a company left over from another letter? This letter is for ${companyName}`,
    })
  }
  return issues
}

/**
 * Whether the name at `first`, or the list of names it closes ("Salesforce and Google
 * Analytics"), follows one of `words` in its sentence.
 */
function listAfter(
  text: string,
  tokens: readonly Token[],
  first: number,
  words: ReadonlySet<string>,
): boolean {
  const sentence = (tokens[first] as Token).sentence
  for (let i = first - 1; i >= Math.max(0, first - LIST_REACH); i--) {
    const token = tokens[i] as Token
    if (token.sentence !== sentence) return false
    // "count me in. Charles River Laboratories is …": a full stop after the word ends its sentence,
    // even where the splitter reads an abbreviation ("in." for inches).
    if (words.has(token.lower)) return !text.slice(token.start, (tokens[i + 1] as Token).start).includes('.')
    // "certified by the American Red Cross": an article between the word and the name.
    if (!token.capitalised && token.lower !== 'and' && token.lower !== 'or' && token.lower !== 'the')
      return false
  }
  return false
}

/** Verbs whose object is a skill or a tool the writer has: "I know Adobe Premiere Pro well". */
const KNOW_VERBS = new Set(['know', 'knew', 'learned', 'learnt', 'mastered'])

/** Forms of "work" before "with" a tool: "working with SAP Business One". */
const WORK_FORMS = new Set(['work', 'worked', 'working', 'works'])

/** Words that put "work with" in the writer's future, with the employer: "to work with", "forward to working with". */
const WORK_TO_COME = new Set([
  'can',
  'could',
  'forward',
  'hope',
  "i'd",
  "i'll",
  'i’d',
  'i’ll',
  'to',
  'will',
  'would',
])

/** How many words back from "work with" a word of the future is looked for: "hope to be working with". */
const WORK_REACH = 3

/**
 * "I know Adobe Premiere Pro well", "I am working with SAP Business One since four years": the name
 * is a tool or a skill the writer has, not an employer. Not when the name opens a clause of its
 * own ("I know Acme Group values …"), nor when the work with it is to come ("I look forward to
 * working with Acme Group").
 */
function usedTool(tokens: readonly Token[], first: number, last: number): boolean {
  const sentence = (tokens[first] as Token).sentence
  const at = (i: number) => {
    const token = tokens[i]
    return token?.sentence === sentence ? token : undefined
  }
  const before = at(first - 1)
  if (!before) return false
  const next = at(last + 1)
  if (KNOW_VERBS.has(before.lower))
    return !(next && isPresentVerb(next)) && !(tokens[last] as Token).possessive
  if (before.lower !== 'with' || !WORK_FORMS.has(at(first - 2)?.lower ?? '')) return false
  for (let i = first - 3; i >= first - 2 - WORK_REACH; i--) {
    const token = at(i)
    if (!token) break
    if (WORK_TO_COME.has(token.lower)) return false
  }
  return true
}

/** Nouns before a name that make it a client or a partner of the writer's: "our client, Acme Bank". */
const CLIENT_NOUNS = new Set([
  'account',
  'accounts',
  'client',
  'clients',
  'customer',
  'customers',
  'partner',
  'partners',
  'supplier',
  'suppliers',
  'vendor',
  'vendors',
])

/** Words before a name that make what follows it a noun phrase: "a Google Classroom page". */
const THING_DETERMINERS = new Set(['a', 'an', 'my', 'our', 'the', 'this'])

/**
 * Words after "the Acme" that make Acme the employer, not a modifier of a thing: "the Acme team",
 * "the Acme position", "the Acme interview".
 */
const EMPLOYER_HEADS = new Set([
  ...ORGANISATION_NOUNS,
  ...SITE_WORDS,
  ...TITLE_TRIGGERS,
  ...GROUP_WORDS,
  'community',
  'family',
  'interview',
  'way',
  'website',
])

/** Lowercase words after a name that are no head noun: it is a clause going on, not a noun phrase. */
const NOT_HEADS = new Set([
  ...PREPOSITIONS,
  ...MODALS,
  ...BE_FORMS,
  ...DO_FORMS,
  'and',
  'as',
  'because',
  'but',
  'had',
  'has',
  'have',
  'if',
  'nor',
  'or',
  'since',
  'so',
  'than',
  'that',
  'when',
  'where',
  'which',
  'while',
  'who',
  'whose',
])

/**
 * "a Google Classroom page", "the ISTQB Foundation Level exam", "an OSHA 30 card": after an
 * article, a name before a lowercase noun modifies that noun, a product, a course or a test, and
 * is not the employer. Not before the employer's own nouns ("the Acme team"), nor before a verb
 * ("the Acme Group builds", "the Acme Group shipped").
 */
function modifiesThing(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1]
  const after = tokens[last + 1]
  const sentence = (tokens[first] as Token).sentence
  if (!before || before.sentence !== sentence || !THING_DETERMINERS.has(before.lower)) return false
  if (!after?.joined || after.capitalised || after.sentence !== sentence) return false
  const word = after.lower
  if (NOT_HEADS.has(word) || EMPLOYER_HEADS.has(word) || !listsLowercaseForm(word)) return false
  // A plural or a past tense may as well be a verb ("the Acme Group helps families").
  return !word.endsWith('s') && !word.endsWith('ed')
}

/**
 * "Postman and Rest Assured", "Procore, Primavera P6 and Bluebeam", "Beckman Coulter and Roche
 * Cobas analyzers": a name in a list of names, joined by "and" or "or", is one of several tools,
 * brands or clients, not the one employer a copied letter was written for; an item may take "the"
 * ("the Wall Street Journal and the Financial Times"). Commas alone make no list ("In Phoenix,
 * Acme Group …").
 */
function inListOfNames(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const sentence = (tokens[first] as Token).sentence
  // Within LIST_REACH tokens either side: a pasted list of a thousand names stays linear.
  const inSentence = (i: number) => {
    const token = tokens[i]
    return token !== undefined &&
      token.sentence === sentence &&
      i >= first - LIST_REACH &&
      i <= last + LIST_REACH
      ? token
      : undefined
  }
  const isName = (token: Token | undefined) =>
    token?.capitalised === true && !token.sentenceStart && !PRONOUN_I.test(token.text)
  const conjunction = (token: Token | undefined) => token?.lower === 'and' || token?.lower === 'or'
  const comma = (a: Token, b: Token) => text.slice(a.end, b.start).includes(',')
  let items = 0
  let joined = false
  // Back over "A, B and": items before the name.
  for (let b = first - 1; ; ) {
    // "the Wall Street Journal and the Financial Times": an article before an item.
    if (inSentence(b)?.lower === 'the') b--
    const token = inSentence(b)
    let end: number
    if (conjunction(token) && isName(inSentence(b - 1))) {
      joined = true
      end = b - 1
    } else if (isName(token) && comma(token as Token, tokens[b + 1] as Token)) end = b
    else break
    // Over the item's own words.
    let j = end
    while (isName(inSentence(j - 1)) && (tokens[j] as Token).joined) j--
    items++
    b = j - 1
  }
  // On over ", B and C": items after the name.
  for (let i = last + 1; i < tokens.length; ) {
    const token = inSentence(i)
    if (!token) break
    let start: number
    const article = inSentence(i + 1)?.lower === 'the' ? 1 : 0
    if (conjunction(token) && isName(inSentence(i + 1 + article))) {
      joined = true
      start = i + 1 + article
    } else if (isName(token) && comma(tokens[i - 1] as Token, token)) start = i
    else break
    let j = start
    while (isName(inSentence(j + 1)) && (tokens[j + 1] as Token).joined) j++
    items++
    i = j + 1
  }
  return joined && items > 0
}

/** Words that close a greeting to the employer's hiring team: "Dear Acme Hiring Team". */
const TEAM_NOUNS = new Set(['committee', 'panel', 'team'])

/**
 * "Dear Acme Hiring Team", "Dear Acme Recruitment Committee": the greeting names the employer
 * before its team. A name there that is not the company, a department, a title or a word of the
 * context is `wrong-company`, whether or not the letter names the company elsewhere: an error
 * with the company as the fix, a warning for what may be a site of the employer.
 */
export function greetingTeamIssues(
  document: ThankYouDocument,
  tokens: readonly Token[],
  taken: ReadonlySet<number>,
  otherKeys: ReadonlySet<string>,
  companyName: string,
): Issue[] {
  const addressee = document.parts.greeting?.addressee
  if (!addressee) return []
  let first = 0
  while (first < tokens.length && (tokens[first] as Token).start < addressee.start) first++
  let end = first
  while (end < tokens.length && (tokens[end] as Token).end <= addressee.end) end++
  let last = end - 1
  if (last <= first || !TEAM_NOUNS.has((tokens[last] as Token).lower)) return []
  while (
    last >= first &&
    (GROUP_WORDS.has((tokens[last] as Token).lower) || DEPARTMENTS.includes((tokens[last] as Token).lower))
  )
    last--
  if (last < first) return []
  const run = tokens.slice(first, last + 1)
  const joined = run.every(
    (part, i) => part.capitalised && !taken.has(part.index) && (i === 0 || part.joined),
  )
  if (!joined || !/\p{L}/u.test((run[0] as Token).text)) return []
  if (run.every((part) => isTeamOrTitleWord(part, otherKeys)) || run.some((part) => otherKeys.has(part.key)))
    return []
  if (run.some((part) => Object.hasOwn(HONORIFICS, part.lower))) return []
  const endToken = run.at(-1) as Token
  const span = { start: (run[0] as Token).start, end: endToken.end }
  const actual = document.slice(span)
  const site = SITE_WORDS.includes(endToken.lower) || run.some((part) => STUDY_WORDS.has(part.lower))
  return [
    {
      ruleId: 'wrong-company',
      span,
      actual,
      expected: [companyName],
      ...(site ? { severity: 'warning' as const } : { fix: replacement(span, actual, companyName) }),
      message: site
        ? `Is "${actual}" part of ${companyName}? If it is another employer, this letter is for ${companyName}`
        : `The greeting names the hiring team of "${actual}"; this letter is for ${companyName}`,
    },
  ]
}
