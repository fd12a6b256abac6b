import { readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { build as bundle } from 'esbuild'
import { build } from 'tsup'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LintOptions } from '../src/types.js'
import { FULL_CONTEXT } from './fixtures/reliability-context.js'

// Checks on what users install: the package is built once here (as `npm run build` does), then
// its modules are read, bundled for the browser, and fed adversarial drafts in a worker thread
// that is terminated if a lint hangs.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/**
 * Built with the package's own tsup config, into a folder of its own so that other tests reading
 * dist/ never see it half-written. Inside the package, so `#load-compromise` resolves as in dist/.
 */
const dist = join(root, '.reliability-dist')
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>
  imports: Record<string, Record<string, string>>
}

beforeAll(async () => {
  await build({ outDir: dist, dts: false, silent: true, clean: true })
}, 120_000)

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))
const isBuiltin = (specifier: string) => specifier.startsWith('node:') || BUILTINS.has(specifier)

/** Module specifiers a built JS file imports, statically, dynamically or through `require`. */
function specifiersOf(code: string): string[] {
  const found: string[] = []
  const patterns = [
    /\b(?:import|export)\s*(?:[\w*{}\s,$]+\sfrom\s*)?["']([^"'\n]+)["']/g,
    /\bimport\s*\(\s*["']([^"'\n]+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"'\n]+)["']\s*\)/g,
  ]
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.push(match[1] as string)
  return found
}

/** dist/index.js and every chunk it reaches through relative imports, with their specifiers. */
function coreModules(): Map<string, string[]> {
  const modules = new Map<string, string[]>()
  const queue = [join(dist, 'index.js')]
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (modules.has(file)) continue
    const specifiers = specifiersOf(readFileSync(file, 'utf8'))
    modules.set(file, specifiers)
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier))
    }
  }
  return modules
}

