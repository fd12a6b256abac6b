import type { Issue } from '../../checker.js'
import type { ThankYouDocument } from '../../document.js'
import { editDistance } from '../../text/distance.js'
import { trimWhere } from '../../text/trim.js'
import { JOB_TITLE_HEADS } from './data/job-titles.js'
import { OWN_ROLE_MARKERS, TITLE_DETERMINERS, TITLE_HEADS, TITLE_TRIGGERS } from './data/names-and-titles.js'
import { keyOf, type Token } from './tokens.js'

/** The role from the context, prepared for comparison. */
export interface Role {
  text: string
  /** Lowercase keys of its words. */
  keys: readonly string[]
  /**
   * The keys of the title proper: before a comma, a dash or a parenthesis, without grades, bands
   * and levels ("Band 6 Physiotherapist – Outpatients" → `physiotherapist`). Its last is the head.
   */
  core: readonly string[]
  /** The title before a comma, a dash or a parenthesis, as the context writes it: the fix. */
  proper: string
}

const CONNECTORS = new Set(['&', 'and', 'in', 'of'])
/** Words that head a title before "of": "VP of Engineering", "Head of Sales". */
const HEAD_FIRST = new Set(['avp', 'chief', 'dean', 'director', 'evp', 'head', 'president', 'svp', 'vp'])
let titleHeads: ReadonlySet<string> | undefined
let triggers: ReadonlySet<string> | undefined
const MAX_TITLE_WORDS = 6
/** Longest word read as a compound of a title head ("Copywriter", "Dockworker"). */
const MAX_COMPOUND_LENGTH = 24
/** Words that, with the number after them, grade a title rather than name it ("Band 6", "Level 3"). */
const GRADE_WORDS = new Set(['band', 'grade', 'level', 'step', 'tier'])
/** A number or a roman numeral up to eight: "II" in "Data Scientist II". */
const GRADE = /^(?:\d+[a-z]?|[ivx]{1,4})$/

/** Whether `key` is a grade: a number, a roman numeral ("ii"), or "l3". */
export function isGrade(key: string): boolean {
  return GRADE.test(key) || /^l\d$/.test(key)
}

/** The title's keys without grades, bands and levels. */
function withoutGrades(keys: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string
    if (GRADE_WORDS.has(key) && i + 1 < keys.length && isGrade(keys[i + 1] as string)) {
      i++
      continue
    }
    if (!isGrade(key) || out.length === 0) out.push(key)
  }
  return out
}

/** Common title heads and the O*NET ones, built once per process. */
function commonHeads(): ReadonlySet<string> {
  // Stryker disable all: built once per process; Stryker's vitest runner keeps modules loaded between
  // mutants, so the table from the dry run is reused and a mutant here never takes effect.
  titleHeads ??= new Set([...TITLE_HEADS, ...JOB_TITLE_HEADS])
  // Stryker restore all
  return titleHeads
}

/**
 * Whether a word ends a job title: a head of the vocabulary, or a compound ending in one
 * ("Copywriter", "Dockworker").
 */
