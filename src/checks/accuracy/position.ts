import type { Issue } from '../../checker.js'
import type { Span, ThankYouDocument } from '../../document.js'
import { editDistance } from '../../text/distance.js'
import { trimWhere } from '../../text/trim.js'
import { listsLowercaseForm } from '../spelling/lexicon.js'
import { JOB_TITLE_HEADS, JOB_TITLE_MODIFIERS } from './data/job-titles.js'
import {
  DEPARTMENTS,
  ORGANISATION_NOUNS,
  OWN_ROLE_MARKERS,
  PAST_WORKPLACE_CUES,
  SITE_WORDS,
  TITLE_DETERMINERS,
  TITLE_HEADS,
  TITLE_TRIGGERS,
} from './data/names-and-titles.js'
import { isCommonWord, keyOf, type Token } from './tokens.js'

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
/** Determiners before a lowercase title in a slot: "the line cook position", "this barista role". */
const LOWERCASE_SLOT_DETERMINERS = new Set(['the', 'this'])
/**
 * Common title heads that name a rank, a grade of seniority or a kind of post as much as a job, and
 * may be anyone's ("the team lead position", "the store associate role"): a lowercase title ending
 * in one is never read. The other common heads name a trade or a profession (nurse, engineer,
 * designer, technician).
 */
const RANK_HEADS = new Set([
  'administrator',
  'assistant',
  'associate',
  'consultant',
  'coordinator',
  'director',
  'executive',
  'intern',
  'lead',
  'manager',
  'officer',
  'representative',
  'specialist',
  'supervisor',
])

/** Words before "the … role" that make it a role to come: "grow into the sous chef role". */
const FUTURE_ROLE_WORDS = new Set(['into', 'toward', 'towards'])
/** How far back a marker of the writer's own role is looked for: "my last line cook job". */
const OWN_ROLE_REACH = 4
/** Lowercase words that may stand between a title and its trigger: "the District Nurse night post". */
const MAX_GAP_WORDS = 2
/** Words that end a phrase rather than qualify a post: "the Sous Chef said the job". */
const GAP_STOPS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'for',
  'in',
  'my',
  'of',
  'on',
  'or',
  'the',
  'to',
  'your',
])
let modifierSet: ReadonlySet<string> | undefined
/** Words of the O*NET titles that stand before a head ("line" in "line cook"), built once per process. */
function titleModifiers(): ReadonlySet<string> {
  // Stryker disable next-line all: built once per process.
  modifierSet ??= new Set(JOB_TITLE_MODIFIERS)
  return modifierSet
}
/** Verbs after which a title before them is the subject of what the role will do. */
const MODALS = new Set(['must', 'should', 'will', 'would'])
/** Only a slash between two words: "Teller / Personal Banker". */
const SLASH_GAP = /^ ?\/ ?$/
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

/** Whether a word is a head of the job-title vocabulary itself ("captain", "analyst"). */
export function isListedTitleHead(key: string): boolean {
  return commonHeads().has(key)
}

/** Suffixes of nouns of agent: "brewer", "investor", "consultant", "president", "trainee". */
const AGENT_SUFFIXES = ['er', 'or', 'ant', 'ent', 'ee']
/** Shortest stem an agent noun is read from: "brew" in "brewer"; "tow" in "tower" is too short. */
const MIN_AGENT_STEM = 4

/**
 * Whether `key` is a noun of agent made from an everyday word by its suffix, as the lexicon
 * tells: "brewer" (brew), "baker" (bake), "planner" (plan), "consultant" (consult), "attendant"
 * (attend), "president" (preside), "trainee" (train). Stems of fewer than four letters are
 * refused ("tower", "water"); a few nouns that are no agents still pass ("center"), which in a
 * title slot costs little.
 */
