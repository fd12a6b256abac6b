import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkSync } from 'recheck'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { GREETING_PATTERN, SIGN_OFF_PATTERN } from '../src/parts.js'

// Every regular expression in src/ goes through recheck, a ReDoS analyser that finds both
// exponential patterns (`(a+)+`, `(a{1,3})+`) and polynomial ones (`\s+$` unanchored, which is
// tried from every start and so is quadratic). Regular expression literals and `new RegExp('…')`
// with a literal pattern are read from the source; the patterns src/ builds from word lists are
// imported and checked as built.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

interface Found {
  where: string
  source: string
  flags: string
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

function regularExpressionsIn(file: string): Found[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const found: Found[] = []
  const where = (node: ts.Node) =>
    `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = (node as ts.RegularExpressionLiteral).text
      const slash = text.lastIndexOf('/')
      found.push({ where: where(node), source: text.slice(1, slash), flags: text.slice(slash + 1) })
    } else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp' &&
      node.arguments?.[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      const flags = node.arguments[1]
      found.push({
        where: where(node),
        source: node.arguments[0].text,
        flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '',
      })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** recheck's verdict: `safe`, or the complexity it found, or `unknown` when it gave up. */
function verdict(source: string, flags: string): string {
  // `g` and `y` change where a match starts, not how long one attempt takes. The automaton
  // checker is exact and deterministic; recheck's fuzzer (its default for some patterns) can
  // call a bounded `{0,80}` polynomial on one run and safe on the next.
  // Only a pattern the automaton cannot model (a lookaround) goes to the fuzzer.
  const automaton = checkSync(source, flags.replace(/[gy]/g, ''), { timeout: 20_000, checker: 'automaton' })
  const result =
    automaton.status === 'unknown' && automaton.error.kind === 'unsupported'
      ? checkSync(source, flags.replace(/[gy]/g, ''), { timeout: 20_000 })
      : automaton
  if (result.status === 'safe') return 'safe'
  if (result.status === 'vulnerable') return result.complexity.summary
  return `unknown (${result.error.kind})`
}

describe('recheck, the analyser', () => {
  it('finds the exponential and quadratic patterns the old hand-written check missed', () => {
    expect(verdict('(a{1,3})+$', '')).toBe('exponential')
    expect(verdict('^(a+)+$', '')).toBe('exponential')
    expect(verdict("[.'-]+$", '')).toBe('2nd degree polynomial')
    expect(verdict('\\s+$', '')).toBe('2nd degree polynomial')
  })

  it('passes linear patterns', () => {
    expect(verdict("^[.'-]+$", '')).toBe('safe')
    expect(verdict('\\{\\{[^{}\\n]{0,80}\\}\\}', 'g')).toBe('safe')
  })
})

describe('regular expressions in src/', () => {
  const found = [
    ...sourceFiles(join(root, 'src')).flatMap(regularExpressionsIn),
    {
      where: 'src/parts.ts GREETING_PATTERN',
      source: GREETING_PATTERN.source,
      flags: GREETING_PATTERN.flags,
    },
    {
      where: 'src/parts.ts SIGN_OFF_PATTERN',
      source: SIGN_OFF_PATTERN.source,
      flags: SIGN_OFF_PATTERN.flags,
    },
  ]

  it('are found', () => {
    expect(found.length).toBeGreaterThan(100)
  })

  it('are all linear by recheck', { timeout: 300_000 }, () => {
    const unsafe = found
      .map(({ where, source, flags }) => ({
        where,
        pattern: `/${source}/${flags}`,
        verdict: verdict(source, flags),
      }))
      .filter((entry) => entry.verdict !== 'safe')
    expect(unsafe).toEqual([])
  })
})
