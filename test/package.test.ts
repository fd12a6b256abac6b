import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Installs the packed tarball into a fresh project, the way a user gets the package, and uses it
// from JavaScript and from type-checked TypeScript.
const root = fileURLToPath(new URL('..', import.meta.url))
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
let project: string

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'thank-you-lint-consumer-'))
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', project], {
    cwd: root,
    stdio: 'ignore',
  })
  const tarball = readdirSync(project).find((name) => name.endsWith('.tgz')) as string
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  )
  execFileSync('npm', ['install', `./${tarball}`, '--no-audit', '--no-fund', '--prefer-offline'], {
    cwd: project,
    stdio: 'ignore',
  })
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        strict: true,
        exactOptionalPropertyTypes: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
    }),
  )
}, 180_000)

// Removing the installed project's node_modules takes seconds on a loaded machine.
afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true })
}, 60_000)

describe('the published package', () => {
  it('imports and lints from JavaScript', () => {
    writeFileSync(
      join(project, 'use.mjs'),
      `import { lintThankYou, rules, version } from 'thank-you-lint'
const report = lintThankYou('Hey Dana,\\n\\nThanks!\\n\\nBest,\\nJo', { interviewers: [{ name: 'Dana Okoro' }] })
console.log(JSON.stringify({ version, rules: rules.length, ids: report.findings.map((f) => f.ruleId) }))`,
    )
    const output = JSON.parse(execFileSync('node', ['use.mjs'], { cwd: project, encoding: 'utf8' }))
    expect(output.version).toMatch(/^\d+\.\d+\.\d+/)
    expect(output.rules).toBeGreaterThan(10)
    expect(output.ids).toContain('casual-greeting')
  })

  it('type-checks a TypeScript file that uses the API', () => {
    writeFileSync(
      join(project, 'use.ts'),
      `import { lintThankYou, type Finding, type LintReport, type ThankYouContext } from 'thank-you-lint'
const context: ThankYouContext = { company: { name: 'Brightline' }, interviewers: [{ name: 'Dana Okoro', honorific: 'Ms.' }] }
const report: LintReport = lintThankYou('Dear Ms. Okoro,', context, { rules: { 'too-short': 'off' } })
const first: Finding | undefined = report.findings[0]
export const line: number | undefined = first?.position?.start.line
`,
    )
    const result = spawnSync('node', [tsc, '-p', '.'], { cwd: project, encoding: 'utf8' })
    expect(result.stdout + result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  it('rejects a wrong call at compile time', () => {
    writeFileSync(
      join(project, 'use.ts'),
      `import { lintThankYou } from 'thank-you-lint'\nlintThankYou(42)\n`,
    )
    const result = spawnSync('node', [tsc, '-p', '.'], { cwd: project, encoding: 'utf8' })
    expect(result.status).not.toBe(0)
    expect(result.stdout).toContain(
      "Argument of type 'number' is not assignable to parameter of type 'string'",
    )
  })
})
