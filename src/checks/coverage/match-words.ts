/**
 * The coverage checker's phrase matcher: compiles the pattern language of `data.ts`
 * once per process and matches it on a clause's tokens. Matching is a bounded walk (every gap is
 * at most a few words and phrases are short), so no input makes it slow.
 */
import { inflectionBases, inflections } from '../../text/inflect.js'
import { WORD_CLASSES, type WordClass } from './data.js'

/** A word of the letter after contractions are expanded (`I'd` gives `i` and `would`). */
export interface Token {
  /** Lowercase, ASCII apostrophes, no diacritics. */
  form: string
  /** `=form`, its bases, and `@class` for each class it belongs to. */
  keys: readonly string[]
  /** The word's span in the draft (both halves of `I'd` share it). */
  start: number
  end: number
  /** A comma stands between this token and the one before. */
  comma: boolean
}

type Step = { kind: 'word'; keys: ReadonlySet<string>; optional: boolean } | { kind: 'gap'; max: number }

export interface Phrase<Family extends string = string> {
  family: Family
  source: string
  steps: readonly Step[]
}

/** A phrase found in a clause, by token indexes (`end` exclusive). */
export interface Match<Family extends string = string> {
  phrase: Phrase<Family>
  start: number
  end: number
}

const MAX_GAP = 8
const MAX_CACHED_FORMS = 20_000

