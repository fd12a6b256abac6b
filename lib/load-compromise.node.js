// Node loads compromise's single-file CommonJS build synchronously (about
// 0.26 s, half the cost of its ESM source tree), and only when a checker first
// needs it, so `lintThankYou` can stay synchronous and cheap to import.
import { createRequire } from 'node:module'

let nlp

export function loadCompromise() {
  if (nlp === undefined) nlp = createRequire(import.meta.url)('compromise')
  return nlp
}

// Nothing to wait for: `loadCompromise` loads synchronously on first use. Loading here, ahead of
// the first lint, moves that cost out of it.
export function prepareCompromise() {
  loadCompromise()
  return Promise.resolve()
}
