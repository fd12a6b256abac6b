import { prepareCompromise } from '#load-compromise'
import { prepareConfusionModel } from '#load-confusion-model'
import { prepareLexiconExtension } from '#load-lexicon-extension'

/**
 * Loads ahead of time what a rule loads on demand, and resolves when it is ready. `lintThankYou`
 * stays synchronous and never needs this in Node, where compromise and the grammar checker's
 * confusion model load synchronously on first use and both tiers of the spelling lexicon load with
 * the library. In a browser build three
 * separate chunks are fetched by dynamic imports: compromise (the part-of-speech tagger behind
 * one case of `wrong-company`), the spelling lexicon's extension tier (the rarer words and the
 * frequencies that rank suggestions) and the grammar checker's confusion model (the corpus
 * counts behind some `real-word-error` findings). Until `prepare()` has resolved, that case of
 * `wrong-company`, every `unknown-word` and the corpus-decided `real-word-error` stay silent
 * (possible misses, never false warnings).
 * Calling it again loads nothing again.
 */
export function prepare(): Promise<void> {
  return Promise.all([prepareLexiconExtension(), prepareCompromise(), prepareConfusionModel()]).then(
    () => undefined,
  )
}
