/**
 * Output formatters of the `thank-you-lint` command, as pure functions from results to text:
 * `import { formatters } from 'thank-you-lint/formatters'`.
 */
import { github } from './github.js'
import { json } from './json.js'
import { sarif } from './sarif.js'
import { stylish } from './stylish.js'
import type { Formatter } from './types.js'

export type { FileProblem, FileResult, Formatter, FormatterOptions } from './types.js'
export { github, json, sarif, stylish }

export type FormatName = 'stylish' | 'json' | 'sarif' | 'github'

/** Every formatter by its `--format` name. */
export const formatters: Readonly<Record<FormatName, Formatter>> = { stylish, json, sarif, github }
