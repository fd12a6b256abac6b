import { prepareCompromise } from '#load-compromise'

/**
 * Loads ahead of time what a rule loads on demand, and resolves when it is ready. `lintThankYou`
 * stays synchronous and never needs this in Node, where compromise loads synchronously on first
 * use. In a browser build compromise (the part-of-speech tagger behind one case of
 * `wrong-company`) is a separate chunk fetched by a dynamic import: until `prepare()` has
 * resolved, that case stays silent (a possible miss, never a false warning). Calling it again
 * loads nothing again.
 */
export function prepare(): Promise<void> {
  return prepareCompromise()
}
