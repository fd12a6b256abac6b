/**
 * Ranked spelling suggestions by a noisy-channel model. A candidate's score, in bits, is its word
 * frequency (log2 of its SUBTLEX count, capped so that the commonest words do not drown the rest)
 * minus the cost of the errors that would turn it into what was written. That cost is a weighted
 * edit distance that knows keyboard neighbours, vowel confusions, doubled and dropped letters,
 * transpositions and sound-alike spellings (`ph`/`f`, `ck`/`k`, `ie`/`ei`, `sc`/`c`).
 *
 * Candidates come from one depth-first search of the lexicon trie that computes that distance row
 * by row. A branch is dropped as soon as its cost, raised by what the lengths of the words below
 * still cost, exceeds the budget, or as soon as its most frequent word could not beat the
 * suggestions already found, and it stops after a fixed number of table cells (`WORK_PER_WORD`),
 * keeping what it found. So no word costs more than that bound, however many or few close matches
 * it has, and there is no cap on how many words get suggestions.
 */

import { CONFUSABLE_LETTERS, KEYBOARD_ROWS, MISSPELLINGS, SOUND_ALIKES } from './data/error-model.js'
import {
  CASING,
  casingOf,
  childGroup,
  type Dialect,
  findNode,
  frequencyOf,
  getLexicon,
  inDialect,
  type Lexicon,
  lowerAt,
  searchIndex,
  spell,
} from './lexicon.js'

export interface Suggestion {
  /** The replacement, capitalised like the word it replaces. */
  word: string
  /** Noisy-channel score in bits; higher is better. */
  score: number
  /** The edit cost from the written word: 1 is one ordinary typo. */
  cost: number
  /** A lowercase dictionary word (or two), not a name. */
  common: boolean
}

export interface SuggestOptions {
  dialect: Dialect
  /** At most this many suggestions. */
  limit: number
  /**
   * The word is written capitalised and may be a name: proper nouns are not held back, and common
   * words are offered only up to `commonWordCost`.
   */
  name?: boolean
  commonWordCost?: number
  /** Highest edit cost searched; by default it grows with the word's length. */
  maxCost?: number
  /** Words the dictionary may lack (context names, personal words) by lowercase form, as spelled. */
  extra?: ReadonlyMap<string, string>
  /**
   * Search steps (trie nodes) this call may take; the call subtracts what the search takes, or took
   * when first run if its result is cached, so the outcome never depends on the cache. A search that
   * needs more than is left offers no dictionary words and uses up the rest. Shared by the calls of
   * one lint, it keeps a draft of thousands of made-up words from taking seconds.
   */
  allowance?: { steps: number }
}

/**
 * Edit costs: 1 is an ordinary typo. Omitting a letter is commoner than adding one, a vowel for a
 * vowel commoner than other substitutions, and a doubled letter the commonest slip of all.
 */
const COST = {
  substitute: 1.15,
  vowelForVowel: 0.6,
  keyboardNeighbour: 0.7,
  keyboardDiagonal: 0.75,
  soundAlikeLetter: 0.65,
  transpose: 0.6,
  omit: 0.75,
  omitVowel: 0.5,
  /** A silent `e` comes and goes most of all (`truely`, `argueing`, `definitly`). */
  omitE: 0.4,
  omitH: 0.75,
  omitDoubled: 0.3,
  omitApostrophe: 0.3,
  add: 1,
  addVowel: 0.8,
  addE: 0.6,
  addDoubled: 0.35,
  /** Added to any edit of the first letter, which writers seldom get wrong. */
  firstLetter: 0.6,
  /** Two words written as one (`thankyou`). */
  split: 2,
} as const

/** Bits one unit of edit cost takes away: a cost-1 typo needs a word 2^12 times as frequent. */
const BITS_PER_COST = 12
/**
 * Word frequencies count in full up to this many bits, and a tenth past it: every word that common
 * is simply common, the commoner winning only a near tie.
 */
