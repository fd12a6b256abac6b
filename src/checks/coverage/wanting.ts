/**
 * Reads whether a clause says the candidate wants the job, from the clause's parts rather than
 * from whole phrases: who feels (I, we, "me" after "makes", or a left-out subject at the clause's
 * start), what they feel (a feeling word such as `keen` or `drawn`, a verb of wanting such as
 * `love` or `enjoy`, or the job acting on them: "the role appeals to me"), and towards what (the
 * job: the company, the role, joining, the team, the opportunity, or "this" after `about`).
 *
 * - "I'm super keen.", "I came out of the interview even keener." (eagerness with nothing after it);
 * - "I am so excited about this.", "I'm really drawn to this role." (a feeling about the job);
 * - "I'd be happy to be on the crew.", "delighted to be offered the position" (a feeling about joining);
 * - "I think I would enjoy working there.", "I love what Northwind stands for." (wanting the job);
 * - "The position excites me.", "Your mission resonates with me." (the job acting on the candidate);
 * - "This is the job for me." (the job judged right for the candidate).
 *
 * Wanting something else does not count ("I'd love to hear back", "excited about the weekend"),
 * nor does a feeling in the past ("I was excited to start my last job") or someone else's ("your
 * team seemed excited"). Negation and hedges are judged by the caller on the returned span. Every
 * step is a bounded walk over the clause's tokens.
 */
import { hasKey, type Token } from './match-words.js'

/** A clause's statement of wanting the job, by token indexes (`end` exclusive). */
export interface Wanting {
  start: number
  end: number
}

/** How far from the feeling word its object (or its experiencer) is looked for, in words. */
const OBJECT_REACH = 6
const EXPERIENCER_REACH = 10
/** A left-out subject: the feeling word is among the clause's first words ("So excited to join!"). */
const ELIDED_REACH = 3
/** How many closing words ("more than ever before") may follow bare eagerness. */
const MAX_TRAILING = 4

/** Words that may stand between the experiencer and the feeling: "I am now even more keen". */
const LINKING: ReadonlySet<string> = new Set([
  'absolutely',
  'all',
  'already',
  'also',
  'am',
  'are',
  'be',
  'certainly',
  'deeply',
  'definitely',
  'especially',
  'even',
  'extremely',
  'feel',
  'feeling',
  'genuinely',
  'get',
  'getting',
  'got',
  'highly',
  'incredibly',
  'just',
  'left',
  'made',
  'make',
  'makes',
  'more',
  'most',
  'much',
  'now',
  'only',
  'particularly',
  'quite',
  'really',
  'remain',
  'so',
  'still',
  'super',
  'the',
  'truly',
  'very',
  'will',
  'would',
])
/** Words that close the clause without naming anything: "keen as ever", "more excited than ever". */
const TRAILING: ReadonlySet<string> = new Set([
  'again',
  'already',
  'as',
  'before',
  'ever',
  'indeed',
  'now',
  'one',
  'still',
  'than',
  'today',
  'too',
])
/** Someone other than the candidate, who would be the one feeling. */
const OTHERS: ReadonlySet<string> = new Set(['he', 'it', 'she', 'they', 'you', 'everyone', 'who'])
/** "the excited team": a determiner before the feeling word makes it describe a noun. */
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'her', 'his', 'our', 'the', 'their', 'your'])
const PAST: ReadonlySet<string> = new Set(['had', 'was', 'were'])
const ABOUT: ReadonlySet<string> = new Set(['about', 'at', 'by', 'for', 'on', 'over', 'regarding', 'with'])
/** Words that stand for the job after "about": "excited about this", "keen on it". */
const DEICTIC: ReadonlySet<string> = new Set(['all', 'everything', 'it', 'that', 'this'])
/** After "be", what makes the candidate part of the employer: "be offered the position", "be aboard". */
const BECOMING: ReadonlySet<string> = new Set(['aboard', 'considered', 'hired', 'offered', 'selected'])
/** Verbs of wanting that take a thing, not "to": "enjoy working there", "love what you stand for". */
const WANT_VERBS: readonly string[] = ['adore', 'enjoy', 'like', 'love', 'relish', 'want']
const MODALS: ReadonlySet<string> = new Set(['will', 'would'])
/** Verbs of staying on with an employer, joined by "with", "at", "here": "grow with Northwind". */
const SETTLING: readonly string[] = ['build', 'develop', 'grow', 'settle', 'stay']
const PLACE_WORDS: ReadonlySet<string> = new Set(['at', 'here', 'there', 'with'])
/** Hoping to be taken on: "I hope I get the job". */
const HOPING: readonly string[] = ['hope', 'pray', 'wish']
const GETTING: readonly string[] = ['get', 'land', 'receive', 'win']
/** How far after "hope I" the joining is looked for: "hope I will have the chance to be part of". */
const HOPE_REACH = 8
const COPULAS: ReadonlySet<string> = new Set(['feels', 'is', 'looks', 'seems', 'sounds'])
/** Wanting, picturing or placing oneself somewhere: "where I want to be", "where I belong". */
const ENVISAGING: readonly string[] = [
  'belong',
  'fit',
  'hope',
  'imagine',
  'like',
  'love',
  'picture',
  'see',
  'want',
  'wish',
]

