/** The spelling lexicon's extension tier: its words, and the frequencies of both tiers' words. */
export type LexiconExtension = typeof import('./lexicon-extension.js')

/**
 * The extension tier. In Node it is read on the first call. In a browser build it is `undefined` until
 * `prepareLexiconExtension()` has resolved, so the spelling checker knows only the core tier's
 * words and stays silent on the others instead of reporting them.
 */
export declare function loadLexiconExtension(): LexiconExtension | undefined

/** Loads the extension tier (a dynamic import in the browser build); resolves once it is loaded. */
export declare function prepareLexiconExtension(): Promise<void>
