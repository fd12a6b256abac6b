import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'neutral',
  dts: true,
  clean: true,
  sourcemap: false,
  splitting: true,
  treeshake: true,
  // Resolved at run time through package.json "imports", so that Node loads
  // compromise's single-file CommonJS build and a browser bundler its ESM one.
  external: ['#load-compromise'],
})
