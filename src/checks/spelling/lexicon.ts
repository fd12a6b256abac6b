/**
 * The spelling lexicon: every word form of dictionary-en and dictionary-en-gb with its SUBTLEX
 * frequency, decoded from the generated tiers into a trie of lowercase forms. The trie serves both
 * look-ups and the suggester's search. The core tier (`data/lexicon.ts`, the common words) is built
 * in one pass over the encoded characters, each new character being one new node, without making
 * a string per word, so the first spelling check stays cheap; the extension tier (the rarer words
 * and every frequency, `#load-lexicon-extension`) is then inserted into the same trie. Node has
 * both tiers from the start. A browser build has only the core until `prepare()` has fetched the
 * extension (`lexiconComplete()` says which); the lexicon is then decoded again, whole. Nothing
 * here runs until the first spelling check.
 */
import { type LexiconExtension, loadLexiconExtension } from '#load-lexicon-extension'
import {
  CASINGS,
  DIALECTS,
  INPUT_HASH,
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

/** Words in the core tier: ids below this are the core's, the others the extension's. */
const CORE_SIZE = CASINGS.length

/** The extension tier once the lexicon in use includes it (always in Node), else undefined. */
let extension: LexiconExtension | undefined
// The extension's strings, copied out of its module namespace (whose property reads are slow in
// the suggester's inner loop); empty until it is in use.
let frequencies = ''
let extensionCasings = ''
let extensionDialects = ''
/** Frequency levels by character code of the extension's `FREQUENCY_ALPHABET`. */
const FREQUENCY_LEVEL = new Uint8Array(128)

/** Whether the lexicon holds every word: false only in a browser build before `prepare()` resolved. */
export function lexiconComplete(): boolean {
  return loadLexiconExtension() !== undefined
}

/**
 * SUBTLEX level of a word id, in half-bits: 0 unseen, else 1 + 2 × round(log2(count)) (stored in
 * whole bits; the scale is the suggester's). 0 while only the core tier is loaded.
 */
export function frequencyOf(id: number): number {
  if (id >= frequencies.length) return 0
  const level = FREQUENCY_LEVEL[frequencies.charCodeAt(id)] as number
  return level === 0 ? 0 : 2 * level - 1
}

/** The casing character of a word id (as a digit): the core tier's, else the extension's. */
function casingCode(id: number): number {
  return (id < CORE_SIZE ? CASINGS.charCodeAt(id) : extensionCasings.charCodeAt(id - CORE_SIZE)) - 48
}

/** One of `CASING`'s values. */
export function casingOf(id: number): number {
  return casingCode(id) & 3
}

/** Whether the dictionary lists the word's possessive (`Dana's`, `team's`, not `get's`). */
export function takesPossessive(id: number): boolean {
  return (casingCode(id) & 4) !== 0
}

/** Whether the dialect accepts a word id. */
export function inDialect(id: number, dialect: Dialect): boolean {
  const code = id < CORE_SIZE ? DIALECTS.charCodeAt(id) : extensionDialects.charCodeAt(id - CORE_SIZE)
  return code === 98 /* b */ || code === (dialect === 'en-US' ? 117 /* u */ : 103) /* g */
}

// Stryker disable all: built once per process, and Stryker's vitest runner keeps modules loaded
// from one mutant to the next, so a mutant here never takes effect (the lexicon is tested
// through every look-up and suggestion).
let shared: Lexicon | undefined

/**
 * The lexicon, decoded on first use and shared by every later call in the process; decoded once
 * more, whole, on the first call after a browser build's `prepare()` has loaded the extension.
 */
export function getLexicon(): Lexicon {
  const loaded = loadLexiconExtension()
  if (shared === undefined || loaded !== extension) {
    if (loaded !== undefined && loaded.INPUT_HASH !== INPUT_HASH)
      throw new Error('the lexicon tiers were built from different inputs: run npm run build:lexicon')
    shared = decodeLexicon(loaded)
    extension = loaded
    mixedCase = undefined
    frequencies = loaded?.FREQUENCIES ?? ''
    extensionCasings = loaded?.CASINGS ?? ''
    extensionDialects = loaded?.DIALECTS ?? ''
    if (loaded !== undefined) {
      for (let i = 0; i < loaded.FREQUENCY_ALPHABET.length; i++)
        FREQUENCY_LEVEL[loaded.FREQUENCY_ALPHABET.charCodeAt(i)] = i
    }
  }
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

/** Whether the lexicon in use has a word whose lowercase form is `lower`, in any dialect or casing. */
export function listsForm(lower: string): boolean {
  const trie = getLexicon().trie
  const node = findNode(trie, lower)
  return node > 0 && trie.word[node] !== 0
}

/** Whether the lexicon in use has `lower` as a lowercase word, not only as a name (`brew`, not `Paris`). */
export function listsLowercaseForm(lower: string): boolean {
  const trie = getLexicon().trie
  const node = findNode(trie, lower)
  if (node <= 0) return false
  const first = (trie.word[node] as number) - 1
  for (let id = first; id >= 0 && id < first + (trie.wordCount[node] as number); id++) {
    if (casingOf(id) === CASING.lower) return true
  }
  return false
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
function decodeLexicon(more: LexiconExtension | undefined): Lexicon {
  const nodeCount = more?.NODE_COUNT ?? NODE_COUNT
  const wordTotal = CORE_SIZE + (more === undefined ? 0 : more.CASINGS.length)
  const label = new Uint8Array(nodeCount)
  const parent = new Int32Array(nodeCount)
  const firstChild = new Int32Array(nodeCount)
  const sibling = new Int32Array(nodeCount)
  const word = new Int32Array(nodeCount)
  const wordCount = new Uint8Array(nodeCount)
  const terminal = new Int32Array(wordTotal)
  const lengths = new Uint8Array(wordTotal)
  const trie: Trie = { label, parent, firstChild, sibling, word, wordCount }
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
  if (more === undefined) return { trie, terminal, lengths }

  // The extension's words go into the same trie, each new node in its place among its siblings.
  const extra = new TextEncoder().encode(more.WORDS)
  for (let position = 0; position < extra.length; position++) {
    const code = extra[position] as number
    const shared = prefixLength[code] as number
    if (shared >= 0) {
      // The core's last word has ended already.
      if (position > 0) endWord()
      id++
      length = shared
      continue
    }
    const letter = code === 95 /* _ */ ? 39 /* ' */ : code
    const up = path[length] as number
    let before = 0
    let child = firstChild[up] as number
    while (child !== 0 && (label[child] as number) < letter) {
      before = child
      child = sibling[child] as number
    }
    let node = child
    if (child === 0 || label[child] !== letter) {
      node = size++
      label[node] = letter
      parent[node] = up
      sibling[node] = child
      if (before === 0) firstChild[up] = node
      else sibling[before] = node
    }
    path[++length] = node
  }
  endWord()
  return { trie, terminal, lengths }
}
// Stryker restore all

/** Bounds for the suggester's search and the words it must not offer, built on its first search. */
export interface SearchIndex {
  /** Highest frequency level (see `frequencyOf`) of a word at or below each trie node. */
  maxFrequency: Uint8Array
  /** Length of the shortest and the longest word at or below each trie node. */
  minLength: Uint8Array
  maxLength: Uint8Array
  /** Ids of words never offered as suggestions (slurs and profanity the dictionary marks NOSUGGEST). */
  noSuggest: ReadonlySet<number>
  /**
   * The children of trie nodes side by side, in increasing character order, each with what the
   * search reads before deciding to enter it: `kid` (the child node), `kidLabel`, `kidFrequency`,
   * `kidMinLength`, `kidMaxLength`. A node's children are copied here the first time the search
   * enters it (`childGroup`): following the trie's sibling links costs a cache miss per child, and
   * the search scans the children of the same upper nodes over and over. Built on demand, not
   * whole, so the first lint does not pay for the nodes no search enters; it holds at most one
   * entry per trie node.
   */
  kid: Int32Array
  kidLabel: Uint8Array
  kidFrequency: Uint8Array
  kidMinLength: Uint8Array
  kidMaxLength: Uint8Array
  /** 1 + the first entry of each node's children, or 0 before they are copied; and the end. */
  groupStart: Int32Array
  groupEnd: Int32Array
  /** Entries copied so far. */
  filled: number
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
  return {
    maxFrequency,
    minLength,
    maxLength,
    noSuggest,
    kid: new Int32Array(size),
    kidLabel: new Uint8Array(size),
    kidFrequency: new Uint8Array(size),
    kidMinLength: new Uint8Array(size),
    kidMaxLength: new Uint8Array(size),
    groupStart: new Int32Array(size),
    groupEnd: new Int32Array(size),
    filled: 0,
  }
}
// Stryker restore all

/**
 * The first entry of `node`'s children in the index's side-by-side copy (they end at
 * `index.groupEnd[node]`), copying them there on the first call for that node.
 */
export function childGroup(index: SearchIndex, trie: Trie, node: number): number {
  const start = (index.groupStart[node] as number) - 1
  if (start >= 0) return start
  const { kid, kidLabel, kidFrequency, kidMinLength, kidMaxLength, maxFrequency, minLength, maxLength } =
    index
  const first = index.filled
  let at = first
  for (let child = trie.firstChild[node] as number; child !== 0; child = trie.sibling[child] as number) {
    kid[at] = child
    kidLabel[at] = trie.label[child] as number
    kidFrequency[at] = maxFrequency[child] as number
    kidMinLength[at] = minLength[child] as number
    kidMaxLength[at] = maxLength[child] as number
    at++
  }
  index.groupStart[node] = first + 1
  index.groupEnd[node] = at
  index.filled = at
  return first
}

let mixedCase: Map<number, string> | undefined

/** The spelling of a mixed-case word (`McDonald`, `iPhone`) by id. */
export function mixedSpelling(id: number): string | undefined {
  // Stryker disable all: built once per lexicon, out of reach of mutants (see getLexicon).
  if (mixedCase === undefined) {
    const map = new Map<number, string>()
    const spellings = (words: readonly string[], from: number, to: number) => {
      let next = from
      for (const word of words) {
        while (next < to && casingOf(next) !== CASING.mixed) next++
        map.set(next, word)
        next++
      }
    }
    spellings(MIXED_CASE, 0, CORE_SIZE)
    if (extension !== undefined)
      spellings(extension.MIXED_CASE, CORE_SIZE, CORE_SIZE + extension.CASINGS.length)
    mixedCase = map
  }
  // Stryker restore all
  return mixedCase.get(id)
}