export function isAgentNoun(key: string): boolean {
  if (key.length > MAX_COMPOUND_LENGTH || !/^[a-z]+$/.test(key)) return false
  for (const suffix of AGENT_SUFFIXES) {
    if (!key.endsWith(suffix)) continue
    const stem = key.slice(0, -suffix.length)
    const stems = [stem, `${stem}e`]
    // "planner" from "plan", "carrier" from "carry".
    if (stem.length > 1 && stem.at(-1) === stem.at(-2)) stems.push(stem.slice(0, -1))
    if (stem.endsWith('i')) stems.push(`${stem.slice(0, -1)}y`)
    return stems.some((word) => word.length >= MIN_AGENT_STEM && listsLowercaseForm(word))
  }
  return false
}

/** Nouns that end the name of a place a role may be named after: "the Elm Street position". */
const PLACE_NOUNS = new Set([
  'avenue',
  'boulevard',
  'bridge',
  'drive',
  'lane',
  'mall',
  'park',
  'place',
  'plaza',
  'road',
  'square',
  'street',
  'way',
])

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
  // A noun of agent only when capitalised, as in a title: "Brewer", not "a number of".
  const isHead = (token: Token) =>
    token.key === head ||
    isTitleHead(token.key) ||
    isInitials(token.key, role.core) ||
    (token.capitalised && isAgentNoun(token.key))
  const roleWords = new Set(role.keys)
  const titleWord = (token: Token) => isHead(token) || roleWords.has(token.key)
  const qualifies = (token: Token) =>
    !taken.has(token.index) && !token.possessive && (token.capitalised || titleWord(token))
  // "Buyer's Agent", "Women's Basketball Coach": a possessive inside a title is a head or an
  // everyday word, never a name ("Acme's Marketing Manager" is Acme's).
  const possessiveInTitle = (token: Token) =>
    !taken.has(token.index) &&
    token.possessive &&
    token.capitalised &&
    (isHead(token) || isCommonWord(token.lower))
  // "Teller / Personal Banker Trainee": a slash parts two titles of one role.
  const slashBetween = (before: Token, after: Token) =>
    before.sentence === after.sentence && SLASH_GAP.test(document.text.slice(before.end, after.start))
  const joinedInTitle = (before: Token, after: Token) =>
    (after.joined && before.sentence === after.sentence) || slashBetween(before, after)
  let mentioned = mentionsRole(tokens, role)
  // A letter that never names the role may carry the title of the letter it was copied from.
  const unnamed = !mentioned
  const seen = new Set<number>()

  /**
   * Reports the title in `first..end` if it is not the role. `weak`: a slot where the title may be
   * a colleague's (a warning); `segment`: a part of the subject line (no decider's title either).
   */
  const consider = (first: number, end: number, marker: Token | undefined, weak = false, segment = false) => {
    while (first <= end && CONNECTORS.has((tokens[first] as Token).lower)) first++
    // "as Clinical Research Coordinator II and …": the connector after the title is the sentence's.
    while (end >= first && CONNECTORS.has((tokens[end] as Token).lower)) end--
    let last = end
    // "Data Scientist II": a grade after the head belongs to the title, and to its span.
    while (last > first && isGrade((tokens[last] as Token).key) && isHead(tokens[last - 1] as Token)) last--
    const graded = last < end
    while (last >= first && !isHead(tokens[last] as Token)) last--
    if (graded && last >= first && isHead(tokens[last] as Token) && last + 1 <= end) {
      let grades = true
      for (let i = last + 1; i <= end && grades; i++) grades = isGrade((tokens[i] as Token).key)
      if (grades) last = end
    }
    // "VP of Engineering", "Lecturer in Physical Chemistry": a head first, its field after.
    for (let i = first; i + 2 <= end; i++) {
      const lead = tokens[i] as Token
      const link = tokens[i + 1] as Token
      if (!(isHead(lead) || HEAD_FIRST.has(lead.key)) || (link.lower !== 'of' && link.lower !== 'in'))
        continue
      let field = true
      for (let j = i + 2; j <= end && field; j++) field = (tokens[j] as Token).capitalised
      if (field) last = Math.max(last, end)
      break
    }
    if (last < first) {
      if (unnamed && !weak && !segment) unknownHead(first, end, marker)
      return
    }
    if (seen.has(first)) return
    seen.add(first)
    if (marker && OWN_ROLE_MARKERS.includes(marker.lower)) return
    const title = tokens.slice(first, last + 1)
    const keys = title.map((token) => token.key)
    const lowercase = title.every((token) => !token.capitalised)
    // "the manager role" may mean anyone's; a lowercase title must share a word with the role.
    if (lowercase && keys.at(-1) !== head && !keys.some((key) => roleWords.has(key) && !CONNECTORS.has(key)))
      return
    // "the Hiring Manager will decide", "the Director would": someone who decides, not the role.
    if ((weak || segment) && (lowercase || keys.some((key) => HEAD_FIRST.has(key) || key === 'hiring')))
      return
    if (interviewerTitles.has(keys.join(' '))) return
    // Each part of a title with a slash is compared alone: "Teller / Personal Banker" names the
    // role "Personal Banker".
    let same: ReturnType<typeof sameRole>
    for (const part of slashParts(title)) {
      const partKeys = part.map((token) => token.key)
      same = sameRole(withoutGrades(partKeys), role)
      if (same) {
        if (same === 'initials' || partKeys.length >= Math.min(2, role.core.length)) mentioned = true
        return
      }
      if (editDistance(partKeys.join(' '), role.core.join(' '), 2) <= 2) return
    }
    const span = { start: (title[0] as Token).start, end: (title.at(-1) as Token).end }
    const actual = document.slice(span)
    if (weak) {
      // "the challenges the Sous Chef will face": most likely the role, perhaps a colleague's.
      warn(span, `Is "${actual}" the role you interviewed for? This letter is for the ${role.text} position`)
      return
    }
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

  /**
   * In a letter that never names the role, "the Mechanical Engineering Co-op position": two
   * capitalised words or more where a title stands, ending in a common noun (the head no list
   * knows), are a `wrong-position` warning. A place ("the New York role"), a department or a
   * word of the role is not.
   */
  function unknownHead(first: number, end: number, marker: Token | undefined) {
    if (end - first < 1 || seen.has(first)) return
    const run = tokens.slice(first, end + 1)
    const last = run.at(-1) as Token
    if (
      !run.every((token) => token.capitalised && !token.sentenceStart && !roleWords.has(token.key)) ||
      !isCommonNoun(last.key) ||
      DEPARTMENTS.includes(last.lower) ||
      SITE_WORDS.includes(last.lower) ||
      PLACE_NOUNS.has(last.lower) ||
      (marker && OWN_ROLE_MARKERS.includes(marker.lower))
    )
      return
    seen.add(first)
    const span = { start: (run[0] as Token).start, end: last.end }
    warn(
      span,
      `The letter never names the ${role.text} position, and names "${document.slice(span)}": is this a title left over from another letter?`,
    )
  }

  /**
   * "the line cook position", "this dental hygienist role": a lowercase title before the trigger,
   * its head an O*NET job-title head that is not the role's, and no word of it the role's: a
   * `wrong-position` warning without a fix. A title ending in a common head ("the manager role",
   * "the team lead position") may be anyone's, a title after "into" ("grow into the sous chef
   * role") is one to come, and one after a past-role marker ("my last line cook job") the writer's
   * own: all are left alone. Returns whether it reported.
   */
  function lowercaseTitle(t: number): boolean {
    // "the hiring manager interview", "the line manager interview": named after who ran it.
    if ((tokens[t] as Token).lower.startsWith('interview')) return false
    const end = tokens[t - 1] as Token
    if (end.capitalised || taken.has(end.index) || end.key === head || roleWords.has(end.key)) return false
    if (!isListedTitleHead(end.key)) return false
    let first = t - 1
    while (first > 0 && t - first < MAX_TITLE_WORDS) {
      const before = tokens[first - 1] as Token
      if (!joinedInTitle(before, tokens[first] as Token) || before.capitalised) break
      // "sous" in "sous chef": a word no English word list holds is the title's own.
      if (
        !titleModifiers().has(before.key) &&
        !isListedTitleHead(before.key) &&
        listsLowercaseForm(before.key)
      )
        break
      first--
    }
    // "the sous chef role": one more word of the title, that no list knows as one, after "the".
    const extra = tokens[first - 1]
    if (
      extra &&
      !extra.capitalised &&
      LOWERCASE_SLOT_DETERMINERS.has(tokens[first - 2]?.lower ?? '') &&
      joinedInTitle(extra, tokens[first] as Token) &&
      !GAP_STOPS.has(extra.lower) &&
      !/(?:ed|[^su]s)$/.test(extra.lower)
    )
      first--
    const determiner = tokens[first - 1]
    if (
      !determiner ||
      determiner.sentence !== end.sentence ||
      !LOWERCASE_SLOT_DETERMINERS.has(determiner.lower)
    )
      return false
    if (FUTURE_ROLE_WORDS.has(tokens[first - 2]?.lower ?? '')) return false
    const title = tokens.slice(first, t)
    if (title.some((token) => roleWords.has(token.key) || taken.has(token.index) || token.key === 'hiring'))
      return false
    // "the team lead position", "the store associate role": a common head names a rank as much
    // as a job, perhaps one the interviewer described; only a head of a trade or a practice is read.
    // A head of a trade or a profession among them ("the registered nurse position", "the
    // graphic designer role") is read with a word of its field before it, never alone.
    if (TITLE_HEADS.includes(end.key) && (RANK_HEADS.has(end.key) || title.length < 2)) return false
    for (let i = first - 1; i >= 0 && first - i <= OWN_ROLE_REACH; i--) {
      const token = tokens[i] as Token
      if (token.sentence !== end.sentence) break
      if (OWN_ROLE_MARKERS.includes(token.lower) || PAST_WORKPLACE_CUES.includes(token.lower)) return false
    }
    if (seen.has(first)) return true
    seen.add(first)
    const span = { start: (title[0] as Token).start, end: end.end }
    warn(
      span,
      `Is "${document.slice(span)}" the role you interviewed for? This letter is for the ${role.text} position`,
    )
    return true
  }

  /**
   * "the District Nurse night post", "the Data Analyst contract role": a capitalised title, then a
   * lowercase word or two of the post's own (a shift, a term), then the trigger. The title is read
   * as if the trigger followed it.
   */
  function titleBeforeGap(t: number) {
    let gap = t - 1
    while (gap >= 0 && t - gap <= MAX_GAP_WORDS) {
      const token = tokens[gap] as Token
      if (
        token.capitalised ||
        !joinedInTitle(token, tokens[gap + 1] as Token) ||
        !isCommonWord(token.lower) ||
        GAP_STOPS.has(token.lower) ||
        /(?:ed|s)$/.test(token.lower)
      )
        break
      gap--
    }
    if (gap === t - 1 || gap < 0) return
    const last = tokens[gap] as Token
    if (!last.capitalised || !joinedInTitle(last, tokens[gap + 1] as Token) || !isHead(last)) return
    let first = gap
    while (first > 0 && gap - first < MAX_TITLE_WORDS) {
      const before = tokens[first - 1] as Token
      if (!joinedInTitle(before, tokens[first] as Token) || !qualifies(before) || !before.capitalised) break
      first--
    }
    if (first === gap && gap > 0 && !TITLE_DETERMINERS.includes((tokens[gap - 1] as Token).lower)) return
    consider(first, gap, markerBefore(tokens, first))
  }

  /** A `wrong-position` warning on `span`, with no fix: the title may be right after all. */
  function warn(span: Span, message: string) {
    issues.push({
      ruleId: 'wrong-position',
      severity: 'warning',
      span,
      actual: document.slice(span),
      expected: [role.text],
      message,
    })
  }

  /** The title's parts between slashes; the whole title when it has none. */
  function slashParts(title: readonly Token[]): Token[][] {
    const parts: Token[][] = [[]]
    for (const [i, token] of title.entries()) {
      const previous = title[i - 1]
      if (previous && slashBetween(previous, token)) parts.push([])
      ;(parts.at(-1) as Token[]).push(token)
    }
    return parts
  }

  // "Subject: Data Scientist II – thank you", "Subject: Herd Manager": a part of the subject line
  // between dashes, colons or commas that is all a capitalised title.
  let segmentStart = -1
  for (let t = 0; t <= tokens.length; t++) {
    const token = tokens[t]
    const inSubject = token?.part === 'subject'
    if (inSubject && segmentStart >= 0 && token.joined && t - segmentStart <= MAX_TITLE_WORDS) continue
    if (segmentStart >= 0 && titleCased(tokens.slice(segmentStart, t)))
      consider(segmentStart, t - 1, undefined, false, true)
    segmentStart =
      inSubject && (t === 0 || !token.joined || (tokens[t - 1] as Token).part !== 'subject') ? t : -1
  }

  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token
    if (token.part !== 'body' && token.part !== 'subject') continue
    if (triggers.has(token.lower)) {
      // Backwards from "role": "the Marketing Manager role".
      let first = t
      for (let i = t - 1; i >= 0 && t - i <= MAX_TITLE_WORDS; i--) {
        const before = tokens[i] as Token
        if (!joinedInTitle(before, tokens[i + 1] as Token)) break
        // A connector only inside a title: "Head of Marketing role", not "of role".
        if (qualifies(before) || (first < t && (possessiveInTitle(before) || CONNECTORS.has(before.lower)))) {
          first = i
          continue
        }
        break
      }
      if (first < t && !lowercaseTitle(t)) consider(first, t - 1, markerBefore(tokens, first))
      else if (first === t) titleBeforeGap(t)
      // Forwards from "role of": "the role of Marketing Manager".
      const next = tokens[t + 1]
      if (next?.lower === 'of' && next.joined) forwardTitle(t + 2, markerBefore(tokens, t))
    } else if (MODALS.has(token.lower) && token.joined) {
      // "the challenges the Sous Chef will face": a title as the subject of what the role will do.
      let first = t
      while (
        first - 1 >= 0 &&
        t - first < MAX_TITLE_WORDS &&
        (tokens[first] as Token).joined &&
        (tokens[first - 1] as Token).sentence === token.sentence &&
        (tokens[first - 1] as Token).capitalised &&
        !(tokens[first - 1] as Token).sentenceStart &&
        !taken.has(first - 1) &&
        (first === t ||
          !(tokens[first - 1] as Token).possessive ||
          possessiveInTitle(tokens[first - 1] as Token))
      )
        first--
      const determiner = tokens[first - 1]
      // "the Engineering Manager I would work with": "I" is the subject, the title its object.
      if (
        first < t &&
        (tokens[t - 1] as Token).text !== 'I' &&
        !(tokens[t - 1] as Token).possessive &&
        determiner?.sentence === token.sentence &&
        (determiner.lower === 'the' || determiner.lower === 'your')
      )
        consider(first, t - 1, determiner, true)
    } else if (token.lower === 'for' && tokens[t + 1]?.lower === 'the' && appliedFor(tokens, t)) {
      // "interviewing me for the Sous Chef at …", "I applied for the Welder": the title alone
      // after "for the", where the trigger word is left out. Only a run ending in a head is read.
      let last = t + 1
      for (let i = t + 2; i < tokens.length && i - t - 1 <= MAX_TITLE_WORDS; i++) {
        const word = tokens[i] as Token
        if (!joinedInTitle(tokens[i - 1] as Token, word) || !word.capitalised || !qualifies(word)) break
        last = i
      }
      // "for the barista at": a lowercase title, read as before a trigger.
      if (last === t + 1) {
        for (let i = t + 2; i < tokens.length - 1 && i - t - 1 <= MAX_TITLE_WORDS; i++) {
          const word = tokens[i] as Token
          if (word.capitalised || !word.joined || word.sentence !== token.sentence) break
          if (isListedTitleHead(word.key) && endsTitle(tokens[i + 1], token.sentence)) {
            lowercaseTitle(i + 1)
            break
          }
        }
      } else if (isHead(tokens[last] as Token) && endsTitle(tokens[last + 1], token.sentence))
        consider(t + 2, last, tokens[t + 1])
    } else if (token.lower === 'as' && !ownRoleBefore(tokens, t)) {
      const next = tokens[t + 1]
      if (next?.lower === 'well' || tokens[t - 1]?.lower === 'such') continue
      if (!(joinsAs(tokens, t) && lowercaseAfterAs(t))) forwardTitle(t + 1, undefined)
    }
  }

  /**
   * "I would love to join your team as a barista", "to contribute as a dental hygienist": after a
   * verb of joining, a lowercase title after "as a" is the role applied for. Read as the lowercase
   * title before a trigger is: an O*NET head that is not the role's, a common head only with a word
   * of its field and never a rank's, no word of the role. A warning without a fix. Returns whether
   * it reported.
   */
  function lowercaseAfterAs(t: number): boolean {
    let start = t + 1
    while (tokens[start] && TITLE_DETERMINERS.includes((tokens[start] as Token).lower)) start++
    if (start === t + 1) return false
    const sentence = (tokens[t] as Token).sentence
    let last = -1
    for (let i = start; i < tokens.length && i - start < MAX_TITLE_WORDS; i++) {
      const token = tokens[i] as Token
      if (token.capitalised || !token.joined || token.sentence !== sentence || taken.has(i)) break
      const listedHead = isListedTitleHead(token.key)
      if (listedHead) last = i
      // "sous" in "sous chef": a word no English word list holds is the title's own.
      if (!listedHead && !titleModifiers().has(token.key) && listsLowercaseForm(token.key)) break
    }
    if (last < start) return false
    const title = tokens.slice(start, last + 1)
    const end = tokens[last] as Token
    if (end.key === head || title.some((token) => roleWords.has(token.key) || token.key === 'hiring'))
      return false
    if (TITLE_HEADS.includes(end.key) && (RANK_HEADS.has(end.key) || title.length < 2)) return false
    if (seen.has(start)) return true
    seen.add(start)
    const span = { start: (title[0] as Token).start, end: end.end }
    warn(
      span,
      `Is "${document.slice(span)}" the role you interviewed for? This letter is for the ${role.text} position`,
    )
    return true
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
        continue
      }
      // "as a Buyer's Agent": a possessive inside the title, with the title going on after it.
      const after = tokens[i + 1]
      if (possessiveInTitle(token) && after?.joined && after.capitalised) {
        last = i
        continue
      }
      break
    }
    if (last >= start) consider(start, last, marker)
  }

  return { issues, mentioned }
}

