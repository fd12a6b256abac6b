import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The layout rules of ARCHITECTURE.md, checked over the import graph of `src/` so that a
 * change that breaks them fails `npm test` instead of waiting for a reviewer.
 */

const ROOT = resolve(import.meta.dirname, '..')
const SRC = join(ROOT, 'src')

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return path.endsWith('.ts') ? [path] : []
  })
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

interface Edge {
  specifier: string
  /** Resolved file for a relative import, `undefined` for a package. */
  target: string | undefined
  typeOnly: boolean
}

function importsOf(file: string): Edge[] {
  const text = readFileSync(file, 'utf8')
  const edges: Edge[] = []
  for (const match of text.matchAll(IMPORT)) {
    const specifier = (match[2] ?? match[3]) as string
    const typeOnly = match[1] !== undefined
    if (!specifier.startsWith('.')) {
      edges.push({ specifier, target: undefined, typeOnly })
      continue
    }
    const base = resolve(dirname(file), specifier).replace(/\.js$/, '')
    const target = [`${base}.ts`, join(base, 'index.ts')].find((candidate) => {
      try {
        return statSync(candidate).isFile()
      } catch {
        return false
      }
    })
    edges.push({ specifier, target, typeOnly })
  }
  return edges
}

const FILES = sourceFiles(SRC)
const GRAPH = new Map(FILES.map((file) => [file, importsOf(file)]))
const name = (file: string) => relative(ROOT, file)

/** Strongly connected components with more than one file, or a file that imports itself. */
function cycles(includeTypeOnly: boolean): string[][] {
  let index = 0
  const indices = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (file: string): void => {
    indices.set(file, index)
    low.set(file, index)
    index++
    stack.push(file)
    onStack.add(file)
    for (const edge of GRAPH.get(file) ?? []) {
      if (!edge.target || (edge.typeOnly && !includeTypeOnly)) continue
      if (!indices.has(edge.target)) {
        visit(edge.target)
        low.set(file, Math.min(low.get(file) as number, low.get(edge.target) as number))
      } else if (onStack.has(edge.target)) {
        low.set(file, Math.min(low.get(file) as number, indices.get(edge.target) as number))
      }
    }
    if (low.get(file) === indices.get(file)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop() as string
        onStack.delete(member)
        component.push(name(member))
      } while (member !== file)
      if (component.length > 1) found.push(component.sort())
    }
  }
  for (const file of FILES) if (!indices.has(file)) visit(file)
  return found
}

describe('architecture', () => {
  it('resolves every relative import in src/ to a file', () => {
    const unresolved = FILES.flatMap((file) =>
      (GRAPH.get(file) ?? [])
        .filter((edge) => edge.specifier.startsWith('.') && !edge.target)
        .map((edge) => `${name(file)} → ${edge.specifier}`),
    )
    expect(unresolved).toEqual([])
    // The graph must actually be read: a regex that matched nothing would pass every rule below.
    expect(FILES.length).toBeGreaterThan(40)
    expect([...GRAPH.values()].flat().filter((edge) => edge.target).length).toBeGreaterThan(100)
  })

  it('has no import cycle in src/, counting type-only imports', () => {
    expect(cycles(true)).toEqual([])
  })

  it('keeps src/text/ below everything else: it imports only itself and packages', () => {
    const textDirectory = join(SRC, 'text')
    const upward = FILES.filter((file) => file.startsWith(textDirectory)).flatMap((file) =>
      (GRAPH.get(file) ?? [])
        .filter((edge) => edge.target && !edge.target.startsWith(textDirectory))
        .map((edge) => `${name(file)} → ${edge.specifier}`),
    )
    expect(upward).toEqual([])
  })

  it('keeps Node.js built-ins out of the core: only src/cli/ may import them', () => {
    const cliDirectory = join(SRC, 'cli')
    const nodeImports = FILES.filter((file) => !file.startsWith(cliDirectory)).flatMap((file) =>
      (GRAPH.get(file) ?? [])
        .filter((edge) => edge.specifier.startsWith('node:') || edge.target?.startsWith(cliDirectory))
        .map((edge) => `${name(file)} → ${edge.specifier}`),
    )
    expect(nodeImports).toEqual([])
  })

  it('casts no checker and erases no type with `as unknown as`', () => {
    const casts = FILES.flatMap((file) => {
      const text = readFileSync(file, 'utf8')
      return [...text.matchAll(/\bas\s+unknown\s+as\b|\bas\s+Checker\b/g)].map(
        (match) => `${name(file)}: ${match[0]}`,
      )
    })
    expect(casts).toEqual([])
  })

  it('gives every checker one folder of one shape under src/checks/', () => {
    const checks = join(SRC, 'checks')
    const entries = readdirSync(checks)
    const loose = entries.filter((entry) => !statSync(join(checks, entry)).isDirectory())
    expect(loose).toEqual([])
    expect(entries.sort()).toEqual(
      ['accuracy', 'coverage', 'grammar', 'length', 'spelling', 'structure', 'timing', 'tone'].sort(),
    )
    for (const folder of entries) {
      const index = join(checks, folder, 'index.ts')
      expect(statSync(index).isFile(), `${folder}/index.ts`).toBe(true)
      expect(readFileSync(index, 'utf8'), `${folder}/index.ts defines its checker`).toMatch(
        new RegExp(`export const ${folder} = defineChecker\\(`),
      )
    }
  })

  it('finds a cycle when there is one (the check itself works)', () => {
    const a = join(SRC, 'text', 'case.ts')
    const b = join(SRC, 'text', 'memo.ts')
    const saved = [GRAPH.get(a), GRAPH.get(b)]
    GRAPH.set(a, [...(saved[0] ?? []), { specifier: './memo.js', target: b, typeOnly: true }])
    GRAPH.set(b, [...(saved[1] ?? []), { specifier: './case.js', target: a, typeOnly: true }])
    try {
      expect(cycles(true)).toContainEqual([name(a), name(b)].sort())
      expect(cycles(false)).not.toContainEqual([name(a), name(b)].sort())
    } finally {
      GRAPH.set(a, saved[0] ?? [])
      GRAPH.set(b, saved[1] ?? [])
    }
  })
})
