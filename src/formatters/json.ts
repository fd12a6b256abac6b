import type { Formatter } from './types.js'

/** An array of `{ file, findings, stats, coverage }`, one per linted file, on one line. */
export const json: Formatter = (results) =>
  `${JSON.stringify(results.map(({ file, findings, stats, coverage }) => ({ file, findings, stats, coverage })))}\n`