/** A word the lexicon holds in lowercase; a hyphenated one whole or run together ("Co-op", "coop"). */
function isCommonNoun(key: string): boolean {
  return listsLowercaseForm(key) || (key.includes('-') && listsLowercaseForm(key.replaceAll('-', '')))
}

/** Every word capitalised, or a grade ("Data Scientist II"), and no word "I". */
function titleCased(run: readonly Token[]): boolean {
  return (
    run.length > 0 && run.every((token) => token.text !== 'I' && (token.capitalised || isGrade(token.key)))
  )
}

/** The word just before a title, when it is in the same sentence. */
function markerBefore(tokens: readonly Token[], first: number): Token | undefined {
  const before = tokens[first - 1]
  return before && before.sentence === (tokens[first] as Token).sentence ? before : undefined
}

/** Verbs before "for the" that make what follows the role applied for: "interviewing me for the Welder". */
const APPLY_VERBS = new Set([
  'applied',
  'applying',
  'apply',
  'candidacy',
  'consider',
  'considered',
  'considering',
  'consideration',
  'interview',
  'interviewed',
  'interviewing',
])
/** How far back from "for the" the verb of applying is looked for: "interviewing me yesterday for the". */
const APPLY_REACH = 3

/** Lowercase words after a title that end it, not nouns it modifies: "for the Welder at", "for the Welder and". */
const NOT_NOUNS = new Set([
  'and',
  'at',
  'in',
  'on',
  'or',
  'with',
  'yesterday',
  'today',
  'this',
  'last',
  'next',
])

