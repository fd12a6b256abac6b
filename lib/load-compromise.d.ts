import type nlp from 'compromise'

/**
 * compromise's `nlp` function. In Node it is loaded synchronously on first call and kept for the
 * process. In a browser build it is `undefined` until `prepareCompromise()` has resolved, so the
 * rules that ask it degrade (they stay silent where they would need it) instead of blocking.
 */
export declare function loadCompromise(): typeof nlp | undefined

/** Loads compromise (a dynamic import in the browser build); resolves once `loadCompromise()` returns it. */
export declare function prepareCompromise(): Promise<void>
