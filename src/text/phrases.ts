import type { ThankYouDocument } from '../document.js'

/**
 * Word-sequence phrase matching over the parsed document, for checkers that look for wording such
 * as "please hire me" or "look forward to hear". Each pattern is compiled once into a small
 * automaton over lowercase words (a group's alternatives share its states, so nothing is
 * multiplied out), and patterns are indexed by the words they can start with: most words of a
 * letter cost one map lookup, and no regular expression ever runs over the draft.
 *
 * Pattern syntax, case-insensitive, words separated by spaces:
 * - `(a|b c|d)` one of several alternatives, each one or more words; `(…)?` makes the group optional;
 * - `a|b` one of several single words;
 * - `*` any one word;
 * - `$` as the last token: the phrase must end a clause (end of sentence, or `.,;:!?` or a line
 *   break right after it).
 * Words of a match must follow each other in one sentence with only white space between them.
 */

/** A state of a pattern's automaton: words lead on, `any` takes every word, `skip` takes none. */
interface State {
  next: Map<string, State>
  any?: State
  skip: State[]
  final: boolean
}

interface Pattern<T> {
  start: State
  clause: boolean
  value: T
  /** Entry order: of two matches of the same length, the later pattern wins. */
  order: number
}

export interface PhraseSet<T> {
  byFirstWord: Map<string, Pattern<T>[]>
  /** Patterns that can start with any word (`*`). */
  anyFirst: Pattern<T>[]
}

export interface PhraseMatch<T> {
  /** Index of the first word in `ThankYouDocument.words`. */
  first: number
  /** Index after the last word. */
  end: number
  value: T
}

/** The document's words as the matcher reads them, computed once per lint and shared. */
export interface PhraseWords {
  /** Lowercase, curly apostrophes straightened, a lone final full stop dropped: `I’ll` → `i'll`, `u.` → `u`. */
  keys: readonly string[]
  /** `linked[i]`: word `i + 1` follows word `i` in the same sentence with only white space between. */
  linked: Uint8Array
  /** `clauseEnd[i]`: word `i` is followed by `.,;:!?)`, a line break or the end of its sentence. */
  clauseEnd: Uint8Array
}

function newState(): State {
  return { next: new Map(), skip: [], final: false }
}

/** Compiles `entries` (pattern → value) into one set, indexed by first word. */
export function compilePhrases<T>(entries: Iterable<readonly [string, T]>): PhraseSet<T> {
  const set: PhraseSet<T> = { byFirstWord: new Map(), anyFirst: [] }
  let order = 0
  for (const [source, value] of entries) {
    const tokens = tokenizePattern(source.toLowerCase().replace(/’/g, "'"))
    const clause = tokens.at(-1) === '$'
    if (clause) tokens.pop()
    const start = newState()
    let current = start
    for (const token of tokens) current = addSlot(current, token)
    current.final = true
    const pattern: Pattern<T> = { start, clause, value, order: order++ }
    const { words, any } = firstWords(start)
    if (any) set.anyFirst.push(pattern)
    for (const word of words) {
      const list = set.byFirstWord.get(word)
      if (list) list.push(pattern)
      else set.byFirstWord.set(word, [pattern])
    }
  }
  return set
}

/** Adds one token's transitions after `from`; returns the state where the pattern goes on. */
function addSlot(from: State, token: string): State {
  const join = newState()
  const optional = token.startsWith('(') && token.endsWith(')?')
  const alternatives = token.startsWith('(')
    ? token
        .slice(1, optional ? -2 : -1)
        .split('|')
        .map((alternative) => alternative.split(' ').filter(Boolean))
    : token.split('|').map((word) => [word])
  for (const words of alternatives) {
    if (words.length === 0) {
      from.skip.push(join)
      continue
    }
    let state = from
    for (const word of words) {
      let target = word === '*' ? state.any : state.next.get(word)
      if (!target) {
        target = newState()
        if (word === '*') state.any = target
        else state.next.set(word, target)
      }
      state = target
    }
    // The alternative's last state hands over to the join without consuming a word, so the join
    // never gains edges of its own group.
    if (!state.skip.includes(join)) state.skip.push(join)
  }
  if (optional) from.skip.push(join)
  return join
}

