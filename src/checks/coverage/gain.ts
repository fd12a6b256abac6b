/**
 * Reads a contribution told as the employer's gain rather than as the candidate's act:
 *
 * - the employer as the subject of a gain: "you'd have one less thing to worry about", "your team
 *   would gain someone with ten years of dispatch experience", "Northwind would get a coordinator
 *   who knows the software" (you, your + a word for the employer, or the employer's name; a
 *   modal; a verb of gaining; an object that is a relief or a person described);
 * - hiring the candidate as the subject: "hiring me would mean …", "having me on the team would …";
 * - reliance on the candidate: "you can count on me to keep the trucks rolling";
 * - the candidate's strengths carried over: "the skills I built at DHL transfer directly to this
 *   role", "my bilingual skills would come in handy with your drivers";
 * - a named strength matched to the employer's need: "my background in freight billing matches
 *   what you need", "my five years of dispatch work line up with the needs of your team", "my
 *   skills in Excel and SAP are exactly what the role calls for", "my years in dispatch would be a
 *   great fit for your depot", "my experience with Figma makes me well suited to the role". The
 *   strength must be named (a word before it, "my dispatch experience", or after it, "my
 *   experience with …"): "my skills and experience match your needs" and "my background would be
 *   a great fit for this role" name nothing and do not count.
 *
 * Papers and obligations are no gain: "you will have my references", "you'd have to train me".
 * Negation is judged by the caller on the returned span. Every step is a bounded walk.
 */
import { hasKey, type Token } from './match-words.js'

export interface Gain {
  start: number
  end: number
}

/** How far after the verb of gaining its object is looked for, in words. */
const OBJECT_REACH = 5
const MODALS: ReadonlySet<string> = new Set(['can', 'could', 'will', 'would'])
/** Objects that are a relief: "one less thing", "fewer missed pickups". */
const RELIEF: ReadonlySet<string> = new Set(['fewer', 'less'])
const SOMEONE: ReadonlySet<string> = new Set(['somebody', 'someone'])
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an'])
/** What describes the person gained: "a coordinator who …", "someone with …". */
const DESCRIBING: ReadonlySet<string> = new Set(['that', 'who', 'with'])
/** "hiring me", "having me on the team", "bringing me on board". */
const TAKING_ON: ReadonlySet<string> = new Set(['adding', 'bringing', 'having', 'hiring', 'taking'])
const RELYING: ReadonlySet<string> = new Set(['count', 'depend', 'rely'])
/** Verbs that match a strength to a need: "matches what you need", "lines up with your needs". */
const MATCHING: readonly string[] = [
  'align',
  'complement',
  'correspond',
  'dovetail',
  'fit',
  'match',
  'mirror',
  'suit',
]
/** Present forms only: "my background matched the old role" is the past. */
const PRESENT_MATCHING: ReadonlySet<string> = new Set(
  MATCHING.flatMap((base) => [base, base.endsWith('h') ? `${base}es` : `${base}s`]),
)
/** What the employer needs, besides you, the role and the employer: "the needs of the depot". */
const NEEDS: ReadonlySet<string> = new Set(['need', 'needs', 'requirement', 'requirements'])
/** Words after "my" that name no strength: "my own skills", "my previous experience". */
const UNNAMING: ReadonlySet<string> = new Set([
  'and',
  'current',
  'general',
  'many',
  'other',
  'overall',
  'own',
  'past',
  'personal',
  'previous',
  'prior',
  'professional',
  'recent',
  'relevant',
  'various',
])
/** Words after the strength that name it: "experience in", "years of", "skills with". */
const NAMING: ReadonlySet<string> = new Set(['as', 'at', 'from', 'in', 'of', 'on', 'with'])
/** How far after the strength the verb of matching, and after it the need, are looked for. */
const MATCH_REACH = 8
const NEED_REACH = 6

function formAt(tokens: readonly Token[], index: number): string {
  return tokens[index]?.form ?? ''
}

