import type { Issue } from '../../checker.js'
import type { ContextTerms } from '../../context-terms.js'
import type { Span } from '../../document.js'
import { GENERIC_ADDRESSEES, GREETINGS } from '../../parts-data.js'
import { trimEndWhere } from '../../text/trim.js'
import type { ThankYouContext } from '../../types.js'
import { ADDRESSEE_GROUP_WORDS, DIMINUTIVES, HONORIFICS } from './data/names-and-titles.js'
import { compactKey, type NameWord, nameWord, sameKeyLikeness, typoBound, typoDistance } from './match.js'
import { isFamilyNameFirst, surelyGivenName } from './name-order.js'
import { isListedTitleHead } from './position.js'
import { replacement } from './replacement.js'
import {
  inScope,
  isCapitalisedWord,
  isCommonWord,
  isCommonWordName,
  isEverydayWord,
  keyOf,
  type Token,
} from './tokens.js'

/** An interviewer from the context, prepared for matching. */
export interface Person {
  index: number
  /** The full name as the context writes it. */
  name: string
  words: readonly NameWord[]
  nicknames: readonly NameWord[]
  /** The context's honorific, as written (`Ms.`). */
  honorific?: string
  /** The honorific as compared (`ms`). */
  honorificKey?: string
  /** The name is written family name first (`Nguyễn Thị Lan`), so the given name is the last word. */
  familyNameFirst: boolean
}

export type PersonMatchKind = 'exact' | 'nickname' | 'diacritics' | 'case' | 'short-form' | 'typo'

/** A token of the letter taken for (part of) an interviewer's name. */
export interface PersonMatch {
  token: Token
  /** The second token of a name written as two words (`Anne Marie` for `Anne-Marie`). */
  last?: Token
  person: number
  /** Index of the matched word in `Person.words`; -1 for a nickname. */
  wordIndex: number
  kind: PersonMatchKind
  /** The context word it was compared with. */
  target: NameWord
  /** For a `typo`, the edits between the token and `target`. */
  distance?: number
  /** Found on its own, with no honorific, greeting or other part of the name beside it. */
  unanchored?: boolean
}

/** The interviewers, from the context's terms. */
export function peopleOf(context: ThankYouContext, terms: ContextTerms): Person[] {
  return (context.interviewers ?? []).map((interviewer, index) => {
    const own = terms.terms.filter((term) => term.interviewer === index)
    const words = own
      .filter((term) => term.kind === 'interviewer')
      .flatMap((term) => term.words.map(nameWord))
    const honorific = own.find((term) => term.kind === 'honorific')?.text
    const honorificKey = honorific ? honorificKeyOf(honorific) : undefined
    return {
      index,
      name: interviewer.name.trim(),
      words,
      nicknames: own.filter((term) => term.kind === 'nickname').flatMap((term) => term.words.map(nameWord)),
      ...(honorific && { honorific }),
      ...(honorificKey && { honorificKey }),
      familyNameFirst: isFamilyNameFirst(words),
    }
  })
}

/** `ms` for `Ms.`, `Ms` and `ms`; `dr` for `Doctor`; undefined for a word that is no honorific. */
export function honorificKeyOf(value: string): string | undefined {
  const key = trimEndWhere(value.toLowerCase(), (char) => char === '.')
  return Object.hasOwn(HONORIFICS, key) ? HONORIFICS[key] : undefined
}

let honorifics: ReadonlySet<string> | undefined

function isHonorific(token: Token): boolean {
  // Stryker disable all: built once per process; Stryker's vitest runner keeps modules loaded between
  // mutants, so the table from the dry run is reused and a mutant here never takes effect.
  honorifics ??= new Set(Object.keys(HONORIFICS))
  // Stryker restore all
  return token.capitalised && honorifics.has(token.lower)
}

function within(token: Token, span: Span | undefined): boolean {
  return span !== undefined && token.start >= span.start && token.end <= span.end
}

