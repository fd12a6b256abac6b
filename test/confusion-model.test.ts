import { describe, expect, it } from 'vitest'
import {
  clauseEdge,
  confusionModelReady,
  likelierAlternative,
} from '../src/checks/grammar/confusion-model.js'

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
