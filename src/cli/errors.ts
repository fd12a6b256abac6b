/**
 * A problem that the command reports as one line on standard error and exit code 2: a bad flag,
 * a bad config, a file that cannot be read. The message names the flag or file.
 */
export class CliError extends Error {
  override readonly name = 'CliError'
}

/** The message of a caught value, for errors thrown by libraries. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
