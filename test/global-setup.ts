import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

// Tests of the command, the package and the examples run the built files in dist/. Build them
// first whenever a source is newer than the oldest build output (or one is missing), so no test
// reads a stale dist/: a fresh clone, an edit in src/ and a switched branch all rebuild once.
// `npm test` builds before vitest, so there this finds dist/ current and does nothing.

const root = fileURLToPath(new URL('..', import.meta.url))
const OUTPUTS = [
  'dist/index.js',
  'dist/formatters.js',
  'dist/cli.js',
  'dist/index.d.ts',
  'dist/formatters.d.ts',
]
const INPUTS = ['src', 'lib', 'tsup.config.ts', 'package.json', 'tsconfig.json']

function newest(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let latest = stat.mtimeMs
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)))
  return latest
}

export function isStale(): boolean {
  if (OUTPUTS.some((output) => !existsSync(join(root, output)))) return true
  const built = Math.min(...OUTPUTS.map((output) => statSync(join(root, output)).mtimeMs))
  return INPUTS.some((input) => existsSync(join(root, input)) && newest(join(root, input)) > built)
}

export default function setup(): void {
  if (isStale()) execFileSync('npx', ['--no-install', 'tsup', '--silent'], { cwd: root, stdio: 'inherit' })
}
