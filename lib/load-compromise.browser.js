// Bundlers for the browser have no synchronous `require`. compromise (about 130 KB gzipped) is
// loaded by a dynamic import that a bundler splits into its own chunk, fetched only when
// `prepare()` asks for it; until then `loadCompromise()` returns undefined and the one rule that
// asks compromise (wrong-company after an ambiguous phrase) stays silent. Node uses
// load-compromise.node.js instead.
let nlp
let loading

export function loadCompromise() {
  return nlp
}

export function prepareCompromise() {
  loading ??= import('compromise').then((module) => {
    nlp = module.default
  })
  return loading
}
