import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// A static guard against the classic catastrophic pattern: a group repeated without bound that
// itself contains an unbounded quantifier, such as `(a+)+` or `(\w*\s)*`. Every regular
// expression literal in src/ and every `new RegExp('…')` with a literal pattern is checked.
// Patterns built at run time (from word lists) cannot be read here; the adversarial drafts in
// reliability-dist.test.ts cover them.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

interface Found {
  where: string
  pattern: string
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
      found.push({ where: where(node), pattern: text.slice(1, text.lastIndexOf('/')) })
    } else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp' &&
      node.arguments?.[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push({ where: where(node), pattern: node.arguments[0].text })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** Length of the quantifier at `index` (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, lazy or not), 0 if none. */
function quantifierAt(pattern: string, index: number): { length: number; unbounded: boolean } {
  const char = pattern[index]
  let length = 0
  let unbounded = false
  if (char === '*' || char === '+') {
    length = 1
    unbounded = true
  } else if (char === '?') length = 1
  else if (char === '{') {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(index, index + 24))
    if (match) {
      length = match[0].length
      unbounded = match[2] !== undefined && match[3] === ''
    }
  }
  if (length > 0 && pattern[index + length] === '?') length++
  return { length, unbounded }
}

/** Groups repeated without bound that contain an unbounded quantifier. */
function nestedQuantifiers(pattern: string): string[] {
  const problems: string[] = []
  const groups: { start: number; unbounded: boolean }[] = [{ start: 0, unbounded: false }]
  let index = 0
  while (index < pattern.length) {
    const char = pattern[index]
    let atomUnbounded = false
    let atomStart = index
    if (char === '\\') index += 2
    else if (char === '[') {
      index++
      if (pattern[index] === '^') index++
      if (pattern[index] === ']') index++
      while (index < pattern.length && pattern[index] !== ']') index += pattern[index] === '\\' ? 2 : 1
      index++
    } else if (char === '(') {
      groups.push({ start: index, unbounded: false })
      index++
      continue
    } else if (char === ')') {
      const group = groups.pop() ?? { start: 0, unbounded: false }
      atomStart = group.start
      atomUnbounded = group.unbounded
      index++
    } else index++
    const quantifier = quantifierAt(pattern, index)
    if (quantifier.unbounded && atomUnbounded) {
      problems.push(pattern.slice(atomStart, index + quantifier.length))
    }
    index += quantifier.length
    const parent = groups.at(-1)
    if (parent) parent.unbounded ||= atomUnbounded || quantifier.unbounded
  }
  return problems
}

describe('nestedQuantifiers', () => {
  it('flags groups with an unbounded quantifier repeated without bound', () => {
    expect(nestedQuantifiers('^(a+)+$')).toEqual(['(a+)+'])
    expect(nestedQuantifiers('(\\w*\\s)*x')).toEqual(['(\\w*\\s)*'])
    expect(nestedQuantifiers('(?:x|y+){2,}')).toEqual(['(?:x|y+){2,}'])
    expect(nestedQuantifiers('((ab)*c)+?')).toEqual(['((ab)*c)+?'])
    expect(nestedQuantifiers('(?:a(?:b[c]+)?)*')).toEqual(['(?:a(?:b[c]+)?)*'])
  })

  it('accepts bounded repetition, quantified characters and quantifiers inside classes', () => {
    for (const pattern of [
      '(ab)+',
      '[a+]*',
      '\\(+\\)*',
      '(a{1,3})+',
      '(?:\\s+\\w)?',
      '\\{\\{[^{}\\n]{0,80}\\}\\}',
      '(a+){2}',
      '[\\]+]+',
    ]) {
      expect(nestedQuantifiers(pattern), pattern).toEqual([])
    }
  })
})

describe('regular expressions in src/', () => {
  const found = sourceFiles(join(root, 'src')).flatMap(regularExpressionsIn)

  it('are found', () => {
    expect(found.length).toBeGreaterThan(10)
  })

  it('have no nested unbounded quantifier', () => {
    const nested = found.flatMap(({ where, pattern }) =>
      nestedQuantifiers(pattern).map((problem) => `${where}: ${problem} in /${pattern}/`),
    )
    expect(nested).toEqual([])
  })
})