/** Matches that need no guessing: the name as written, with other accents or case, or a listed nickname. */
export function matchNamesExactly(
  tokens: readonly Token[],
  people: readonly Person[],
): Map<number, PersonMatch> {
  const byKey = new Map<string, { person: number; wordIndex: number; word: NameWord }[]>()
  const add = (key: string, entry: { person: number; wordIndex: number; word: NameWord }) => {
    const list = byKey.get(key)
    if (list) list.push(entry)
    else byKey.set(key, [entry])
  }
  for (const person of people) {
    for (const [wordIndex, word] of person.words.entries())
      add(word.key, { person: person.index, wordIndex, word })
    for (const word of person.nicknames) add(word.key, { person: person.index, wordIndex: -1, word })
  }

  const matches = new Map<number, PersonMatch>()
  if (byKey.size === 0) return matches
  for (const token of tokens) {
    const entries = byKey.get(token.key)
    if (!entries || !inScope(token)) continue
    let best: PersonMatch | undefined
    for (const entry of entries) {
      const likeness = sameKeyLikeness(token.text, entry.word)
      const kind: PersonMatchKind = likeness === 'exact' && entry.wordIndex === -1 ? 'nickname' : likeness
      if (best === undefined || rank(kind) < rank(best.kind)) {
        best = { token, person: entry.person, wordIndex: entry.wordIndex, kind, target: entry.word }
      }
    }
    if (!best) continue
    // "De Souza" opening a sentence is "de Souza".
    if (best.kind === 'case' && token.sentenceStart && token.text === capitalise(best.target.text))
      best.kind = 'exact'
    // "will", "grace", "do" in lower case are the words, unless they stand where a name must (see below).
    if (
      best.kind === 'case' &&
      token.text === token.lower &&
      (token.key.length < 3 || isEverydayWord(token.lower))
    ) {
      continue
    }
    matches.set(token.index, best)
  }
  return matches
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const RANKS: Record<PersonMatchKind, number> = {
  exact: 0,
  nickname: 1,
  diacritics: 2,
  case: 3,
  'short-form': 4,
  typo: 5,
}

function rank(kind: PersonMatchKind): number {
  return RANKS[kind]
}

/**
 * Matches that are guesses: a name split in two (`Anne Marie`), an unlisted short form (`Joe`), and
 * misspellings. Tokens in `claimed` (the company, exact matches) are left alone, and so are tokens
 * whose key is in `otherKeys` (other context words).
 */
export function matchNamesLoosely(
  tokens: readonly Token[],
  people: readonly Person[],
  matches: Map<number, PersonMatch>,
  claimed: ReadonlySet<number>,
  otherKeys: ReadonlySet<string>,
  addressee: Span | undefined,
  maxDistance: number,
): void {
  if (people.length === 0) return
  const strong = new Map(matches)
  const loose: PersonMatch[] = []
  const free = (token: Token | undefined): token is Token =>
    token !== undefined && !strong.has(token.index) && !claimed.has(token.index) && inScope(token)

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    // The greeting's opener ("Dear", "Hi") is no name.
    if (!free(token) || (token.part === 'greeting' && !within(token, addressee))) continue
    if (!token.capitalised) {
      // "Dear grace," "Ms. will": a name in lower case, where only a name can stand.
      const before = tokens[i - 1]
      const named = within(token, addressee) || (token.joined && before !== undefined && isHonorific(before))
      const found = named ? findLowercaseName(token, people) : undefined
      if (found) matches.set(token.index, found)
      continue
    }
    if (token.key.length < 2 || isHonorific(token) || otherKeys.has(token.key)) continue
    const next = tokens[i + 1]
    if (free(next) && next.joined && !next.ampersand && next.capitalised) {
      const split = findSplitName(token, next, people)
      if (split) {
        matches.set(token.index, split)
        i++
        continue
      }
    }

    const before = tokens[i - 1]
    const after = tokens[i + 1]
    const neighbour =
      (token.joined && before && strong.get(before.index)) || (after?.joined && strong.get(after.index))
    const named = within(token, addressee) || (token.joined && before !== undefined && isHonorific(before))
    // `neighbour` is `false`, not undefined, when the next token is not joined: no neighbour then.
    const anchored = named || Boolean(neighbour)
    let bound = maxDistance
    if (!anchored) {
      // On its own, an everyday word is the word, and a frequent name is someone else's unless
      // one slip away: "Data" is not "Dana", "Sarah" is not "Smarsh", "Thank" opening a sentence is not "Thanh".
      if (isCommonWord(token.lower)) continue
      const frequent = isCapitalisedWord(token.lower) || isCommonWordName(token.lower)
      if (frequent && token.sentenceStart) continue
      if (frequent) bound = Math.min(bound, 1)
    } else if (!named && token.sentenceStart && isEverydayWord(token.lower)) {
      continue
    }
    const found =
      findShortForm(token, people, anchored) ??
      findTypo(token, people, anchored, neighbour ? neighbour.person : undefined, bound)
    if (!found) continue
    matches.set(token.index, found)
    if (!anchored) {
      found.unanchored = true
      loose.push(found)
    }
  }

  // A lone guess inside another proper noun ("Niger Delta Energy") is part of that name.
  for (const guess of loose) {
    const { token } = guess
    const before = token.joined ? tokens[token.index - 1] : undefined
    const after = tokens[token.index + 1]
    if (
      isOtherProperNoun(before, matches, guess) ||
      (after?.joined && isOtherProperNoun(after, matches, guess))
    ) {
      matches.delete(token.index)
    }
  }
}