const FREQUENCY_CAP_BITS = 12
const ABOVE_CAP = 0.1

function capped(bits: number): number {
  return bits <= FREQUENCY_CAP_BITS ? bits : FREQUENCY_CAP_BITS + (bits - FREQUENCY_CAP_BITS) * ABOVE_CAP
}
/** `capped(level / 2)` by frequency level (0 to 255), read once per trie node searched. */
const CAPPED_BITS = Float64Array.from({ length: 256 }, (_, level) => capped(level / 2))
/** Frequency level given to words SUBTLEX never saw (levels are half-bits, see `frequencyOf`). */
const UNSEEN_LEVEL = -2
/** Bits taken from a proper noun offered for a lowercase word. */
const PROPER_NOUN_BITS = 2
/** Frequency, in bits, given to extra words (context names, personal words). */
const EXTRA_WORD_BITS = 10
/** Candidates scoring this many bits below the best are not searched for. */
const SCORE_WINDOW = 12
/** Highest total edit cost searched, by word length. */
const MAX_COST = [0, 1, 1.5, 1.5, 2, 2, 2.5, 2.5, 2.5, 2.5, 2.75]
/**
 * Table cells (trie nodes times the written word's length + 1) one word's search may compute: the
 * hard bound on the work of one suggestion, counted rather than timed (the core has no clock).
 * A search that reaches it keeps what it found; the children that continue the cheapest alignment
 * are searched first, so that is seldom worse. 80,000 cells is 5,000 nodes for a 15-letter word and
 * 16,000 for a 4-letter one. On the tuning splits (aspell and Wikipedia) it cost 0.2 points of
 * top-1 and 0.3 of top-3 against an unbounded search, and took the 99th percentile of nodes
 * visited from 18,000 to 10,000 (40,000 cells: 0.4 and 0.5 points, 5,700 nodes).
 */
export const WORK_PER_WORD = 80_000
/** Longest word searched; anything longer is no misspelling of a dictionary word. */
const MAX_WORD_LENGTH = 40

const VOWELS = 'aeiou'

/** Substitution costs by pair of letter codes, `intended * 128 + typed`. */
const SUBSTITUTION = buildSubstitutionCosts()

function buildSubstitutionCosts(): Float64Array {
  const costs = new Float64Array(128 * 128).fill(COST.substitute)
  const set = (a: string, b: string, cost: number) => {
    const x = a.charCodeAt(0)
    const y = b.charCodeAt(0)
    costs[x * 128 + y] = Math.min(costs[x * 128 + y] as number, cost)
    costs[y * 128 + x] = Math.min(costs[y * 128 + x] as number, cost)
  }
  for (const a of VOWELS) for (const b of VOWELS) set(a, b, COST.vowelForVowel)
  for (let row = 0; row < KEYBOARD_ROWS.length; row++) {
    const keys = KEYBOARD_ROWS[row] as string
    const below = KEYBOARD_ROWS[row + 1]
    for (let column = 0; column < keys.length; column++) {
      const key = keys.charAt(column)
      if (column + 1 < keys.length) set(key, keys.charAt(column + 1), COST.keyboardNeighbour)
      // Rows are staggered: a key touches the key below it and the one below-left.
      if (below !== undefined) {
        if (column < below.length) set(key, below.charAt(column), COST.keyboardDiagonal)
        if (column > 0 && column - 1 < below.length) set(key, below.charAt(column - 1), COST.keyboardDiagonal)
      }
    }
  }
  for (const pair of CONFUSABLE_LETTERS) set(pair.charAt(0), pair.charAt(1), COST.soundAlikeLetter)
  for (let code = 0; code < 128; code++) costs[code * 128 + code] = 0
  return costs
}

interface Rule {
  index: number
  intended: string
  typed: string
  cost: number
}

const RULES: readonly Rule[] = SOUND_ALIKES.map(([intended, typed, cost], index) => ({
  index,
  intended,
  typed,
  cost,
}))

