import { ruleUrl } from './checker.js'
import { rules } from './checkers.js'
import { applyDirectives, findDirectives, positionToDraft } from './directives.js'
import type { Span, ThankYouDocument } from './document.js'
import { compareFindings, type LintRun, lintWithDocument, resolveSeverity } from './lint.js'
import { fnv1a } from './text/hash.js'
import { splitLines } from './text/lines.js'
import { nameKey } from './text/normalize.js'
import type { Finding, LintOptions, LintReport, Position, ThankYouContext } from './types.js'
import { fail, isRecord, validateContext } from './validate.js'

/** One letter of a batch. */
export interface BatchLetter {
  draft: string
  context?: ThankYouContext
  options?: LintOptions
  /** How other letters' findings name this one, e.g. its file name. Default `letter <n>` (1-based). */
  name?: string
}

/** Options of `lintThankYouBatch`. */
export interface BatchOptions {
  /**
   * Share of word 5-grams (Jaccard similarity of shingle sets, names masked) from which two
   * bodies are the same letter. Default `0.8`: letters written for each reader share well under
   * half; a template with the names swapped shares nearly all.
   */
  similarity?: number
  /** Fewest words a sentence needs for `shared-sentence`. Default `12`. */
  minSentenceWords?: number
}

/** Words per shingle. */
const SHINGLE = 5
/** Bodies with fewer shingles than this are too short to call copies. */
const MIN_SHINGLES = 8
/** MinHash: `BANDS` bands of `ROWS` hashes; two bodies of similarity 0.8 share a band with p ≈ 0.98. */
const BANDS = 8
const ROWS = 4
/** Most candidate letters compared exactly with each letter, so 1,000 copies of one template stay linear. */
const MAX_CANDIDATES = 32
const MASK = '\u0000'

const RULE_IDS = new Set(rules.map((rule) => rule.id))

interface Prepared {
  index: number
  name: string
  run: Pick<LintRun, 'report' | 'stripped'>
  group: string | undefined
  /** Sorted, distinct shingle hashes of the masked body. */
  shingles: Uint32Array
  signature: Uint32Array
  /** Where the body is, for `copied-letter`. */
  body?: Position
  sentences: SharedSentence[]
}

interface SharedSentence {
  /** The sentence's masked words. */
  key: string
  position: Position
  actual: string
}

/**
 * Lints each letter, then compares the letters written to the same company (by `context.company.name`):
 * two whose bodies are near-identical once names are masked get `copied-letter`, and two that
 * share a sentence of `minSentenceWords` or more words get `shared-sentence` (unless one of them
 * is already a copied letter), each naming the other letter. After a panel interview each
 * interviewer should get a note of their own, not one note with the name swapped. Letters
 * without a company are linted but not compared.
 *
 * Linear in practice: bodies are compared by MinHash bands and then exactly on sorted shingle
 * sets, at most `MAX_CANDIDATES` per letter, never all pairs. Each letter's parsed document is
 * dropped once its features are taken, so memory grows with the letters' shingles, not their trees.
 *
 * @returns one report per letter, in order.
 * @throws {TypeError} when `letters` is not an array of `{ draft, context?, options?, name? }`.
 */
export function lintThankYouBatch(letters: readonly BatchLetter[], options?: BatchOptions): LintReport[] {
  if (!Array.isArray(letters)) fail('letters', 'an array of { draft, context }', letters)
  const similarity = readOption(options, 'similarity', 0.8, 1)
  const minWords = readOption(options, 'minSentenceWords', 12, Number.POSITIVE_INFINITY)
  // Every name of every letter to a company is masked in each of them: Dana's letter and Lee's are
  // compared with both names hidden.
  const maskWords = new Map<string, Set<string>>()
  letters.forEach((letter, index) => {
    const item: unknown = letter
    if (!isRecord(item)) fail(`letters[${index}]`, 'an object { draft, context }', letter)
    if (item.name !== undefined && typeof item.name !== 'string') {
      fail(`letters[${index}].name`, 'a string', item.name)
    }
    withIndex(index, () => validateContext(letter.context))
    const group = companyOf(letter.context)
    if (group === undefined) return
    const words = maskWords.get(group) ?? new Set<string>()
    for (const key of nameKeys(letter.context ?? {})) words.add(key)
    maskWords.set(group, words)
  })

  const prepared: Prepared[] = letters.map((letter, index) => {
    const { report, document, stripped } = withIndex(index, () =>
      lintWithDocument(letter.draft, letter.context, letter.options),
    )
    const group = companyOf(letter.context)
    const name = letter.name ?? `letter ${index + 1}`
    const empty: Prepared = {
      index,
      name,
      run: stripped ? { report, stripped } : { report },
      group,
      shingles: new Uint32Array(),
      signature: new Uint32Array(),
      sentences: [],
    }
    if (group === undefined || !document) return empty
    return {
      ...empty,
      body: document.position(bodySpan(document)),
      ...bodyFeatures(document, maskWords.get(group) ?? new Set(), minWords),
    }
  })

  const extra = prepared.map((): Finding[] => [])
  const copiedPairs = findCopies(prepared, similarity, extra)
  findSharedSentences(prepared, copiedPairs, extra)

  return prepared.map((letter, index) => {
    const { report, stripped } = letter.run
    const own = letters[index]?.options ?? {}
    let added: Finding[] = []
    for (const finding of extra[index] as Finding[]) {
      const severity = resolveSeverity(finding.ruleId, undefined, own)
      if (severity === undefined) continue
      added.push({ ...finding, severity })
    }
    if (added.length === 0) return report
    const draft = (letters[index] as BatchLetter).draft
    if (stripped) {
      const lines = splitLines(draft)
      added = added.map((finding) =>
        finding.position
          ? { ...finding, position: positionToDraft(finding.position, stripped, lines) }
          : finding,
      )
      if (own.allowInlineConfig !== false) {
        added = applyDirectives(added, findDirectives(draft), draft, (id) => RULE_IDS.has(id), false).findings
      }
    }
    const findings = [...report.findings, ...added].sort(compareFindings)
    return { ...report, findings, ok: !findings.some((finding) => finding.severity === 'error') }
  })
}

