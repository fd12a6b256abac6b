import { createColors } from 'picocolors'
import type { Finding, Severity } from '../types.js'
import type { Formatter } from './types.js'

/**
 * Human-readable output in the style of ESLint's and vfile-reporter's: each file with findings,
 * one line per finding (`line:column  severity  message  rule-id`, columns aligned), then a
 * summary. Nothing at all when there is nothing to report.
 */
export const stylish: Formatter = (results, options = {}) => {
  const colors = createColors(options.color ?? false)
  const paint: Record<Severity, (text: string) => string> = {
    error: colors.red,
    warning: colors.yellow,
    info: colors.blue,
  }
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  const blocks: string[] = []

  for (const result of results) {
    if (result.findings.length === 0) continue
    const rows = result.findings.map((finding) => ({
      place: place(finding),
      severity: finding.severity,
      message: finding.message,
      ruleId: finding.ruleId,
    }))
    const widths = {
      place: Math.max(...rows.map((row) => row.place.length)),
      severity: Math.max(...rows.map((row) => row.severity.length)),
      // Rule ids line up, except after a message too long to pad to.
      message: Math.min(MAX_MESSAGE_PAD, Math.max(...rows.map((row) => row.message.length))),
    }
    const lines = [colors.underline(result.file)]
    for (const row of rows) {
      counts[row.severity]++
      lines.push(
        `  ${colors.dim(row.place.padEnd(widths.place))}  ${paint[row.severity](row.severity.padEnd(widths.severity))}  ${row.message.padEnd(widths.message)}  ${colors.dim(row.ruleId)}`,
      )
    }
    blocks.push(lines.join('\n'))
  }
  if (blocks.length === 0) return ''

  const total = counts.error + counts.warning + counts.info
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')]
  if (counts.info > 0) parts.push(plural(counts.info, 'info'))
  const summary = `✖ ${plural(total, 'problem')} (${parts.join(', ')})`
  const summaryColor = counts.error > 0 ? colors.red : counts.warning > 0 ? colors.yellow : colors.blue
  return `${blocks.join('\n\n')}\n\n${colors.bold(summaryColor(summary))}\n`
}

/** Messages longer than this are not padded: one long message should not push every rule id off screen. */
const MAX_MESSAGE_PAD = 100

/** `line:column`, or `0:0` for a finding about the whole letter, as ESLint prints it. */
function place(finding: Finding): string {
  const start = finding.position?.start
  return start ? `${start.line}:${start.column}` : '0:0'
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 || noun === 'info' ? '' : 's'}`
}