function formAt(tokens: readonly Token[], index: number): string {
  return tokens[index]?.form ?? ''
}

function isAdverb(form: string): boolean {
  return LINKING.has(form) || (form.length > 4 && form.endsWith('ly'))
}

/** The company, the role, joining, the team, the opportunity. */
function isJob(token: Token): boolean {
  return (
    hasKey(token, '@org') || hasKey(token, '@role') || hasKey(token, '@join') || hasKey(token, '@prospect')
  )
}

/** "chance to talk", "opportunity to meet": the chance of a conversation, not of the job. */
function isTalkChance(tokens: readonly Token[], at: number): boolean {
  return (
    formAt(tokens, at + 1) === 'to' &&
    hasKey(tokens[at + 2] as Token, '@process') &&
    !isJob(tokens[at + 2] as Token)
  )
}

/** A job word within reach after `from`, before the clause ends. */
function jobAfter(tokens: readonly Token[], from: number, deictic: boolean): number {
  for (let j = from; j < Math.min(tokens.length, from + OBJECT_REACH); j++) {
    const token = tokens[j] as Token
    if (isJob(token)) return isTalkChance(tokens, j) ? -1 : j
    if (deictic && DEICTIC.has(token.form)) return j
  }
  return -1
}

/**
 * The candidate as the one feeling at `at`: the index of I / we / me, or of the feeling word when
 * the clause leaves the subject out; -1 when someone else feels, or the feeling is past.
 */
function experiencer(tokens: readonly Token[], at: number): number {
  let predicate = false
  for (let k = at - 1; k >= Math.max(0, at - EXPERIENCER_REACH); k--) {
    const form = formAt(tokens, k)
    if (k === at - 1 && DETERMINERS.has(form)) return -1
    if (form === 'i' || form === 'we' || form === 'me')
      return predicate || k === at - 1 || isLinked(tokens, k, at) ? k : -1
    if (PAST.has(form) || OTHERS.has(form) || hasKey(tokens[k] as Token, '@you')) return -1
    if (isAdverb(form)) predicate = true
  }
  return at < ELIDED_REACH && tokens.slice(0, at).every((token) => isAdverb(token.form)) ? at : -1
}

/** Only linking words between the experiencer and the feeling ("I am now even more keen"). */
function isLinked(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (!isAdverb(formAt(tokens, k))) return false
  return true
}

/** After a feeling word: the end of the wanting, or -1 when the feeling is about something else. */
function feelingObject(tokens: readonly Token[], at: number, eager: boolean): number {
  let i = at + 1
  while (i < tokens.length && isAdverb(formAt(tokens, i))) i++
  // "I'm super keen.", "even keener than before": eagerness needs no object.
  if (eager && onlyTrailing(tokens, i)) return at + 1
  const next = formAt(tokens, i)
  // "grateful for the chance to join your team", "glad of the chance to join": the chance of joining.
  if (next === 'for' || next === 'of') {
    const chance = i + 1 + leadingDeterminers(tokens, i + 1)
    const noun = formAt(tokens, chance)
    if ((noun === 'chance' || noun === 'opportunity') && formAt(tokens, chance + 1) === 'to') {
      const verb = tokens[chance + 2]
      if (verb && hasKey(verb, '@join')) return chance + 3
    }
  }
  // "I would be very happy if I get this job": a feeling on condition of being taken on.
  if (next === 'if') return ifTakenOn(tokens, i + 1)
  if (eager && ABOUT.has(next)) {
    const job = jobAfter(tokens, i + 1, true)
    return job === -1 ? -1 : job + 1
  }
  return next === 'to' ? toJoin(tokens, i) : -1
}

