/**
 * Reads what a clause says the candidate would do: who acts (I, we, "my experience" with "let me"),
 * in what mood (a modal, "glad to", "ready to", "look forward to"), and which verb. A clause states
 * a contribution when the candidate is the subject of a forward-looking verb that does something
 * (not the hiring process, talk, travel or joining): "I could rework the intake spreadsheet",
 * "my experience would allow me to contribute", "I'd be glad to pass on what worked".
 *
 * The verb is open: any verb outside the `process` class counts, so wordings no list foresaw still
 * count. A few light verbs (get, take, make, give, start, work, meet, do, look) count or not by the
 * word after them. Every step is a bounded walk over the clause's tokens.
 */
import { QUALITIES } from './data/qualities.js'
import { hasKey, type Token } from './match-words.js'
import { pledgeAt } from './wanting.js'

/** A forward-looking act of the candidate's in a clause, by token indexes. */
export interface Act {
  /** The subject (I, we, "my experience"), or the first token of the chain when it is left out. */
  subject: number
  /** The verb, or for "be useful / an asset" the word that says so. */
  verb: number
  /** The chain wants the act, not only offers it: "I'd love to run", "keen to build", "want to help". */
  desire: boolean
}

/** How far back from the modal or "glad to" the subject is looked for, in words. */
const SUBJECT_REACH = 12
/** How many steps a chain ("would be glad to help rebuild") takes at most before its verb. */
const MAX_CHAIN = 6

const MODALS: ReadonlySet<string> = new Set(['can', 'could', 'shall', 'should', 'will', 'would'])
const SELF_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we'])
/** A subject that is not the candidate: the modal's act is someone else's. */
const OTHER_SUBJECTS: ReadonlySet<string> = new Set([
  'anyone',
  'he',
  'it',
  'she',
  'someone',
  'that',
  'there',
  'they',
  'this',
  'what',
  'which',
  'who',
  'you',
])
/** "my experience", "this background", "these skills" stand for the candidate. */
const SELF_DETERMINERS: ReadonlySet<string> = new Set(['my', 'our', 'such', 'that', 'these', 'this', 'those'])
/** Words that may stand between a clause's start and a left-out subject: "So happy to help". */
const ELIDED_LEAD: ReadonlySet<string> = new Set([
  'also',
  'and',
  'just',
  'more',
  'really',
  'so',
  'than',
  'very',
])
/** Words skipped between a modal and its verb. */
const ADVERBS: ReadonlySet<string> = new Set([
  'again',
  'also',
  'always',
  'certainly',
  'definitely',
  'even',
  'further',
  'genuinely',
  'never',
  'not',
  'happily',
  'immediately',
  'just',
  'more',
  'much',
  'quickly',
  'readily',
  'really',
  'soon',
  'still',
  'than',
  'then',
  'too',
  'truly',
  'very',
  'well',
])
/** Verbs that end in -ly, which the adverb test must not skip. */
const LY_VERBS: ReadonlySet<string> = new Set(['apply', 'comply', 'multiply', 'rely', 'reply', 'supply'])
/** Tokens that cannot be the verb after a modal. */
const NOT_VERBS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'for',
  'from',
  'he',
  'i',
  'if',
  'in',
  'into',
  'it',
  'me',
  'my',
  'of',
  'on',
  'over',
  'or',
  'our',
  'she',
  'so',
  'that',
  'the',
  'their',
  'these',
  'they',
  'this',
  'those',
  'to',
  'we',
  'with',
  'you',
  'your',
])
/** Chain words that want the act ("love to", "keen to"), as against offering it ("happy to"). */
const DESIRE: readonly string[] = ['hope', 'love', 'want', 'wish']
/** Verbs of attitude that lead to an act only through "the chance to": "would welcome the chance to". */
const ATTITUDES: ReadonlySet<string> = new Set([
  'appreciate',
  'enjoy',
  'like',
  'love',
  'relish',
  'want',
  'welcome',
])
/** "let me", "allow me to": the act after them is the candidate's, whoever the subject is. */
const LETTING: ReadonlySet<string> = new Set(['allow', 'enable', 'equip', 'help', 'let', 'permit'])
/** Verbs whose object decides whether they hand over work or only papers ("send my references"). */
const HANDING: readonly string[] = ['bring', 'provide', 'share', 'submit', 'supply']
/** Words after "be" that only say the candidate is available or grateful, never useful. */
const QUANTIFIERS: ReadonlySet<string> = new Set(['additional', 'any', 'further', 'other'])
const AFTER_GET_NOT_ACT: ReadonlySet<string> = new Set([
  'a',
  'acquainted',
  'an',
  'back',
  'hired',
  'in',
  'more',
  'settled',
  'started',
  'there',
  'to',
  'together',
])
const AFTER_TAKE_NOT_ACT: ReadonlySet<string> = new Set([
  'chance',
  'forward',
  'look',
  'moment',
  'opportunity',
  'part',
  'time',
])
const VAGUE_OBJECTS: ReadonlySet<string> = new Set(['anything', 'everything', 'what', 'whatever'])
const GROWING: ReadonlySet<string> = new Set([
  'alongside',
  'as',
  'here',
  'into',
  'personally',
  'professionally',
  'there',
  'together',
  'with',
])
const AFTER_MOVE_NOT_ACT: ReadonlySet<string> = new Set(['ahead', 'forward', 'here', 'on', 'there', 'to'])
const AFTER_KEEP_NOT_ACT: ReadonlySet<string> = new Set(['an', 'in', 'me', 'my', 'you'])
const AFTER_MAKE_NOT_ACT: ReadonlySet<string> = new Set(['it', 'myself', 'time'])
const AFTER_GIVE_NOT_ACT: ReadonlySet<string> = new Set(['a', 'it', 'me', 'you'])
/** "work with you", "work at Acme", "work here" join the employer; "work on", "work the shifts" act. */
const AFTER_WORK_NOT_ACT: ReadonlySet<string> = new Set([
  'alongside',
  'among',
  'as',
  'at',
  'for',
  'here',
  'in',
  'there',
  'together',
  'under',
  'with',
  'within',
])
/** "start with the audit" acts; "start on Monday", "start immediately" only says when. */
const WHEN_WORDS: ReadonlySet<string> = new Set([
  'after',
  'any',
  'as',
  'asap',
  'date',
  'day',
  'friday',
  'from',
  'immediately',
  'monday',
  'month',
  'next',
  'notice',
  'right',
  'saturday',
  'short',
  'soon',
  'straight',
  'sunday',
  'thursday',
  'today',
  'tomorrow',
  'tuesday',
  'wednesday',
  'week',
  'whenever',
])

