import { readFileSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { describe, expect, it } from 'vitest'

/** Built files, as `npm test` leaves them (locally: `npm run build`). */
const dist = new URL('../dist/', import.meta.url)

/** Every module a built entry loads statically, following relative imports between chunks. */
function staticImports(entry: string): { chunks: Set<string>; packages: Set<string> } {
  const chunks = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string) => {
    if (chunks.has(file)) return
    chunks.add(file)
    const code = readFileSync(new URL(file, dist), 'utf8')
    for (const match of code.matchAll(
      /^(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|^import\s*['"]([^'"]+)['"]/gm,
    )) {
      const specifier = (match[1] ?? match[2]) as string
      if (specifier.startsWith('./')) visit(specifier.slice(2))
      else packages.add(specifier)
    }
  }
  visit(entry)
  return { chunks, packages }
}

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))

describe('the build', () => {
  it('keeps the library, the formatters and the unified plugin free of Node.js built-ins', () => {
    for (const entry of ['index.js', 'formatters.js', 'unified.js']) {
      const { packages } = staticImports(entry)
      expect([...packages].filter((name) => builtins.has(name))).toEqual([])
    }
  })

  it('gives the unified plugin no parser of its own: it walks the tree remark made', () => {
    const { packages } = staticImports('unified.js')
    expect(packages.has('mdast-util-from-markdown')).toBe(false)
    expect(packages.has('#load-compromise')).toBe(true)
  })

  it('loads the Markdown, HTML and MIME parsers only when a file needs them', () => {
    const { packages } = staticImports('cli.js')
    for (const parser of [
      'mdast-util-from-markdown',
      'hast-util-from-html',
      'postal-mime',
      'yaml',
      'tinyglobby',
    ]) {
      expect(packages.has(parser)).toBe(false)
    }
    // The import scan sees the command's own dependencies and built-ins.
    expect(packages.has('lilconfig')).toBe(true)
    expect([...packages].some((name) => builtins.has(name))).toBe(true)
  })

  it('makes the bin an executable node script', () => {
    const cli = new URL('cli.js', dist)
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(statSync(cli).mode & 0o111).not.toBe(0)
  })
})
