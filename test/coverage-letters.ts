import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import type { CoveragePoint, ThankYouContext } from '../src/types.js'

/** A labelled letter of the coverage development set (see test/fixtures/coverage/README.md). */
export interface CoverageLetter {
  file: string
  style: string
  context: ThankYouContext
  labels: Record<CoveragePoint, boolean>
  note?: string
  draft: string
}

export const POINTS: readonly CoveragePoint[] = ['appreciation', 'interest', 'contribution', 'specifics']

/** Reads every `.txt` letter of a folder: YAML front matter between `---` lines, then the draft. */
export function readLetters(folder: string): CoverageLetter[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => parseLetter(file, readFileSync(join(folder, file), 'utf8')))
}

export function parseLetter(file: string, source: string): CoverageLetter {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source)
  if (!match) throw new Error(`${file}: no front matter`)
  const meta = parse(match[1] ?? '') as Omit<CoverageLetter, 'file' | 'draft'>
  for (const point of POINTS) {
    if (typeof meta.labels?.[point] !== 'boolean')
      throw new Error(`${file}: labels.${point} must be true or false`)
  }
  return { ...meta, file, draft: source.slice(match[0].length).replace(/\n$/, '') }
}