/** Whether `after` ends a title rather than being a noun it modifies: "the Welder at", not "the Welder training". */
function endsTitle(after: Token | undefined, sentence: number): boolean {
  return !(after?.joined && after.sentence === sentence && !after.capitalised && !NOT_NOUNS.has(after.lower))
}

/** Whether "for" at `at` follows a verb of applying or interviewing in its sentence, a few words back. */
function appliedFor(tokens: readonly Token[], at: number): boolean {
  const sentence = (tokens[at] as Token).sentence
  for (let i = at - 1; i >= Math.max(0, at - APPLY_REACH); i--) {
    const token = tokens[i] as Token
    if (token.sentence !== sentence) return false
    if (APPLY_VERBS.has(token.lower)) return true
  }
  return false
}

/** Verbs of joining before "as": "join your team as a barista", "contribute as a welder". */
const JOIN_VERBS = new Set(['contribute', 'contributing', 'join', 'joining'])
/** How far back from "as" the verb of joining is looked for: "join your night team as". */
const JOIN_REACH = 4

/** Whether "as" at `at` follows a verb of joining in its sentence, a few words back. */
function joinsAs(tokens: readonly Token[], at: number): boolean {
  const sentence = (tokens[at] as Token).sentence
  for (let i = at - 1; i >= Math.max(0, at - JOIN_REACH); i--) {
    const token = tokens[i] as Token
    if (token.sentence !== sentence) return false
    if (JOIN_VERBS.has(token.lower)) return true
  }
  return false
}

