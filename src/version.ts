/** The package version, kept equal to package.json's by `npm version`. */
export const version = '0.1.0'