function isAdverb(form: string): boolean {
  return form === 'also' || form === 'really' || form === 'then' || (form.length > 4 && form.endsWith('ly'))
}

/** The employer as a subject ending at `at`: you, your team, the employer's name; its first index. */
function employerSubject(tokens: readonly Token[], at: number): number {
  const token = tokens[at] as Token
  if (token.form === 'you') return at
  if (hasKey(token, '@org')) {
    const before = formAt(tokens, at - 1)
    if (before === 'your' || before === 'the') return at - 1
    return at === 0 || !hasKey(tokens[at - 1] as Token, '@org') ? at : -1
  }
  return -1
}

/** The object of a gain from `from`: a relief or a person described; its end, else -1. */
function gainObject(tokens: readonly Token[], from: number): number {
  if (formAt(tokens, from) === 'to') return -1
  for (let j = from; j < Math.min(tokens.length, from + OBJECT_REACH); j++) {
    const token = tokens[j] as Token
    if (token.form === 'my' || hasKey(token, '@info') || hasKey(token, '@self')) return -1
    if (RELIEF.has(token.form) || SOMEONE.has(token.form)) return j + 1
    if (ARTICLES.has(token.form)) {
      for (let k = j + 2; k < Math.min(tokens.length, j + 5); k++) {
        if (DESCRIBING.has(formAt(tokens, k))) return k + 1
      }
      return -1
    }
  }
  return -1
}

function gainAt(tokens: readonly Token[], at: number): Gain | undefined {
  const form = formAt(tokens, at)
  // "you would have one less thing to worry about", "your team would gain someone …"
  const subject = employerSubject(tokens, at)
  if (subject !== -1 && MODALS.has(formAt(tokens, at + 1))) {
    let verb = at + 2
    // "you would really be getting someone who …"
    while (isAdverb(formAt(tokens, verb)) || formAt(tokens, verb) === 'be') verb++
    const token = tokens[verb]
    if (token && hasKey(token, '@gain')) {
      const end = gainObject(tokens, verb + 1)
      if (end !== -1) return { start: subject, end }
    }
    // "you can count on me to keep the trucks rolling"
    if (
      token &&
      RELYING.has(token.form) &&
      formAt(tokens, verb + 1) === 'on' &&
      formAt(tokens, verb + 2) === 'me'
    ) {
      if (
        formAt(tokens, verb + 3) === 'to' &&
        tokens[verb + 4] &&
        !hasKey(tokens[verb + 4] as Token, '@process')
      ) {
        return { start: subject, end: verb + 5 }
      }
    }
  }
  // "hiring me would mean …", "having me on the team would free up …"
  if (TAKING_ON.has(form) && formAt(tokens, at + 1) === 'me') {
    for (let k = at + 2; k < Math.min(tokens.length, at + 6); k++) {
      if (MODALS.has(formAt(tokens, k)) && tokens[k + 1] && !hasKey(tokens[k + 1] as Token, '@process')) {
        return { start: at, end: k + 2 }
      }
    }
  }
  // "the skills I built at DHL transfer directly to this role", "my skills would come in handy"
  if (hasKey(tokens[at] as Token, '@strength') && ownStrength(tokens, at)) {
    for (let k = at + 1; k < Math.min(tokens.length, at + 9); k++) {
      const token = tokens[k] as Token
      if (
        formAt(tokens, k) === 'come' &&
        formAt(tokens, k + 1) === 'in' &&
        formAt(tokens, k + 2) === 'handy'
      ) {
        return { start: at, end: k + 3 }
      }
      if (!hasKey(token, '@transfer')) continue
      for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) {
        const target = tokens[j] as Token
        if (hasKey(target, '@role') || hasKey(target, '@org') || hasKey(target, '@you'))
          return { start: at, end: j + 1 }
      }
    }
  }
  if (hasKey(tokens[at] as Token, '@strength') && namedStrength(tokens, at)) return matchedToNeed(tokens, at)
  return undefined
}