/** Sound-alike rules by the code of the last character of their intended spelling. */
const RULES_BY_LAST: (readonly Rule[] | undefined)[] = new Array(128)
for (const rule of RULES) {
  const code = rule.intended.charCodeAt(rule.intended.length - 1)
  RULES_BY_LAST[code] = [...(RULES_BY_LAST[code] ?? []), rule]
}

/** The least one typed letter too many, or one intended letter too few, can cost. */
const PER_EXTRA_TYPED = Math.min(
  COST.addDoubled,
  ...RULES.filter((r) => r.typed.length > r.intended.length).map(
    (r) => r.cost / (r.typed.length - r.intended.length),
  ),
)
const PER_MISSING = Math.min(
  COST.omitDoubled,
  COST.omitApostrophe,
  ...RULES.filter((r) => r.intended.length > r.typed.length).map(
    (r) => r.cost / (r.intended.length - r.typed.length),
  ),
)

/** Longest intended spelling the search follows. */
const MAX_DEPTH = 63

function isVowel(code: number): boolean {
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117
}

/** The writer left out the intended letter `t` that follows `previous`. */
function omitCost(t: number, previous: number): number {
  if (t === previous) return COST.omitDoubled
  if (t === 39 /* ' */) return COST.omitApostrophe
  if (t === 101 /* e */) return COST.omitE
  if (isVowel(t)) return COST.omitVowel
  if (t === 104 /* h */) return COST.omitH
  return COST.omit
}

/** The writer typed letter `i` of `codes` (1-based) with no intended letter for it. */
function addCost(codes: Uint16Array, i: number): number {
  const s = codes[i] as number
  if (i >= 2 && codes[i - 1] === s) return COST.addDoubled
  if (s === 101 /* e */) return COST.addE
  if (isVowel(s)) return COST.addVowel
  return COST.add
}

/**
 * A written word prepared for the weighted edit distance: its letter codes (1-based) and the costs
 * that depend on it alone. Rows of the distance table are `width = length + 1` cells.
 */
export class Query {
  readonly codes: Uint16Array
  readonly n: number
  readonly width: number
  /** Cost of typing letter i for intended code t: `substitution[t * width + i]`. */
  readonly substitution: Float64Array
  /** Cost of typing letter i with no intended letter. */
  readonly addition: Float64Array
  /** For each sound-alike rule, the positions where its typed side ends. */
  readonly ruleEnds: readonly (readonly number[])[]
  readonly viaRules: Float64Array
  /** The cheapest cell of the row `row` last filled (the first of equals). */
  cheapest = 0

  constructor(typed: string) {
    const n = typed.length
    const width = n + 1
    this.n = n
    this.width = width
    this.codes = new Uint16Array(width)
    for (let i = 1; i <= n; i++) this.codes[i] = typed.charCodeAt(i - 1)
    // Row 0 (no letter has code 0) stands for intended letters outside ASCII.
    this.substitution = new Float64Array(128 * width).fill(COST.substitute)
    for (let t = 1; t < 128; t++) {
      for (let i = 1; i <= n; i++) {
        const s = this.codes[i] as number
        this.substitution[t * width + i] =
          s === t
            ? 0
            : (s < 128 ? (SUBSTITUTION[t * 128 + s] as number) : COST.substitute) +
              (i === 1 ? COST.firstLetter : 0)
      }
    }
    for (let i = 1; i <= n; i++) this.substitution[i] = COST.substitute + (i === 1 ? COST.firstLetter : 0)
    this.addition = new Float64Array(width)
    for (let i = 1; i <= n; i++) this.addition[i] = addCost(this.codes, i) + (i === 1 ? COST.firstLetter : 0)
    this.ruleEnds = RULES.map((rule) => {
      const ends: number[] = []
      for (let i = rule.typed.length; i <= n; i++) {
        if (typed.startsWith(rule.typed, i - rule.typed.length)) ends.push(i)
      }
      return ends
    })
    this.viaRules = new Float64Array(width)
  }

