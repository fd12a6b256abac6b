import { describe, expect, it } from 'vitest'
import { inputHash, sourceVersions } from '../scripts/lexicon-inputs.js'
import {
  CONFUSABLE_LETTERS,
  EXTRA_WORDS,
  EXTRA_WORDS_EN_GB,
  EXTRA_WORDS_EN_US,
  MISSPELLINGS,
  SOUND_ALIKES,
  WORD_PREFIXES,
} from '../src/checks/spelling/data/error-model.js'
import { INPUT_HASH, SOURCES } from '../src/checks/spelling/data/lexicon.js'
import {
  CASING,
  casingOf,
  childGroup,
  findNode,
  frequencyOf,
  getLexicon,
  inDialect,
  lexiconComplete,
  lowerAt,
  searchIndex,
  wordOf,
} from '../src/checks/spelling/lexicon.js'
import { isKnownPiece, piecesOf, writtenCase } from '../src/checks/spelling/words.js'

/** Word ids whose lowercase form is `lower`. */
function idsOf(lower: string): number[] {
  const { trie } = getLexicon()
  const node = findNode(trie, lower)
  if (node <= 0) return []
  const first = (trie.word[node] as number) - 1
  return Array.from({ length: trie.wordCount[node] as number }, (_, index) => first + index)
}

describe('generated lexicon', () => {
  it('was built from the installed dictionaries and word lists (else run npm run build:lexicon)', () => {
    expect(SOURCES).toEqual(sourceVersions())
    expect(INPUT_HASH).toBe(inputHash())
  })

  it('takes trade words from SCOWL but leaves out rare words one slip from a common one', () => {
    for (const word of ['phlebotomy', 'titration', 'formwork', 'millwork', 'handoff', 'thermocouples']) {
      expect(isKnownPiece(word, 'en-US'), word).toBe(true)
    }
    // SCOWL 70 lists these, but each is a slip of a far commoner word.
    for (const word of ['diaster', 'heathy', 'patten', 'conquerer', 'calenders']) {
      expect(isKnownPiece(word, 'en-US'), word).toBe(false)
    }
  })

  it('finds every word of both tiers at the node where it ends, among the ids that node lists', () => {
    const lexicon = getLexicon()
    const { trie, terminal } = lexicon
    expect(lexiconComplete()).toBe(true)
    expect(terminal.length).toBeGreaterThan(100_000)
    const lost: number[] = []
    for (let id = 0; id < terminal.length; id++) {
      const node = terminal[id] as number
      const first = (trie.word[node] as number) - 1
      const found = node > 0 && findNode(trie, lowerAt(trie, node)) === node
      if (!found || id < first || id >= first + (trie.wordCount[node] as number)) lost.push(id)
    }
    expect(lost.map((id) => wordOf(lexicon, id))).toEqual([])
    // The last words of the core tier and of the extension.
    expect(isKnownPiece('Zurich', 'en-US')).toBe(true)
    expect(isKnownPiece('zymurgy', 'en-US')).toBe(true)
  })

  it('spells words back with their dictionary capitals', () => {
    const lexicon = getLexicon()
    const spelled = (lower: string) => idsOf(lower).map((id) => wordOf(lexicon, id))
    expect(spelled('receive')).toEqual(['receive'])
    expect(spelled('paris')).toEqual(['Paris'])
    expect(spelled('nasa')).toEqual(['NASA'])
    expect(spelled('mcdonald')).toEqual(['McDonald'])
    expect(spelled("o'connor")).toEqual(["O'Connor"])
    expect(spelled('us').sort()).toEqual(['US', 'us'])
    expect(spelled('recieve')).toEqual([])
    expect(casingOf(idsOf('paris')[0] as number)).toBe(CASING.capitalized)
    expect(lowerAt(lexicon.trie, lexicon.terminal[idsOf('interview')[0] as number] as number)).toBe(
      'interview',
    )
  })

  it('ranks words by frequency, contractions included', () => {
    const level = (lower: string) => frequencyOf(idsOf(lower)[0] as number)
    expect(level('the')).toBeGreaterThan(level('receive'))
    expect(level('receive')).toBeGreaterThan(level('aardvark'))
    expect(level("isn't")).toBeGreaterThan(level('aardvark'))
  })

  it('tells the dialects apart', () => {
    const only = (lower: string) => {
      const id = idsOf(lower)[0] as number
      return [inDialect(id, 'en-US'), inDialect(id, 'en-GB')]
    }
    expect(only('color')).toEqual([true, false])
    expect(only('colour')).toEqual([false, true])
    expect(only('interview')).toEqual([true, true])
  })

  it('has every extra word, in its dialects', () => {
    for (const word of EXTRA_WORDS) {
      expect([word, isKnownPiece(word, 'en-US'), isKnownPiece(word, 'en-GB')]).toEqual([word, true, true])
    }
    expect(isKnownPiece('personalization', 'en-US')).toBe(true)
    expect(isKnownPiece('personalization', 'en-GB')).toBe(false)
    expect(isKnownPiece('personalisation', 'en-GB')).toBe(true)
    expect(isKnownPiece('personalisation', 'en-US')).toBe(false)
    for (const word of EXTRA_WORDS_EN_US) expect([word, isKnownPiece(word, 'en-US')]).toEqual([word, true])
    for (const word of EXTRA_WORDS_EN_GB) expect([word, isKnownPiece(word, 'en-GB')]).toEqual([word, true])
  })
})

