import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { lintThankYou } from '../src/index.js'

/** One letter's outcome: the tone rules expected (its label) and the tone rules reported. */
export interface LetterResult {
  file: string
  professional: boolean
  expected: string[]
  found: string[]
}

export interface ToneEvaluation {
  letters: LetterResult[]
  /** Share of expected (letter, rule) labels on unprofessional letters that were reported. */
  labelRecall: number
  /** Share of unprofessional letters with at least one of their expected rules reported. */
  letterRecall: number
  /** Share of professional letters with any tone finding. */
  falseFlagRate: number
}

/**
 * Lints every letter listed in `<directory>/labels.json` (file → tone rule ids a reviewer expects;
 * `[]` for a professional letter) and scores the tone checker against the labels.
 */
export function evaluateTone(directory: string): ToneEvaluation {
  const labels = JSON.parse(readFileSync(join(directory, 'labels.json'), 'utf8')) as Record<string, string[]>
  const letters: LetterResult[] = Object.entries(labels).map(([file, expected]) => {
    const draft = readFileSync(join(directory, file), 'utf8')
    const found = [
      ...new Set(
        lintThankYou(draft)
          .findings.filter((finding) => finding.checker === 'tone')
          .map((finding) => finding.ruleId),
      ),
    ].sort()
    return { file, professional: expected.length === 0, expected: [...expected].sort(), found }
  })
  const unprofessional = letters.filter((letter) => !letter.professional)
  const professional = letters.filter((letter) => letter.professional)
  const labelsTotal = unprofessional.reduce((sum, letter) => sum + letter.expected.length, 0)
  const labelsFound = unprofessional.reduce(
    (sum, letter) => sum + letter.expected.filter((rule) => letter.found.includes(rule)).length,
    0,
  )
  return {
    letters,
    labelRecall: labelsFound / labelsTotal,
    letterRecall:
      unprofessional.filter((letter) => letter.expected.some((rule) => letter.found.includes(rule))).length /
      unprofessional.length,
    falseFlagRate: professional.filter((letter) => letter.found.length > 0).length / professional.length,
  }
}
