import { applyFixes } from '../fix.js'
import { lintThankYou } from '../index.js'
import type { CheckerName } from '../types.js'
import { finishReport, type LintSettings, type PreparedFile, prepareBytes } from './lint-file.js'

const MAX_PASSES = 10
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })
const encoder = new TextEncoder()

export interface FixedFile {
  prepared: PreparedFile
  /** The file's text before and after; equal when nothing was fixed. */
  before: string
  after: string
  applied: number
}

/**
 * Fixes one file in its own syntax, as `fixThankYou` fixes a draft: lint, write each certain fix
 * into the file's text through the source map, extract again, up to ten passes. A fix over markup
 * is dropped when the report is mapped (see `finishReport`); a UTF-16 file, or an email that is
 * not plain UTF-8, is left as it is, since writing it back would change its encoding.
 */
export async function fixFile(
  prepared: PreparedFile,
  settings: LintSettings,
  types: ReadonlySet<CheckerName> | undefined,
): Promise<FixedFile> {
  const before = prepared.source.text
  if (
    prepared.source.encoding !== 'utf-8' ||
    (prepared.format === 'email' && !isStrictUtf8(prepared.source.bytes))
  ) {
    return { prepared, before, after: before, applied: 0 }
  }
  let current = prepared
  let applied = 0
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const report = lintThankYou(current.extracted.text, current.context, settings.options)
    const result = finishReport(current, report, settings)
    const fixable = result.findings.filter(
      (finding) => finding.fix !== undefined && (types === undefined || types.has(finding.checker)),
    )
    if (fixable.length === 0) break
    const text = current.source.text
    const { output, applied: done } = applyFixes(text, fixable)
    if (output === text) break
    applied += done.length
    current = await prepareBytes(
      encoder.encode(output),
      current.label,
      current.formatPath,
      current.path,
      settings,
    )
  }
  return { prepared: current, before, after: current.source.text, applied }
}

function isStrictUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes)
    return true
  } catch {
    return false
  }
}

/**
 * A unified diff of two texts, line by line, with three lines of context, as `diff -u` prints it.
 * Lines are compared after the common head and tail are cut, by a longest-common-subsequence
 * table over what remains; a fix changes a few lines of a letter, so what remains is small.
 */
export function unifiedDiff(label: string, before: string, after: string): string {
  if (before === after) return ''
  const a = before.split('\n')
  const b = after.split('\n')
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++
  const x = a.slice(head, a.length - tail)
  const y = b.slice(head, b.length - tail)
  const ops = diffLines(x, y)
  // Each line of the whole texts with its mark: ' ' kept, '-' removed, '+' added.
  const lines: { mark: ' ' | '-' | '+'; text: string; aLine: number; bLine: number }[] = []
  for (let i = 0; i < head; i++) lines.push({ mark: ' ', text: a[i] as string, aLine: i, bLine: i })
  let ai = head
  let bi = head
  for (const op of ops) {
    if (op === ' ') lines.push({ mark: ' ', text: a[ai] as string, aLine: ai++, bLine: bi++ })
    else if (op === '-') lines.push({ mark: '-', text: a[ai] as string, aLine: ai++, bLine: bi })
    else lines.push({ mark: '+', text: b[bi] as string, aLine: ai, bLine: bi++ })
  }
  for (let i = 0; i < tail; i++) lines.push({ mark: ' ', text: a[ai] as string, aLine: ai++, bLine: bi++ })

  const out = [`--- a/${label}`, `+++ b/${label}`]
  const CONTEXT = 3
  let i = 0
  while (i < lines.length) {
    while (i < lines.length && lines[i]?.mark === ' ') i++
    if (i >= lines.length) break
    const start = Math.max(0, i - CONTEXT)
    let end = i
    // Extend the hunk while changes are within two contexts of each other.
    for (let j = i; j < lines.length; j++) {
      if (lines[j]?.mark !== ' ') end = j
      else if (j - end > 2 * CONTEXT) break
    }
    const stop = Math.min(lines.length, end + CONTEXT + 1)
    const hunk = lines.slice(start, stop)
    const first = hunk[0] as (typeof lines)[number]
    const aCount = hunk.filter((line) => line.mark !== '+').length
    const bCount = hunk.filter((line) => line.mark !== '-').length
    out.push(
      `@@ -${first.aLine + (aCount === 0 ? 0 : 1)},${aCount} +${first.bLine + (bCount === 0 ? 0 : 1)},${bCount} @@`,
    )
    for (const line of hunk) out.push(`${line.mark}${line.text}`)
    i = stop
  }
  return `${out.join('\n')}\n`
}

/** Edit script between two line lists by a longest-common-subsequence table. */
function diffLines(x: readonly string[], y: readonly string[]): ('-' | '+' | ' ')[] {
  const n = x.length
  const m = y.length
  // Too large to tabulate: replace the block whole.
  if (n * m > 4_000_000) return [...x.map(() => '-' as const), ...y.map(() => '+' as const)]
  const table = new Uint32Array((n + 1) * (m + 1))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * (m + 1) + j] =
        x[i] === y[j]
          ? (table[(i + 1) * (m + 1) + j + 1] as number) + 1
          : Math.max(table[(i + 1) * (m + 1) + j] as number, table[i * (m + 1) + j + 1] as number)
    }
  }
  const ops: ('-' | '+' | ' ')[] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (x[i] === y[j]) {
      ops.push(' ')
      i++
      j++
    } else if ((table[(i + 1) * (m + 1) + j] as number) >= (table[i * (m + 1) + j + 1] as number)) {
      ops.push('-')
      i++
    } else {
      ops.push('+')
      j++
    }
  }
  while (i++ < n) ops.push('-')
  while (j++ < m) ops.push('+')
  return ops
}
