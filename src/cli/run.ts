import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { lintThankYouBatch } from '../batch.js'
import { formatters } from '../formatters/index.js'
import type { FileProblem, FileResult } from '../formatters/types.js'
import { lintThankYou } from '../index.js'
import type { LintReport } from '../types.js'
import { version } from '../version.js'
import { HELP, parseCliArguments } from './args.js'
import { shouldColor } from './color.js'
import { loadConfig } from './config.js'
import { loadContextFile, SidecarFinder } from './context.js'
import { CliError, messageOf } from './errors.js'
import { discoverFiles } from './files.js'
import { fixFile, unifiedDiff } from './fix.js'
import { finishReport, type LintSettings, type PreparedFile, prepareBytes } from './lint-file.js'
import { describeFsError } from './read.js'

/**
 * Files larger than this are not read: no letter or template is near it, and parsing a huge
 * export (a mailbox, a log) would only stall CI. The library refuses long drafts the same way.
 */
const MAX_FILE_BYTES = 10 * 2 ** 20

/** What the command runs against; the bin passes the real process, tests may pass their own. */
export interface CliEnvironment {
  argv: readonly string[]
  cwd: string
  env: NodeJS.ProcessEnv
  stdout: { write(text: string): unknown; isTTY?: boolean }
  stderr: { write(text: string): unknown }
  readStdin(): Promise<Uint8Array>
}