/**
 * After `to` at `at`: joining ("to join", "to come aboard", "to be on the crew", "to be offered the
 * position") or, for a feeling, the job itself ("drawn to this role"); the end, else -1.
 */
function toJoin(tokens: readonly Token[], at: number): number {
  const verb = tokens[at + 1]
  if (!verb) return -1
  const lead = leadingDeterminers(tokens, at + 1)
  if (!hasKey(verb, '@process') && jobAfter(tokens, at + 1, false) === at + 1 + lead) return at + 2 + lead
  if (hasKey(verb, '@join')) return at + 2
  // "grow with Northwind", "build my career here", "stay at the clinic for years"
  if (SETTLING.some((base) => verb.form === base || hasKey(verb, base))) {
    for (let j = at + 2; j < Math.min(tokens.length, at + 2 + 3); j++) {
      const form = formAt(tokens, j)
      if (PLACE_WORDS.has(form) || hasKey(tokens[j] as Token, '@org')) return j + 1
    }
  }
  if (verb.form === 'come' && (formAt(tokens, at + 2) === 'aboard' || formAt(tokens, at + 2) === 'on'))
    return at + 3
  if (verb.form !== 'be') return -1
  for (let j = at + 2; j < Math.min(tokens.length, at + 2 + 3); j++) {
    const token = tokens[j] as Token
    // "to be on board"
    if (token.form === 'board' && formAt(tokens, j - 1) === 'on') return j + 1
    if (
      BECOMING.has(token.form) ||
      hasKey(token, '@join') ||
      hasKey(token, '@org') ||
      hasKey(token, '@role')
    ) {
      return j + 1
    }
    if (hasKey(token, '@prospect') && !isTalkChance(tokens, j)) return j + 1
  }
  return -1
}

/** Whether nothing but a few closing words ("than ever", "as ever") follows from `from`. */
function onlyTrailing(tokens: readonly Token[], from: number): boolean {
  let i = from
  while (i < tokens.length && i - from < MAX_TRAILING && TRAILING.has(formAt(tokens, i))) i++
  return i === tokens.length
}

function leadingDeterminers(tokens: readonly Token[], from: number): number {
  let n = 0
  while (n < 2 && (DETERMINERS.has(formAt(tokens, from + n)) || formAt(tokens, from + n) === 'this')) n++
  return n
}

/** "I'd love being on the crew", "I really enjoy what you do here": wanting the job, not "to". */
function wantObject(tokens: readonly Token[], at: number): number {
  const token = tokens[at] as Token
  const verb = WANT_VERBS.find((base) => token.form === base || hasKey(token, base))
  if (verb === undefined) return -1
  // Present or after "would"; "I enjoyed meeting the team" and "I loved the tour" are past.
  const before = formAt(tokens, modalBefore(tokens, at))
  const present = token.form === verb || token.form === `${verb}s`
  if (!present) return -1
  // "I'd love to come on board", "want to be on the crew"; "love to hear back" wants a reply.
  if (formAt(tokens, at + 1) === 'to') return toJoin(tokens, at + 1)
  if (!MODALS.has(before) && (verb === 'enjoy' || verb === 'like') && !presentSubject(tokens, at)) return -1
  // "I really want it", "I want this": the job, named before.
  if (verb === 'want' && DEICTIC.has(formAt(tokens, at + 1)) && onlyTrailing(tokens, at + 2)) return at + 2
  const job = jobAfter(tokens, at + 1, false)
  return job === -1 ? -1 : job + 1
}

/** After "if" at `from - 1`: "I get this job", "I am selected"; the end of the job's words, else -1. */
function ifTakenOn(tokens: readonly Token[], from: number): number {
  const who = formAt(tokens, from)
  if (who !== 'i' && who !== 'we') return -1
  for (let j = from + 1; j < Math.min(tokens.length, from + 1 + HOPE_REACH); j++) {
    const word = tokens[j] as Token
    if (BECOMING.has(word.form)) return j + 1
    if (GETTING.some((base) => word.form === base || hasKey(word, base))) {
      const job = jobAfter(tokens, j + 1, false)
      return job === -1 ? -1 : job + 1
    }
  }
  return -1
}

