// Node reads the grammar checker's confusion model synchronously the first time a lint asks for it,
// not at import (the model is 1.5 MB, and an import that never lints should not pay for it), as
// text, through read-module-constants.js: its table is a template literal with nothing to unescape,
// so reading it is one slice. Browser builds use load-confusion-model.browser.js instead.
import { readModuleConstants } from './read-module-constants.js'

let model

export function loadConfusionModel() {
  model ??= readModuleConstants(new URL('./confusion-model.js', import.meta.url))
  return model
}

// Nothing to wait for: the model is read on first use.
export function prepareConfusionModel() {
  return Promise.resolve()
}