function formAt(tokens: readonly Token[], index: number): string | undefined {
  return tokens[index]?.form
}

/**
 * Verbs of the `forward` class ("want to", "hope to") look forward only in the present: "I wanted
 * to write", "I have been hoping to find" report the past. Adjectives ("glad", "excited") always do.
 */
const FORWARD_VERBS: readonly string[] = [
  'aim',
  'expect',
  'hope',
  'intend',
  'like',
  'love',
  'plan',
  'try',
  'want',
  'wish',
]

function looksForward(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token
  if (!hasKey(token, '@forward') || formAt(tokens, at + 1) !== 'to') return false
  const verb = FORWARD_VERBS.find((base) => hasKey(token, base))
  if (verb === undefined) {
    // "I was able to reduce costs" reports the past.
    let k = at - 1
    while (k >= 0 && isAdverb((tokens[k] as Token).form)) k--
    return !PAST_BE.has(formAt(tokens, k) ?? '')
  }
  if (token.form === verb || token.form === `${verb}s` || token.form === `${verb}es`) return true
  const before = formAt(tokens, at - 1)
  return token.form.endsWith('ing') && (before === 'am' || before === 'are')
}

const PAST_BE: ReadonlySet<string> = new Set(['been', 'was', 'were'])

function isAdverb(form: string): boolean {
  return ADVERBS.has(form) || (form.length > 4 && form.endsWith('ly') && !LY_VERBS.has(form))
}

/** Index after "the chance to" / "an opportunity to" at `at`, else `at`. */
function skipChance(tokens: readonly Token[], at: number): number {
  let i = at
  const first = formAt(tokens, i)
  if (first === 'the' || first === 'a' || first === 'an' || first === 'this') i++
  const noun = formAt(tokens, i)
  if ((noun === 'chance' || noun === 'opportunity') && formAt(tokens, i + 1) === 'to') return i + 2
  return at
}

