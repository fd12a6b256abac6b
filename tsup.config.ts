import { defineConfig } from 'tsup'

export default defineConfig({
  // The library, its formatters and the command share chunks, so the command runs the very
  // code the library exports. The library and the formatters import no Node.js built-ins; only
  // the command's own modules do (`node:` imports stay external at run time).
  entry: {
    index: 'src/index.ts',
    formatters: 'src/formatters/index.ts',
    unified: 'src/unified.ts',
    cli: 'src/cli/index.ts',
  },
  format: ['esm'],
  target: 'node20',
  platform: 'neutral',
  dts: { entry: { index: 'src/index.ts', formatters: 'src/formatters/index.ts', unified: 'src/unified.ts' } },
  clean: true,
  sourcemap: false,
  splitting: true,
  treeshake: true,
  // Resolved at run time through package.json "imports", so that Node loads the lexicon's
  // extension tier statically and a browser bundler as a chunk fetched on demand, and Node loads
  // compromise's single-file CommonJS build and a browser bundler its ESM one. The grammar
  // checker's confusion model is loaded the same way as the lexicon's extension tier.
  external: ['#load-compromise', '#load-confusion-model', '#load-lexicon-extension', /^node:/],
})
