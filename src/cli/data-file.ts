import { extname } from 'node:path'
import { CliError, messageOf } from './errors.js'

/** Loaded on first use: a run over plain-text files with a JSON config never needs it. */
let yaml: typeof import('yaml') | undefined

/**
 * Parses a JSON or YAML document (YAML for any extension but `.json`; YAML also reads JSON).
 * A syntax error becomes a `CliError` naming `label` and the line. `firstLine` is the line of the
 * file the text starts on (front matter starts on line 2, after `---`), so lines count from the file.
 */
export async function parseData(text: string, path: string, label: string, firstLine = 1): Promise<unknown> {
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
    throw new CliError(`${label}: invalid YAML: ${yamlReason(error, firstLine)}`)
  }
}

/**
 * A YAML error in one line: its reason, then where it is, counted from the file's first line.
 * The `yaml` package ends its first line with "at line L, column C:" before a code excerpt.
 */
function yamlReason(error: unknown, firstLine: number): string {
  const message = messageOf(error)
  const newline = message.indexOf('\n')
  let reason = (newline === -1 ? message : message.slice(0, newline)).trim()
  const at = reason.lastIndexOf(' at line ')
  if (at !== -1) reason = reason.slice(0, at)
  reason = reason.replace(/:$/, '')
  const position = (error as { linePos?: readonly { line: number; col: number }[] }).linePos?.[0]
  return position ? `${reason} (line ${position.line + firstLine - 1}, column ${position.col})` : reason
}
