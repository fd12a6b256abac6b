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
 * Chunks that are only reached by a dynamic `import()` (compromise in the browser build) are
 * reported separately: they are fetched on demand, not with the page.
 */
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const json = process.argv.includes('--json')
const root = new URL('..', import.meta.url)

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
  for (const path of all) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[path].inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)
      const name = match ? match[1] : input
      const entry = modules.get(name) ?? { minified: 0, lazy: !eager.has(path) }
      entry.minified += bytesInOutput
      modules.set(name, entry)
    }
  }
  return {
    eager: sizeOf([...eager]),
    lazy: sizeOf(lazy),
    modules: [...modules].map(([name, size]) => ({ name, ...size })).sort((a, b) => b.minified - a.minified),
  }
}

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
  console.log('\nminified bytes per module (package or source file):')
  for (const { name, minified, lazy } of report.modules.slice(0, 30))
    console.log(`${kb(minified).padStart(10)}  ${name}${lazy ? '  (on demand)' : ''}`)
  const rest = report.modules.slice(30).reduce((sum, m) => sum + m.minified, 0)
  if (rest > 0) console.log(`${kb(rest).padStart(10)}  ${report.modules.length - 30} more`)
}