/**
 * The subject of a chain that starts at `start`: the index of I / we / "my experience", `start`
 * itself when the clause leaves the subject out ("Happy to help with …"), or -1 when someone else
 * acts or the modal asks a question ("Could you …").
 */
function subjectOf(tokens: readonly Token[], start: number): number {
  for (let k = start - 1; k >= Math.max(0, start - SUBJECT_REACH); k--) {
    const token = tokens[k] as Token
    if (SELF_SUBJECTS.has(token.form)) return k
    if (hasKey(token, '@strength')) {
      for (let d = k - 1; d >= Math.max(0, k - 3); d--) {
        if (SELF_DETERMINERS.has((tokens[d] as Token).form)) return d
      }
    }
    if (OTHER_SUBJECTS.has(token.form) || hasKey(token, '@you')) return -1
  }
  // A left-out subject: nothing before the chain but "so", "and", "really" (a few of them, so
  // that a clause of many modals is not scanned from its start for each).
  if (start > SUBJECT_REACH) return -1
  for (let k = 0; k < start; k++) if (!ELIDED_LEAD.has((tokens[k] as Token).form)) return -1
  return MODALS.has((tokens[start] as Token).form) ? -1 : start
}

/** Whether the token at `at` starts a forward-looking chain: a modal, "glad to", "look forward to". */
function chainStart(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token
  if (MODALS.has(token.form)) return true
  if (looksForward(tokens, at)) return true
  return token.form === 'look' && formAt(tokens, at + 1) === 'forward' && formAt(tokens, at + 2) === 'to'
}

/**
 * Walks from a chain's start to its verb: past adverbs, "be glad to", "love to", "let me", "the
 * chance to", "look forward to". Returns the verb's index, or -1 when the chain ends in no verb.
 * `letMe` is set when the act is the candidate's whoever the subject ("would allow me to").
 */
function verbOf(tokens: readonly Token[], start: number): { verb: number; letMe: boolean; desire: boolean } {
  let i = start
  let letMe = false
  let desire = false
  for (let step = 0; step < MAX_CHAIN && i < tokens.length; step++) {
    const token = tokens[i] as Token
    const form = token.form
    if (DESIRE.some((word) => form === word || hasKey(token, word)) || hasKey(token, '@keen')) desire = true
    if (MODALS.has(form)) {
      i++
    } else if (form === 'look' && formAt(tokens, i + 1) === 'forward' && formAt(tokens, i + 2) === 'to') {
      // "look forward to helping" acts; "look forward to the next conversation" does not.
      const next = skipChance(tokens, i + 3)
      if (next === i + 3 && !(formAt(tokens, next) ?? '').endsWith('ing')) return { verb: -1, letMe, desire }
      i = next
    } else if (looksForward(tokens, i)) {
      i = skipChance(tokens, i + 2)
    } else if (ATTITUDES.has(form)) {
      // "would welcome the chance to …", "would love the opportunity to …"; else no act.
      const next = skipChance(tokens, i + 1)
      if (next === i + 1) return { verb: -1, letMe, desire }
      i = next
    } else if (LETTING.has(form) && formAt(tokens, i + 1) === 'me') {
      letMe = true
      i += formAt(tokens, i + 2) === 'to' ? 3 : 2
    } else if (form === 'be') {
      const next = beComplement(tokens, i + 1)
      if (next === -1) return { verb: -1, letMe, desire }
      if (next < 0) return { verb: -next - 2, letMe, desire }
      i = next
    } else {
      let j = i
      while (j < tokens.length && isAdverb((tokens[j] as Token).form)) j++
      if (j === i) return { verb: i, letMe, desire }
      i = j
    }
  }
  return { verb: -1, letMe, desire }
}

/**
 * What follows "be": another link of the chain ("be glad to" → the index after `to`), an act
 * ("be an asset", "be useful to you", "be leading the rollout" → `-index - 2`), or -1 for none.
 */
