import { describe, expect, it } from 'vitest'
import { evaluateTone } from '../scripts/tone-eval.js'

/**
 * The tone targets, on the team-written letters in test/fixtures/tone (labels.json lists the
 * tone rules a reviewer expects in each; professional letters expect none).
 */
describe('tone on labelled letters', () => {
  const result = evaluateTone('test/fixtures/tone')
  const professional = result.letters.filter((letter) => letter.professional)
  const unprofessional = result.letters.filter((letter) => !letter.professional)

  it('has at least 20 letters of each kind', () => {
    expect(professional.length).toBeGreaterThanOrEqual(20)
    expect(unprofessional.length).toBeGreaterThanOrEqual(20)
  })
  it('finds at least 90% of the expected rules on unprofessional letters', () => {
    expect(result.labelRecall).toBeGreaterThanOrEqual(0.9)
  })
  it('flags at most 5% of professional letters', () => {
    expect(result.falseFlagRate).toBeLessThanOrEqual(0.05)
  })
})
