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

/**
 * A state of a pattern's automaton. While a pattern is built, words lead on through `next` and
 * `any`, and `skip` moves on without a word (optional groups, ends of alternatives). Once built,
 * the skips are folded away: `out`, `outAny` and `accept` say where a word leads from this state
 * and everything it skips to, so matching never follows a skip.
 */
interface State {
  next: Map<string, State>
  any?: State
  skip: State[]
  final: boolean
  out: Map<string, State[]>
  outAny: State[]
  accept: boolean
  pattern?: Pattern<unknown>
}

interface Pattern<T> {
  clause: boolean
  value: T
  /** Entry order: of two matches of the same length, the later pattern wins. */
  order: number
}

export interface PhraseSet<T> {
  /** Where each word that can open a phrase leads, across every pattern. */
  byFirstWord: Map<string, State[]>
  /** Where any word leads, for patterns that open with `*`. */
  anyFirst: State[]
  /** Only for typing `value`. */
  readonly values?: T
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
  return { next: new Map(), skip: [], final: false, out: new Map(), outAny: [], accept: false }
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
    const pattern: Pattern<T> = { clause, value, order: order++ }
    const states = foldSkips(start, pattern as Pattern<unknown>)
    for (const [word, targets] of start.out) {
      const list = set.byFirstWord.get(word)
      if (list) list.push(...targets)
      else set.byFirstWord.set(word, [...targets])
    }
    set.anyFirst.push(...start.outAny)
    // Only the start's transitions are kept (in the set); the build-time links can go.
    for (const state of states) {
      state.next = EMPTY_NEXT
      state.skip = []
      delete state.any
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
    words.forEach((word, index) => {
      const last = index === words.length - 1
      let target = word === '*' ? state.any : state.next.get(word)
      if (!target) {
        // A group's alternatives end on the join itself, so a group of many single words adds
        // one state, not one per word.
        target = last ? join : newState()
      } else if (!last && target === join) {
        // "(i|i will)": the join must not gain the edges of a longer alternative; go through
        // a state of its own that can still stop at "i".
        target = newState()
        target.skip.push(join)
      } else if (last && target !== join && !target.skip.includes(join)) {
        target.skip.push(join)
      }
      if (word === '*') state.any = target
      else state.next.set(word, target)
      state = target
    })
  }
  if (optional) from.skip.push(join)
  return join
}

const EMPTY_NEXT: Map<string, State> = new Map()

/** Computes `out`, `outAny` and `accept` of every state of a pattern; returns its states. */
function foldSkips(start: State, pattern: Pattern<unknown>): State[] {
  const states: State[] = []
  const seen = new Set<State>()
  const collect = (state: State) => {
    if (seen.has(state)) return
    seen.add(state)
    states.push(state)
    for (const next of state.next.values()) collect(next)
    if (state.any) collect(state.any)
    for (const next of state.skip) collect(next)
  }
  collect(start)
  for (const state of states) {
    state.pattern = pattern
    const closure = new Set<State>()
    const close = (from: State) => {
      if (closure.has(from)) return
      closure.add(from)
      for (const next of from.skip) close(next)
    }
    close(state)
    for (const member of closure) {
      if (member.final) state.accept = true
      for (const [word, target] of member.next) {
        const targets = state.out.get(word)
        if (!targets) state.out.set(word, [target])
        else if (!targets.includes(target)) targets.push(target)
      }
      if (member.any && !state.outAny.includes(member.any)) state.outAny.push(member.any)
    }
  }
  return states
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

/** `.,;:!?)` or a line break. */
function endsClause(code: number): boolean {
  switch (code) {
    case 46:
    case 44:
    case 59:
    case 58:
    case 33:
    case 63:
    case 41:
    case 10:
    case 13:
      return true
    default:
      return false
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2009
}

/**
 * What the matcher needs of a parsed text. The document satisfies it; naming only these fields
 * keeps `src/text/` free of the document type, so dependencies point one way.
 */
export interface PhraseSource {
  readonly text: string
  readonly words: readonly {
    readonly text: string
    readonly start: number
    readonly end: number
    readonly sentence: number
  }[]
  memo<T>(key: string, compute: () => T): T
}

/** The document's words prepared for matching, shared by every checker through the memo. */
export function phraseWords(document: PhraseSource): PhraseWords {
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
      if (!sameSentence || at >= text.length || endsClause(text.charCodeAt(at))) clauseEnd[i] = 1
    }
    return { keys, linked, clauseEnd }
  })
}

// The search state lives here rather than in closures: matching runs for every word of every lint.
let bestEnd = 0
let bestOrder = -1
let bestValue: unknown

/** The longest phrase of `set` that starts at word `first`, or `undefined`. */
export function matchAt<T>(
  set: PhraseSet<T>,
  prepared: PhraseWords,
  first: number,
): PhraseMatch<T> | undefined {
  const key = prepared.keys[first]
  if (key === undefined) return undefined
  const targets = set.byFirstWord.get(key)
  if (!targets && set.anyFirst.length === 0) return undefined
  bestEnd = 0
  bestOrder = -1
  bestValue = undefined
  if (targets) for (const target of targets) step(target, first + 1, prepared)
  for (const target of set.anyFirst) step(target, first + 1, prepared)
  return bestEnd === 0 ? undefined : { first, end: bestEnd, value: bestValue as T }
}

/** Follows the automaton from `state`, with word `index` next; records every accepting end. */
function step(state: State, index: number, prepared: PhraseWords): void {
  if (state.accept) {
    const pattern = state.pattern as Pattern<unknown>
    if (
      (!pattern.clause || prepared.clauseEnd[index - 1] === 1) &&
      (index > bestEnd || (index === bestEnd && pattern.order > bestOrder))
    ) {
      bestEnd = index
      bestOrder = pattern.order
      bestValue = pattern.value
    }
  }
  if (prepared.linked[index - 1] !== 1) return
  const key = prepared.keys[index]
  if (key === undefined) return
  if (state.out.size > 0) {
    const targets = state.out.get(key)
    if (targets) for (const target of targets) step(target, index + 1, prepared)
  }
  for (const target of state.outAny) step(target, index + 1, prepared)
}