export function isTitleHead(key: string): boolean {
  const heads = commonHeads()
  if (heads.has(key)) return true
  // "Geologist", "Stylist", "Librarian": nouns of a practitioner, whatever the list holds.
  if (key.length >= 7 && (key.endsWith('ist') || key.endsWith('ician') || key.endsWith('arian'))) return true
  // No title word is this long; the bound keeps a pathological token linear.
  if (key.length > MAX_COMPOUND_LENGTH) return false
  for (let cut = 3; cut <= key.length - 4; cut++) {
    if (heads.has(key.slice(cut))) return true
  }
  return false
}

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
  triggers ??= new Set(TITLE_TRIGGERS)
  // Stryker restore all
  const head = role.core.at(-1) as string
  const isHead = (key: string) => key === head || isTitleHead(key) || isInitials(key, role.core)
  const roleWords = new Set(role.keys)
  const titleWord = (token: Token) => isHead(token.key) || roleWords.has(token.key)
  const qualifies = (token: Token) =>
    !taken.has(token.index) && !token.possessive && (token.capitalised || titleWord(token))
  let mentioned = mentionsRole(tokens, role)
  const seen = new Set<number>()

  const consider = (first: number, end: number, marker: Token | undefined) => {
    while (first <= end && CONNECTORS.has((tokens[first] as Token).lower)) first++
    let last = end
    // "Data Scientist II": a grade after the head belongs to the title, and to its span.
    while (last > first && isGrade((tokens[last] as Token).key) && isHead((tokens[last - 1] as Token).key))
      last--
    const graded = last < end
    while (last >= first && !isHead((tokens[last] as Token).key)) last--
    if (graded && last >= first && isHead((tokens[last] as Token).key) && last + 1 <= end) {
      let grades = true
      for (let i = last + 1; i <= end && grades; i++) grades = isGrade((tokens[i] as Token).key)
      if (grades) last = end
    }
    // "VP of Engineering", "Lecturer in Physical Chemistry": a head first, its field after.
    for (let i = first; i + 2 <= end; i++) {
      const lead = tokens[i] as Token
      const link = tokens[i + 1] as Token
      if (!(isHead(lead.key) || HEAD_FIRST.has(lead.key)) || (link.lower !== 'of' && link.lower !== 'in'))
        continue
      let field = true
      for (let j = i + 2; j <= end && field; j++) field = (tokens[j] as Token).capitalised
      if (field) last = Math.max(last, end)
      break
    }
    if (last < first || seen.has(first)) return
    seen.add(first)
    if (marker && OWN_ROLE_MARKERS.includes(marker.lower)) return
    const title = tokens.slice(first, last + 1)
    const keys = title.map((token) => token.key)
    const lowercase = title.every((token) => !token.capitalised)
    // "the manager role" may mean anyone's; a lowercase title must share a word with the role.
    if (lowercase && keys.at(-1) !== head && !keys.some((key) => roleWords.has(key))) return
    if (interviewerTitles.has(keys.join(' '))) return
    const same = sameRole(withoutGrades(keys), role)
    if (same) {
      if (same === 'initials' || keys.length >= Math.min(2, role.core.length)) mentioned = true
      return
    }
    if (editDistance(keys.join(' '), role.core.join(' '), 2) <= 2) return
    const span = { start: (title[0] as Token).start, end: (title.at(-1) as Token).end }
    const actual = document.slice(span)
    issues.push({
      ruleId: 'wrong-position',
      span,
      actual,
      expected: [role.text],
      // The title proper, as the context writes it: "Registered Nurse" for "Registered Nurse, ICU (nights)".
      ...(isOtherTitle(title, role) && {
        fix: {
          span,
          text: lowercase && !hasInnerCapital(role.proper) ? role.proper.toLowerCase() : role.proper,
        },
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

/**
 * Whether a title the letter writes is the context's role:
 * - `subset`: its words are all the role's ("Data Analyst" for "Data Analyst (Level 3)", "Associate"
 *   for "Associate Attorney – Real Estate");
 * - `longer`: it has the role's head and all the core's words ("Senior Marketing Coordinator");
 * - `initials`: one word of the initials of the role's core words ("RN", "CRC" for "Clinical
 *   Research Coordinator").
 */
function sameRole(keys: readonly string[], role: Role): 'subset' | 'longer' | 'initials' | undefined {
  if (keys.length === 0) return undefined
  if (keys.every((key) => role.keys.includes(key))) return 'subset'
  if (keys.at(-1) === role.core.at(-1) && role.core.every((key) => keys.includes(key))) return 'longer'
  if (keys.length === 1 && isInitials(keys[0] as string, role.core)) return 'initials'
  return undefined
}

/** `rn` for "registered nurse": the first letters of two or more consecutive words, ending at the head. */
function isInitials(key: string, core: readonly string[]): boolean {
  if (key.length < 2 || key.length > core.length) return false
  let initials = ''
  for (const word of core.slice(core.length - key.length)) initials += word.charAt(0)
  return initials === key
}

/** The context's role (its core at least) written out in the letter, in any case. */
function mentionsRole(tokens: readonly Token[], role: Role): boolean {
  const size = role.core.length
  for (let p = 0; p + size <= tokens.length; p++) {
    const first = tokens[p] as Token
    if (first.key !== role.core[0] || (first.part !== 'body' && first.part !== 'subject')) continue
    let all = true
    for (let i = 1; i < size && all; i++) {
      const token = tokens[p + i] as Token
      all = token.key === role.core[i] && token.joined
    }
    if (all) return true
  }
  return false
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

export function roleOf(text: string, words: readonly string[]): Role {
  const keys = words.map(keyOf)
  // The title proper: before ", Medical ICU", " – Outpatients", " (Level 3)".
  const proper = text.split(/,|\(|\s[–—-]\s|[–—]/)[0] ?? text
  const properKeys = proper
    .split(/[\s/]+/)
    .map((word) => keyOf(trimWhere(word, (char) => !LETTER_OR_DIGIT.test(char))))
    .filter((key) => key !== '')
  const core = withoutGrades(properKeys)
  return { text, keys, core: core.length > 0 ? core : keys, proper: proper.trim() || text }
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
