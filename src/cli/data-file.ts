import { extname } from 'node:path'
import { CliError, messageOf } from './errors.js'

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
  const { parse } = await import('yaml')
  try {
    return parse(text)
  } catch (error) {
    throw new CliError(`${label}: invalid YAML: ${firstLine(messageOf(error))}`)
  }
}

function firstLine(text: string): string {
  const newline = text.indexOf('\n')
  return (newline === -1 ? text : text.slice(0, newline)).trim()
}