  /** Fills row 0 of `table`: every typed letter added before any intended one. */
  firstRow(table: Float64Array): void {
    table[0] = 0
    for (let i = 1; i <= this.n; i++) table[i] = (table[i - 1] as number) + (this.addition[i] as number)
  }

  /**
   * Fills row `j` of `table` for intended letters `path[1..j]` from the rows above it. Returns a
   * lower bound on the cost of any intended word that continues this prefix with `shortest` to
   * `longest` more letters: the smallest cell, plus what the length mismatch must still cost.
   */
  row(table: Float64Array, path: Uint16Array, j: number, shortest: number, longest: number): number {
    const { n, width, codes, substitution, addition, viaRules } = this
    const t = path[j] as number
    const row = j * width
    const up = row - width
    const tPrevious = j >= 2 ? (path[j - 1] as number) : 0
    const omission = omitCost(t, tPrevious) + (j === 1 ? COST.firstLetter : 0)
    let first = (table[up] as number) + omission

    // Cells a sound-alike rule reaches from an earlier row.
    let anyRule = false
    const rules = t < 128 ? RULES_BY_LAST[t] : undefined
    if (rules !== undefined) {
      for (const rule of rules) {
        const ends = this.ruleEnds[rule.index] as readonly number[]
        if (ends.length === 0 || rule.intended.length > j || !endsWith(path, j, rule.intended)) continue
        if (!anyRule) viaRules.fill(Number.POSITIVE_INFINITY)
        anyRule = true
        const from = (j - rule.intended.length) * width - rule.typed.length
        for (const i of ends) {
          const value = (table[from + i] as number) + rule.cost
          if (value < (viaRules[i] as number)) viaRules[i] = value
        }
      }
      if (anyRule && (viaRules[0] as number) < first) first = viaRules[0] as number
    }
    table[row] = first

    // Cell i leaves n - i typed letters for the rest of the word: too many cost an addition each,
    // too few an omission each.
    const sub = (t < 128 ? t : 0) * width
    const swapRow = row - 2 * width
    let bound = first + lengthCost(n, shortest, longest)
    let left = first
    let cheapest = 0
    let least = first
    for (let i = 1; i <= n; i++) {
      let value = (table[up + i - 1] as number) + (substitution[sub + i] as number)
      const omitted = (table[up + i] as number) + omission
      if (omitted < value) value = omitted
      const added = left + (addition[i] as number)
      if (added < value) value = added
      if (codes[i] === tPrevious && i >= 2 && j >= 2 && codes[i - 1] === t && t !== tPrevious) {
        const swapped = (table[swapRow + i - 2] as number) + COST.transpose
        if (swapped < value) value = swapped
      }
      if (anyRule && (viaRules[i] as number) < value) value = viaRules[i] as number
      table[row + i] = value
      left = value
      if (value < least) {
        least = value
        cheapest = i
      }
      if (value < bound) {
        const rest = n - i
        const withLength =
          value +
          (rest > longest
            ? (rest - longest) * PER_EXTRA_TYPED
            : rest < shortest
              ? (shortest - rest) * PER_MISSING
              : 0)
        if (withLength < bound) bound = withLength
      }
    }
    this.cheapest = cheapest
    return bound
  }
}

function lengthCost(rest: number, shortest: number, longest: number): number {
  return rest > longest
    ? (rest - longest) * PER_EXTRA_TYPED
    : rest < shortest
      ? (shortest - rest) * PER_MISSING
      : 0
}

function endsWith(path: Uint16Array, j: number, text: string): boolean {
  const start = j - text.length + 1
  for (let k = 0; k < text.length; k++) if (path[start + k] !== text.charCodeAt(k)) return false
  return true
}

