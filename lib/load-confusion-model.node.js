// Node loads the grammar checker's confusion model statically: the corpus-decided
// `real-word-error` findings read it from the first lint. Browser builds use load-confusion-model.browser.js instead.
import * as model from './confusion-model.js'

export function loadConfusionModel() {
  return model
}

// Nothing to wait for: the model is already loaded.
export function prepareConfusionModel() {
  return Promise.resolve()
}
