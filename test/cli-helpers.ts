import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Ajv, { type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'

/** The built command: `npm test` builds before running the tests (locally: `npm run build`). */
export const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
export const FIXTURES = fileURLToPath(new URL('./fixtures/cli/', import.meta.url))

export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

/**
 * Runs the built bin in `cwd` with a clean environment (no NO_COLOR, FORCE_COLOR,
 * GITHUB_WORKSPACE or terminal), plus `env`.
 */
export function cli(
  args: readonly string[],
  options: { cwd?: string; input?: string | Uint8Array; env?: NodeJS.ProcessEnv } = {},
): Run {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before the CLI tests`)
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env }
  for (const key of ['NO_COLOR', 'FORCE_COLOR', 'GITHUB_WORKSPACE']) {
    if (!options.env || !(key in options.env)) delete env[key]
  }
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? FIXTURES,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** A fresh temporary directory holding `files` (path → content); returns its path. */
export function tempTree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'thank-you-lint-cli-'))
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, content)
  }
  return root
}

export function removeTree(root: string): void {
  rmSync(root, { recursive: true, force: true })
}

/**
 * A validator for the SARIF 2.1.0 schema vendored in the fixtures (see fixtures/cli/README.md).
 * The published schema is draft-04; its only draft-04 keyword is the root `id`, which draft-07
 * (Ajv's default) spells `$id`. Its `language` pattern has a stray `]` that is valid only without
 * the `u` flag, as validators of its time compiled patterns.
 */
export function sarifValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(join(FIXTURES, 'sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<
    string,
    unknown
  >
  const { id, $schema: _draft04, ...rest } = schema
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
  addFormats(ajv)
  return ajv.compile({ ...rest, $id: id as string })
}