/** The weighted edit distance from `typed` to `intended` (both lowercase), or more than `max`. */
export function channelCost(typed: string | Query, intended: string, max: number): number {
  if (typeof typed === 'string') {
    if (typed.length > MAX_WORD_LENGTH) return max + 1
    return channelCost(new Query(typed), intended, max)
  }
  if (intended.length > MAX_DEPTH) return max + 1
  const query = typed
  const table = new Float64Array((intended.length + 1) * query.width)
  const path = new Uint16Array(intended.length + 1)
  query.firstRow(table)
  const m = intended.length
  for (let j = 1; j <= m; j++) {
    path[j] = intended.charCodeAt(j - 1)
    if (query.row(table, path, j, m - j, m - j) > max) return max + 1
  }
  return table[intended.length * query.width + query.n] as number
}

interface Candidate {
  word: string
  score: number
  cost: number
  common: boolean
}

/**
 * Up to `limit` corrections for `word` (as written), best first, each capitalised like `word`.
 * Deterministic: ties go to the alphabetically first spelling.
 */
export function suggest(word: string, options: SuggestOptions): Suggestion[] {
  const lower = word.toLowerCase()
  const n = lower.length
  if (n === 0 || n > MAX_WORD_LENGTH) return []
  const budget = options.maxCost ?? (MAX_COST[Math.min(n, MAX_COST.length - 1)] as number)
  const commonWordCost = options.commonWordCost ?? budget
  const scored = new Map<string, Candidate>()
  const add = (candidate: Candidate) => {
    if (candidate.word === lower || candidate.cost > budget) return
    if (candidate.common && candidate.cost > commonWordCost) return
    const previous = scored.get(candidate.word)
    if (previous === undefined || candidate.score > previous.score) scored.set(candidate.word, candidate)
  }

  const allowance = options.allowance
  const steps = allowance ? allowance.steps : Number.POSITIVE_INFINITY
  const search =
    steps > 0
      ? dictionaryCandidates(lower, options.dialect, options.name === true, budget, options.limit, steps)
      : undefined
  if (allowance) allowance.steps = search ? allowance.steps - search.steps : 0
  for (const candidate of search?.candidates ?? []) add(candidate)
  let query: Query | undefined
  for (const [key, spelling] of options.extra ?? []) {
    if (Math.abs(key.length - n) > 2) continue
    query ??= new Query(lower)
    const cost = channelCost(query, key, budget)
    add({ word: spelling, score: EXTRA_WORD_BITS - BITS_PER_COST * cost, cost, common: false })
  }
  const known = MISSPELLINGS.get(lower)
  if (known !== undefined) add({ word: known, score: Number.POSITIVE_INFINITY, cost: 0, common: true })

  const ranked = [...scored.values()].sort(
    (a, b) => b.score - a.score || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0),
  )
  const suggestions: Suggestion[] = []
  const taken = new Set<string>()
  for (const candidate of ranked) {
    const cased = matchCase(candidate.word, word)
    if (cased === word || taken.has(cased)) continue
    taken.add(cased)
    suggestions.push({ ...candidate, word: cased })
    if (suggestions.length === options.limit) break
  }
  return suggestions
}

/** `receive` → `Receive` for `Recieve`, `RECEIVE` for `RECIEVE`; a dictionary capital stays. */
export function matchCase(candidate: string, original: string): string {
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase()) {
    return candidate.toUpperCase()
  }
  const first = original.charAt(0)
  if (first !== first.toLowerCase()) return candidate.charAt(0).toUpperCase() + candidate.slice(1)
  return candidate
}

/** Dictionary candidates by query, kept across calls: CI lints the same templates over and over. */
const CACHE_SIZE = 2000
interface Search {
  candidates: readonly Candidate[]
  /** Trie nodes the search visited. */
  steps: number
}

const cache = new Map<string, Search>()

/** Forgets cached candidates, so that a benchmark measures the search itself. */
export function clearSuggestionCache(): void {
  cache.clear()
}

/**
 * Candidates from the dictionary: the trie search and two words run together. Undefined when the
 * search needs more than `maxSteps` steps.
 */