function isOtherProperNoun(
  token: Token | undefined,
  matches: ReadonlyMap<number, PersonMatch>,
  guess: PersonMatch,
): boolean {
  if (!token?.capitalised || isHonorific(token)) return false
  if (matches.get(token.index)?.person === guess.person) return false
  return !(token.sentenceStart && isEverydayWord(token.lower))
}

function findLowercaseName(token: Token, people: readonly Person[]): PersonMatch | undefined {
  for (const person of people) {
    for (const [wordIndex, word] of person.words.entries()) {
      if (word.key === token.key && word.text !== token.text) {
        return { token, person: person.index, wordIndex, kind: 'case', target: word }
      }
    }
  }
  return undefined
}

function findSplitName(first: Token, second: Token, people: readonly Person[]): PersonMatch | undefined {
  const joined = compactKey(first.key + second.key)
  for (const person of people) {
    for (const [wordIndex, word] of person.words.entries()) {
      if (word.compact === joined && word.key !== first.key) {
        return { token: first, last: second, person: person.index, wordIndex, kind: 'typo', target: word }
      }
    }
  }
  return undefined
}

function givenName(person: Person): NameWord | undefined {
  return person.familyNameFirst ? person.words.at(-1) : person.words[0]
}

function findShortForm(token: Token, people: readonly Person[], anchored: boolean): PersonMatch | undefined {
  if (token.key.length < (anchored ? 2 : 3)) return undefined
  for (const person of people) {
    const given = givenName(person)
    if (!given) continue
    const listed = DIMINUTIVES[given.key]?.includes(token.key) ?? false
    const prefix = given.key.startsWith(token.key) && given.key.length - token.key.length >= 2
    if (listed || prefix) {
      return {
        token,
        person: person.index,
        wordIndex: person.words.indexOf(given),
        kind: 'short-form',
        target: given,
      }
    }
  }
  return undefined
}

function findTypo(
  token: Token,
  people: readonly Person[],
  anchored: boolean,
  preferred: number | undefined,
  maxDistance: number,
): PersonMatch | undefined {
  let best: PersonMatch | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const person of people) {
    const count = person.words.length + person.nicknames.length
    for (let i = 0; i < count; i++) {
      const nickname = i >= person.words.length
      const word = (nickname ? person.nicknames[i - person.words.length] : person.words[i]) as NameWord
      const bound = typoBound(word.key.length, anchored, maxDistance)
      if (Math.abs(word.key.length - token.key.length) > bound) continue
      const distance = typoDistance(token.key, word.key, bound)
      if (distance === undefined) continue
      if (
        distance < bestDistance ||
        (distance === bestDistance && person.index === preferred && best?.person !== preferred)
      ) {
        bestDistance = distance
        best = {
          token,
          person: person.index,
          wordIndex: nickname ? -1 : i,
          kind: 'typo',
          target: word,
          distance,
        }
      }
    }
  }
  return best
}

