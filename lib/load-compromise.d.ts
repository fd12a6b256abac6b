import type nlp from 'compromise'

/** compromise's `nlp` function, loaded on first call and kept for the process. */
export declare function loadCompromise(): typeof nlp
