/**
 * Perturbs clean letters the way real letters go wrong: a misspelt or miscased interviewer or
 * company name, another company named as the employer, another job title. Random but seeded:
 * the same seed gives the same letters.
 */

import { editDistance } from '../../src/text/distance.js'
import { nameKey } from '../../src/text/normalize.js'
import type { CleanLetter, Slot } from '../../test/fixtures/accuracy/letters.js'

export type PerturbationKind =
  | 'interviewer-typo'
  | 'interviewer-case'
  | 'company-typo'
  | 'company-case'
  | 'other-company'
  | 'position'

export const PERTURBATION_KINDS: readonly PerturbationKind[] = [
  'interviewer-typo',
  'interviewer-case',
  'company-typo',
  'company-case',
  'other-company',
  'position',
]

export interface Perturbed {
  kind: PerturbationKind
  letter: CleanLetter
  draft: string
  /** Where the changed text is in `draft`. */
  start: number
  end: number
  before: string
  after: string
}

/** A small seeded generator (mulberry32): uniform numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pick<T>(random: () => number, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(random() * items.length)]
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/**
 * Misspells `word` by exactly `edits` edits (a letter changed, dropped, added, or two swapped) on
 * its letters, keeping the case of the letter it touches. Undefined if it finds none in 50 tries.
 */
export function misspell(word: string, edits: number, random: () => number): string | undefined {
  for (let attempt = 0; attempt < 50; attempt++) {
    let chars = [...word]
    for (let e = 0; e < edits; e++) chars = editOnce(chars, random)
    const result = chars.join('')
    if (/^\p{Ll}/u.test(result) !== /^\p{Ll}/u.test(word) || !/^[\p{L}\p{N}]/u.test(result)) continue
    if (editDistance(nameKey(result), nameKey(word)) === edits) return result
  }
  return undefined
}

function editOnce(chars: string[], random: () => number): string[] {
  const letters = chars.flatMap((char, i) => (/\p{L}/u.test(char) ? [i] : []))
  const at = pick(random, letters) ?? 0
  const original = chars[at] ?? 'a'
  const upper = original !== original.toLowerCase()
  const letter = () => {
    const l = LETTERS[Math.floor(random() * LETTERS.length)] as string
    return upper ? l.toUpperCase() : l
  }
  const out = [...chars]
  const operation = Math.floor(random() * 4)
  if (operation === 0) out[at] = letter()
  else if (operation === 1 && letters.length > 3) out.splice(at, 1)
  else if (operation === 2) out.splice(at + (random() < 0.5 ? 0 : 1), 0, letter().toLowerCase())
  else if (at + 1 < out.length && /\p{L}/u.test(out[at + 1] as string)) {
    out[at] = out[at + 1] as string
    out[at + 1] = original
  } else out[at] = letter()
  return out
}

/**
 * Writes `word` in the wrong case, as people do: inner capitals dropped (`Mcdonald`, `Hubspot`,
 * `Anne-marie`), or all in lower case (`okoro`).
 */
export function miscase(word: string, random: () => number): string | undefined {
  const options: string[] = []
  const innerLowered = [...word].map((char, i) => (i > 0 ? char.toLowerCase() : char)).join('')
  if (innerLowered !== word) options.push(innerLowered)
  if (/^\p{Ll}/u.test(word)) options.push(word.charAt(0).toUpperCase() + word.slice(1))
  if (word.toLowerCase() !== word) options.push(word.toLowerCase())
  return pick(random, options)
}

/** A job title unlike `position`. */
export const JOB_TITLES: readonly string[] = [
  'Account Manager',
  'Business Development Manager',
  'Content Strategist',
  'Customer Support Specialist',
  'Data Engineer',
  'Financial Analyst',
  'Graphic Designer',
  'HR Coordinator',
  'Marketing Manager',
  'Office Administrator',
  'Operations Director',
  'Product Manager',
  'Project Coordinator',
  'Sales Associate',
  'Senior Software Engineer',
  'Social Media Manager',
  'Technical Recruiter',
  'UX Designer',
]