/** "I hope I get the job", "I really hope I will be part of it": hoping to be taken on. */
function hopeFor(tokens: readonly Token[], at: number): number {
  const token = tokens[at] as Token
  if (!HOPING.some((base) => token.form === base || hasKey(token, base))) return -1
  let i = at + 1
  if (formAt(tokens, i) === 'that') i++
  if (formAt(tokens, i) !== 'i' && formAt(tokens, i) !== 'we') return -1
  for (let j = i + 1; j < Math.min(tokens.length, i + 1 + HOPE_REACH); j++) {
    const word = tokens[j] as Token
    if (hasKey(word, '@join') && !isTalkChance(tokens, j)) return j + 1
    if (GETTING.some((base) => word.form === base || hasKey(word, base))) {
      const next = formAt(tokens, j + 1)
      if (DEICTIC.has(next) && onlyTrailing(tokens, j + 2)) return j + 2
      const job = jobAfter(tokens, j + 1, false)
      if (job !== -1) return job + 1
    }
  }
  return -1
}

/** "Your lab is where I'd like to do my postdoc", "this company is where I see my future". */
function whereIWant(tokens: readonly Token[], at: number): Wanting | undefined {
  if (formAt(tokens, at) !== 'where' || !COPULAS.has(formAt(tokens, at - 1))) return undefined
  const subject = tokens[at - 2]
  if (!subject || !(isJob(subject) || DEICTIC.has(subject.form) || hasKey(subject, '@you'))) return undefined
  const who = formAt(tokens, at + 1)
  if (who !== 'i' && who !== 'we') return undefined
  for (let j = at + 2; j < Math.min(tokens.length, at + 2 + 3); j++) {
    const word = tokens[j] as Token
    if (ENVISAGING.some((base) => word.form === base || hasKey(word, base)))
      return { start: at - 2, end: j + 1 }
  }
  return undefined
}

/** The index of the word before `at` once adverbs are skipped: "would certainly enjoy" → `would`. */
function modalBefore(tokens: readonly Token[], at: number): number {
  let k = at - 1
  while (k >= 0 && at - k <= 3 && isAdverb(formAt(tokens, k)) && !MODALS.has(formAt(tokens, k))) k--
  return k
}

/**
 * "I could learn a lot from you and would enjoy working with your team": a second predicate after
 * "and" shares the first one's subject. The index of that I or we, else -1.
 */
function coordinatedSubject(tokens: readonly Token[], at: number): number {
  let k = modalBefore(tokens, at)
  if (!MODALS.has(formAt(tokens, k)) && !COORDINATED_MODALS.has(formAt(tokens, k))) return -1
  k--
  while (k >= 0 && isAdverb(formAt(tokens, k)) && formAt(tokens, k) !== 'and') k--
  if (formAt(tokens, k) !== 'and') return -1
  for (let j = k - 1; j >= Math.max(0, k - EXPERIENCER_REACH); j--) {
    const form = formAt(tokens, j)
    if (form === 'i' || form === 'we') return j
    // "… and she would enjoy": a subject of someone else's, not an object after a preposition.
    if (OTHERS.has(form) && !PREPOSITIONS.has(formAt(tokens, j - 1))) return -1
  }
  return -1
}

/** Modals a coordinated predicate may start with besides will and would. */
const COORDINATED_MODALS: ReadonlySet<string> = new Set(['can', 'could'])
/** Words after which you, he or they are an object: "learn from you and would …". */
const PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'at', 'for', 'from', 'of', 'to', 'with'])

/**
 * "I will pour my heart and soul into this opportunity", "I'd dedicate myself to this role": the
 * candidate pledges themselves to the job, which is wanting it. The verb gives (devote, dedicate,
 * commit, pour, put, throw, give), its object is the candidate's self or effort (myself, my heart,
 * my all, everything), and what it goes to is the job. "I would devote my weekends to my studies"
 * pledges nothing to the job.
 */
export function pledgeAt(tokens: readonly Token[], at: number): Wanting | undefined {
  const token = tokens[at] as Token
  if (!PLEDGING.some((base) => token.form === base || hasKey(token, base))) return undefined
  let self = -1
  for (let j = at + 1; j < Math.min(tokens.length, at + 1 + PLEDGE_REACH); j++) {
    const form = formAt(tokens, j)
    if (SELF_EFFORT.has(form)) self = j
    else if (self !== -1 && (form === 'into' || form === 'to')) {
      const job = jobAfter(tokens, j + 1, true)
      return job === -1 ? undefined : { start: at, end: job + 1 }
    }
  }
  return undefined
}

