import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { LexiconExtension } from '#load-lexicon-extension'
import { getLexicon, lexiconComplete, listsForm } from '../src/checks/spelling/lexicon.js'
import { isKnownPiece } from '../src/checks/spelling/words.js'
import { lintThankYou } from '../src/index.js'
import type { ThankYouContext } from '../src/types.js'

// A browser build: the extension tier is loaded only when the test says `prepare()` has resolved.
const state = vi.hoisted(() => ({ extension: undefined as LexiconExtension | undefined }))
vi.mock('#load-lexicon-extension', () => ({
  loadLexiconExtension: () => state.extension,
  prepareLexiconExtension: async () => {},
}))

const context: ThankYouContext = {
  interviewers: [{ name: 'Dana Okoro', honorific: 'Ms.' }],
  company: { name: 'Brightline' },
  position: 'phlebotomist',
}
const letter = (body: string) => `Dear Ms. Okoro,\n\n${body}\n\nBest regards,\nJordan Lee`
const unknownWords = (draft: string, options = {}) =>
  lintThankYou(draft, context, options)
    .findings.filter((finding) => finding.ruleId === 'unknown-word')
    .map((finding) => [finding.actual, finding.position?.start.offset])

describe('the spelling lexicon before and after its extension tier loads (browser build)', () => {
  beforeEach(() => {
    state.extension = undefined
  })

  it('knows the common words from the core tier alone, and not the rare ones', () => {
    expect(lexiconComplete()).toBe(false)
    expect(isKnownPiece('interview', 'en-US')).toBe(true)
    expect(isKnownPiece('Zurich', 'en-US')).toBe(true)
    expect(listsForm('colour')).toBe(true)
    expect(isKnownPiece('phlebotomy', 'en-US')).toBe(false)
    expect(listsForm('phlebotomy')).toBe(false)
  })

  it('stays silent on a word the core tier lacks, typo or rare word alike, until the extension loads', async () => {
    const draft = letter('I enjoyed our talk about phlebotomy and the qqxzvw schedule.')
    expect(unknownWords(draft)).toEqual([])
    state.extension = await vi.importActual<LexiconExtension>('../lib/lexicon-extension.js')
    expect(lexiconComplete()).toBe(true)
    // The verdicts reached with the core alone are forgotten: the rare word is known now.
    expect(isKnownPiece('phlebotomy', 'en-US')).toBe(true)
    expect(unknownWords(draft)).toEqual([['qqxzvw', draft.indexOf('qqxzvw')]])
  })

  it('still reports a core word in the wrong dialect or casing before the extension loads', () => {
    const draft = letter('I loved the colour of the new brand, and i saw paris.')
    const found = unknownWords(draft, { spelling: { dialect: 'en-US' } })
    expect(found).toContainEqual(['colour', draft.indexOf('colour')])
    expect(found).toContainEqual(['paris', draft.indexOf('paris')])
  })

  it('decodes the lexicon again, whole, once the extension has loaded', async () => {
    const core = getLexicon()
    state.extension = await vi.importActual<LexiconExtension>('../lib/lexicon-extension.js')
    const whole = getLexicon()
    expect(whole).not.toBe(core)
    expect(whole.terminal.length).toBeGreaterThan(core.terminal.length)
    expect(getLexicon()).toBe(whole)
  })
})

describe('the browser loader of the extension tier', () => {
  it('returns nothing until prepareLexiconExtension() resolves, then the tier, and loads it once', async () => {
    const loader = await vi.importActual<typeof import('#load-lexicon-extension')>(
      '../lib/load-lexicon-extension.browser.js',
    )
    expect(loader.loadLexiconExtension()).toBeUndefined()
    const first = loader.prepareLexiconExtension()
    expect(loader.prepareLexiconExtension()).toBe(first)
    await first
    expect(loader.loadLexiconExtension()?.WORDS.length).toBeGreaterThan(100_000)
  })
})