describe('the built core', () => {
  it('imports no Node.js built-in, in any chunk', () => {
    const modules = coreModules()
    expect(modules.size).toBeGreaterThan(0)
    for (const [file, specifiers] of modules) {
      expect(specifiers.filter(isBuiltin), file.replace(`${root}/`, '')).toEqual([])
    }
  })

  it('uses no eval and no dynamic code', () => {
    for (const file of coreModules().keys()) {
      const code = readFileSync(file, 'utf8')
      expect(code, file).not.toMatch(/\beval\s*\(/)
      expect(code, file).not.toMatch(/\bnew\s+Function\s*\(/)
      expect(code, file).not.toMatch(/\bFunction\s*\(\s*["'`]/)
    }
  })

  it('imports only declared dependencies and package.json "imports"', () => {
    const bare = [...coreModules().values()].flat().filter((specifier) => !specifier.startsWith('.'))
    for (const specifier of bare) {
      if (specifier.startsWith('#')) expect(packageJson.imports, specifier).toHaveProperty([specifier])
      else {
        const name = specifier.startsWith('@')
          ? specifier.split('/').slice(0, 2).join('/')
          : specifier.split('/')[0]
        expect(packageJson.dependencies, specifier).toHaveProperty([name as string])
      }
    }
  })

  it('loads its browser variants of package.json "imports" without Node.js built-ins', () => {
    for (const [name, targets] of Object.entries(packageJson.imports)) {
      const browser = targets.default
      expect(browser, name).toBeDefined()
      const specifiers = specifiersOf(readFileSync(join(root, browser as string), 'utf8'))
      expect(specifiers.filter(isBuiltin), name).toEqual([])
    }
  })

  it('bundles for the browser, dependencies included, without a Node.js built-in', async () => {
    const result = await bundle({
      entryPoints: [join(dist, 'index.js')],
      absWorkingDir: root,
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
    }).catch((error: { errors?: { text: string }[] }) => ({
      failure: error.errors?.map((e) => e.text) ?? error,
    }))
    expect('failure' in result ? result.failure : []).toEqual([])
    if (!('failure' in result)) {
      const inputs = Object.keys(result.metafile?.inputs ?? {})
      expect(inputs.filter((input) => input.startsWith('node:'))).toEqual([])
    }
  }, 60_000)
})

// ---------------------------------------------------------------------------------------------

const SIZE = 100_000
/** A hang guard, not a timing test: catastrophic backtracking on 100 KB takes minutes. */
const BOUND_MS = 8_000

const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE)
const LETTER_HEAD = 'Subject: Thank you\n\nDear Ms. Okoro,\n\n'
const LETTER_TAIL = '\n\nBest regards,\nJordan Lee\n'
const inLetter = (unit: string) =>
  LETTER_HEAD + fill(unit).slice(0, SIZE - LETTER_HEAD.length - LETTER_TAIL.length) + LETTER_TAIL

/** Deterministic made-up words, all different, so no cache of suggestions helps. */
function madeUpWords(): string {
  const letters = 'bcdfghjklmnpqrstvwxz'
  let text = ''
  for (let index = 0; text.length < SIZE; index++) {
    let word = ''
    for (let n = index + 7919; n > 0; n = Math.floor(n / letters.length)) word += letters[n % letters.length]
    text += `${word}e `
  }
  return text.slice(0, SIZE)
}

const ADVERSARIAL: [string, string][] = [
  ['one letter', fill('a')],
  ['one long word of letters', fill('abcdefghijklmnopqrstuvwxyz')],
  ['a long word after a greeting', `Dear ${fill('x')}`],
  ['spaces', fill(' ')],
  ['tabs and spaces', fill(' \t')],
  ['line feeds', fill('\n')],
  ['CRLF', fill('\r\n')],
  ['CR', fill('\r')],
  ['blank lines with spaces', fill(' \n \n')],
  ['[[[[', fill('[')],
  ['nested [[…]]', `${'['.repeat(SIZE / 2 - 1)}a${']'.repeat(SIZE / 2)}`],
  ['[a[a', fill('[a')],
  ['{{{{', fill('{')],
  ['{{a{{a', fill('{{a')],
  ['nested {{…}}', `${'{'.repeat(SIZE / 2 - 1)}a${'}'.repeat(SIZE / 2)}`],
  ['((((', fill('(')],
  ['<A<A', fill('<A')],
  ['@@@@', fill('@')],
  ['a@a@', fill('a@')],
  ['address-like', fill('jo.lee@example.')],
  ['http://http://', fill('http://')],
  ['www.www.', fill('www.')],
  ['https://a.b/ runs', fill('https://a.b/c?d=e&')],
  ['____', fill('_')],
  ['XXXX', fill('X')],
  ['!!!!', fill('!')],
  ['....', fill('.')],
  ['a.a.', fill('a.')],
  ['?!?!', fill('?!')],
  ['a-a-', fill('a-')],
  ['a/a/', fill('a/')],
  ["a'a'", fill("a'")],
  ['""""', fill('"')],
  ['"a"a', fill('"a')],
  ['emoji ZWJ run', fill('👩‍👩‍👧‍👦')],
  ['flags', fill('🇨🇦')],
  ['combining marks', fill('e\u0301\u0301')],
  ['right-to-left', fill('שלום עולם ')],
  ['NUL and controls', fill('\u0000\u0001\u001b')],
  ['digits', fill('1,2')],
  ['times and dates', fill('9:30am 3/2/2026 ')],
  ['one sentence of words', fill('lorem ipsum dolor ')],
  ['one misspelling repeated', fill('teh ')],
  ['made-up words, all different', madeUpWords()],
  ['greeting lines', fill('Dear Ms. Okoro,\n')],
  ['sign-off lines', fill('Best regards,\n')],
  ['subject of words', `Subject: ${fill('thanks ')}`],
  ['sentences', fill('Thank you for the interview. ')],
  ['exclamations', fill('ASAP!!! ')],
  ['markdown', fill('**a** > - ')],
  ['mixed symbols', fill('a.b-c@d_e[f]{g}(h) ')],
]
const INPUTS: [string, string][] = [
  ...ADVERSARIAL,
  ...ADVERSARIAL.map(([name, draft]): [string, string] => [`${name}, inside a letter`, inLetter(draft)]),
]

describe('adversarial 100 KB drafts', () => {
  let worker: Worker | undefined
  afterAll(async () => {
    await worker?.terminate()
  })

  it(`finish under ${BOUND_MS / 1000} s each, every checker on`, async () => {
    worker = new Worker(join(root, 'test/fixtures/lint-worker.mjs'), { workerData: join(dist, 'index.js') })
    const slow: string[] = []
    for (const [index, [name, draft]] of INPUTS.entries()) {
      // Every other input in template mode, so that both placeholder rules see each shape.
      const options: LintOptions = { maxLength: Number.POSITIVE_INFINITY, template: index % 2 === 1 }
      const result = await new Promise<{ ms: number } | 'hung' | Error>((done) => {
        const finish = (value: { ms: number } | 'hung' | Error) => {
          clearTimeout(timer)
          worker?.off('message', finish)
          worker?.off('error', finish)
          done(value)
        }
        const timer = setTimeout(() => finish('hung'), BOUND_MS)
        worker?.on('message', finish)
        worker?.on('error', finish)
        worker?.postMessage({ name, draft, context: FULL_CONTEXT, options })
      })
      if (result instanceof Error) throw new Error(`"${name}" threw: ${result.message}`)
      if (result === 'hung') {
        await worker.terminate()
        throw new Error(`"${name}" (${draft.length} characters) did not finish in ${BOUND_MS / 1000} s`)
      }
      if (result.ms > 1000) slow.push(`${name}: ${Math.round(result.ms)} ms`)
    }
    // Reported, not asserted: the bench measures time; this test guards against hangs.
    if (slow.length > 0) console.warn(`Adversarial inputs over 1 s:\n  ${slow.join('\n  ')}`)
  }, 600_000)
})
