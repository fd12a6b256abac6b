/**
 * Ranked spelling suggestions by a noisy-channel model: a candidate's score is its word frequency
 * (log2 of its SUBTLEX count) minus the cost of the typing errors that would turn it into what was
 * written, scaled to bits. The error model is a weighted edit distance that knows keyboard
 * neighbours, vowel confusions, doubled and dropped letters, transpositions and sound-alike
 * spellings (`ph`/`f`, `ck`/`k`, `tion`/`sion`). Candidates come from one depth-first search of the
 * lexicon trie that computes that distance row by row and prunes a branch as soon as neither its
 * cost nor the most frequent word below it can beat the suggestions already found, so a word with
 * no close match (a surname, a company) costs about as little as one with many.
 */

import {
  CASING,
  casingOf,
  type Dialect,
  findNode,
  frequencyOf,
  getLexicon,
  inDialect,
  type Lexicon,
  lowerAt,
  spell,
} from './lexicon.js'
import { CONFUSABLE_LETTERS, KEYBOARD_ROWS, MISSPELLINGS, SOUND_ALIKES } from './spelling-data.js'

export interface Suggestion {
  /** The replacement, capitalised like the word it replaces. */
  word: string
  /** Noisy-channel score in bits; higher is better. */
  score: number
  /** The edit cost from the written word: 1 is one ordinary typo. */
  cost: number
  /** A lowercase dictionary word or words, not a name. */
  common: boolean
}

export interface SuggestOptions {
  dialect: Dialect
  /** At most this many suggestions. */
  limit: number
  /**
   * The word is written capitalised, so it may be a name: proper nouns are not held back, and
   * common words are offered only when this close (default: as close as any candidate).
   */
  name?: boolean
  commonWordCost?: number
  /** Highest edit cost searched; by default it grows with the word's length. */
  maxCost?: number
  /** Extra words (the context's names, the personal word list) that may be suggested, lowercase keys. */
  extra?: ReadonlyMap<string, string>
}

export const tuning = {
  bitsPerCost: 12,
  unseen: -2,
  properNoun: 2,
  split: 2,
  window: 12,
  shortWord: 4,
  budget: [0, 1, 1.5, 1.5, 2, 2, 2.5, 2.5, 3],
  vowel: 0.6,
  key: 0.7,
  keyDiag: 0.75,
  confusable: 0.65,
  swap: 0.6,
  dropDouble: 0.3,
  dropVowel: 0.5,
  dropH: 0.75,
  addDouble: 0.35,
  addVowel: 0.8,
  first: 0.6,
  splitBits: 0,
  freqCap: 12,
  endInsert: 0,
  del: 0.75,
  ins: 1,
  sub: 1.15,
}
export const C = { ...tuning }
export function applyTuning() {
  Object.assign(C, tuning)
  SUBSTITUTION = buildSubstitutionCosts()
  cache.clear()
}
/** Bits of evidence one unit of edit cost takes away: a cost-1 typo must be 2^6 times likelier. */
let BITS_PER_COST = 6
/** Frequency level given to words SUBTLEX never saw (levels are half-bits, see `frequencyOf`). */
let UNSEEN_LEVEL = -2
/** Highest total edit cost searched; longer words allow more. */
let MAX_COST = [0, 1, 1.5, 1.5, 2, 2, 2.5, 2.5, 3]
/** Extra cost of an edit to the first letter, which writers seldom get wrong. */
let FIRST_LETTER_COST = 0.6
/** Bits taken from a proper noun offered for a lowercase word, and from a two-word split. */
let PROPER_NOUN_BITS = 2
let SPLIT_COST = 1.1
/** Candidates scoring this many bits below the best are not worth offering. */
let SCORE_WINDOW = 12

const VOWELS = new Set('aeiouy')

/** Substitution costs by pair of lowercase letters, `intended * 128 + typed`. */
let SUBSTITUTION = buildSubstitutionCosts()

