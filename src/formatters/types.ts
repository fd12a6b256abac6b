import type { CoverageReport, Finding, LintStats } from '../types.js'

/** One linted file: the report of `lintThankYou` with positions in the file as written. */
export interface FileResult {
  /** Path relative to the working directory, with `/` separators (`<stdin>` for standard input). */
  file: string
  findings: Finding[]
  stats: LintStats
  coverage: CoverageReport
}

/** A file that could not be linted (missing, unreadable, binary, bad context). */
export interface FileProblem {
  /** Path as given or found, relative to the working directory; absent for a problem with no file. */
  file?: string
  message: string
}

export interface FormatterOptions {
  /** Colour the output with ANSI escapes (only `stylish` colours). Default `false`. */
  color?: boolean
  /** Files that could not be linted; `sarif` lists them as tool notifications. */
  problems?: readonly FileProblem[]
}

/** A formatter turns results into the text written to standard output. Pure: no I/O. */
export type Formatter = (results: readonly FileResult[], options?: FormatterOptions) => string