/** Findings about interviewers' names, honorifics and the greeting. */
export function personIssues(
  text: string,
  tokens: readonly Token[],
  people: readonly Person[],
  matches: ReadonlyMap<number, PersonMatch>,
  claimed: ReadonlySet<number>,
  otherKeys: ReadonlySet<string>,
  addressee: Span | undefined,
): Issue[] {
  const issues: Issue[] = [...nameIssues(text, people, matches)]
  issues.push(...honorificIssues(text, tokens, people, matches))
  if (addressee && people.length > 0) {
    issues.push(...addresseeIssues(tokens, people, matches, claimed, otherKeys, addressee))
  }
  return issues
}

function nameIssues(
  text: string,
  people: readonly Person[],
  matches: ReadonlyMap<number, PersonMatch>,
): Issue[] {
  const issues: Issue[] = []
  const sorted = [...matches.values()].sort((a, b) => a.token.index - b.token.index)
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i] as PersonMatch
    const ruleId = ruleFor(first.kind)
    if (!ruleId) continue
    // Neighbouring words of one name wrong in the same way make one finding: "Nguyen Thi".
    const group = [first]
    while (i + 1 < sorted.length) {
      const next = sorted[i + 1] as PersonMatch
      const previous = group.at(-1) as PersonMatch
      const previousEnd = previous.last ?? previous.token
      if (
        next.person !== first.person ||
        ruleFor(next.kind) !== ruleId ||
        ruleId === 'unlisted-nickname' ||
        next.token.index !== previousEnd.index + 1 ||
        !next.token.joined
      ) {
        break
      }
      group.push(next)
      i++
    }
    const last = group.at(-1) as PersonMatch
    const span = { start: first.token.start, end: (last.last ?? last.token).end }
    const actual = text.slice(span.start, span.end)
    const expected = group.map((match) => match.target.text).join(' ')
    const person = people[first.person] as Person
    const certain = ruleId !== 'unlisted-nickname' && group.every(isCertainMatch)
    issues.push({
      ruleId,
      span,
      actual,
      expected: [expected],
      message: nameMessage(ruleId, actual, expected, person),
      ...(certain && { fix: replacement(span, actual, expected) }),
    })
  }
  return issues
}

/**
 * Whether a match may be repaired without asking: the name differs only in case or accents, or a
 * misspelling stands where only a name can (after an honorific, in the greeting, beside the rest
 * of the name), or on its own it is one edit away. A lone word two edits from a name may be
 * another word, so it keeps its finding but gets no fix.
 */
function isCertainMatch(match: PersonMatch): boolean {
  if (match.kind !== 'typo' || !match.unanchored) return true
  return match.distance !== undefined && match.distance <= 1
}

function ruleFor(kind: PersonMatchKind): string | undefined {
  switch (kind) {
    case 'diacritics':
      return 'interviewer-name-diacritics'
    case 'case':
    case 'typo':
      return 'interviewer-name-misspelled'
    case 'short-form':
      return 'unlisted-nickname'
    default:
      return undefined
  }
}

function nameMessage(ruleId: string, actual: string, expected: string, person: Person): string {
  switch (ruleId) {
    case 'interviewer-name-diacritics':
      return `"${actual}" leaves out the accents of ${person.name}'s name; write "${expected}"`
    case 'unlisted-nickname':
      return `"${actual}" is a short form ${person.name} is not listed as using; write "${expected}" unless they signed or introduced themselves as "${actual}"`
    default:
      return `"${actual}" misspells ${person.name}'s name; write "${expected}"`
  }
}