function replaceAt(letter: CleanLetter, slot: Slot, value: string, kind: PerturbationKind): Perturbed {
  const draft = letter.draft.slice(0, slot.start) + value + letter.draft.slice(slot.end)
  return {
    kind,
    letter,
    draft,
    start: slot.start,
    end: slot.start + value.length,
    before: slot.text,
    after: value,
  }
}

/** Changes one word inside a slot (company names have several). */
function replaceWordIn(
  letter: CleanLetter,
  slot: Slot,
  random: () => number,
  change: (word: string) => string | undefined,
  kind: PerturbationKind,
): Perturbed | undefined {
  const words = [...slot.text.matchAll(/[^\s&]+/g)]
  const ordered = [...words].sort((a, b) => b[0].length - a[0].length)
  const word = random() < 0.7 ? ordered[0] : pick(random, words)
  if (!word) return undefined
  const changed = change(word[0])
  if (changed === undefined || changed === word[0]) return undefined
  const start = slot.start + word.index
  return replaceAt(letter, { ...slot, start, end: start + word[0].length, text: word[0] }, changed, kind)
}

/**
 * A job title as a letter would write it: the words before a comma, a dash or a parenthesis
 * ("Registered Nurse, Medical ICU (nights)" → "Registered Nurse").
 */
export function plainTitle(title: string): string {
  return (title.split(/\s*(?:,|\(|\s[–—-]\s)/)[0] as string).trim()
}

/**
 * One perturbation of `kind`, or undefined when the letter has no place for it.
 * `companies` is the list other companies are drawn from, `titles` the list other job titles are
 * drawn from (JOB_TITLES when empty).
 */
export function perturb(
  letter: CleanLetter,
  kind: PerturbationKind,
  random: () => number,
  companies: readonly string[],
  titles: readonly string[] = [],
): Perturbed | undefined {
  const slotsOf = (slotKind: Slot['kind'], target?: boolean) =>
    letter.slots.filter((slot) => slot.kind === slotKind && (target === undefined || slot.target === target))
  const edits = (word: string) => (word.length >= 6 && random() < 0.5 ? 2 : 1)
  switch (kind) {
    case 'interviewer-typo': {
      const slot = pick(random, slotsOf('interviewer'))
      return slot && replaceWordIn(letter, slot, random, (word) => misspell(word, edits(word), random), kind)
    }
    case 'company-typo': {
      const slot = pick(random, slotsOf('company'))
      return (
        slot &&
        replaceWordIn(
          letter,
          slot,
          random,
          (word) => (word.length < 3 ? undefined : misspell(word, edits(word), random)),
          kind,
        )
      )
    }
    case 'interviewer-case': {
      const slot = pick(random, slotsOf('interviewer'))
      return slot && replaceWordIn(letter, slot, random, (word) => miscase(word, random), kind)
    }
    case 'company-case': {
      const slot = pick(random, slotsOf('company'))
      return slot && replaceWordIn(letter, slot, random, (word) => miscase(word, random), kind)
    }
    case 'other-company': {
      // Any sentence that named the company, not only where the letter says it wants to join it;
      // never a company the context lists in otherCompanies (that case is caught by name).
      const slot = pick(random, slotsOf('company'))
      const own = nameKey(letter.context.company?.name ?? '')
      const listed = new Set((letter.context.otherCompanies ?? []).map(nameKey))
      const others = companies.filter((name) => {
        const key = nameKey(name)
        return !listed.has(key) && editDistance(key, own, 3) > 3 && key.split(' ')[0] !== own.split(' ')[0]
      })
      const other = pick(random, others)
      return slot && other ? replaceAt(letter, slot, other, kind) : undefined
    }
    case 'position': {
      const slot = pick(random, slotsOf('position'))
      const own = nameKey(letter.context.position ?? '')
      const ownWords = new Set(own.split(/\s+/))
      // Another role: not the context's title, and not one sharing its head ("Senior Data Analyst"
      // for "Data Analyst" may be how the letter shortens or lengthens it).
      const title = pick(
        random,
        (titles.length > 0 ? titles : JOB_TITLES).filter((title) => {
          const key = nameKey(title)
          return key !== own && !ownWords.has(key.split(' ').at(-1) as string)
        }),
      )
      return slot && title ? replaceAt(letter, slot, title, kind) : undefined
    }
  }
}
