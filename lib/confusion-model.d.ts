/** Tokens in the corpus, clause edges included. */
export declare const TOTAL: number
/** The token that stands for a clause edge. */
export declare const EDGE: string
/** One line a set member: word, count, alternatives, left and right neighbours (see the build script). */
export declare const MODEL: string
