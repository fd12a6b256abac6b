// Node reads the grammar checker's confusion model synchronously, as text, the first time a
// checker asks for it (see read-module-constants.js): not at import, and faster than importing
// its 700 KB module. Browser builds use load-confusion-model.browser.js instead.
import { readModuleConstants } from './read-module-constants.js'

let model

export function loadConfusionModel() {
  model ??= readModuleConstants(new URL('./confusion-model.js', import.meta.url))
  return model
}

// Nothing to wait for: `loadConfusionModel` reads synchronously on first use. Reading here, ahead
// of the first lint, moves that cost out of it.
export function prepareConfusionModel() {
  loadConfusionModel()
  return Promise.resolve()
}
