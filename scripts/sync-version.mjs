// Writes package.json's version into src/version.ts; run by `npm version` so the two never drift
// (a test checks they agree).
import { readFileSync, writeFileSync } from 'node:fs'

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
writeFileSync(
  new URL('../src/version.ts', import.meta.url),
  `/** The package version, kept equal to package.json's by \`npm version\`. */\nexport const version = '${version}'\n`,
)
