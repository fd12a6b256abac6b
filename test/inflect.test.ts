import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { WORD_CLASSES } from '../src/checks/coverage/data.js'
import {
  baseCandidates,
  IRREGULAR_FORMS,
  inflectionBases,
  inflections,
  sameLemma,
} from '../src/text/inflect.js'

describe('inflections', () => {
  it('adds -s, -ed and -ing with the usual spelling changes', () => {
    expect(inflections('help')).toEqual(expect.arrayContaining(['helps', 'helped', 'helping']))
    expect(inflections('manage')).toEqual(expect.arrayContaining(['manages', 'managed', 'managing']))
    expect(inflections('apply')).toEqual(expect.arrayContaining(['applies', 'applied', 'applying']))
    expect(inflections('plan')).toEqual(expect.arrayContaining(['plans', 'planned', 'planning']))
    expect(inflections('approach')).toContain('approaches')
    expect(inflections('see')).toContain('seeing')
  })
  it('adds irregular forms', () => {
    expect(inflections('bring')).toContain('brought')
    expect(inflections('be')).toEqual(expect.arrayContaining(['am', 'is', 'was', 'been']))
  })
  it('leaves out comparatives and adverbs, so "likely" is no form of "like"', () => {
    expect(inflections('like')).not.toContain('likely')
    expect(inflections('keen')).not.toContain('keenly')
  })
  it('lists irregular bases in order', () => {
    const bases = Object.keys(IRREGULAR_FORMS)
    expect([...bases].sort()).toEqual(bases)
  })

  // compromise is a dependency the checker does not load (it costs 0.26 s); here it checks that
  // the hand-written rules give every form its conjugation does for the verbs the lists use.
  it("covers compromise's conjugations of every verb in the word classes", () => {
    const nlp = createRequire(import.meta.url)('compromise') as typeof import('compromise').default
    const verbs = [
      ...WORD_CLASSES.contrib,
      ...WORD_CLASSES.join,
      ...WORD_CLASSES.meeting,
      ...WORD_CLASSES.thanks,
    ]
    let checked = 0
    for (const verb of verbs) {
      const [forms] = nlp(verb).verbs().conjugate() as Record<string, string>[]
      if (!forms || forms.Infinitive !== verb) continue
      checked++
      for (const form of [forms.PastTense, forms.PresentTense, forms.Gerund]) {
        if (form) expect(inflections(verb), `${verb} → ${form}`).toContain(form)
      }
    }
    expect(checked).toBeGreaterThan(80)
  })
})

describe('inflectionBases', () => {
  it('undoes every inflection the word classes and irregular bases can produce', () => {
    const bases = [
      ...Object.values(WORD_CLASSES).flat(),
      ...Object.keys(IRREGULAR_FORMS),
      'plan',
      'lie',
      'agree',
    ]
    for (const base of bases) {
      for (const form of inflections(base)) expect(inflectionBases(form), `${form} ← ${base}`).toContain(base)
    }
  })
})

describe('baseCandidates and sameLemma', () => {
  it('finds the base of every form the inflections give, for the word classes', () => {
    for (const members of Object.values(WORD_CLASSES)) {
      for (const member of members) {
        if (member.length < 4) continue
        for (const form of inflections(member)) expect(baseCandidates(form), form).toContain(member)
      }
    }
  })
  it('relates verbs and their nouns', () => {
    expect(sameLemma('migrating', 'migration')).toBe(true)
    expect(sameLemma('automate', 'automation')).toBe(true)
    expect(sameLemma('expansion', 'expanding')).toBe(true)
    expect(sameLemma('hires', 'hiring')).toBe(true)
    expect(sameLemma('Onboarding', 'onboard')).toBe(true)
  })
  it('keeps unrelated and short words apart', () => {
    expect(sameLemma('plan', 'planet')).toBe(false)
    expect(sameLemma('sing', 'sling')).toBe(false)
    expect(sameLemma('news', 'new')).toBe(false)
  })
})
