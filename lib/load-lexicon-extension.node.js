// Node reads the spelling lexicon's extension tier synchronously, as text, the first time the
// spelling checker asks for it (see read-module-constants.js): not at import, and faster than
// importing its module. The whole lexicon is still there from the first lint on. Browser builds
// use load-lexicon-extension.browser.js instead.
import { readModuleConstants } from './read-module-constants.js'

let extension

export function loadLexiconExtension() {
  extension ??= readModuleConstants(new URL('./lexicon-extension.js', import.meta.url))
  return extension
}

// Nothing to wait for: `loadLexiconExtension` reads synchronously on first use. Reading here,
// ahead of the first lint, moves that cost out of it.
export function prepareLexiconExtension() {
  loadLexiconExtension()
  return Promise.resolve()
}
