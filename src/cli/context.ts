import { readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import type { ThankYouContext } from '../types.js'
import { validateContext } from '../validate.js'
import { parseData } from './data-file.js'
import { CliError, messageOf } from './errors.js'
import { describeFsError } from './read.js'

/**
 * Checks a context with the library's own validation; the error names where the context came
 * from (`thanks.md: front matter: context.company.name must be …`).
 */
export function checkContext(value: unknown, label: string): ThankYouContext | undefined {
  if (value === undefined || value === null) return undefined
  try {
    return validateContext(value)
  } catch (error) {
    throw new CliError(`${label}: ${messageOf(error)}`)
  }
}

/** Reads and checks a JSON or YAML context file. */
export async function loadContextFile(path: string, label: string): Promise<ThankYouContext | undefined> {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new CliError(`${label}: ${describeFsError(error)}`)
  }
  return checkContext(await parseData(text, path, label), label)
}

const SIDECAR_EXTENSIONS = ['.context.json', '.context.yaml', '.context.yml']

/** Whether a file is a sidecar context file rather than a letter. */
export function isSidecar(path: string): boolean {
  const name = path.toLowerCase()
  return SIDECAR_EXTENSIONS.some((extension) => name.endsWith(extension))
}

/**
 * Finds the sidecar context of a letter: `thanks.md` → `thanks.context.json`, `.yaml` or `.yml`
 * beside it. Each directory is listed once, not probed once per file.
 */
export class SidecarFinder {
  private readonly listings = new Map<string, ReadonlySet<string>>()

  find(file: string): string | undefined {
    const directory = dirname(file)
    let names = this.listings.get(directory)
    if (!names) {
      try {
        names = new Set(readdirSync(directory))
      } catch {
        names = new Set()
      }
      this.listings.set(directory, names)
    }
    const stem = basename(file, extname(file))
    for (const extension of SIDECAR_EXTENSIONS) {
      if (names.has(stem + extension)) return join(directory, stem + extension)
    }
    return undefined
  }
}

/**
 * Merges contexts field by field, lowest precedence first: a later layer's `company` replaces an
 * earlier one's, fields it does not set are kept.
 */
export function mergeContexts(layers: readonly (ThankYouContext | undefined)[]): ThankYouContext | undefined {
  let merged: ThankYouContext | undefined
  for (const layer of layers) if (layer) merged = { ...merged, ...layer }
  return merged
}