const PLEDGING: readonly string[] = ['commit', 'dedicate', 'devote', 'give', 'pour', 'put', 'throw']
/** The candidate's self or effort, given to the job. */
const SELF_EFFORT: ReadonlySet<string> = new Set([
  'all',
  'effort',
  'efforts',
  'energy',
  'everything',
  'heart',
  'myself',
  'soul',
])
const PLEDGE_REACH = 6

/**
 * "Fingers crossed!", "fingers crossed for me", "fingers crossed I get the job": hoping to be
 * taken on. Crossed fingers for anything else ("for the weather") want nothing of the job.
 */
function fingersCrossed(tokens: readonly Token[], at: number): Wanting | undefined {
  if (formAt(tokens, at) !== 'fingers' || formAt(tokens, at + 1) !== 'crossed') return undefined
  const end = at + 2
  if (onlyTrailing(tokens, end)) return { start: at, end }
  for (let j = end; j < Math.min(tokens.length, end + OBJECT_REACH); j++) {
    const token = tokens[j] as Token
    if (isJob(token) || token.form === 'me' || token.form === 'us' || HOPED_NEWS.has(token.form))
      return { start: at, end: j + 1 }
  }
  return undefined
}

/** What crossed fingers hope for besides the job: good news about it. */
const HOPED_NEWS: ReadonlySet<string> = new Set(['news', 'outcome', 'result'])

/** "I really like", "we enjoy": a present subject right before the verb (adverbs between). */
function presentSubject(tokens: readonly Token[], at: number): boolean {
  let k = at - 1
  while (k >= 0 && isAdverb(formAt(tokens, k))) k--
  return formAt(tokens, k) === 'i' || formAt(tokens, k) === 'we'
}

/** "The position excites me", "your mission resonates with me": the job acts on the candidate. */
function appealsTo(tokens: readonly Token[], at: number): Wanting | undefined {
  if (!hasKey(tokens[at] as Token, '@appeal')) return undefined
  let me = at + 1
  if (formAt(tokens, me) === 'to' || formAt(tokens, me) === 'with') me++
  if (formAt(tokens, me) !== 'me') return undefined
  for (let k = at - 1; k >= Math.max(0, at - OBJECT_REACH); k--) {
    const token = tokens[k] as Token
    if (token.form === 'i' || token.form === 'you' || token.form === 'he' || token.form === 'she')
      return undefined
    if (isJob(token) || DEICTIC.has(token.form) || token.form === 'what') return { start: k, end: me + 1 }
  }
  return undefined
}

/** "This is the job for me", "sounds like the team for me": the job judged right for the candidate. */
function rightForMe(tokens: readonly Token[], at: number): Wanting | undefined {
  if (formAt(tokens, at) !== 'for' || formAt(tokens, at + 1) !== 'me' || at + 2 !== tokens.length)
    return undefined
  const noun = tokens[at - 1]
  if (!noun || !(hasKey(noun, '@org') || hasKey(noun, '@role') || hasKey(noun, '@prospect'))) return undefined
  const determiner = formAt(tokens, at - 2)
  if (determiner !== 'the' && determiner !== 'this' && determiner !== 'a') return undefined
  return { start: Math.max(0, at - 2), end: at + 2 }
}

/** Every statement in the clause's tokens that the candidate wants the job. */
export function findWanting(tokens: readonly Token[]): Wanting[] {
  const found: Wanting[] = []
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token
    const eager = hasKey(token, '@keen')
    if (eager || hasKey(token, '@feeling')) {
      const who = experiencer(tokens, at)
      const end = who === -1 ? -1 : feelingObject(tokens, at, eager)
      if (end !== -1) found.push({ start: who, end })
    }
    const end = wantObject(tokens, at)
    if (end !== -1) {
      let who = experiencer(tokens, at)
      if (who === -1) who = coordinatedSubject(tokens, at)
      if (who !== -1 || presentSubject(tokens, at)) found.push({ start: who === -1 ? at : who, end })
    }
    const hoped = hopeFor(tokens, at)
    if (hoped !== -1) {
      const who = experiencer(tokens, at)
      if (who !== -1) found.push({ start: who, end: hoped })
    }
    const appeal =
      appealsTo(tokens, at) ??
      rightForMe(tokens, at) ??
      whereIWant(tokens, at) ??
      pledgeAt(tokens, at) ??
      fingersCrossed(tokens, at)
    if (appeal) found.push(appeal)
  }
  return found
}