function dictionaryCandidates(
  lower: string,
  dialect: Dialect,
  name: boolean,
  budget: number,
  limit: number,
  maxSteps: number,
): Search | undefined {
  const key = `${dialect}|${name ? 1 : 0}|${budget}|${limit}|${lower}`
  const cached = cache.get(key)
  if (cached) return cached.steps <= maxSteps ? cached : undefined
  const lexicon = getLexicon()
  const candidates: Candidate[] = []
  const search = searchTrie(lexicon, new Query(lower), dialect, name, budget, limit, maxSteps)
  if (search === undefined) return undefined
  const { found, steps } = search
  for (const { node, id, score, cost } of found) {
    const common = casingOf(id) === CASING.lower
    candidates.push({ word: spell(id, lowerAt(lexicon.trie, node)), score, cost, common })
  }
  const n = lower.length
  for (let split = 1; split < n; split++) {
    const left = commonWordLevel(lexicon, lower.slice(0, split), dialect)
    const right = commonWordLevel(lexicon, lower.slice(split), dialect)
    if (left === undefined || right === undefined) continue
    // One-letter words stand alone only as `a` and `I`.
    if ((split === 1 && !/^[ai]/.test(lower)) || (n - split === 1 && !lower.endsWith('a'))) continue
    const bits = capped(Math.min(left, right) / 2)
    const word = `${lower.slice(0, split)} ${lower.slice(split)}`
    candidates.push({ word, score: bits - BITS_PER_COST * COST.split, cost: COST.split, common: true })
  }
  const result: Search = { candidates, steps }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string)
  cache.set(key, result)
  return result
}

/** Frequency bits of the best spelling at `node` under the dialect, and its id. */
function bestWordAt(
  lexicon: Lexicon,
  noSuggest: ReadonlySet<number>,
  node: number,
  dialect: Dialect,
  name: boolean,
): { id: number; bits: number } | undefined {
  const first = (lexicon.trie.word[node] as number) - 1
  let best: { id: number; bits: number } | undefined
  for (let id = first; id >= 0 && id < first + (lexicon.trie.wordCount[node] as number); id++) {
    if (!inDialect(id, dialect) || noSuggest.has(id)) continue
    const proper = casingOf(id) !== CASING.lower
    const bits = capped((frequencyOf(id) || UNSEEN_LEVEL) / 2) - (proper && !name ? PROPER_NOUN_BITS : 0)
    if (!best || bits > best.bits) best = { id, bits }
  }
  return best
}

/**
 * The frequency level of a lowercase dictionary word, if the dialect has it (0 when SUBTLEX never
 * saw it gives `UNSEEN_LEVEL`).
 */
export function commonWordLevel(lexicon: Lexicon, lower: string, dialect: Dialect): number | undefined {
  const node = findNode(lexicon.trie, lower)
  if (node <= 0) return undefined
  const first = (lexicon.trie.word[node] as number) - 1
  for (let id = first; id >= 0 && id < first + (lexicon.trie.wordCount[node] as number); id++) {
    if (casingOf(id) === CASING.lower && inDialect(id, dialect) && !searchIndex(lexicon).noSuggest.has(id)) {
      return frequencyOf(id) || UNSEEN_LEVEL
    }
  }
  return undefined
}

interface Found {
  node: number
  id: number
  cost: number
  score: number
}

/** Search rows, reused between calls (the search is synchronous and not re-entered). */
let rows = new Float64Array(64 * 64)
const path = new Uint16Array(MAX_DEPTH + 1)

/** Counts trie nodes visited, for the eval script's statistics. */
export const searchStats = { nodes: 0 }

/**
 * Depth-first search of the trie for the lowercase forms within `budget` of the query. The child
 * that matches the next typed letter goes first, so a good candidate raises the bar early.
 * Undefined when it would visit more than `maxSteps` nodes. A node's children are read from the
 * search index's side-by-side copy (`childGroup`).
 */