function readOption(
  options: BatchOptions | undefined,
  key: keyof BatchOptions,
  fallback: number,
  max: number,
): number {
  if (options === undefined) return fallback
  if (!isRecord(options)) fail('options', 'an object', options)
  const value = options[key]
  if (value === undefined) return fallback
  if (typeof value !== 'number' || Number.isNaN(value) || value <= 0 || value > max) {
    fail(`options.${key}`, `a number above 0${max === 1 ? ' and at most 1' : ''}`, value)
  }
  return value
}

function companyOf(context: ThankYouContext | undefined): string | undefined {
  const name = context?.company?.name
  return typeof name === 'string' && name.trim() !== ''
    ? nameKey(name.trim()).replace(/\s+/g, ' ')
    : undefined
}

/** Keys of the words of every person's name in the context: interviewers, nicknames, candidate. */
function nameKeys(context: ThankYouContext): string[] {
  const names = [
    ...(context.interviewers ?? []).flatMap((person) => [person.name, ...(person.nicknames ?? [])]),
    context.candidate?.name ?? '',
  ]
  return names.flatMap((name) =>
    name
      .split(/\s+/)
      .filter((word) => word !== '')
      .map(wordKey),
  )
}

function wordKey(word: string): string {
  return nameKey(word).replace(/['’]s$/, '')
}

/** The body's masked shingles, their MinHash signature, and its long sentences by masked text. */
/** Runs `work`, naming the letter in a TypeError it throws. */
function withIndex<T>(index: number, work: () => T): T {
  try {
    return work()
  } catch (error) {
    if (error instanceof TypeError) throw new TypeError(`letters[${index}]: ${error.message}`)
    throw error
  }
}

function bodyFeatures(
  document: ThankYouDocument,
  masked: ReadonlySet<string>,
  minWords: number,
): Pick<Prepared, 'shingles' | 'signature' | 'sentences'> {
  const keys: string[] = []
  const sentenceOf: number[] = []
  for (const word of document.words) {
    if (word.part !== 'body') continue
    const key = wordKey(word.text)
    keys.push(masked.has(key) ? MASK : key)
    sentenceOf.push(word.sentence)
  }
  const hashes: number[] = []
  for (let i = 0; i + SHINGLE <= keys.length; i++) hashes.push(fnv1a(keys.slice(i, i + SHINGLE).join(' ')))
  const shingles = Uint32Array.from(new Set(hashes)).sort()
  const signature = minHash(shingles)

  const sentences: SharedSentence[] = []
  let from = 0
  for (let i = 1; i <= keys.length; i++) {
    if (i < keys.length && sentenceOf[i] === sentenceOf[from]) continue
    if (i - from >= minWords) {
      const sentence = document.sentences[sentenceOf[from] as number]
      if (sentence)
        sentences.push({
          key: keys.slice(from, i).join(' '),
          position: document.position(sentence),
          actual: document.slice(sentence),
        })
    }
    from = i
  }
  return { shingles, signature, sentences }
}

let seeds: Uint32Array | undefined

/** Fixed odd multipliers and offsets for the MinHash permutations, built once per process. */
function minHashSeeds(): Uint32Array {
  if (seeds) return seeds
  seeds = new Uint32Array(BANDS * ROWS * 2)
  let state = 0x9e3779b9
  for (let i = 0; i < seeds.length; i++) {
    state = Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) >>> 0
    state = (state ^ (state >>> 12)) >>> 0
    seeds[i] = i % 2 === 0 ? state | 1 : state
  }
  return seeds
}

function minHash(shingles: Uint32Array): Uint32Array {
  const table = minHashSeeds()
  const signature = new Uint32Array(BANDS * ROWS).fill(0xffffffff)
  for (const shingle of shingles) {
    for (let i = 0; i < signature.length; i++) {
      const value = (Math.imul(shingle, table[2 * i] as number) + (table[2 * i + 1] as number)) >>> 0
      if (value < (signature[i] as number)) signature[i] = value
    }
  }
  return signature
}

/** Jaccard similarity of two sorted sets, by one merge. */
function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0
  let j = 0
  let shared = 0
  while (i < a.length && j < b.length) {
    const x = a[i] as number
    const y = b[j] as number
    if (x === y) {
      shared++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  const union = a.length + b.length - shared
  return union === 0 ? 0 : shared / union
}

function findCopies(prepared: readonly Prepared[], threshold: number, extra: Finding[][]): Set<string> {
  const buckets = new Map<string, number[]>()
  const eligible = prepared.filter(
    (letter) => letter.group !== undefined && letter.shingles.length >= MIN_SHINGLES,
  )
  for (const letter of eligible) {
    for (let band = 0; band < BANDS; band++) {
      const key = `${letter.group}\u0001${band}\u0001${letter.signature.subarray(band * ROWS, band * ROWS + ROWS).join(',')}`
      const bucket = buckets.get(key)
      if (bucket) bucket.push(letter.index)
      else buckets.set(key, [letter.index])
    }
  }
  const pairs = new Set<string>()
  for (const letter of eligible) {
    const seen = new Set<number>([letter.index])
    let best: { other: Prepared; score: number } | undefined
    for (let band = 0; band < BANDS && seen.size <= MAX_CANDIDATES; band++) {
      const key = `${letter.group}\u0001${band}\u0001${letter.signature.subarray(band * ROWS, band * ROWS + ROWS).join(',')}`
      for (const index of buckets.get(key) ?? []) {
        if (seen.has(index)) continue
        seen.add(index)
        const other = prepared[index] as Prepared
        const score = jaccard(letter.shingles, other.shingles)
        if (score >= threshold && (!best || score > best.score)) best = { other, score }
        if (seen.size > MAX_CANDIDATES) break
      }
    }
    if (!best) continue
    const pair = [letter.index, best.other.index].sort((a, b) => a - b).join(':')
    pairs.add(pair)
    const percent = Math.floor(best.score * 100)
    extra[letter.index]?.push({
      checker: 'structure',
      ruleId: 'copied-letter',
      severity: 'warning',
      message: `This letter is ${percent}% the same as ${best.other.name} once names are masked; write each interviewer a note of their own`,
      ...(letter.body && { position: letter.body }),
      url: ruleUrl('structure', 'copied-letter'),
    })
  }
  return pairs
}

function findSharedSentences(
  prepared: readonly Prepared[],
  copied: ReadonlySet<string>,
  extra: Finding[][],
): void {
  const owners = new Map<string, number[]>()
  for (const letter of prepared) {
    if (letter.group === undefined) continue
    for (const sentence of letter.sentences) {
      const key = `${letter.group}\u0001${sentence.key}`
      const list = owners.get(key)
      if (!list) owners.set(key, [letter.index])
      else if (list.at(-1) !== letter.index && list.length < MAX_CANDIDATES) list.push(letter.index)
    }
  }
  for (const letter of prepared) {
    // A copied letter shares every sentence; its one copied-letter finding says it all.
    if (letter.group === undefined || (extra[letter.index]?.length ?? 0) > 0) continue
    for (const sentence of letter.sentences) {
      const list = owners.get(`${letter.group}\u0001${sentence.key}`) ?? []
      const other = list.find(
        (index) =>
          index !== letter.index && !copied.has([letter.index, index].sort((a, b) => a - b).join(':')),
      )
      if (other === undefined) continue
      extra[letter.index]?.push({
        checker: 'structure',
        ruleId: 'shared-sentence',
        severity: 'info',
        message: `This sentence also appears in ${(prepared[other] as Prepared).name}; say it in your own words for each interviewer`,
        position: sentence.position,
        actual: sentence.actual,
        url: ruleUrl('structure', 'shared-sentence'),
      })
    }
  }
}

/** From the first body paragraph to the end of the last, or the body as the parts give it. */
function bodySpan(document: ThankYouDocument): Span {
  const { body, bodyParagraphs } = document.parts
  const first = bodyParagraphs[0]
  const last = bodyParagraphs.at(-1)
  return first && last ? { start: first.start, end: last.end } : body
}
