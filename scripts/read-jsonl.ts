import { readFileSync } from 'node:fs'

/** The rows of a JSON Lines file (one JSON value a line; blank lines skipped), as `T`. */
export function readJsonl<T>(path: string | URL): T[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T)
}