/** Parses one phrase; throws on a malformed one, so a bad list entry fails its test. */
export function compilePhrase<Family extends string>(source: string, family: Family): Phrase<Family> {
  const steps: Step[] = []
  for (const part of source.split(' ')) {
    const gap = /^\*([1-9])$/.exec(part)
    if (gap) {
      const max = Number(gap[1])
      if (max > MAX_GAP || steps.length === 0) throw new Error(`bad gap "${part}" in phrase "${source}"`)
      steps.push({ kind: 'gap', max })
      continue
    }
    const optional = part.endsWith('?')
    const alternatives = (optional ? part.slice(0, -1) : part).split('|')
    if (alternatives.some((alternative) => !/^[=@]?[a-z][a-z'-]*$/.test(alternative))) {
      throw new Error(`bad word "${part}" in phrase "${source}"`)
    }
    for (const alternative of alternatives) {
      if (alternative.startsWith('@') && !Object.hasOwn(WORD_CLASSES, alternative.slice(1))) {
        throw new Error(`unknown class "${alternative}" in phrase "${source}"`)
      }
    }
    if (optional && steps.length === 0) throw new Error(`phrase "${source}" starts with an optional word`)
    steps.push({ kind: 'word', keys: new Set(alternatives), optional })
  }
  if (steps.at(-1)?.kind !== 'word') throw new Error(`phrase "${source}" must end with a word`)
  return { family, source, steps }
}

/** Phrases of several families, indexed by the keys of their first word, matched in one pass. */
export interface PhraseSet<Family extends string = string> {
  families: readonly Family[]
  byFirstKey: ReadonlyMap<string, readonly Phrase<Family>[]>
}

export function compilePhraseSet<Family extends string>(
  lists: Readonly<Record<Family, readonly string[]>>,
): PhraseSet<Family> {
  const families = Object.keys(lists) as Family[]
  const byFirstKey = new Map<string, Phrase<Family>[]>()
  for (const family of families) {
    for (const source of lists[family]) {
      const phrase = compilePhrase(source, family)
      const first = phrase.steps[0]
      if (first?.kind !== 'word') continue
      for (const key of first.keys) {
        const list = byFirstKey.get(key)
        if (list) list.push(phrase)
        else byFirstKey.set(key, [phrase])
      }
    }
  }
  return { families, byFirstKey }
}

/**
 * Bases and classes of the words the phrase lists know: `brought` → `bring`, `@contrib`. The
 * bases are listed once, on first use; a form's keys are worked out the first time it is seen
 * (by undoing its inflection) and kept for the process, up to a bound.
 */
export class Lexicon {
  /** For each base a list or class names: the keys every form of it gets. */
  private readonly keysByBase = new Map<string, string[]>()
  private readonly keysByForm = new Map<string, readonly string[]>()

  constructor(sources: readonly string[]) {
    for (const [name, members] of Object.entries(WORD_CLASSES)) {
      for (const member of members) this.add(member, member, `@${name}`)
    }
    for (const source of sources) {
      for (const part of source.split(' ')) {
        for (const alternative of part.replace(/\?$/, '').split('|')) {
          if (/^[a-z]/.test(alternative)) this.add(alternative, alternative)
        }
      }
    }
  }

  private add(base: string, ...keys: string[]): void {
    const list = this.keysByBase.get(base)
    if (!list) this.keysByBase.set(base, keys)
    else for (const key of keys) if (!list.includes(key)) list.push(key)
  }

  /** The keys of a form, with the extra classes the context gives it. Do not modify the result. */
  keys(form: string, extraClasses?: readonly WordClass[]): readonly string[] {
    let known = this.keysByForm.get(form)
    if (!known) {
      if (this.keysByForm.size >= MAX_CACHED_FORMS) this.keysByForm.clear()
      known = this.formKeys(form)
      this.keysByForm.set(form, known)
    }
    if (!extraClasses) return known
    const keys = [...known]
    for (const name of extraClasses) if (!keys.includes(`@${name}`)) keys.push(`@${name}`)
    return keys
  }

  /** `=form`, the form as a base, and the keys of every known base it is an inflection of. */
  private formKeys(form: string): string[] {
    const keys = [`=${form}`, form]
    for (const base of inflectionBases(form)) {
      const baseKeys = this.keysByBase.get(base)
      if (!baseKeys || (base !== form && !inflections(base).includes(form))) continue
      for (const key of baseKeys) if (!keys.includes(key)) keys.push(key)
    }
    return keys
  }
}

export function hasKey(token: Token, key: string): boolean {
  return token.keys.includes(key)
}

function tokenMatches(token: Token, keys: ReadonlySet<string>): boolean {
  for (const key of token.keys) if (keys.has(key)) return true
  return false
}

/** Token index after the phrase when it matches at `start`, else -1. */
function matchAt(tokens: readonly Token[], steps: readonly Step[], step: number, at: number): number {
  if (step === steps.length) return at
  const current = steps[step] as Step
  if (current.kind === 'gap') {
    for (let skip = 0; skip <= current.max && at + skip <= tokens.length; skip++) {
      const end = matchAt(tokens, steps, step + 1, at + skip)
      if (end !== -1) return end
    }
    return -1
  }
  const token = tokens[at]
  if (token && tokenMatches(token, current.keys)) {
    const end = matchAt(tokens, steps, step + 1, at + 1)
    if (end !== -1) return end
  }
  return current.optional ? matchAt(tokens, steps, step + 1, at) : -1
}

/** Every phrase of the set found in the tokens, by family; one match per phrase and start. */
export function findPhrases<Family extends string>(
  tokens: readonly Token[],
  set: PhraseSet<Family>,
): Record<Family, Match<Family>[]> {
  const found = {} as Record<Family, Match<Family>[]>
  for (const family of set.families) found[family] = []
  for (let start = 0; start < tokens.length; start++) {
    const keys = (tokens[start] as Token).keys
    for (let k = 0; k < keys.length; k++) {
      const phrases = set.byFirstKey.get(keys[k] as string)
      if (!phrases) continue
      for (const phrase of phrases) {
        // A phrase listed under two of the token's keys is tried once.
        if (k > 0 && triedEarlier(keys, k, phrase, set)) continue
        const end = matchAt(tokens, phrase.steps, 0, start)
        if (end !== -1) found[phrase.family].push({ phrase, start, end })
      }
    }
  }
  return found
}

function triedEarlier<Family extends string>(
  keys: readonly string[],
  k: number,
  phrase: Phrase<Family>,
  set: PhraseSet<Family>,
): boolean {
  for (let j = 0; j < k; j++) if (set.byFirstKey.get(keys[j] as string)?.includes(phrase)) return true
  return false
}
