// Bundlers for the browser split this dynamic import into its own chunk: the spelling lexicon's
// extension tier (the rarer words and every word's frequency), fetched only when `prepare()` asks
// for it. Until then `loadLexiconExtension()` returns undefined and `unknown-word` stays silent on
// a word the core tier lacks. Node uses load-lexicon-extension.node.js instead.
let extension
let loading

export function loadLexiconExtension() {
  return extension
}

export function prepareLexiconExtension() {
  loading ??= import('./lexicon-extension.js').then((module) => {
    extension = module
  })
  return loading
}