/** "my current role as", "your experience as": the title after "as" is someone's own, not the one applied for. */
function ownRoleBefore(tokens: readonly Token[], at: number): boolean {
  const sentence = (tokens[at] as Token).sentence
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const token = tokens[i] as Token
    if (token.sentence !== sentence) break
    if (OWN_ROLE_MARKERS.includes(token.lower)) return true
    // "your experience as", but not "join your team as": the employer's own group is no one's past.
    if (token.lower === 'your' && !EMPLOYER_GROUPS.has(tokens[i + 1]?.lower ?? '')) return true
  }
  return false
}

/** Nouns after "your" that name the employer or its group, not the reader's own career: "join your team as". */
const EMPLOYER_GROUPS: ReadonlySet<string> = new Set([...ORGANISATION_NOUNS, ...SITE_WORDS, ...DEPARTMENTS])

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
  // "Mid-Market AE" for "Mid-Market Account Executive": initials may stand for the last words.
  if (keys.every((key) => role.keys.includes(key) || (keys.length > 1 && isInitials(key, role.core))))
    return 'subset'
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

/**
 * Whether the letter names the role at all: its title proper, or as writers shorten it, by its
 * head ("the nurse role" for "Registered Nurse, Medical ICU") or its initials ("RN", "CFO").
 */
function mentionsRole(tokens: readonly Token[], role: Role): boolean {
  const size = role.core.length
  const head = role.core.at(-1)
  for (const token of tokens) {
    if (token.part !== 'body' && token.part !== 'subject') continue
    if (token.key === head) return true
    // Initials in capitals only: "an" is no "Advanced Nurse".
    if (size > 1 && token.text === token.text.toUpperCase() && isInitials(token.key, role.core)) return true
  }
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