function honorificIssues(
  text: string,
  tokens: readonly Token[],
  people: readonly Person[],
  matches: ReadonlyMap<number, PersonMatch>,
): Issue[] {
  const issues: Issue[] = []
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i] as Token
    if (!isHonorific(token) || !inScope(token)) continue
    const next = tokens[i + 1] as Token
    const match = matches.get(next.index)
    if (!next.joined || !match) continue
    const person = people[match.person] as Person
    const written = honorificKeyOf(token.text)
    const honorificSpan = { start: token.start, end: token.word.end }
    const honorificText = token.word.text
    if (person.honorific && person.honorificKey && written !== person.honorificKey) {
      issues.push({
        ruleId: 'honorific-mismatch',
        span: honorificSpan,
        actual: honorificText,
        expected: [person.honorific],
        message: `"${honorificText}" is not ${person.name}'s honorific; write "${person.honorific}"`,
        fix: { span: honorificSpan, text: person.honorific },
      })
    }
    const surname = person.familyNameFirst ? person.words[0] : person.words.at(-1)
    const afterName = tokens[(match.last ?? next).index + 1]
    const fullName = afterName?.joined && matches.get(afterName.index)?.person === match.person
    // Which word is the given name comes from the census lists ("Tanaka Yuki" is family name
    // first); an honorific before it is reported only when that word is surely no surname.
    const firstName =
      match.wordIndex === -1 ||
      match.kind === 'short-form' ||
      (person.words.length > 1 &&
        match.target === givenName(person) &&
        match.target !== surname &&
        surname !== undefined &&
        // "Ms. Lan" for "Nguyễn Thị Lan": with a middle or two-word given name written family
        // name first, an honorific before the given name is customary in some cultures.
        !(person.familyNameFirst && person.words.length > 2) &&
        surelyGivenName(match.target, surname))
    if (firstName && !fullName && surname) {
      const honorific = person.honorific ?? honorificText
      const nameEnd = (match.last ?? next).end
      issues.push({
        ruleId: 'honorific-with-first-name',
        span: { start: token.start, end: nameEnd },
        actual: text.slice(token.start, nameEnd),
        expected: [`${honorific} ${surname.text}`, (givenName(person) as NameWord).text],
        message: `An honorific goes with the surname: write "${honorific} ${surname.text}", or the first name alone ("${(givenName(person) as NameWord).text}")`,
      })
    }
  }
  return issues
}

let groupWords: ReadonlySet<string> | undefined

/** Words that end an addressee naming a group, not a person: "Hiring Team", "all". */
function isGroupWord(lower: string): boolean {
  // Stryker disable all: built once per process; Stryker's vitest runner keeps modules loaded between
  // mutants, so the table from the dry run is reused and a mutant here never takes effect.
  groupWords ??= new Set([
    ...ADDRESSEE_GROUP_WORDS,
    ...GENERIC_ADDRESSEES.map((addressee) => addressee.split(/[\s/]+/).at(-1) as string),
  ])
  // Stryker restore all
  return groupWords.has(lower)
}

