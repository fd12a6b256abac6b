// Node reads the grammar checker's confusion model synchronously the first time a lint asks for it,
// not at import (the model is 1.5 MB, and an import that never lints should not pay for it). It
// reads the generated module as text and slices MODEL out from between its backticks: the build
// (`scripts/build-confusion-model.ts`) writes it as a template literal with nothing escaped, so
// nothing is parsed. Browser builds use load-confusion-model.browser.js instead.
import { readFileSync } from 'node:fs'

let model

export function loadConfusionModel() {
  if (model === undefined) {
    const text = readFileSync(new URL('./confusion-model.js', import.meta.url), 'utf8')
    model = {
      TOTAL: Number(/export const TOTAL = (\d+)/.exec(text)?.[1]),
      EDGE: /export const EDGE = '(.)'/.exec(text)?.[1] ?? '|',
      MODEL: text.slice(text.indexOf('`', text.indexOf('export const MODEL =')) + 1, text.lastIndexOf('`')),
    }
  }
  return model
}

// Nothing to wait for: the model is read on first use.
export function prepareConfusionModel() {
  return Promise.resolve()
}