function beComplement(tokens: readonly Token[], at: number): number {
  let i = at
  while (i < tokens.length && isAdverb((tokens[i] as Token).form)) i++
  const token = tokens[i]
  if (!token) return -1
  if (hasKey(token, '@forward') && formAt(tokens, i + 1) === 'to') return skipChance(tokens, i + 2)
  if (token.form === 'going' && formAt(tokens, i + 1) === 'to') return i + 2
  if (token.form.endsWith('ing') && token.form.length > 5) return -i - 2
  const worker = qualityInRole(tokens, i)
  if (worker !== -1) return -worker - 2
  for (let j = i; j < Math.min(tokens.length, i + 4); j++) {
    const word = tokens[j] as Token
    if (hasKey(word, '@useful')) {
      const before = formAt(tokens, j - 1) ?? ''
      const twoBefore = formAt(tokens, j - 2) ?? ''
      if (QUANTIFIERS.has(before) || QUANTIFIERS.has(twoBefore)) return -1
      return -j - 2
    }
    if (word.form === 'to' || word.form === 'part') return -1
  }
  return -1
}

/**
 * "be a reliable member of your staff", "be a hard-working and dependable coordinator": a quality
 * of a worker's (see data/qualities.ts, from WordNet) before a word for a worker, after "a". The
 * index of that word, else -1. A bare "be a member of your team" joins; it brings no quality.
 */
function qualityInRole(tokens: readonly Token[], at: number): number {
  const article = formAt(tokens, at)
  if (article !== 'a' && article !== 'an') return -1
  let quality = false
  for (let j = at + 1; j < Math.min(tokens.length, at + 1 + QUALITY_REACH); j++) {
    const token = tokens[j] as Token
    const form = token.form
    if (isQuality(form)) quality = true
    else if (quality && isWorker(token)) return j
    else if (form !== 'and' && !isAdverb(form)) return -1
  }
  return -1
}

/** A word for someone at work: "member", "employee", the context's position, "driver", "analyst". */
function isWorker(token: Token): boolean {
  const form = token.form
  if (WORKERS.has(form) || hasKey(token, '@role')) return true
  return form.length > 5 && AGENT_ENDINGS.some((ending) => form.endsWith(ending))
}

const QUALITY: ReadonlySet<string> = new Set(QUALITIES)

/** "reliable", "hard-working" (WordNet writes "hardworking"). */
function isQuality(form: string): boolean {
  return QUALITY.has(form) || (form.includes('-') && QUALITY.has(form.replaceAll('-', '')))
}
const WORKERS: ReadonlySet<string> = new Set([
  'colleague',
  'employee',
  'hire',
  'member',
  'professional',
  'recruit',
  'staffer',
  'teammate',
  'worker',
])
/** Endings of nouns for someone who does a job: driver, coordinator, analyst, assistant, technician. */
const AGENT_ENDINGS: readonly string[] = ['ant', 'er', 'ian', 'ist', 'or']
/** How many words (qualities, "and", adverbs) may stand between "a" and the worker. */
const QUALITY_REACH = 6

