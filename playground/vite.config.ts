import { defineConfig } from 'vite'

// A static site: relative asset paths, so `dist/` works from any host and any sub-path. The worker
// is an ES module so it can split compromise into a chunk it imports on demand.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  worker: { format: 'es' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
})
