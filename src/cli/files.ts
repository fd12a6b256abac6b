import { realpathSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { isSidecar } from './context.js'
import { EXTENSIONS } from './formats/index.js'
import { describeFsError } from './read.js'

/** Never searched: dependencies and version control. */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**']

export interface Discovery {
  /** Absolute paths, in the order given; each directory's and glob's matches sorted. */
  files: string[]
  /** One line per argument that named nothing lintable. */
  problems: { file: string; message: string }[]
  /** One line per file named outright that the ignore globs leave out. */
  warnings: { file: string; message: string }[]
}

/**
 * Turns arguments into files: a file is taken as it is, a directory is searched for letters
 * (`.txt`, `.md`, `.html`, `.hbs`, `.eml`, …), anything else must be a glob that matches at least
 * one file. `ignore` globs (relative to `ignoreBase`, the config's directory) apply to all three.
 * A missing file, an unreadable path, a glob that matches nothing and a directory with no letter
 * in it are each a problem for that argument only (unless `errorOnUnmatched` is false: then the
 * last two are passed over); the others are still found. A file named outright that the ignore
 * globs leave out is a warning, as in ESLint: it was asked for, so silence would mislead.
 */
export async function discoverFiles(
  args: readonly string[],
  cwd: string,
  ignore: readonly string[],
  ignoreBase: string,
  errorOnUnmatched = true,
): Promise<Discovery> {
  const files: string[] = []
  const seen = new Set<string>()
  const problems: Discovery['problems'] = []
  const warnings: Discovery['warnings'] = []
  const { glob, isDynamicPattern, escapePath } = await import('tinyglobby')
  const ignored = ALWAYS_IGNORED.concat(ignore)
  const toPattern = (path: string) => escapePath(toPosix(relativeTo(ignoreBase, path)))
  // Globs are given relative to the working directory and matched from the config's directory.
  const base = toPosix(relativeTo(ignoreBase, cwd))

  // The same file reached twice (named twice, or through a symbolic link) is linted once.
  const add = (paths: readonly string[]) => {
    for (const path of paths) {
      const real = realPath(path)
      if (seen.has(real)) continue
      seen.add(real)
      files.push(path)
    }
  }

  for (const arg of args) {
    const absolute = resolve(cwd, arg)
    let kind: 'file' | 'directory' | undefined
    try {
      kind = statSync(absolute).isDirectory() ? 'directory' : 'file'
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' || !isDynamicPattern(arg)) {
        problems.push({ file: arg, message: `${arg}: ${describeFsError(error)}` })
        continue
      }
    }

    let pattern: string
    if (kind === 'file') pattern = toPattern(absolute)
    else if (kind === 'directory') pattern = `${toPattern(absolute)}/**/*.{${EXTENSIONS.join(',')}}`
    else if (isAbsolute(arg)) pattern = toPosix(arg)
    else pattern = base === '.' ? userPattern(arg) : `${escapePath(base)}/${userPattern(arg)}`

    let matches: string[]
    try {
      matches = await glob(pattern, {
        cwd: ignoreBase,
        ignore: ignored,
        absolute: true,
        dot: kind === 'file',
        followSymbolicLinks: true,
      })
    } catch (error) {
      problems.push({ file: arg, message: `${arg}: ${describeFsError(error)}` })
      continue
    }
    if (kind !== 'file') matches = matches.filter((path) => !isSidecar(path))
    if (matches.length === 0) {
      if (kind === 'file') {
        warnings.push({ file: arg, message: `${arg}: ignored by the ignore globs; not linted` })
      } else if (errorOnUnmatched) {
        const message =
          kind === 'directory'
            ? `${arg}: no letters to lint in this directory (${EXTENSIONS.map((extension) => `.${extension}`).join(', ')}, not ignored)`
            : `${arg}: no files match this pattern`
        problems.push({ file: arg, message })
      }
      continue
    }
    add(matches.map((path) => resolve(path)).sort())
  }
  return { files, problems, warnings }
}

function realPath(path: string): string {
  try {
    return realpathSync.native(path)
  } catch {
    return path
  }
}

/** `path` relative to `base`, or `.` for the base itself. */
function relativeTo(base: string, path: string): string {
  return relative(base, path) || '.'
}

/** A glob as typed, without a leading `./`, which the glob matcher does not expect. */
function userPattern(arg: string): string {
  return toPosix(arg).replace(/^(?:\.\/)+/, '')
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}
