/**
 * Node only: the `export const` literals of a generated data module (numbers, strings, arrays of
 * them), read synchronously as text. Throws, naming the file, on anything else.
 */
export declare function readModuleConstants(url: URL): Record<string, unknown>
