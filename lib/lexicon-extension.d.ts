// Types of the generated lexicon-extension.js (scripts/build-lexicon.ts writes it).
export declare const INPUT_HASH: string
export declare const NODE_COUNT: number
export declare const FREQUENCY_ALPHABET: string
export declare const MIXED_CASE: readonly string[]
export declare const CASINGS: string
export declare const DIALECTS: string
export declare const FREQUENCIES: string
export declare const WORDS: string
