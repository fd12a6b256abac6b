import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { lintThankYou } from '../src/index.js'
import { POINTS, readLetters } from './coverage-letters.js'

// Only the tuning letters: the held-out ones are for `npm run eval:coverage`, not for fitting.
const letters = readLetters(fileURLToPath(new URL('fixtures/coverage/tune', import.meta.url)))

describe('coverage on the tuning letters', () => {
  it('has enough varied letters', () => {
    expect(letters.length).toBeGreaterThanOrEqual(40)
    expect(new Set(letters.map((letter) => letter.style)).size).toBeGreaterThanOrEqual(7)
    for (const point of POINTS)
      expect(letters.filter((letter) => !letter.labels[point]).length).toBeGreaterThan(5)
  })
  for (const letter of letters) {
    it(`${letter.file} (${letter.style})`, () => {
      const report = lintThankYou(letter.draft, letter.context)
      const found = Object.fromEntries(POINTS.map((point) => [point, report.coverage[point].covered]))
      expect(found).toEqual(letter.labels)
      const missing = report.findings.filter((finding) => finding.checker === 'coverage').map((f) => f.ruleId)
      expect(missing.sort()).toEqual(
        POINTS.filter((point) => !letter.labels[point])
          .map((point) => `missing-${point}`)
          .sort(),
      )
    })
  }
})
