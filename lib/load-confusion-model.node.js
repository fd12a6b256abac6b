// Node reads the grammar checker's confusion model synchronously the first time a lint asks for it
// (not at import: the model is 1.5 MB, and most imports never lint). It reads the generated module
// as text and takes its MODEL string back (the format `scripts/build-confusion-model.ts` writes),
// so the core stays synchronous. Browser builds use load-confusion-model.browser.js instead.
import { readFileSync } from 'node:fs'

let model

export function loadConfusionModel() {
  if (model === undefined) {
    const text = readFileSync(new URL('./confusion-model.js', import.meta.url), 'utf8')
    const start = text.indexOf('"', text.indexOf('export const MODEL ='))
    model = {
      TOTAL: Number(/export const TOTAL = (\d+)/.exec(text)?.[1]),
      EDGE: /export const EDGE = '(.)'/.exec(text)?.[1] ?? '|',
      MODEL: JSON.parse(text.slice(start, text.lastIndexOf('"') + 1)),
    }
  }
  return model
}

// Nothing to wait for: the model is read on first use.
export function prepareConfusionModel() {
  return Promise.resolve()
}
