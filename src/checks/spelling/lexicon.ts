/**
 * The spelling lexicon: every word form of dictionary-en and dictionary-en-gb with its SUBTLEX
 * frequency, decoded once per process from the generated `data/lexicon.ts` into a trie of lowercase
 * forms. The trie serves both look-ups and the suggester's search. It is built in one pass over the
 * encoded characters, each new character being one new node, without making a string per word, so
 * the first spelling check stays cheap. Nothing here runs until that first check.
 */
import {
  CASINGS,
  DIALECTS,
  FREQUENCIES,
  FREQUENCY_ALPHABET,
  MIXED_CASE,
  NO_SUGGEST,
  NODE_COUNT,
  PREFIX_ALPHABET,
  WORDS,
} from './data/lexicon.js'

export type Dialect = 'en-US' | 'en-GB'

/** Bit set in a word's dialect entry for each dialect that accepts it. */
export const DIALECT_BIT: Readonly<Record<Dialect, number>> = { 'en-US': 1, 'en-GB': 2 }

/** How a dictionary word is capitalised: `the`, `Paris`, `NASA`, `McDonald`. */
export const CASING = { lower: 0, capitalized: 1, upper: 2, mixed: 3 } as const

/**
 * A trie of the lexicon's lowercase forms, in parallel typed arrays. Node 0 is the root, so 0 also
 * means "none" in `firstChild` and `sibling`. Children are in increasing character order.
 */
export interface Trie {
  label: Uint8Array
  parent: Int32Array
  firstChild: Int32Array
  sibling: Int32Array
  /** 1 + the first word id whose lowercase form ends at this node, or 0. */
  word: Int32Array
  /** How many consecutive word ids share that lowercase form (`us`, `US`). */
  wordCount: Uint8Array
}

export interface Lexicon {
  trie: Trie
  /** The trie node where each word id ends. */
  terminal: Int32Array
  /** The length of each word id. */
  lengths: Uint8Array
}

const FREQUENCY_LEVEL = new Uint8Array(128)
for (let i = 0; i < FREQUENCY_ALPHABET.length; i++) FREQUENCY_LEVEL[FREQUENCY_ALPHABET.charCodeAt(i)] = i

/** SUBTLEX level of a word id: 0 unseen, else 1 + round(2 × log2(count)). */
export function frequencyOf(id: number): number {
  return FREQUENCY_LEVEL[FREQUENCIES.charCodeAt(id)] as number
}

/** One of `CASING`'s values. */
export function casingOf(id: number): number {
  return (CASINGS.charCodeAt(id) - 48) & 3
}

/** Whether the dictionary lists the word's possessive (`Dana's`, `team's`, not `get's`). */
export function takesPossessive(id: number): boolean {
  return ((CASINGS.charCodeAt(id) - 48) & 4) !== 0
}

/** Whether the dialect accepts a word id. */
export function inDialect(id: number, dialect: Dialect): boolean {
  const code = DIALECTS.charCodeAt(id)
  return code === 98 /* b */ || code === (dialect === 'en-US' ? 117 /* u */ : 103) /* g */
}

// Stryker disable all: built once per process, and Stryker's vitest runner keeps modules loaded
// from one mutant to the next, so a mutant here never takes effect (the lexicon is tested
// through every look-up and suggestion).
let shared: Lexicon | undefined

/** The lexicon, decoded on first use and shared by every later call in the process. */
export function getLexicon(): Lexicon {
  shared ??= decodeLexicon()
  return shared
}
// Stryker restore all

/** The node where `lower` (a lowercase word) ends in the trie, or -1. */
export function findNode(trie: Trie, lower: string): number {
  let node = 0
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i)
    let child = trie.firstChild[node] as number
    while (child !== 0 && (trie.label[child] as number) < code) child = trie.sibling[child] as number
    if (child === 0 || trie.label[child] !== code) return -1
    node = child
  }
  return node
}

/** The lowercase word that ends at `node`. */
export function lowerAt(trie: Trie, node: number): string {
  const codes: number[] = []
  for (let at = node; at > 0; at = trie.parent[at] as number) codes.push(trie.label[at] as number)
  return String.fromCharCode(...codes.reverse())
}

/** A word as the dictionary writes it, from its lowercase form. */
export function spell(id: number, lower: string): string {
  switch (casingOf(id)) {
    case CASING.lower:
      return lower
    case CASING.capitalized:
      return lower.charAt(0).toUpperCase() + lower.slice(1)
    case CASING.upper:
      return lower.toUpperCase()
    default:
      return mixedSpelling(id) ?? lower
  }
}

/** A word id as the dictionary writes it. */
export function wordOf(lexicon: Lexicon, id: number): string {
  return spell(id, lowerAt(lexicon.trie, lexicon.terminal[id] as number))
}