function firstWords(start: State): { words: Set<string>; any: boolean } {
  const words = new Set<string>()
  let any = false
  const visit = (state: State) => {
    for (const word of state.next.keys()) words.add(word)
    if (state.any) any = true
    for (const next of state.skip) visit(next)
  }
  visit(start)
  return { words, any }
}

function tokenizePattern(pattern: string): string[] {
  const tokens: string[] = []
  let current = ''
  let depth = 0
  for (const char of pattern) {
    if (char === '(') depth++
    if (char === ')') depth--
    if (char === ' ' && depth === 0) {
      if (current) tokens.push(current)
      current = ''
    } else current += char
  }
  if (current) tokens.push(current)
  return tokens
}

const CLAUSE_END = /[.,;:!?)\n\r]/

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2009
}

/** The document's words prepared for matching, shared by every checker through the memo. */
export function phraseWords(document: ThankYouDocument): PhraseWords {
  return document.memo('phrase-words', () => {
    const { words, text } = document
    const keys: string[] = new Array(words.length)
    const linked = new Uint8Array(words.length)
    const clauseEnd = new Uint8Array(words.length)
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as (typeof words)[number]
      let key = word.text.toLowerCase()
      if (key.includes('’')) key = key.replace(/’/g, "'")
      // The tokenizer keeps a full stop with a short word it takes for an initial: `u.`, `a.`.
      if (key.endsWith('.') && key.indexOf('.') === key.length - 1) key = key.slice(0, -1)
      keys[i] = key
      const next = words[i + 1]
      const sameSentence = next !== undefined && next.sentence === word.sentence
      if (sameSentence) {
        let gap = true
        for (let j = word.end; j < next.start; j++) {
          if (!isSpace(text.charCodeAt(j))) {
            gap = false
            break
          }
        }
        if (gap) linked[i] = 1
      }
      let at = word.end
      while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++
      if (!sameSentence || at >= text.length || CLAUSE_END.test(text.charAt(at))) clauseEnd[i] = 1
    }
    return { keys, linked, clauseEnd }
  })
}

// The search state lives here rather than in closures: matching runs for every word of every lint.
let bestEnd = 0
let bestOrder = -1
let bestValue: unknown
let current: { clause: boolean; order: number; value: unknown } | undefined

/** The longest phrase of `set` that starts at word `first`, or `undefined`. */
export function matchAt<T>(
  set: PhraseSet<T>,
  prepared: PhraseWords,
  first: number,
): PhraseMatch<T> | undefined {
  const key = prepared.keys[first]
  if (key === undefined) return undefined
  const candidates = set.byFirstWord.get(key)
  if (!candidates && set.anyFirst.length === 0) return undefined
  bestEnd = 0
  bestOrder = -1
  bestValue = undefined
  for (const list of [candidates, set.anyFirst]) {
    if (!list) continue
    for (const pattern of list) {
      current = pattern
      step(pattern.start, first, first, prepared)
    }
  }
  current = undefined
  return bestEnd === 0 ? undefined : { first, end: bestEnd, value: bestValue as T }
}

/** Explores the automaton from `state` with word `index` next; records every accepting end. */
function step(state: State, index: number, first: number, prepared: PhraseWords): void {
  const pattern = current as { clause: boolean; order: number; value: unknown }
  if (state.final && index > first && (!pattern.clause || prepared.clauseEnd[index - 1] === 1)) {
    if (index > bestEnd || (index === bestEnd && pattern.order > bestOrder)) {
      bestEnd = index
      bestOrder = pattern.order
      bestValue = pattern.value
    }
  }
  for (const next of state.skip) step(next, index, first, prepared)
  if (index > first && prepared.linked[index - 1] !== 1) return
  const key = prepared.keys[index]
  if (key === undefined) return
  const target = state.next.get(key)
  if (target) step(target, index + 1, first, prepared)
  if (state.any) step(state.any, index + 1, first, prepared)
}
