import { describe, expect, it } from 'vitest'
import { loadConfusionModel } from '#load-confusion-model'
import {
  clauseEdge,
  confusionModelReady,
  inConfusionSet,
  likelierAlternative,
} from '../src/checks/grammar/confusion-model.js'

describe('inConfusionSet', () => {
  // Members are found by bisection in the model's sorted text: every line must be reachable, the
  // first and the last included, and a word between two members must not be taken for either.
  const words = (loadConfusionModel()?.MODEL ?? '')
    .split('\n')
    .map((line) => line.slice(0, line.indexOf('\t')))

  it('finds every member of the model, the first and the last included', () => {
    expect(words.length).toBeGreaterThan(4000)
    expect(words.filter((word) => !inConfusionSet(word))).toEqual([])
  })

  it('finds no word that falls between two members', () => {
    expect(words.map((word) => `${word}qz`).filter(inConfusionSet)).toEqual([])
    expect(inConfusionSet('')).toBe(false)
    expect(inConfusionSet('zzzz')).toBe(false)
  })
})

describe('likelierAlternative', () => {
  it('is loaded in Node from the first call', () => {
    expect(confusionModelReady()).toBe(true)
  })

  it('names the member of the set far likelier between the two neighbours', () => {
    expect(likelierAlternative('from', 'know', 'on')?.word).toBe('now')
    expect(likelierAlternative('been', 'see', 'by')?.word).toBe('seen')
    expect(likelierAlternative('to', 'meat', 'the')?.word).toBe('meet')
  })

  it('gives the ratio it decided on, at least 100', () => {
    expect(likelierAlternative('from', 'know', 'on')?.ratio).toBeGreaterThanOrEqual(100)
  })

  it('decides the same before and after a member is decoded into maps (after 32 lookups a side)', () => {
    const decisions = Array.from({ length: 40 }, () => [
      likelierAlternative('from', 'know', 'on')?.word,
      likelierAlternative('to', 'know', 'the')?.word,
      likelierAlternative('be', 'gland', 'to')?.word,
    ])
    expect(new Set(decisions.map((decision) => decision.join()))).toEqual(new Set(['now,,glad']))
  })

  it('leaves a word the corpus saw with either neighbour', () => {
    expect(likelierAlternative('to', 'know', 'the')).toBeUndefined()
    expect(likelierAlternative('from', 'now', 'on')).toBeUndefined()
    expect(likelierAlternative(clauseEdge(), 'now', 'on')).toBeUndefined()
  })

  it('leaves a word next to a clause edge', () => {
    expect(likelierAlternative('to', 'six', clauseEdge())).toBeUndefined()
    expect(likelierAlternative(clauseEdge(), 'know', 'on')).toBeUndefined()
  })

  it('leaves words outside every set', () => {
    expect(likelierAlternative('the', 'onboarding', 'plan')).toBeUndefined()
    expect(likelierAlternative('', '', '')).toBeUndefined()
  })
})
