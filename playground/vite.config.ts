import { defineConfig, type Plugin } from 'vite'

/** The global the early script leaves the worker in; main.ts takes it from there. */
const EARLY_WORKER = '__thankYouLintWorker'

/**
 * Starts the linter's worker from a classic inline script at the top of `<head>`, so the worker
 * fetches and compiles the library while the page itself still loads (a module script, main.ts
 * included, runs only after the document is parsed). Build only: `npm run playground` (the dev
 * server) leaves it to main.ts. If the script fails, main.ts starts the worker itself. It also sends
 * the worker the URL hash, whose case the worker lints as soon as the library is loaded (worker.ts).
 */
function startWorkerEarly(): Plugin {
  return {
    name: 'thank-you-lint:start-worker-early',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const worker = Object.keys(context.bundle ?? {}).find((file) =>
          /^assets\/worker-[\w-]+\.js$/.test(file),
        )
        if (!worker) throw new Error('start-worker-early: no worker chunk in the bundle')
        const url = JSON.stringify(`./${worker}`)
        return [
          {
            tag: 'script',
            children: `try{performance.mark("ty:worker-created");const w=new Worker(new URL(${url},document.baseURI),{type:"module"});w.postMessage({hash:location.hash});window.${EARLY_WORKER}=w}catch{}`,
            injectTo: 'head-prepend',
          },
        ]
      },
    },
  }
}

/**
 * Non-ASCII characters written as `\u` escapes: a script that is all ASCII is held and scanned by V8
 * as one byte per character, while a single curly quote left as is makes the whole 600 KB worker
 * script a two-byte string (in traced cold loads the worker's script load and compile took about
 * 25 ms less CPU). Same code, a few hundred bytes longer.
 */
const output = { charset: 'ascii' } as const

// A static site: relative asset paths, so `dist/` works from any host and any sub-path. The worker
// is an ES module so it can split compromise into a chunk it imports on demand.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [startWorkerEarly()],
  worker: { format: 'es', rolldownOptions: { output } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', rolldownOptions: { output } },
})
