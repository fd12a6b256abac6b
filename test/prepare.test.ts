import { describe, expect, it, vi } from 'vitest'
import { lintThankYou } from '../src/index.js'
import { body, context, letter } from './accuracy-letter.js'

// A browser build before `prepare()` has resolved: compromise is not loaded yet.
vi.mock('#load-compromise', () => ({ loadCompromise: () => undefined, prepareCompromise: async () => {} }))

const wrongCompanies = (draft: string) =>
  lintThankYou(draft, context)
    .findings.filter((finding) => finding.ruleId === 'wrong-company')
    .map((finding) => finding.actual)

describe('linting before compromise has loaded (browser build, before prepare())', () => {
  it('stays silent on a name only compromise could tell from a person, instead of guessing', () => {
    // With compromise loaded this is a wrong-company error (see accuracy.test.ts).
    expect(wrongCompanies(letter('Dear Ms. Okoro,', `${body} My interview with Initech was a joy.`))).toEqual(
      [],
    )
    expect(wrongCompanies(letter('Dear Ms. Okoro,', `${body} My interview with Dana was a joy.`))).toEqual([])
  })

  it('still flags a company the letter plainly wants to join, which needs no tagger', () => {
    const draft = letter('Dear Ms. Okoro,', `${body} I am excited to join Initech.`)
    expect(wrongCompanies(draft)).toEqual(['Initech'])
  })
})

describe('the browser loader', () => {
  it('returns nothing until prepareCompromise() resolves, then compromise, and loads it once', async () => {
    const loader = await vi.importActual<typeof import('#load-compromise')>(
      '../lib/load-compromise.browser.js',
    )
    expect(loader.loadCompromise()).toBeUndefined()
    const first = loader.prepareCompromise()
    expect(loader.prepareCompromise()).toBe(first)
    await first
    const nlp = loader.loadCompromise()
    expect(typeof nlp).toBe('function')
    expect(nlp?.('Dana works at Acme.').people().text()).toBe('Dana')
  })
})
