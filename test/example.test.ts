import { execFileSync, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

beforeAll(() => {})

describe('examples/basic.ts', () => {
  it('lints the bundled drafts and prints their findings', () => {
    const output = execFileSync('node', ['--import', 'tsx', 'examples/basic.ts'], {
      cwd: root,
      encoding: 'utf8',
    })
    expect(output).toContain('examples/drafts/copied.txt: has errors')
    expect(output).toMatch(/3:5 +error +Replace the placeholder "\[Interviewer's Name\]" with "Dana Okoro"/)
    expect(output).toMatch(
      /5:24 +error +"oportunity" is not in the en-US dictionary; did you mean "opportunity"\?/,
    )
    expect(output).toContain('examples/drafts/okoro.txt: ok')
  })
})

describe('examples/ci', () => {
  it('lints the templates with their config: one deliberate error, exit 1, no unreadable context', () => {
    const result = spawnSync('node', ['../../dist/cli.js', 'templates'], {
      cwd: `${root}examples/ci`,
      encoding: 'utf8',
    })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('did you mean "{{interviewer.firstName}}"?')
    expect(result.stdout).toMatch(/\(1 error, \d+ warnings?\)/)
  })
})