/**
 * "my background in X-ray scheduling matches what you need", "my skills in SAP are exactly what
 * the role calls for": a named strength, a present verb of matching (or "is/are what"), and the
 * employer's need after it (you, the role, the employer, "the needs of …").
 */
function matchedToNeed(tokens: readonly Token[], at: number): Gain | undefined {
  for (let k = at + 1; k < Math.min(tokens.length, at + MATCH_REACH); k++) {
    const form = formAt(tokens, k)
    const lineUp = (form === 'line' || form === 'lines') && formAt(tokens, k + 1) === 'up'
    const copula = (form === 'is' || form === 'are') && whatFollows(tokens, k + 1)
    const fit = MODALS.has(form) || MAKING.has(form) ? fitAfter(tokens, k + 1) : -1
    if (!PRESENT_MATCHING.has(form) && !lineUp && !copula && fit === -1) continue
    const from = fit === -1 ? k + 1 : fit + 1
    for (let j = from; j < Math.min(tokens.length, from + NEED_REACH); j++) {
      const target = tokens[j] as Token
      if (
        hasKey(target, '@you') ||
        hasKey(target, '@role') ||
        hasKey(target, '@org') ||
        NEEDS.has(target.form)
      )
        return { start: at, end: j + 1 }
    }
    return undefined
  }
  return undefined
}

/**
 * "would be a great fit for", "makes me well suited to", "would make me a good match for": the
 * index of the word of fitting after a modal or "make", else -1 (a need must follow it).
 */
function fitAfter(tokens: readonly Token[], from: number): number {
  for (let j = from; j < Math.min(tokens.length, from + FIT_REACH); j++) {
    const form = formAt(tokens, j)
    if (FITTING.has(form)) return j
    if (form === 'to' || form === 'for' || form === 'with') return -1
  }
  return -1
}

const MAKING: ReadonlySet<string> = new Set(['make', 'makes'])
const FITTING: ReadonlySet<string> = new Set(['fit', 'match', 'suited'])
/** How far after the modal or "make" the word of fitting is looked for: "would make me a really good fit". */
const FIT_REACH = 6

/** "are exactly what", "is just what": the strength is what the employer wants. */
function whatFollows(tokens: readonly Token[], from: number): boolean {
  let i = from
  while (i < from + 2 && (isAdverb(formAt(tokens, i)) || formAt(tokens, i) === 'just')) i++
  return formAt(tokens, i) === 'what'
}

/** "my dispatch experience", "my background in freight", "my five years of": a named strength. */
function namedStrength(tokens: readonly Token[], at: number): boolean {
  let my = -1
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    if (formAt(tokens, k) === 'my') {
      my = k
      break
    }
  }
  if (my === -1) return false
  const next = formAt(tokens, at + 1)
  // "my experience in freight", "my experience scheduling drivers"
  if ((NAMING.has(next) || (next.length > 4 && next.endsWith('ing'))) && at + 2 < tokens.length) return true
  for (let k = my + 1; k < at; k++) {
    const token = tokens[k] as Token
    if (UNNAMING.has(token.form) || hasKey(token, '@strength')) return false
  }
  return at > my + 1
}

/** "my skills", "the skills I built": the strength is the candidate's. */
function ownStrength(tokens: readonly Token[], at: number): boolean {
  for (let k = Math.max(0, at - 3); k < at; k++) if (formAt(tokens, k) === 'my') return true
  return formAt(tokens, at + 1) === 'i' || formAt(tokens, at + 2) === 'i'
}

/** Every contribution in the clause's tokens told as the employer's gain. */
export function findGains(tokens: readonly Token[]): Gain[] {
  const found: Gain[] = []
  for (let at = 0; at < tokens.length; at++) {
    const gain = gainAt(tokens, at)
    if (gain) found.push(gain)
  }
  return found
}
