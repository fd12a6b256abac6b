import { FrontCodedSet } from '../../text/front-coding.js'
import { EITHER_NAME_WORDS, GIVEN_NAME_WORDS, SURNAME_WORDS } from './data/name-order.js'
import { compactKey, type NameWord } from './match.js'

/**
 * What the census name lists make of a name word: more often a `surname` ("tanaka", "wong"), far
 * more often a `given` name ("yuki", "dana"), `either` ("kim", "ming"), or undefined when neither
 * list holds it ("viktor", "oluwaseun").
 */
export type NameClass = 'surname' | 'given' | 'either' | undefined

// Looked up in place (FrontCodedSet): decoding the 16,000 census words into a Map cost the first
// lint 30-80 ms. A word in more than one list takes the last: `either` over `given` over `surname`.
const SURNAMES = new FrontCodedSet(SURNAME_WORDS)
const GIVEN_NAMES = new FrontCodedSet(GIVEN_NAME_WORDS)
const EITHER_NAMES = new FrontCodedSet(EITHER_NAME_WORDS)

function classOf(key: string): NameClass {
  if (EITHER_NAMES.has(key)) return 'either'
  if (GIVEN_NAMES.has(key)) return 'given'
  return SURNAMES.has(key) ? 'surname' : undefined
}

/** The class of a name word; the census writes names without apostrophes or hyphens ("obrien"). */
export function nameClass(word: NameWord): NameClass {
  return classOf(word.compact) ?? classOf(compactKey(word.key).replace(/'/g, ''))
}

/**
 * Whether a name is written family name first ("Tanaka Yuki", "Wong Ka Wai", "Orbán Viktor"): its
 * first word is a surname by the census and its last is not.
 */
export function isFamilyNameFirst(words: readonly NameWord[]): boolean {
  if (words.length < 2) return false
  return nameClass(words[0] as NameWord) === 'surname' && nameClass(words.at(-1) as NameWord) !== 'surname'
}

/**
 * Whether `word`, the given name by the order decided, is surely not the surname, so that an
 * honorific before it is a slip: a given name by the census ("Ms. Dana", "Mr. Yuki"), or a word the
 * census does not know in a name whose other end it knows as a surname ("Ms. Siobhán" for
 * "Siobhán Murphy"). A word that is as often a surname ("Ms. Kim"), or a name the census knows
 * nothing of, is left alone: the writer may know its order better.
 */
export function surelyGivenName(word: NameWord, surname: NameWord): boolean {
  const kind = nameClass(word)
  if (kind === 'given') return true
  return kind === undefined && nameClass(surname) === 'surname'
}
