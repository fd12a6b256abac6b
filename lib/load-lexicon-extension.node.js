// Node loads the spelling lexicon's extension tier statically, with the core tier: the whole
// lexicon is there from the first lint, as it always was. Browser builds use
// load-lexicon-extension.browser.js instead.
import * as extension from './lexicon-extension.js'

export function loadLexiconExtension() {
  return extension
}

// Nothing to wait for: the extension is already loaded.
export function prepareLexiconExtension() {
  return Promise.resolve()
}