describe('search index', () => {
  it("copies a node's children side by side once, in order, with their subtree bounds", () => {
    const lexicon = getLexicon()
    const { trie } = lexicon
    const index = searchIndex(lexicon)
    const node = findNode(trie, 'interv')
    const start = childGroup(index, trie, node)
    const filled = index.filled
    const entries = Array.from({ length: (index.groupEnd[node] as number) - start }, (_, k) => start + k)
    // `interv`: `interval`, `intervene`, `interview`, `intervocalic`.
    expect(entries.map((entry) => String.fromCharCode(index.kidLabel[entry] as number))).toEqual([
      'a',
      'e',
      'i',
      'o',
    ])
    const children: number[] = []
    for (let child = trie.firstChild[node] as number; child !== 0; child = trie.sibling[child] as number) {
      children.push(child)
    }
    expect(entries.map((entry) => index.kid[entry])).toEqual(children)
    const view = entries.find((entry) => index.kidLabel[entry] === 'i'.charCodeAt(0)) as number
    const viewNode = index.kid[view] as number
    expect(index.kidFrequency[view]).toBe(index.maxFrequency[viewNode])
    expect(index.kidFrequency[view]).toBeGreaterThanOrEqual(frequencyOf(idsOf('interview')[0] as number))
    expect([index.kidMinLength[view], index.kidMaxLength[view]]).toEqual([
      index.minLength[viewNode],
      index.maxLength[viewNode],
    ])
    expect(index.kidMinLength[view]).toBe('interview'.length)
    // A second call finds the copy and copies nothing more.
    expect(childGroup(index, trie, node)).toBe(start)
    expect(index.filled).toBe(filled)
  })
})

describe('hand-written word lists', () => {
  const sorted = (values: readonly string[]) => [...values].sort((a, b) => a.localeCompare(b))
  it('are sorted', () => {
    expect(EXTRA_WORDS).toEqual(sorted(EXTRA_WORDS))
    expect(EXTRA_WORDS_EN_US).toEqual(sorted(EXTRA_WORDS_EN_US))
    expect(EXTRA_WORDS_EN_GB).toEqual(sorted(EXTRA_WORDS_EN_GB))
    expect(WORD_PREFIXES).toEqual(sorted(WORD_PREFIXES))
    expect(CONFUSABLE_LETTERS).toEqual(sorted(CONFUSABLE_LETTERS))
    expect(SOUND_ALIKES.map(([intended, typed]) => `${intended} ${typed}`)).toEqual(
      sorted(SOUND_ALIKES.map(([intended, typed]) => `${intended} ${typed}`)),
    )
  })

  it('correct misspellings to dictionary words, and list no real word as a misspelling', () => {
    for (const [typo, word] of MISSPELLINGS) {
      expect([typo, isKnownPiece(typo, 'en-US')]).toEqual([typo, false])
      expect([word, word.split(' ').every((part) => isKnownPiece(part, 'en-US'))]).toEqual([word, true])
    }
  })
})

describe('word pieces', () => {
  it('splits compounds and strips punctuation around pieces, keeping offsets', () => {
    expect(piecesOf('well-knwon')).toEqual([
      { text: 'well', offset: 0 },
      { text: 'knwon', offset: 5 },
    ])
    expect(piecesOf("'em")).toEqual([{ text: 'em', offset: 1 }])
    expect(piecesOf('Ms.')).toEqual([{ text: 'Ms', offset: 0 }])
    expect(piecesOf('O’Connor-Reyes')).toEqual([
      { text: "O'Connor", offset: 0 },
      { text: 'Reyes', offset: 9 },
    ])
    expect(piecesOf('e.g.')).toEqual([])
    expect(piecesOf('brightline.io')).toEqual([])
  })

  it('classifies how a word is capitalised', () => {
    expect(['the', 'The', 'THE', 'iPhone', 'I', "O'Connor"].map(writtenCase)).toEqual([
      'lower',
      'capitalized',
      'upper',
      'mixed',
      'capitalized',
      'mixed',
    ])
  })

  it('accepts a known word in capitals, never in lower case when the dictionary capitalises it', () => {
    expect(isKnownPiece('THANKS', 'en-US')).toBe(true)
    expect(isKnownPiece('Paris', 'en-US')).toBe(true)
    expect(isKnownPiece('paris', 'en-US')).toBe(false)
    expect(isKnownPiece('Nasa', 'en-US')).toBe(false)
    expect(isKnownPiece('MCDONALD', 'en-US')).toBe(true)
    expect(isKnownPiece('Mcdonald', 'en-US')).toBe(false)
  })
})