// Stryker disable all: built once per process, and Stryker's vitest runner keeps modules loaded
// from one mutant to the next, so a mutant here never takes effect (the lexicon is tested
// through every look-up and suggestion).
function decodeLexicon(): Lexicon {
  const label = new Uint8Array(NODE_COUNT)
  const parent = new Int32Array(NODE_COUNT)
  const firstChild = new Int32Array(NODE_COUNT)
  const sibling = new Int32Array(NODE_COUNT)
  const word = new Int32Array(NODE_COUNT)
  const wordCount = new Uint8Array(NODE_COUNT)
  const terminal = new Int32Array(FREQUENCIES.length)
  const lengths = new Uint8Array(FREQUENCIES.length)
  const prefixLength = new Int8Array(128).fill(-1)
  for (let i = 0; i < PREFIX_ALPHABET.length; i++) prefixLength[PREFIX_ALPHABET.charCodeAt(i)] = i

  // path[d] is the node of the current word's first d characters. Nodes are made in depth-first
  // order, so a new node's earlier sibling can only be the previous word's node at the same depth.
  // Locals only: this loop runs once, mostly before the JIT has optimised it.
  const path = new Int32Array(PREFIX_ALPHABET.length + 64)
  let length = 0
  let size = 1
  let id = -1
  // Bytes scan faster than a string's characters; the data is ASCII.
  // The word being read ends at the current path's tip: mark that node and record where it is.
  const endWord = () => {
    if (id < 0) return
    const node = path[length] as number
    if (word[node] === 0) word[node] = id + 1
    wordCount[node] = (wordCount[node] as number) + 1
    terminal[id] = node
    lengths[id] = length
  }
  const bytes = new TextEncoder().encode(WORDS)
  const end = bytes.length
  for (let position = 0; position < end; position++) {
    const code = bytes[position] as number
    const shared = prefixLength[code] as number
    if (shared >= 0) {
      endWord()
      id++
      // The previous word's node at depth shared + 1, if it went that deep, is the next one's sibling.
      const before = shared < length ? (path[shared + 1] as number) : 0
      length = shared
      const next = bytes[position + 1] ?? 48 /* a prefix character: no more letters */
      if (before !== 0 && (prefixLength[next] as number) < 0) {
        const node = size++
        label[node] = next === 95 /* _ */ ? 39 /* ' */ : next
        parent[node] = path[length] as number
        sibling[before] = node
        path[++length] = node
        position++
      }
      continue
    }
    const node = size++
    label[node] = code === 95 /* _ */ ? 39 /* ' */ : code
    const up = path[length] as number
    parent[node] = up
    firstChild[up] = node
    path[++length] = node
  }
  endWord()
  const trie: Trie = { label, parent, firstChild, sibling, word, wordCount }
  return { trie, terminal, lengths }
}
// Stryker restore all

/** Bounds for the suggester's search and the words it must not offer, built on its first search. */
export interface SearchIndex {
  /** Highest frequency level of a word at or below each node. */
  maxFrequency: Uint8Array
  /** Length of the shortest and the longest word at or below each node. */
  minLength: Uint8Array
  maxLength: Uint8Array
  /** Ids of words never offered as suggestions (slurs and profanity the dictionary marks NOSUGGEST). */
  noSuggest: ReadonlySet<number>
}

// Stryker disable all: built once per process, and Stryker's vitest runner keeps modules loaded
// from one mutant to the next, so a mutant here never takes effect (the bounds are tested
// through every suggestion).
const searchIndexes = new WeakMap<Lexicon, SearchIndex>()

export function searchIndex(lexicon: Lexicon): SearchIndex {
  let index = searchIndexes.get(lexicon)
  if (index === undefined) {
    index = buildSearchIndex(lexicon)
    searchIndexes.set(lexicon, index)
  }
  return index
}

function buildSearchIndex(lexicon: Lexicon): SearchIndex {
  const { trie, terminal, lengths } = lexicon
  const size = trie.label.length
  const maxFrequency = new Uint8Array(size)
  const minLength = new Uint8Array(size).fill(255)
  const maxLength = new Uint8Array(size)
  for (let id = 0; id < terminal.length; id++) {
    const node = terminal[id] as number
    const level = frequencyOf(id)
    if (level > (maxFrequency[node] as number)) maxFrequency[node] = level
    minLength[node] = lengths[id] as number
    maxLength[node] = lengths[id] as number
  }
  // Children come after their parent, so one backward pass carries each bound up to the root.
  const parent = trie.parent
  for (let node = size - 1; node > 0; node--) {
    const up = parent[node] as number
    if ((maxFrequency[node] as number) > (maxFrequency[up] as number))
      maxFrequency[up] = maxFrequency[node] as number
    if ((minLength[node] as number) < (minLength[up] as number)) minLength[up] = minLength[node] as number
    if ((maxLength[node] as number) > (maxLength[up] as number)) maxLength[up] = maxLength[node] as number
  }
  const noSuggest = new Set<number>()
  for (const word of NO_SUGGEST) {
    const node = findNode(trie, word.toLowerCase())
    const first = node === -1 ? 0 : (trie.word[node] as number)
    for (let at = first; at !== 0 && at < first + (trie.wordCount[node] as number); at++)
      noSuggest.add(at - 1)
  }
  return { maxFrequency, minLength, maxLength, noSuggest }
}
// Stryker restore all

let mixedCase: Map<number, string> | undefined

/** The spelling of a mixed-case word (`McDonald`, `iPhone`) by id. */
export function mixedSpelling(id: number): string | undefined {
  // Stryker disable all: built once per process, out of reach of mutants (see getLexicon).
  if (mixedCase === undefined) {
    mixedCase = new Map()
    let next = 0
    for (const word of MIXED_CASE) {
      while (next < CASINGS.length && casingOf(next) !== CASING.mixed) next++
      mixedCase.set(next, word)
      next++
    }
  }
  // Stryker restore all
  return mixedCase.get(id)
}
