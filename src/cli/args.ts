import { parseArgs } from 'node:util'
import { CHECKERS } from '../checkers.js'
import type { FormatName } from '../formatters/index.js'
import type { CheckerName } from '../types.js'
import { CliError } from './errors.js'

export interface CliArguments {
  patterns: string[]
  format: FormatName
  config?: string
  context?: string
  template: boolean
  stdin: boolean
  stdinFilename?: string
  maxWarnings?: number
  /** `--max-length`: longest letter linted, in UTF-16 code units (`options.maxLength`). */
  maxLength?: number
  quiet: boolean
  /** `--no-error-on-unmatched-pattern` makes this false: a glob or directory with no letter is passed over. */
  errorOnUnmatchedPattern: boolean
  /** `--color` (true), `--no-color` (false) or neither. */
  color?: boolean
  help: boolean
  version: boolean
  /** `--fix`: write certain fixes into the files. */
  fix: boolean
  /** `--fix-dry-run`: print the fixes as a unified diff, write nothing. */
  fixDryRun: boolean
  /** `--fix-type`: apply only these checkers' fixes. */
  fixTypes?: CheckerName[]
  reportUnusedDisableDirectives: boolean
}

const FORMATS: readonly FormatName[] = ['stylish', 'json', 'sarif', 'github']

export const HELP = `Usage: thank-you-lint [options] [files, directories or globs...]

Lint thank-you emails and templates: .txt, .md, .html, .hbs and .eml files.

Options:
  -f, --format <name>         stylish (default), json, sarif or github
  -c, --config <file>         use this config file instead of searching for one
      --context <file>        JSON or YAML context for every file
  -t, --template              treat {{variables}} as template slots for context values
      --stdin                 lint standard input
      --stdin-filename <name> name for standard input (its extension picks the format)
      --max-warnings <n>      exit 1 when there are more than n warnings
      --max-length <n>        longest letter linted, in characters (default 100000)
  -q, --quiet                 report errors only
      --fix                   write certain fixes into the files, in each format's syntax
      --fix-dry-run           print the fixes as a unified diff; write nothing
      --fix-type <checkers>   apply only these checkers' fixes, e.g. grammar,accuracy
      --report-unused-disable-directives
                              report thank-you-lint-disable comments that silence nothing
      --no-error-on-unmatched-pattern
                              pass over a glob or directory with no letter in it
                              instead of exiting 2
      --color, --no-color     force colour on or off (default: on a terminal;
                              NO_COLOR and FORCE_COLOR are respected)
  -h, --help                  show this help
  -v, --version               show the version

Context for each file, first wins: YAML front matter, <name>.context.json|yaml
beside the file, --context, then the config's "context".

Disable a rule in a file with a comment: <!-- thank-you-lint-disable rule -->
(Markdown, HTML), {{!-- thank-you-lint-disable rule --}} (Handlebars), or a line
# thank-you-lint-disable rule (text); also -enable, -disable-line, -disable-next-line.

Letters to one company are compared: copied-letter and shared-sentence.

Exit codes: 0 no errors; 1 errors, or more warnings than --max-warnings;
2 a usage, config or file problem.
`

/** Parses the command line; a bad flag or value is a `CliError` naming it. */
export function parseCliArguments(argv: readonly string[]): CliArguments {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    throw new CliError(explainParseError(error))
  }
  const { values, positionals } = parsed

  const format = values.format ?? 'stylish'
  if (!FORMATS.includes(format as FormatName)) {
    throw new CliError(`--format must be one of ${FORMATS.join(', ')}; got "${format}"`)
  }
  const maxWarnings = wholeNumber(values['max-warnings'], '--max-warnings')
  const maxLength = wholeNumber(values['max-length'], '--max-length')
  if (values.color && values['no-color']) throw new CliError('--color and --no-color cannot be used together')
  if (values.stdin && positionals.length > 0) {
    throw new CliError(
      '--stdin reads standard input: pass no files with it (use --stdin-filename to name it)',
    )
  }
  if (values['stdin-filename'] !== undefined && !values.stdin) {
    throw new CliError('--stdin-filename only applies with --stdin')
  }

  const fix = values.fix ?? false
  const fixDryRun = values['fix-dry-run'] ?? false
  if (fix && fixDryRun) throw new CliError('--fix and --fix-dry-run cannot be used together')
  if (fix && values.stdin) {
    throw new CliError('--fix cannot write standard input back; use --fix-dry-run to see the fixes')
  }
  let fixTypes: CheckerName[] | undefined
  if (values['fix-type'] !== undefined) {
    if (!fix && !fixDryRun) throw new CliError('--fix-type only applies with --fix or --fix-dry-run')
    const names = CHECKERS.map((checker) => checker.name)
    fixTypes = []
    for (const item of values['fix-type'].split(',').map((part) => part.trim())) {
      const name = names.find((known) => known === item)
      if (!name) throw new CliError(`--fix-type takes checker names (${names.join(', ')}); got "${item}"`)
      fixTypes.push(name)
    }
  }

  const result: CliArguments = {
    patterns: positionals,
    format: format as FormatName,
    template: values.template ?? false,
    stdin: values.stdin ?? false,
    quiet: values.quiet ?? false,
    errorOnUnmatchedPattern: !values['no-error-on-unmatched-pattern'],
    help: values.help ?? false,
    version: values.version ?? false,
    fix,
    fixDryRun,
    reportUnusedDisableDirectives: values['report-unused-disable-directives'] ?? false,
  }
  if (fixTypes !== undefined) result.fixTypes = fixTypes
  if (values.config !== undefined) result.config = values.config
  if (values.context !== undefined) result.context = values.context
  if (values['stdin-filename'] !== undefined) result.stdinFilename = values['stdin-filename']
  if (maxWarnings !== undefined) result.maxWarnings = maxWarnings
  if (maxLength !== undefined) result.maxLength = maxLength
  if (values.color) result.color = true
  if (values['no-color']) result.color = false
  return result
}

function wholeNumber(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined
  if (!/^\d{1,9}$/.test(text))
    throw new CliError(`${flag} must be a whole number of 0 or more; got "${text}"`)
  return Number(text)
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      config: { type: 'string', short: 'c' },
      context: { type: 'string' },
      template: { type: 'boolean', short: 't' },
      stdin: { type: 'boolean' },
      'stdin-filename': { type: 'string' },
      'max-warnings': { type: 'string' },
      'max-length': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      'no-error-on-unmatched-pattern': { type: 'boolean' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      fix: { type: 'boolean' },
      'fix-dry-run': { type: 'boolean' },
      'fix-type': { type: 'string' },
      'report-unused-disable-directives': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  })
}

/** Node's parseArgs messages are long; keep the part that names the flag. */
function explainParseError(error: unknown): string {
  const code = (error as { code?: string }).code
  const message = error instanceof Error ? error.message : String(error)
  const quoted = /'([^']+)'/.exec(message)?.[1]
  // "-f, --format <value>" names the flag twice; keep its long name.
  const flag = quoted === undefined ? undefined : (/--[\w-]+/.exec(quoted)?.[0] ?? quoted)
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${flag ?? message}; see --help`
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      // `--max-warnings -1`: parseArgs takes `-1` for an option, not for the value.
      if ((flag === '--max-warnings' || flag === '--max-length') && !/argument missing/.test(message)) {
        return `${flag} must be a whole number of 0 or more; see --help`
      }
      return /argument missing/.test(message)
        ? `${flag ?? 'an option'} needs a value; see --help`
        : `${flag ?? 'an option'} does not take a value; see --help`
    default:
      return message
  }
}