/** Runs the command and returns its exit code: 0 clean, 1 lint errors or too many warnings, 2 problems. */
export async function runCli(environment: CliEnvironment): Promise<number> {
  const { cwd, stdout, stderr } = environment
  // One line per problem, so CI logs stay greppable; a library's multi-line message keeps its first line.
  const complain = (message: string) => stderr.write(`thank-you-lint: ${message.split('\n', 1)[0]}\n`)
  try {
    const args = parseCliArguments(environment.argv)
    if (args.help) {
      stdout.write(HELP)
      return 0
    }
    if (args.version) {
      stdout.write(`${version}\n`)
      return 0
    }
    if (!args.stdin && args.patterns.length === 0) {
      throw new CliError('no files given: pass files, directories or globs, or --stdin (see --help)')
    }

    // GitHub resolves annotation and SARIF paths from the repository root: in a workflow that
    // runs the command from a subdirectory, name files from the workspace.
    const workspace = environment.env.GITHUB_WORKSPACE
    const base =
      (args.format === 'github' || args.format === 'sarif') &&
      workspace &&
      !relative(workspace, cwd).startsWith('..')
        ? workspace
        : cwd
    const display = (path: string): string => {
      const shown = relative(base, path)
      return (shown === '' || isAbsolute(shown) ? path : shown).split(sep).join('/')
    }
    const config = await loadConfig(cwd, args.config)
    const cliContext =
      args.context === undefined
        ? undefined
        : await loadContextFile(resolve(cwd, args.context), `--context ${args.context}`)
    const settings: LintSettings = {
      options: {
        ...config.options,
        ...((args.template || config.template) && { template: true }),
        ...(args.reportUnusedDisableDirectives && { reportUnusedDisableDirectives: true }),
        ...(args.maxLength !== undefined && { maxLength: args.maxLength }),
      },
      contexts: [config.context, cliContext],
      sidecars: new SidecarFinder(),
      display,
    }

    const prepared: PreparedFile[] = []
    const problems: FileProblem[] = []
    const report = (problem: FileProblem) => {
      problems.push(problem)
      complain(problem.message)
    }
    const failure = (error: unknown, label: string) =>
      // A crash on one file is reported with it; the other files are still linted.
      error instanceof CliError ? error.message : `${label}: internal error: ${messageOf(error)}`
    const prepareOne = async (
      read: () => Promise<Uint8Array>,
      label: string,
      formatPath: string,
      path?: string,
    ) => {
      try {
        prepared.push(await prepareBytes(await read(), label, formatPath, path, settings))
      } catch (error) {
        report({ file: label, message: failure(error, label) })
      }
    }

    if (args.stdin) {
      const name = args.stdinFilename
      const path = name === undefined ? undefined : resolve(cwd, name)
      await prepareOne(environment.readStdin, path ? display(path) : '<stdin>', name ?? 'stdin.txt', path)
    } else {
      const found = await discoverFiles(
        args.patterns,
        cwd,
        config.ignore,
        config.directory,
        args.errorOnUnmatchedPattern,
      )
      for (const problem of found.problems) report(problem)
      for (const warning of found.warnings) complain(`warning: ${warning.message}`)
      for (const file of found.files) {
        const label = display(file)
        await prepareOne(
          async () => {
            // Synchronous reads: one small file after another is faster than a round trip
            // through the thread pool for each.
            try {
              const { size } = statSync(file)
              if (size > MAX_FILE_BYTES) {
                throw new CliError(
                  `${label}: ${(size / 2 ** 20).toFixed(1)} MB is too large for a letter; not read`,
                )
              }
              return readFileSync(file)
            } catch (error) {
              if (error instanceof CliError) throw error
              throw new CliError(`${label}: ${describeFsError(error)}`)
            }
          },
          label,
          file,
          file,
        )
      }
    }

    let diff = ''
    if (args.fix || args.fixDryRun) {
      const types = args.fixTypes ? new Set(args.fixTypes) : undefined
      for (const [index, file] of prepared.entries()) {
        try {
          const fixed = await fixFile(file, settings, types)
          prepared[index] = fixed.prepared
          if (fixed.after === fixed.before) continue
          if (args.fixDryRun) diff += unifiedDiff(file.label, fixed.before, fixed.after)
          else if (file.path !== undefined) writeFileSync(file.path, fixed.after)
        } catch (error) {
          report({ file: file.label, message: failure(error, file.label) })
        }
      }
    }

    const results: FileResult[] = lintPrepared(prepared, settings, report, failure)
    const errors = count(results, 'error')
    const warnings = count(results, 'warning')
    const shown = args.quiet
      ? results.map((result) => ({
          ...result,
          findings: result.findings.filter((finding) => finding.severity === 'error'),
        }))
      : results
    // A dry run shows the fixes as a diff, which tools can apply; the exit code still tells
    // whether errors remain after them.
    const output = args.fixDryRun
      ? diff
      : formatters[args.format](shown, {
          color: shouldColor(args.color, environment.env, stdout.isTTY === true),
          problems,
        })
    if (output !== '') stdout.write(output)

    const tooManyWarnings = args.maxWarnings !== undefined && warnings > args.maxWarnings
    if (tooManyWarnings) {
      complain(
        `${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${args.maxWarnings}`,
      )
    }
    if (problems.length > 0) return 2
    return errors > 0 || tooManyWarnings ? 1 : 0
  } catch (error) {
    if (error instanceof CliError) {
      complain(error.message)
      return 2
    }
    complain(`internal error: ${messageOf(error)}`)
    stderr.write(`${(error as Error)?.stack ?? ''}\n`)
    return 2
  }
}

/**
 * Lints the files together, so letters to one company are compared (`lintThankYouBatch`), and maps
 * each report back to its file. Should the batch fail, each file is linted alone and a failure is
 * reported with its file.
 */
function lintPrepared(
  prepared: readonly PreparedFile[],
  settings: LintSettings,
  report: (problem: FileProblem) => void,
  failure: (error: unknown, label: string) => string,
): FileResult[] {
  let reports: LintReport[] | undefined
  try {
    reports = lintThankYouBatch(
      prepared.map((file) => ({
        draft: file.extracted.text,
        ...(file.context && { context: file.context }),
        options: settings.options,
        name: file.label,
      })),
    )
  } catch {
    reports = undefined
  }
  const results: FileResult[] = []
  for (const [index, file] of prepared.entries()) {
    try {
      const own = reports?.[index] ?? lintThankYou(file.extracted.text, file.context, settings.options)
      results.push(finishReport(file, own, settings))
    } catch (error) {
      report({ file: file.label, message: failure(error, file.label) })
    }
  }
  return results
}

function count(results: readonly FileResult[], severity: 'error' | 'warning'): number {
  let total = 0
  for (const result of results)
    for (const finding of result.findings) if (finding.severity === severity) total++
  return total
}
