import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// Issue 19, items 22, 23 and 25: the repository's own scripts and ignore rules.
const root = fileURLToPath(new URL('..', import.meta.url))
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  scripts: Record<string, string>
  dependencies: Record<string, string>
}

describe('the repository', () => {
  it('ignores no tracked file', () => {
    const ignored = execFileSync('git', ['ls-files', '--cached', '--ignored', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
    })
    expect(ignored).toBe('')
  })

  it('builds dist/ before packing, so a fresh clone packs the library', () => {
    expect(pkg.scripts.prepack).toBe('npm run build')
  })

  it('runs the example from src/ without building declarations', () => {
    expect(pkg.scripts.example).toBe('tsx examples/basic.ts')
    const tsconfig = readFileSync(`${root}tsconfig.json`, 'utf8')
    expect(tsconfig).toContain('"thank-you-lint": ["./src/index.ts"]')
  })

  it('fails `npm test` on a dependency nothing imports', () => {
    expect(pkg.scripts.test).toContain('npm run knip')
    for (const unused of [
      'retext-profanities',
      'unist-util-visit',
      'hast-util-to-nlcst',
      'mdast-util-to-nlcst',
    ]) {
      expect(Object.keys(pkg.dependencies)).not.toContain(unused)
    }
  })
})
