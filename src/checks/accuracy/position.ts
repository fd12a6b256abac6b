import type { Issue } from '../../checker.js'
import type { ThankYouDocument } from '../../document.js'
import { editDistance } from '../../text/distance.js'
import { OWN_ROLE_MARKERS, TITLE_DETERMINERS, TITLE_HEADS, TITLE_TRIGGERS } from './data/names-and-titles.js'
import { keyOf, type Token } from './tokens.js'

/** The role from the context, prepared for comparison. */
export interface Role {
  text: string
  /** Lowercase keys of its words. */
  keys: readonly string[]
}

const CONNECTORS = new Set(['&', 'and', 'of'])
let titleHeads: ReadonlySet<string> | undefined
let triggers: ReadonlySet<string> | undefined
const MAX_TITLE_WORDS = 6

/**
 * Finds job titles the letter gives the role it applies for ("the Marketing Manager role", "as
 * your next Marketing Manager") and reports those that are not the context's position.
 * Titles the writer gives their own past or current job, and interviewers' titles, are left alone.
 */
export function positionIssues(
  document: ThankYouDocument,
  tokens: readonly Token[],
  role: Role,
  taken: ReadonlySet<number>,
  interviewerTitles: ReadonlySet<string>,
): { issues: Issue[]; mentioned: boolean } {
  const issues: Issue[] = []
  // A position with no letters or digits ("—") names no title to compare or to look for.
  if (role.keys.length === 0) return { issues, mentioned: true }
  // Stryker disable all: built once per process; Stryker's vitest runner keeps modules loaded between
  // mutants, so the table from the dry run is reused and a mutant here never takes effect.
  titleHeads ??= new Set(TITLE_HEADS)
  triggers ??= new Set(TITLE_TRIGGERS)
  // Stryker restore all
  const common = titleHeads
  const head = role.keys.at(-1) as string
  const isHead = (key: string) => key === head || common.has(key)
  const roleWords = new Set(role.keys)
  const titleWord = (token: Token) => isHead(token.key) || roleWords.has(token.key)
  const qualifies = (token: Token) =>
    !taken.has(token.index) && !token.possessive && (token.capitalised || titleWord(token))
  let mentioned = mentionsRole(tokens, role)
  const seen = new Set<number>()

  const consider = (first: number, last: number, marker: Token | undefined) => {
    while (first <= last && CONNECTORS.has((tokens[first] as Token).lower)) first++
    while (last >= first && !isHead((tokens[last] as Token).key)) last--
    if (last < first || seen.has(first)) return
    seen.add(first)
    if (marker && OWN_ROLE_MARKERS.includes(marker.lower)) return
    const title = tokens.slice(first, last + 1)
    const keys = title.map((token) => token.key)
    const lowercase = title.every((token) => !token.capitalised)
    // "the manager role" may mean anyone's; a lowercase title must share a word with the role.
    if (lowercase && keys.at(-1) !== head && !keys.some((key) => roleWords.has(key))) return
    if (interviewerTitles.has(keys.join(' '))) return
    if (sameRole(keys, role.keys)) {
      if (keys.length >= Math.min(2, role.keys.length)) mentioned = true
      return
    }
    if (editDistance(keys.join(' '), role.keys.join(' '), 2) <= 2) return
    const span = { start: (title[0] as Token).start, end: (title.at(-1) as Token).end }
    const actual = document.slice(span)
    issues.push({
      ruleId: 'wrong-position',
      span,
      actual,
      expected: [role.text],
      ...(isOtherTitle(title, role) && {
        fix: { span, text: lowercase && !hasInnerCapital(role.text) ? role.text.toLowerCase() : role.text },
      }),
      message: `"${actual}" is not the role you interviewed for; write "${role.text}"`,
    })
  }

  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token
    if (token.part !== 'body' && token.part !== 'subject') continue
    if (triggers.has(token.lower)) {
      // Backwards from "role": "the Marketing Manager role".
      let first = t
      for (let i = t - 1; i >= 0 && t - i <= MAX_TITLE_WORDS; i--) {
        const before = tokens[i] as Token
        const joinedToNext = (tokens[i + 1] as Token).joined && before.sentence === token.sentence
        if (!joinedToNext) break
        // A connector only inside a title: "Head of Marketing role", not "of role".
        if (qualifies(before) || (CONNECTORS.has(before.lower) && first < t)) {
          first = i
          continue
        }
        break
      }
      if (first < t) consider(first, t - 1, markerBefore(tokens, first))
      // Forwards from "role of": "the role of Marketing Manager".
      const next = tokens[t + 1]
      if (next?.lower === 'of' && next.joined) forwardTitle(t + 2, markerBefore(tokens, t))
    } else if (token.lower === 'as' && !ownRoleBefore(tokens, t)) {
      const next = tokens[t + 1]
      if (next?.lower === 'well' || tokens[t - 1]?.lower === 'such') continue
      forwardTitle(t + 1, undefined)
    }
  }

  function forwardTitle(from: number, marker: Token | undefined) {
    let i = from
    while (tokens[i] && TITLE_DETERMINERS.includes((tokens[i] as Token).lower) && (tokens[i] as Token).joined)
      i++
    const start = i
    let last = start - 1
    for (; i < tokens.length && i - start < MAX_TITLE_WORDS; i++) {
      const token = tokens[i] as Token
      if (!token.joined || token.sentence !== (tokens[from - 1] as Token | undefined)?.sentence) break
      if (qualifies(token) || (CONNECTORS.has(token.lower) && i > start)) {
        last = i
        if (token.possessive) break
        continue
      }
      break
    }
    if (last >= start) consider(start, last, marker)
  }

  return { issues, mentioned }
}

