import { describe, expect, it } from 'vitest'
import {
  miscase,
  misspell,
  PERTURBATION_KINDS,
  perturb,
  seededRandom,
} from '../scripts/accuracy-eval/perturb.js'
import { editDistance } from '../src/text/distance.js'
import { nameKey } from '../src/text/normalize.js'
import { cleanLetters } from './fixtures/accuracy/letters.js'

const COMPANIES = ['Initech', 'Globex Corporation', 'Umbrella Health', 'Brightline Labs']

describe('accuracy perturbation generator', () => {
  it('is deterministic for a seed', () => {
    const a = seededRandom(7)
    const b = seededRandom(7)
    const first = Array.from({ length: 5 }, a)
    expect(Array.from({ length: 5 }, b)).toEqual(first)
    expect(Array.from({ length: 5 }, seededRandom(8))).not.toEqual(first)
    for (const value of first) expect(value >= 0 && value < 1).toBe(true)
  })

  it('misspells by exactly the number of edits asked, keeping the first letter a letter', () => {
    const random = seededRandom(1)
    for (const word of ['Okoro', 'Siobhán', 'Kowalski', "O'Connor"]) {
      for (const edits of [1, 2]) {
        const typo = misspell(word, edits, random)
        expect(typo).toBeDefined()
        expect(editDistance(nameKey(typo as string), nameKey(word))).toBe(edits)
        expect(typo).toMatch(/^\p{Lu}/u)
      }
    }
  })

  it('miscases like people do', () => {
    const random = seededRandom(2)
    expect(['Hubspot', 'hubspot']).toContain(miscase('HubSpot', random))
    expect(['EBay', 'ebay']).toContain(miscase('eBay', random))
    expect(miscase('Okoro', random)).toBe('okoro')
  })

  it('changes a letter only inside the slot it picked, and reports where', () => {
    const random = seededRandom(3)
    const letters = cleanLetters().slice(0, 12)
    for (const letter of letters) {
      for (const kind of PERTURBATION_KINDS) {
        const perturbed = perturb(letter, kind, random, COMPANIES)
        if (!perturbed) continue
        expect(perturbed.draft.slice(perturbed.start, perturbed.end)).toBe(perturbed.after)
        expect(perturbed.after).not.toBe(perturbed.before)
        expect(perturbed.draft.slice(0, perturbed.start)).toBe(letter.draft.slice(0, perturbed.start))
        if (kind === 'other-company') {
          expect(COMPANIES).toContain(perturbed.after)
          const own = letter.context.company?.name.split(' ')[0]
          expect(perturbed.after.split(' ')[0]).not.toBe(own)
        }
      }
    }
  })
})