function searchTrie(
  lexicon: Lexicon,
  query: Query,
  dialect: Dialect,
  name: boolean,
  budget: number,
  limit: number,
  maxSteps: number,
): { found: Found[]; steps: number } | undefined {
  const trie = lexicon.trie
  const { word } = trie
  const index = searchIndex(lexicon)
  const { kid, kidLabel, kidFrequency, kidMinLength, kidMaxLength, groupEnd, noSuggest } = index
  const { n, width, codes } = query
  if (rows.length < width * (MAX_DEPTH + 1)) rows = new Float64Array(width * (MAX_DEPTH + 1))
  const table = rows
  query.firstRow(table)

  const found: Found[] = []
  // Scores of the best `limit` finds so far, ascending. A branch must be able to beat the lowest of
  // them, and to come within SCORE_WINDOW bits of the best.
  const best: number[] = []
  let floor = Number.NEGATIVE_INFINITY
  const record = (score: number) => {
    if (best.length < limit) best.push(score)
    else if (score > (best[0] as number)) best[0] = score
    else return
    best.sort((a, b) => a - b)
    const top = best[best.length - 1] as number
    floor = Math.max(best.length < limit ? Number.NEGATIVE_INFINITY : (best[0] as number), top - SCORE_WINDOW)
  }

  // The bound on work: table cells computed, so a long word gets fewer nodes than a short one.
  const nodeCap = Math.max(1, Math.floor(WORK_PER_WORD / width))
  let steps = 0
  // A child's words cost at least what its parent's bound says (the bound only grows down the
  // trie), so a child whose most frequent word could not beat the floor at that cost is skipped
  // before its row is computed. `entry` is the child's place in the index's copy of the children.
  const step = (entry: number, j: number, parentBound: number) => {
    const bits = CAPPED_BITS[kidFrequency[entry] as number] as number
    if (bits - BITS_PER_COST * parentBound < floor) return
    if (++steps > maxSteps || steps > nodeCap) return
    path[j] = kidLabel[entry] as number
    searchStats.nodes++
    const bound = query.row(
      table,
      path,
      j,
      (kidMinLength[entry] as number) - j,
      (kidMaxLength[entry] as number) - j,
    )
    if (bound > budget || bits - BITS_PER_COST * bound < floor) return
    const cost = table[j * width + n] as number
    const child = kid[entry] as number
    if (cost <= budget && word[child] !== 0) {
      const best = bestWordAt(lexicon, noSuggest, child, dialect, name)
      if (best) {
        const score = best.bits - BITS_PER_COST * cost
        found.push({ node: child, id: best.id, cost, score })
        record(score)
      }
    }
    if (j < MAX_DEPTH && trie.firstChild[child] !== 0) visit(child, j, bound, query.cheapest)
  }

  const visit = (parent: number, depth: number, bound: number, at: number) => {
    // The children that continue the cheapest alignment so far (`at`, the row's cheapest cell) go
    // first, so that a good candidate raises the floor early: the one matching the next written
    // letter, then the one matching the letter after it (a letter written in excess).
    const next = at < n ? (codes[at + 1] as number) : -1
    const after = at + 1 < n ? (codes[at + 2] as number) : -1
    const from = childGroup(index, trie, parent)
    const to = groupEnd[parent] as number
    let first = -1
    let second = -1
    for (let entry = from; entry < to; entry++) {
      const code = kidLabel[entry] as number
      if (code === next) first = entry
      else if (code === after) second = entry
    }
    if (first !== -1) step(first, depth + 1, bound)
    if (second !== -1 && steps <= maxSteps && steps <= nodeCap) step(second, depth + 1, bound)
    for (let entry = from; entry < to && steps <= maxSteps && steps <= nodeCap; entry++) {
      if (entry !== first && entry !== second) step(entry, depth + 1, bound)
    }
  }
  visit(0, 0, 0, 0)
  return steps > maxSteps ? undefined : { found, steps: Math.min(steps, nodeCap) }
}
