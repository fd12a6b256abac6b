import type { Severity } from '../types.js'
import type { Formatter } from './types.js'

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' }

/**
 * GitHub Actions workflow commands, one per finding:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`. GitHub shows them as
 * annotations on the pull request's changed lines. `endColumn` is exclusive, like SARIF's.
 */
export const github: Formatter = (results) => {
  const lines: string[] = []
  for (const result of results) {
    for (const finding of result.findings) {
      const properties = [`file=${escapeProperty(result.file)}`]
      const position = finding.position
      if (position) {
        properties.push(
          `line=${position.start.line}`,
          `col=${position.start.column}`,
          `endLine=${position.end.line}`,
          `endColumn=${position.end.column}`,
        )
      }
      properties.push(`title=${escapeProperty(`thank-you-lint (${finding.ruleId})`)}`)
      lines.push(`::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeData(finding.message)}`)
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}

/** Workflow command data: `%`, CR and LF are percent-encoded. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Workflow command properties also encode `:` and `,`, which separate them. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
