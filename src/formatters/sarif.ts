import { rules } from '../checkers.js'
import type { Finding, Severity } from '../types.js'
import { version } from '../version.js'
import type { FileResult, Formatter } from './types.js'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
}

const INFORMATION_URI = 'https://github.com/thank-you-lint/thank-you-lint'

/**
 * A SARIF 2.1.0 log for GitHub code scanning: one run whose driver lists every rule with its
 * description, default level and documentation URL, one result per finding with its region
 * (columns in UTF-16 code units, `endColumn` exclusive), and files that could not be linted as
 * tool execution notifications.
 */
export const sarif: Formatter = (results, options = {}) => {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))
  const problems = options.problems ?? []
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'thank-you-lint',
            version,
            semanticVersion: version,
            informationUri: INFORMATION_URI,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              helpUri: rule.url,
              help: { text: `${rule.description} See ${rule.url}` },
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
              properties: { checker: rule.checker, tags: ['thank-you-lint', rule.checker] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: problems.length === 0,
            toolExecutionNotifications: problems.map((problem) => ({
              level: 'error',
              message: { text: problem.message },
              ...(problem.file !== undefined && {
                locations: [{ physicalLocation: { artifactLocation: artifact(problem.file) } }],
              }),
            })),
          },
        ],
        results: results.flatMap((result) =>
          result.findings.map((finding) => toResult(result, finding, ruleIndex.get(finding.ruleId))),
        ),
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

function toResult(result: FileResult, finding: Finding, index: number | undefined): object {
  const position = finding.position
  return {
    ruleId: finding.ruleId,
    ...(index !== undefined && { ruleIndex: index }),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifact(result.file),
          ...(position && {
            region: {
              startLine: position.start.line,
              startColumn: position.start.column,
              endLine: position.end.line,
              endColumn: position.end.column,
            },
          }),
        },
      },
    ],
    ...(finding.expected !== undefined && { properties: { expected: finding.expected } }),
  }
}

/** A relative URI under the repository root; each path segment percent-encoded. */
function artifact(file: string): { uri: string; uriBaseId: string } {
  const uri = file
    .split('/')
    .map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment)))
    .join('/')
  return { uri, uriBaseId: '%SRCROOT%' }
}
