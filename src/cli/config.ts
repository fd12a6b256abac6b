import { dirname, isAbsolute, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type Loader, lilconfig } from 'lilconfig'
import { CHECKERS, rules } from '../checkers.js'
import { editDistance } from '../text/distance.js'
import type { LintOptions, ThankYouContext } from '../types.js'
import { validateOptions } from '../validate.js'
import { checkContext, loadContextFile } from './context.js'
import { parseData } from './data-file.js'
import { CliError, messageOf } from './errors.js'
import { describeFsError } from './read.js'

export const SEARCH_PLACES = [
  'package.json',
  'thank-you-lint.config.js',
  'thank-you-lint.config.mjs',
  'thank-you-lint.config.json',
  '.thankyoulintrc',
  '.thankyoulintrc.json',
  '.thankyoulintrc.yaml',
  '.thankyoulintrc.yml',
]

/** A config file's settings, checked. */
export interface Config {
  /** Absolute path of the file, when one was found. */
  file?: string
  /** Where `ignore` globs and a `context` file path are resolved from. */
  directory: string
  options: LintOptions
  context?: ThankYouContext
  ignore: string[]
  template: boolean
}

/** Keys a config may have besides the library's `LintOptions` keys. */
const CLI_KEYS = ['context', 'ignore', 'template']

/** Config parse errors carry the file, which lilconfig's search does not report. */
function withFile(load: (path: string, content: string) => unknown | Promise<unknown>): Loader {
  return async (path, content) => {
    try {
      return await load(path, content)
    } catch (error) {
      if (error instanceof CliError) throw error
      throw new CliError(`config ${display(path)}: ${messageOf(error)}`)
    }
  }
}

const dataLoader = withFile((path, content) => parseData(content, path, `config ${display(path)}`))

function explorer() {
  return lilconfig('thank-you-lint', {
    searchPlaces: SEARCH_PLACES,
    loaders: {
      '.json': dataLoader,
      '.yaml': dataLoader,
      '.yml': dataLoader,
      noExt: dataLoader,
      '.js': withFile(async (path) => (await import(pathToUrl(path))).default),
      '.mjs': withFile(async (path) => (await import(pathToUrl(path))).default),
    },
  })
}

function pathToUrl(path: string): string {
  return pathToFileURL(resolve(path)).href
}

function display(path: string): string {
  const shown = relative(process.cwd(), path)
  return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? path : shown
}

/**
 * Finds the config (from `cwd` up to the home directory) or loads `explicit`, and checks it. Every
 * error names the file and the key: `config .thankyoulintrc.yaml: length.minWords must be a
 * number of 0 or more, got a string`.
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<Config> {
  let found: { filepath: string; config: unknown; isEmpty?: boolean } | null
  if (explicit !== undefined) {
    try {
      found = await explorer().load(resolve(cwd, explicit))
    } catch (error) {
      if (error instanceof CliError) throw error
      throw new CliError(`--config ${explicit}: ${describeFsError(error)}`)
    }
  } else {
    found = await explorer().search(cwd)
  }
  if (!found) return { directory: cwd, options: {}, ignore: [], template: false }
  const label = `config ${display(found.filepath)}`
  return checkConfig(found.isEmpty ? {} : found.config, found.filepath, label)
}

async function checkConfig(value: unknown, file: string, label: string): Promise<Config> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliError(
      `${label}: must be an object of settings, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`,
    )
  }
  const directory = dirname(file)
  const { context, ignore, template, ...options } = value as Record<string, unknown>

  const allowed = ['rules', 'checkers', 'maxLength', ...CHECKERS.map((checker) => checker.name), ...CLI_KEYS]
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new CliError(`${label}: unknown key "${key}"; allowed keys are ${allowed.join(', ')}`)
    }
  }
  if (template !== undefined && typeof template !== 'boolean') {
    throw new CliError(`${label}: template must be true or false`)
  }
  const ignoreList = typeof ignore === 'string' ? [ignore] : ignore === undefined ? [] : ignore
  if (!Array.isArray(ignoreList) || ignoreList.some((item) => typeof item !== 'string' || item === '')) {
    throw new CliError(`${label}: ignore must be a glob or an array of globs (non-empty strings)`)
  }

  try {
    validateOptions(options, CHECKERS)
  } catch (error) {
    throw new CliError(`${label}: ${explainOptionError(messageOf(error))}`)
  }

  let loadedContext: ThankYouContext | undefined
  if (typeof context === 'string') {
    loadedContext = await loadContextFile(resolve(directory, context), `${label}: context file ${context}`)
  } else {
    loadedContext = checkContext(context, label)
  }

  return {
    file,
    directory,
    options: options as LintOptions,
    ...(loadedContext && { context: loadedContext }),
    ignore: ignoreList as string[],
    template: template === true,
  }
}

/**
 * The library names option paths from `options.`; in a config file the key is the path. An
 * unknown rule id gets the nearest known one as a suggestion.
 */
function explainOptionError(message: string): string {
  const text = message.replace(/^options\./, '')
  const unknownRule = /^rules\.(.+) is not a known rule id/.exec(text)
  if (unknownRule) {
    const id = unknownRule[1] as string
    let best: string | undefined
    let bestDistance = 4
    for (const rule of rules) {
      const distance = editDistance(id, rule.id, bestDistance)
      if (distance < bestDistance) {
        best = rule.id
        bestDistance = distance
      }
    }
    return `rules.${id} is not a known rule id${best ? `; did you mean "${best}"?` : ''} (rule ids are listed in the README's Rules section)`
  }
  return text
}