/** Whether the verb at `at` does something for the employer, judged by its class and its object. */
function isAct(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token
  const form = token.form
  if (NOT_VERBS.has(form)) return false
  if (hasKey(token, '@useful') && !/ing$/.test(form) && form !== 'help') return true
  // "be a loyal and diligent employee" (see qualityInRole): the quality is what is brought.
  if (isWorker(token) && isQuality(formAt(tokens, at - 1) ?? '')) return true
  const next = formAt(tokens, at + 1)
  // "the kind of school I want to teach at", "work here": where the candidate wants to be.
  if (next === 'at' || next === 'here' || next === 'there') return false
  const base = (word: string) => token.form === word || hasKey(token, word)
  if (base('get')) return next !== undefined && !AFTER_GET_NOT_ACT.has(next)
  // "make my next move", "take the leap into management": the candidate's own career step.
  if ((base('make') || base('take')) && careerStep(tokens, at)) return false
  if (base('take')) {
    return (
      next !== undefined &&
      !AFTER_TAKE_NOT_ACT.has(next) &&
      !AFTER_TAKE_NOT_ACT.has(formAt(tokens, at + 2) ?? '')
    )
  }
  if (base('make')) {
    // "make sure I understand" is about the candidate; "make sure every lead gets a call" acts.
    if (next === 'sure') return !SELF_SUBJECTS.has(formAt(tokens, at + 2) ?? 'i')
    return next !== undefined && !AFTER_MAKE_NOT_ACT.has(next)
  }
  if (base('give')) return next !== undefined && !AFTER_GIVE_NOT_ACT.has(next)
  if (base('work')) return next !== undefined && !AFTER_WORK_NOT_ACT.has(next) && !WHEN_WORDS.has(next)
  if (base('start') || base('begin')) {
    if (next === undefined || WHEN_WORDS.has(next)) return false
    if (next === 'on' || next === 'in') return !WHEN_WORDS.has(formAt(tokens, at + 2) ?? '')
    return true
  }
  if (base('meet')) {
    for (let j = at + 1; j < Math.min(tokens.length, at + 5); j++)
      if (hasKey(tokens[j] as Token, '@goal')) return true
    return false
  }
  if (base('look')) return next === 'after' || next === 'into'
  // "move this number" acts; "move forward", "move to Denver" do not.
  if (base('move')) return !AFTER_MOVE_NOT_ACT.has(next ?? 'on')
  // "keep the line moving" acts; "keep in touch", "keep you posted", "keep an eye out" do not.
  if (base('keep')) return next !== undefined && !AFTER_KEEP_NOT_ACT.has(next)
  if (hasKey(token, '@process') || hasKey(token, '@forward')) return false
  // "pour my heart and soul into this opportunity" pledges the candidate to the job (interest),
  // and names nothing done for the employer.
  if (pledgeAt(tokens, at)) return false
  for (const verb of HANDING) {
    if (!base(verb)) continue
    for (let j = at + 1; j < Math.min(tokens.length, at + 5); j++)
      if (hasKey(tokens[j] as Token, '@info')) return false
  }
  // "what I can do", "anything I could do": an offer with nothing in it.
  if (base('do')) {
    for (let j = Math.max(0, at - 4); j < at; j++)
      if (VAGUE_OBJECTS.has((tokens[j] as Token).form)) return false
  }
  // A bare verb ("if there is anything I can do") says nothing done, unless it is one of
  // contributing ("would allow me to contribute").
  if (next === undefined) return hasKey(token, '@contrib') && !base('grow') && !base('develop')
  // "the place I want to grow", "develop as a nurse": the candidate's own growth.
  if ((base('grow') || base('develop')) && GROWING.has(next)) return false
  return true
}

/** Whether a career step ("move", "switch", "leap"; the `step` class) is the object of the verb at `at`. */
function careerStep(tokens: readonly Token[], at: number): boolean {
  for (let j = at + 1; j < Math.min(tokens.length, at + 1 + STEP_REACH); j++) {
    const token = tokens[j] as Token
    if (hasKey(token, '@step')) return true
    if (STEP_ENDS.has(token.form)) return false
  }
  return false
}

/** Words after which the object of "make" or "take" is over: "make the move to", "take on". */
const STEP_ENDS: ReadonlySet<string> = new Set(['for', 'in', 'into', 'on', 'to'])
/** How far after "make" or "take" the step is looked for: "make my next big move". */
const STEP_REACH = 4

/** "any information I can provide": the thing handed over comes before the subject. */
function handsOverPapers(tokens: readonly Token[], subject: number, verb: number): boolean {
  const token = tokens[verb] as Token
  if (!HANDING.some((base) => token.form === base || hasKey(token, base))) return false
  for (let j = Math.max(0, subject - 3); j < subject; j++)
    if (hasKey(tokens[j] as Token, '@info')) return true
  return false
}

/** Every forward-looking act of the candidate's in the clause's tokens. */
export function findActs(tokens: readonly Token[]): Act[] {
  const acts: Act[] = []
  // A chain inside one already walked ("would be glad to") is not walked again.
  let walked = -1
  for (let at = 0; at < tokens.length; at++) {
    if (at <= walked || !chainStart(tokens, at)) continue
    const { verb, letMe, desire } = verbOf(tokens, at)
    walked = Math.max(walked, verb)
    if (verb === -1 || !isAct(tokens, verb)) continue
    const subject = letMe ? at : subjectOf(tokens, at)
    if (subject === -1 || handsOverPapers(tokens, subject, verb)) continue
    acts.push({ subject, verb, desire })
  }
  return acts
}
