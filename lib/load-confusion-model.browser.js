// Bundlers for the browser split this dynamic import into its own chunk: the grammar checker's
// confusion model (set members and their neighbours' counts), fetched only when `prepare()` asks
// for it. Until then `loadConfusionModel()` returns undefined and the corpus-decided
// `real-word-error` findings stay silent.
// Node uses load-confusion-model.node.js instead.
let model
let loading

export function loadConfusionModel() {
  return model
}

export function prepareConfusionModel() {
  loading ??= import('./confusion-model.js').then((module) => {
    model = module
  })
  return loading
}