function addresseeIssues(
  tokens: readonly Token[],
  people: readonly Person[],
  matches: ReadonlyMap<number, PersonMatch>,
  claimed: ReadonlySet<number>,
  otherKeys: ReadonlySet<string>,
  addressee: Span,
): Issue[] {
  const inGreeting = tokens.filter((token) => within(token, addressee))
  const issues: Issue[] = []
  // A repair is certain only when the greeting names one person and there is one to name:
  // "Dear Sarah" to Dana Okoro's letter, or "Dear Ms. Okafor" where only Okoro interviewed.
  let groups = 0
  const fixable: boolean[] = []
  // Groups of joined capitalised words: "Ms. Okoro", "Dana" and "Lee" in "Dana and Lee".
  let group: Token[] = []
  const flush = () => {
    const names = group.filter((token) => !isHonorific(token))
    const hadHonorific = names.length < group.length
    group = []
    const last = names.at(-1)
    if (names.length > 0) groups++
    if (!last || isGroupWord(last.lower)) return
    const known = names.find((token) => matches.has(token.index))
    // "Dear Captain Buchanan", "Chief Dunmore": a rank or a title before an interviewer's name, or
    // the honorific the context gives an interviewer, names no one else.
    const rank = (token: Token) =>
      people.some((person) => person.honorific !== undefined && keyOf(person.honorific) === token.key) ||
      (known !== undefined && token.index < known.index && isListedTitleHead(token.key))
    // The company ("Dear Brightline team") and an interviewer's title ("Dear Head of Marketing") are known too.
    const unknown = names.filter(
      (token) =>
        !matches.has(token.index) && !claimed.has(token.index) && !otherKeys.has(token.key) && !rank(token),
    )
    if (unknown.length === 0) return
    const first = unknown[0] as Token
    const end = unknown.at(-1) as Token
    const actual = unknown.map((token) => token.text).join(' ')
    const anchor = known ? people[(matches.get(known.index) as PersonMatch).person] : undefined
    const candidates = anchor ? [anchor] : people
    const expected = [
      ...new Set(
        candidates.map((person) =>
          hadHonorific || (anchor && known && known.index < first.index)
            ? ((person.familyNameFirst ? person.words[0] : person.words.at(-1))?.text ?? person.name)
            : (givenName(person)?.text ?? person.name),
        ),
      ),
    ]
    issues.push({
      ruleId: 'unknown-addressee',
      span: { start: first.start, end: end.end },
      actual,
      expected,
      message: `The greeting names "${actual}", who is not among your interviewers (${people.map((person) => person.name).join(', ')}); write "${expected[0]}"`,
    })
    // Words before a known name may be a title or rank ("Dear Captain Buchanan"): no fix then.
    const afterKnown = known === undefined || known.index < first.index
    fixable.push(expected.length === 1 && afterKnown && (people.length === 1 || anchor !== undefined))
  }
  for (const token of inGreeting) {
    // "Dear Ms. Kowalczyk, Dear Mr. Brennan,": a second opener starts a second greeting.
    const opener = Object.hasOwn(GREETINGS, token.lower)
    if (group.length > 0 && (opener || !token.joined || token.ampersand || !token.capitalised)) flush()
    if (token.capitalised && !opener) group.push(token)
  }
  flush()
  if (groups === 1) {
    for (const [i, issue] of issues.entries()) {
      if (fixable[i] && issue.span && issue.actual !== undefined && issue.expected?.[0] !== undefined) {
        issue.fix = replacement(issue.span, issue.actual, issue.expected[0])
      }
    }
  }
  return issues
}

/** `candidate-name-misspelled` for words of the signature that misspell the candidate's name. */
export function candidateIssues(
  text: string,
  tokens: readonly Token[],
  candidate: { text: string; words: readonly string[] },
  signatureName: Span,
  maxDistance: number,
): Issue[] {
  const words = candidate.words.map(nameWord)
  const issues: Issue[] = []
  for (const token of tokens) {
    if (token.start < signatureName.start) continue
    if (token.end > signatureName.end) break
    if (!token.capitalised || words.some((word) => word.text === token.text)) continue
    // An initial ("J. Lee") or accents dropped from one's own name are a choice, not a slip.
    if (token.key.length === 1 && words.some((word) => word.key.startsWith(token.key))) continue
    let best: NameWord | undefined
    let bestDistance = Number.POSITIVE_INFINITY
    for (const word of words) {
      if (word.key === token.key) {
        if (sameKeyLikeness(token.text, word) === 'diacritics') {
          best = undefined
          break
        }
        best = word
        bestDistance = 0
        break
      }
      const distance = typoDistance(token.key, word.key, typoBound(word.key.length, true, maxDistance))
      if (distance !== undefined && distance < bestDistance) {
        best = word
        bestDistance = distance
      }
    }
    if (!best) continue
    const actual = text.slice(token.start, token.end)
    issues.push({
      ruleId: 'candidate-name-misspelled',
      span: { start: token.start, end: token.end },
      actual,
      expected: [best.text],
      message: `"${actual}" in your signature misspells your name; write "${best.text}" as in ${candidate.text}`,
      fix: replacement({ start: token.start, end: token.end }, actual, best.text),
    })
  }
  return issues
}