function buildSubstitutionCosts(): Float32Array {
  const costs = new Float32Array(128 * 128).fill(C.sub)
  const set = (a: string, b: string, cost: number) => {
    const x = a.charCodeAt(0)
    const y = b.charCodeAt(0)
    costs[x * 128 + y] = Math.min(costs[x * 128 + y] as number, cost)
    costs[y * 128 + x] = Math.min(costs[y * 128 + x] as number, cost)
  }
  for (const a of VOWELS) for (const b of VOWELS) if (a !== b) set(a, b, C.vowel)
  for (let row = 0; row < KEYBOARD_ROWS.length; row++) {
    const keys = KEYBOARD_ROWS[row] as string
    for (let column = 0; column < keys.length; column++) {
      const key = keys.charAt(column)
      if (column + 1 < keys.length) set(key, keys.charAt(column + 1), C.key)
      const below = KEYBOARD_ROWS[row + 1]
      if (below) {
        // Rows are staggered: a key touches the keys below it and below-left of it.
        if (column < below.length) set(key, below.charAt(column), C.keyDiag)
        if (column > 0 && column - 1 < below.length) set(key, below.charAt(column - 1), C.keyDiag)
      }
    }
  }
  for (const pair of CONFUSABLE_LETTERS) set(pair.charAt(0), pair.charAt(1), C.confusable)
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

/** Sound-alike rules by the char code of the last character of the intended spelling. */
const RULES_BY_LAST: (readonly Rule[] | undefined)[] = new Array(128)
for (const rule of RULES) {
  const code = rule.intended.charCodeAt(rule.intended.length - 1)
  RULES_BY_LAST[code] = [...(RULES_BY_LAST[code] ?? []), rule]
}

export const stats = { visitedNodes: 0 }

/** Search state for one word, kept in module scope to allocate nothing per call. */
let rows = new Float64Array(64 * 64)
const pathCodes = new Uint16Array(64)

interface Found {
  node: number
  id: number
  cost: number
  score: number
}

/**
 * Up to `limit` corrections for `word` (as written), best first, each capitalised like `word`.
 * Deterministic: ties are broken by the candidate's spelling.
 */
export function suggest(word: string, options: SuggestOptions): Suggestion[] {
  BITS_PER_COST = tuning.bitsPerCost
  UNSEEN_LEVEL = tuning.unseen
  PROPER_NOUN_BITS = tuning.properNoun
  SPLIT_COST = tuning.split
  SCORE_WINDOW = tuning.window
  FIRST_LETTER_COST = tuning.first
  MAX_COST = tuning.budget
  const lower = word.toLowerCase()
  const n = lower.length
  if (n === 0 || n > MAX_WORD_LENGTH) return []
  const budget = options.maxCost ?? maxCostFor(n)
  const scored = new Map<string, { score: number; cost: number; common: boolean }>()
  const add = (candidate: string, score: number, cost: number, common: boolean) => {
    if (candidate === lower || cost > budget) return
    const previous = scored.get(candidate)
    if (previous === undefined || score > previous.score) scored.set(candidate, { score, cost, common })
  }

  const commonWordCost = options.commonWordCost ?? budget
  for (const found of dictionaryCandidates(
    lower,
    options.dialect,
    options.name === true,
    budget,
    options.limit,
  )) {
    if (found.common && found.cost > commonWordCost) continue
    add(found.word, found.score, found.cost, found.common)
  }
  // Extra words (context names, personal words) the dictionary may lack, at the frequency of a common word.
  for (const [key, spelling] of options.extra ?? []) {
    if (Math.abs(key.length - n) > 2) continue
    const cost = channelCost(lower, key, budget)
    add(spelling, EXTRA_WORD_BITS - BITS_PER_COST * cost, cost, false)
  }
  // Misspellings common enough to know by heart go first.
  const known = MISSPELLINGS.get(lower)
  if (known !== undefined) add(known, Number.POSITIVE_INFINITY, 0, true)

  const suggestions: Suggestion[] = []
  const taken = new Set<string>()
  for (const [candidate, { score, cost, common }] of [...scored].sort(
    (a, b) => b[1].score - a[1].score || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  )) {
    const cased = matchCase(candidate, word)
    if (taken.has(cased) || cased === word) continue
    taken.add(cased)
    suggestions.push({ word: cased, score, cost, common })
    if (suggestions.length === options.limit) break
  }
  return suggestions
}

/** Longest word searched; anything longer is no misspelling of a dictionary word. */
const MAX_WORD_LENGTH = 40
/** Frequency, in bits, given to extra words (context names, personal words) when ranking them. */
const EXTRA_WORD_BITS = 10
/** Dictionary candidates by query, shared across calls: CI lints the same templates over and over. */
const CACHE_SIZE = 2000
interface Candidate {
  word: string
  score: number
  cost: number
  /** A lowercase dictionary word, not a name. */
  common: boolean
}

const cache = new Map<string, readonly Candidate[]>()

/** Candidates from the dictionary (the trie search and two-word splits), lowercase or as the dictionary spells them. */
function dictionaryCandidates(
  lower: string,
  dialect: Dialect,
  name: boolean,
  budget: number,
  limit: number,
): readonly Candidate[] {
  const key = `${dialect}|${name ? 1 : 0}|${budget}|${limit}|${lower}`
  const cached = cache.get(key)
  if (cached) return cached
  const lexicon = getLexicon()
  const n = lower.length
  const candidates: Candidate[] = []
  for (const { node, id, score, cost } of searchTrie(lexicon, lower, dialect, name, budget, limit)) {
    const common = casingOf(id) === CASING.lower
    candidates.push({ word: spell(lexicon, id, lowerAt(lexicon.trie, node)), score, cost, common })
  }
  // Two words run together: `infact`, `thankyou`.
  for (let split = 1; split < n; split++) {
    const left = knownLower(lexicon, lower.slice(0, split), dialect)
    const right = knownLower(lexicon, lower.slice(split), dialect)
    if (left === undefined || right === undefined) continue
    if ((split === 1 && left.word !== 'a' && left.word !== 'i') || (n - split === 1 && right.word !== 'a'))
      continue
    const bits = Math.min(C.freqCap, Math.min(left.level, right.level) / 2)
    const score = bits - BITS_PER_COST * SPLIT_COST - C.splitBits
    candidates.push({ word: `${left.word} ${right.word}`, score, cost: SPLIT_COST, common: true })
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string)
  cache.set(key, candidates)
  return candidates
}

/** The best-scoring word id whose lowercase form ends at `node`, with its score at no edit cost. */
function bestWordAt(
  lexicon: Lexicon,
  node: number,
  dialect: Dialect,
  name: boolean,
): { id: number; bits: number } | undefined {
  const first = (lexicon.trie.word[node] as number) - 1
  let best: { id: number; bits: number } | undefined
  for (let id = first; id >= 0 && id < first + (lexicon.trie.wordCount[node] as number); id++) {
    if (!inDialect(id, dialect) || lexicon.noSuggest.has(id)) continue
    const bits =
      Math.min(C.freqCap, (frequencyOf(id) || UNSEEN_LEVEL) / 2) -
      (name || casingOf(id) === CASING.lower ? 0 : PROPER_NOUN_BITS)
    if (!best || bits > best.bits) best = { id, bits }
  }
  return best
}

function knownLower(
  lexicon: Lexicon,
  lower: string,
  dialect: Dialect,
): { word: string; level: number } | undefined {
  const node = findNode(lexicon.trie, lower)
  if (node <= 0) return undefined
  const first = (lexicon.trie.word[node] as number) - 1
  for (let id = first; id >= 0 && id < first + (lexicon.trie.wordCount[node] as number); id++) {
    if (casingOf(id) === CASING.lower && inDialect(id, dialect) && !lexicon.noSuggest.has(id)) {
      return { word: lower, level: frequencyOf(id) || UNSEEN_LEVEL }
    }
  }
  return undefined
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

function maxCostFor(length: number): number {
  return MAX_COST[Math.min(length, MAX_COST.length - 1)] as number
}

/**
 * Depth-first search of the trie for lowercase forms within the word's cost budget. Each level
 * computes one row of the weighted edit distance between `typed` and the path's prefix. A branch is
 * dropped when its cheapest row cell exceeds the budget, or when even its most frequent word at that
 * cost could not enter the best `limit` found so far. The child that matches the next typed letter
 * is searched first, so a good candidate raises that bar early.
 */
function searchTrie(
  lexicon: Lexicon,
  typed: string,
  dialect: Dialect,
  name: boolean,
  budget: number,
  limit: number,
): Found[] {
  const trie = lexicon.trie
  const { firstChild, sibling, label, maxFrequency, minLength, maxLength } = trie
  const n = typed.length
  const width = n + 1
  if (rows.length < width * 64) rows = new Float64Array(width * 64)
  const table = rows
  const path = pathCodes
  const codes = new Uint16Array(n + 1)
  for (let i = 1; i <= n; i++) codes[i] = typed.charCodeAt(i - 1)

  // Per-query costs: substituting typed letter i for intended letter t is substitution[t * width + i];
  // typing letter i as an extra is insertion[i]. Both include the first-letter surcharge.
  const substitution = new Float64Array(128 * width)
  for (let t = 0; t < 128; t++) {
    for (let i = 1; i <= n; i++) {
      const s = codes[i] as number
      substitution[t * width + i] = s === t ? 0 : substituteCost(t, s) + (i === 1 ? FIRST_LETTER_COST : 0)
    }
  }
  const insertion = new Float64Array(width)
  for (let i = 1; i <= n; i++)
    insertion[i] = insertCost(codes, i, 0) + (i === 1 ? FIRST_LETTER_COST : 0) + (i === n ? C.endInsert : 0)
  // The least a typed letter left over, or an intended letter missing, can cost: bounds what the
  // length of the words below a node still adds.
  const perExtraTyped = Math.min(
    C.addDouble,
    C.addVowel,
    C.ins,
    ...RULES.filter((r) => r.typed.length > r.intended.length).map(
      (r) => r.cost / (r.typed.length - r.intended.length),
    ),
  )
  const perMissing = Math.min(
    C.dropDouble,
    0.3,
    C.dropVowel,
    C.dropH,
    C.del,
    ...RULES.filter((r) => r.intended.length > r.typed.length).map(
      (r) => r.cost / (r.intended.length - r.typed.length),
    ),
  )

  // Where each sound-alike rule's typed side ends in the word.
  const ruleEnds: number[][] = RULES.map((rule) => {
    const ends: number[] = []
    for (let i = rule.typed.length; i <= n; i++)
      if (typed.startsWith(rule.typed, i - rule.typed.length)) ends.push(i)
    return ends
  })
  const viaRules = new Float64Array(width)

  // Row 0: the typed letters inserted before any intended one.
  table[0] = 0
  for (let i = 1; i <= n; i++) table[i] = (table[i - 1] as number) + (insertion[i] as number)

  const found: Found[] = []
  // Scores of the best `limit` candidates so far, ascending. A branch must beat the lowest of them
  // and come within SCORE_WINDOW bits of the best.
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

  const step = (child: number, j: number) => {
    const t = label[child] as number
    path[j] = t
    const row = j * width
    const up = row - width
    const tPrevious = j >= 2 ? (path[j - 1] as number) : 0
    const deletion = deleteCost(t, tPrevious) + (j === 1 ? FIRST_LETTER_COST : 0)
    let minimum = (table[up] as number) + deletion
    stats.visitedNodes++

    // Cells a sound-alike rule reaches from an earlier row.
    let anyRule = false
    const rules = RULES_BY_LAST[t]
    if (rules !== undefined) {
      for (const rule of rules) {
        const ends = ruleEnds[rule.index] as number[]
        if (ends.length === 0 || rule.intended.length > j || !pathEndsWith(j, rule.intended)) continue
        if (!anyRule) viaRules.fill(Number.POSITIVE_INFINITY)
        anyRule = true
        const from = (j - rule.intended.length) * width - rule.typed.length
        for (const i of ends) {
          const value = (table[from + i] as number) + rule.cost
          if (value < (viaRules[i] as number)) viaRules[i] = value
        }
      }
      if (anyRule && (viaRules[0] as number) < minimum) minimum = viaRules[0] as number
    }
    table[row] = minimum

    const sub = t * width
    const swapRow = row - 2 * width
    let left = minimum
    for (let i = 1; i <= n; i++) {
      let value = (table[up + i - 1] as number) + (substitution[sub + i] as number)
      const del = (table[up + i] as number) + deletion
      if (del < value) value = del
      const ins = left + (insertion[i] as number)
      if (ins < value) value = ins
      if (i >= 2 && j >= 2 && codes[i] === tPrevious && codes[i - 1] === t && t !== tPrevious) {
        const swap = (table[swapRow + i - 2] as number) + C.swap
        if (swap < value) value = swap
      }
      if (anyRule && (viaRules[i] as number) < value) value = viaRules[i] as number
      table[row + i] = value
      left = value
      if (value < minimum) minimum = value
    }
    if (minimum > budget) return
    // Raise the bound by what the lengths of the words below still cost.
    const shortest = (minLength[child] as number) - j
    const longest = (maxLength[child] as number) - j
    let bound = Number.POSITIVE_INFINITY
    for (let i = 0; i <= n; i++) {
      const left = n - i
      const extra =
        left > longest
          ? (left - longest) * perExtraTyped
          : left < shortest
            ? (shortest - left) * perMissing
            : 0
      const value = (table[row + i] as number) + extra
      if (value < bound) bound = value
    }
    if (bound > budget) return
    minimum = bound
    if (Math.min(C.freqCap, (maxFrequency[child] as number) / 2) - BITS_PER_COST * minimum < floor) return
    const cost = table[row + n] as number
    if (trie.word[child] !== 0 && cost <= budget) {
      const word = bestWordAt(lexicon, child, dialect, name)
      if (word) {
        const score = word.bits - BITS_PER_COST * cost
        found.push({ node: child, id: word.id, cost, score })
        record(score)
      }
    }
    if (firstChild[child] !== 0 && j < 63) visit(child, j)
  }

  const visit = (node: number, depth: number) => {
    const next = depth < n ? (codes[depth + 1] as number) : -1
    let matching = 0
    for (let child = firstChild[node] as number; child !== 0; child = sibling[child] as number) {
      if (label[child] === next) {
        matching = child
        step(child, depth + 1)
        break
      }
    }
    for (let child = firstChild[node] as number; child !== 0; child = sibling[child] as number) {
      if (child !== matching) step(child, depth + 1)
    }
  }
  visit(0, 0)
  return found
}

function pathEndsWith(j: number, text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    if (pathCodes[j - text.length + 1 + k] !== text.charCodeAt(k)) return false
  }
  return true
}

function substituteCost(intended: number, typed: number): number {
  if (intended < 128 && typed < 128) return SUBSTITUTION[intended * 128 + typed] as number
  return 1
}

function isVowel(code: number): boolean {
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121
}

/** The writer left out the intended letter `t`: cheap for a doubled letter, a vowel or an apostrophe. */
function deleteCost(t: number, previous: number): number {
  if (t === previous) return C.dropDouble
  if (t === 39) return 0.3
  if (isVowel(t)) return C.dropVowel
  if (t === 104 /* h */) return C.dropH
  return C.del
}

/** The writer typed `codes[i]` that has no intended letter: cheap when it doubles a letter. */
function insertCost(codes: Uint16Array, i: number, _t: number): number {
  const s = codes[i] as number
  if (i >= 2 && codes[i - 1] === s) return C.addDouble
  if (isVowel(s)) return C.addVowel
  return C.ins
}

/** The weighted edit distance between two lowercase words, or more than `max`. */
export function channelCost(typed: string, intended: string, max: number): number {
  const n = typed.length
  const m = intended.length
  const width = n + 1
  const table = new Float64Array((m + 1) * width)
  const codes = new Uint16Array(n + 1)
  for (let i = 1; i <= n; i++) codes[i] = typed.charCodeAt(i - 1)
  for (let i = 1; i <= n; i++) {
    table[i] = (table[i - 1] as number) + insertCost(codes, i, 0) + (i === 1 ? FIRST_LETTER_COST : 0)
  }
  for (let j = 1; j <= m; j++) {
    const t = intended.charCodeAt(j - 1)
    const tPrevious = j >= 2 ? intended.charCodeAt(j - 2) : 0
    const deletion = deleteCost(t, tPrevious) + (j === 1 ? FIRST_LETTER_COST : 0)
    const row = j * width
    const up = (j - 1) * width
    table[row] = (table[up] as number) + deletion
    let minimum = table[row] as number
    for (let i = 1; i <= n; i++) {
      const s = codes[i] as number
      let value =
        (table[up + i - 1] as number) +
        (s === t ? 0 : substituteCost(t, s) + (i === 1 ? FIRST_LETTER_COST : 0))
      value = Math.min(
        value,
        (table[up + i] as number) + deletion,
        (table[row + i - 1] as number) + insertCost(codes, i, t) + (i === 1 ? FIRST_LETTER_COST : 0),
      )
      if (i >= 2 && j >= 2 && s === tPrevious && codes[i - 1] === t && s !== t) {
        value = Math.min(value, (table[(j - 2) * width + i - 2] as number) + C.swap)
      }
      for (const rule of RULES_BY_LAST[t] ?? []) {
        const la = rule.intended.length
        const lb = rule.typed.length
        if (la > j || lb > i) continue
        if (!intended.startsWith(rule.intended, j - la) || !typed.startsWith(rule.typed, i - lb)) continue
        value = Math.min(value, (table[(j - la) * width + i - lb] as number) + rule.cost)
      }
      table[row + i] = value
      if (value < minimum) minimum = value
    }
    if (minimum > max + 0.5) return max + 1
  }
  return table[m * width + n] as number
}
