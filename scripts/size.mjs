#!/usr/bin/env node
/**
 * The library's browser bundle size, everything included: `src/index.ts` bundled by esbuild for the
 * browser (the `browser`/`default` conditions, so `#load-compromise` takes its browser build),
 * minified, then gzipped (level 9). Prints the total and each input module's share of the minified
 * output from esbuild's metafile, largest first, grouped by package for node_modules.
 *
 *   npm run size            human-readable table
 *   npm run size -- --json  one JSON object (the bench records it)
 *
 * Chunks that are only reached by a dynamic `import()` (compromise and the spelling lexicon's
 * extension tier in the browser build, both fetched by `prepare()`) are reported separately: they
 * are fetched on demand, not with the page.
 */
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const root = new URL('..', import.meta.url)
/** The target for what a page loads with the library. */
export const TARGET_GZIPPED = 250 * 1024

/** The bundle's size: `eager` (with the page), `lazy` (dynamic imports) and minified bytes per module. */
export async function measure() {
  const result = await build({
    entryPoints: ['src/index.ts'],
    absWorkingDir: root.pathname,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    splitting: true,
    // Only to attribute each output byte to its module, so each module's share can be gzipped.
    sourcemap: 'external',
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const outputs = result.metafile.outputs
  const files = new Map(result.outputFiles.map((file) => [file.path.slice(root.pathname.length), file]))
  let entry
  for (const [path, output] of Object.entries(outputs)) if (output.entryPoint === 'src/index.ts') entry = path
  // Everything the entry loads statically (its own file and the chunks it imports), versus
  // everything only a dynamic import reaches.
  const eager = new Set()
  const visit = (path) => {
    if (eager.has(path)) return
    eager.add(path)
    for (const imported of outputs[path].imports)
      if (imported.kind === 'import-statement') visit(imported.path)
  }
  visit(entry)
  const sizeOf = (paths) => {
    const contents = paths.map((path) => files.get(path).contents)
    const joined = Buffer.concat(contents)
    return {
      minified: joined.length,
      gzipped: paths.reduce((sum, _, i) => sum + gzipSync(contents[i], { level: 9 }).length, 0),
    }
  }
  const all = Object.keys(outputs).filter((path) => path.endsWith('.js'))
  const lazy = all.filter((path) => !eager.has(path))
  const modules = new Map()
  const groupOf = (input) => {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)
    return match ? match[1] : input
  }
  for (const path of all) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[path].inputs)) {
      const name = groupOf(input)
      const entry = modules.get(name) ?? { minified: 0, gzipped: 0, lazy: !eager.has(path), code: [] }
      entry.minified += bytesInOutput
      modules.set(name, entry)
    }
    // Each module's own bytes, by the source map, gzipped on their own: an estimate of what it
    // adds (gzip finds less to share within one module than across the whole bundle).
    const map = JSON.parse(new TextDecoder().decode(files.get(`${path}.map`).contents))
    const code = new TextDecoder().decode(files.get(path).contents)
    for (const [source, text] of sliceBySource(code, map))
      modules.get(groupOf(String(source).replace(/^(\.\.\/)+/, '')))?.code.push(text)
  }
  for (const entry of modules.values()) {
    entry.gzipped = gzipSync(entry.code.join(''), { level: 9 }).length
    delete entry.code
  }
  return {
    eager: sizeOf([...eager]),
    lazy: sizeOf(lazy),
    modules: [...modules].map(([name, size]) => ({ name, ...size })).sort((a, b) => b.minified - a.minified),
  }
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/**
 * The generated code cut at every source-map segment, each piece given to the source its segment
 * maps to (a piece with no source goes to the previous one).
 */
function sliceBySource(code, map) {
  const pieces = []
  const lines = code.split('\n')
  let source = 0
  for (let line = 0; line < lines.length; line++) {
    const text = lines[line]
    const segments = (map.mappings.split(';')[line] ?? '').split(',').filter(Boolean)
    let column = 0
    let previous = { column: 0, source: map.sources[source] }
    for (const segment of segments) {
      const values = decodeVlq(segment)
      column += values[0]
      if (values.length > 1) source += values[1]
      pieces.push([previous.source, text.slice(previous.column, column)])
      previous = { column, source: map.sources[source] }
    }
    pieces.push([previous.source, `${text.slice(previous.column)}\n`])
  }
  return pieces
}

function decodeVlq(segment) {
  const values = []
  let value = 0
  let shift = 0
  for (const char of segment) {
    const digit = BASE64.indexOf(char)
    value += (digit & 31) << shift
    if (digit & 32) shift += 5
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1)
      value = 0
      shift = 0
    }
  }
  return values
}

const main = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href
if (main) await print(process.argv.includes('--json'))

async function print(json) {
  const report = await measure()
  if (json) {
    console.log(JSON.stringify(report))
  } else {
    const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
    console.log(
      `browser bundle, loaded with the page: ${kb(report.eager.minified)} minified, ${kb(report.eager.gzipped)} gzipped`,
    )
    console.log(
      `loaded on demand (dynamic import):    ${kb(report.lazy.minified)} minified, ${kb(report.lazy.gzipped)} gzipped`,
    )
    console.log(
      `total including on demand:            ${kb(report.eager.minified + report.lazy.minified)} minified, ${kb(report.eager.gzipped + report.lazy.gzipped)} gzipped`,
    )
    const met = report.eager.gzipped <= TARGET_GZIPPED
    console.log(`target: ≤ ${kb(TARGET_GZIPPED)} gzipped with the page: ${met ? 'met' : 'not met'}`)
    console.log('\nper module (package or source file); gzipped alone, so a little more than its share:')
    console.log(`${'minified'.padStart(10)}  ${'gzipped'.padStart(9)}  module`)
    for (const { name, minified, gzipped, lazy } of report.modules.slice(0, 30))
      console.log(
        `${kb(minified).padStart(10)}  ${kb(gzipped).padStart(9)}  ${name}${lazy ? '  (on demand)' : ''}`,
      )
    const rest = report.modules.slice(30).reduce((sum, m) => sum + m.minified, 0)
    if (rest > 0) console.log(`${kb(rest).padStart(10)}  ${report.modules.length - 30} more`)
  }
}