/** The word just before a title, when it is in the same sentence. */
function markerBefore(tokens: readonly Token[], first: number): Token | undefined {
  const before = tokens[first - 1]
  return before && before.sentence === (tokens[first] as Token).sentence ? before : undefined
}

/** "my current role as", "your experience as": the title after "as" is someone's own, not the one applied for. */
function ownRoleBefore(tokens: readonly Token[], at: number): boolean {
  const sentence = (tokens[at] as Token).sentence
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const token = tokens[i] as Token
    if (token.sentence !== sentence) break
    if (OWN_ROLE_MARKERS.includes(token.lower) || token.lower === 'your') return true
  }
  return false
}

/** Same head noun, and one title's words include the other's: "Coordinator", "Senior Marketing Coordinator". */
function sameRole(keys: readonly string[], role: readonly string[]): boolean {
  if (keys.at(-1) !== role.at(-1)) return false
  return keys.every((key) => role.includes(key)) || role.every((key) => keys.includes(key))
}

/** The context's role written out in the letter, in any case. */
function mentionsRole(tokens: readonly Token[], role: Role): boolean {
  const size = role.keys.length
  for (let p = 0; p + size <= tokens.length; p++) {
    const first = tokens[p] as Token
    if (first.key !== role.keys[0] || (first.part !== 'body' && first.part !== 'subject')) continue
    let all = true
    for (let i = 1; i < size && all; i++) {
      const token = tokens[p + i] as Token
      all = token.key === role.keys[i] && token.joined
    }
    if (all) return true
  }
  return false
}

export function roleOf(text: string, words: readonly string[]): Role {
  return { text, keys: words.map(keyOf) }
}

/** A word with a capital after its first letter (`UX`, `DevOps`) that lowercasing would spoil. */
function hasInnerCapital(text: string): boolean {
  return /\p{L}\p{Lu}/u.test(text)
}

/**
 * A title is certainly another job, to be replaced by the role, when it has a word the role does
 * not and no acronym: "Senior Planner" may be short for "Senior Planner, Long Range" and "CRC II"
 * for "Clinical Research Coordinator II", but "Marketing Manager" is not "Marketing Coordinator".
 */
function isOtherTitle(title: readonly Token[], role: Role): boolean {
  if (
    title.some(
      (token) =>
        token.text.length > 1 && token.text === token.text.toUpperCase() && /\p{Lu}/u.test(token.text),
    )
  ) {
    return false
  }
  return title.some((token) => !role.keys.includes(token.key))
}
