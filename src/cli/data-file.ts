import { extname } from 'node:path'
import { CliError, messageOf } from './errors.js'

/** Loaded on first use: a run over plain-text files with a JSON config never needs it. */
let yaml: typeof import('yaml') | undefined

/**
 * Parses a JSON or YAML document (YAML for any extension but `.json`; YAML also reads JSON).
 * A syntax error becomes a `CliError` naming `label` and the line.
 */
export async function parseData(text: string, path: string, label: string): Promise<unknown> {
  if (extname(path).toLowerCase() === '.json') {
    try {
      return JSON.parse(text)
    } catch (error) {
      throw new CliError(`${label}: invalid JSON: ${messageOf(error)}`)
    }
  }
  yaml ??= await import('yaml')
  try {
    return yaml.parse(text)
  } catch (error) {
    throw new CliError(`${label}: invalid YAML: ${firstLine(messageOf(error))}`)
  }
}

function firstLine(text: string): string {
  const newline = text.indexOf('\n')
  return (newline === -1 ? text : text.slice(0, newline)).trim()
}
