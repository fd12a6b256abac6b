/** The grammar checker's confusion model: set members and the counts of their neighbours. */
export type ConfusionModel = typeof import('./confusion-model.js')

/**
 * The model. In Node it is read on the first call. In a browser build it is `undefined` until
 * `prepareConfusionModel()` has resolved, and the corpus-decided `real-word-error` findings stay silent until then.
 */
export declare function loadConfusionModel(): ConfusionModel | undefined

/** Loads the model (a dynamic import in the browser build); resolves once it is loaded. */
export declare function prepareConfusionModel(): Promise<void>
