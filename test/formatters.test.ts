import { describe, expect, it } from 'vitest'
import { type FileResult, formatters, github, json, sarif, stylish } from '../src/formatters/index.js'
import { rules } from '../src/index.js'
import type { CoverageReport, Finding, LintStats } from '../src/types.js'
import { sarifValidator } from './cli-helpers.js'

const stats: LintStats = { words: 120, sentences: 8, paragraphs: 3, pageFraction: 0.4 }
const coverage: CoverageReport = {
  appreciation: { covered: true },
  interest: { covered: false },
  contribution: { covered: false },
  specifics: { covered: false },
}

function at(line: number, column: number, endColumn: number, offset: number) {
  return {
    start: { line, column, offset },
    end: { line, column: endColumn, offset: offset + endColumn - column },
  }
}

const placeholder: Finding = {
  checker: 'structure',
  ruleId: 'unresolved-placeholder',
  severity: 'error',
  message: 'Replace the placeholder "[Name]" with the real text, 100%: now',
  position: at(3, 7, 13, 40),
  actual: '[Name]',
  expected: ['Dana'],
  url: 'https://github.com/thank-you-lint/thank-you-lint/blob/main/docs/rules/structure.md#unresolved-placeholder',
}
const greeting: Finding = {
  checker: 'structure',
  ruleId: 'generic-greeting',
  severity: 'warning',
  message: '"Hello," names nobody',
  position: at(12, 1, 7, 100),
  url: 'https://github.com/thank-you-lint/thank-you-lint/blob/main/docs/rules/structure.md#generic-greeting',
}
const short: Finding = {
  checker: 'length',
  ruleId: 'too-short',
  severity: 'info',
  message: 'The letter has 20 words',
  url: 'https://github.com/thank-you-lint/thank-you-lint/blob/main/docs/rules/length.md#too-short',
}

const results: FileResult[] = [
  { file: 'templates/thank you.md', findings: [short, placeholder, greeting], stats, coverage },
  { file: 'clean.txt', findings: [], stats, coverage },
  { file: 'b.txt', findings: [greeting], stats, coverage },
]

describe('stylish', () => {
  it('lists each file with findings, columns aligned, then a summary', () => {
    expect(stylish(results)).toBe(
      [
        'templates/thank you.md',
        '  0:0   info     The letter has 20 words                                         too-short',
        '  3:7   error    Replace the placeholder "[Name]" with the real text, 100%: now  unresolved-placeholder',
        '  12:1  warning  "Hello," names nobody                                           generic-greeting',
        '',
        'b.txt',
        '  12:1  warning  "Hello," names nobody  generic-greeting',
        '',
        '✖ 4 problems (1 error, 2 warnings, 1 info)',
        '',
      ].join('\n'),
    )
  })

  it('does not pad after a message too long to line rule ids up with', () => {
    const long: Finding = { ...greeting, message: 'x'.repeat(120) }
    const lines = stylish([{ file: 'a.txt', findings: [long, greeting], stats, coverage }]).split('\n')
    expect(lines[1]).toBe(`  12:1  warning  ${'x'.repeat(120)}  generic-greeting`)
    expect(lines[2]).toBe(`  12:1  warning  ${'"Hello," names nobody'.padEnd(100)}  generic-greeting`)
  })

  it('prints nothing when there is nothing to report', () => {
    expect(stylish([{ file: 'clean.txt', findings: [], stats, coverage }])).toBe('')
    expect(stylish([])).toBe('')
  })

  it('colours only when asked', () => {
    const plain = stylish(results, { color: false })
    expect(plain).not.toContain('\u001b[')
    const coloured = stylish(results, { color: true })
    expect(coloured).toContain('\u001b[31merror  \u001b[39m')
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m')
    expect(coloured).toContain('\u001b[4mtemplates/thank you.md\u001b[24m')
    // Colour changes nothing but the escapes.
    expect(coloured.replace(new RegExp(`${'\u001b'}\\[\\d+m`, 'g'), '')).toBe(plain)
  })
})

describe('github', () => {
  it('writes one workflow command per finding, escaping data and properties', () => {
    expect(github(results).split('\n')).toEqual([
      '::notice file=templates/thank you.md,title=thank-you-lint (too-short)::The letter has 20 words',
      '::error file=templates/thank you.md,line=3,col=7,endLine=3,endColumn=13,title=thank-you-lint (unresolved-placeholder)::Replace the placeholder "[Name]" with the real text, 100%25: now',
      '::warning file=templates/thank you.md,line=12,col=1,endLine=12,endColumn=7,title=thank-you-lint (generic-greeting)::"Hello," names nobody',
      '::warning file=b.txt,line=12,col=1,endLine=12,endColumn=7,title=thank-you-lint (generic-greeting)::"Hello," names nobody',
      '',
    ])
    const odd: FileResult = {
      file: 'a,b:c%.txt',
      findings: [{ ...short, message: 'two\nlines\r' }],
      stats,
      coverage,
    }
    expect(github([odd])).toBe(
      '::notice file=a%2Cb%3Ac%25.txt,title=thank-you-lint (too-short)::two%0Alines%0D\n',
    )
    expect(github([])).toBe('')
  })
})

describe('json', () => {
  it('is an array of { file, findings, stats, coverage }', () => {
    expect(JSON.parse(json(results))).toEqual(results)
    expect(json([])).toBe('[]\n')
  })
})

describe('sarif', () => {
  const validate = sarifValidator()

  it('is valid SARIF 2.1.0', () => {
    const log = JSON.parse(
      sarif(results, { problems: [{ file: 'gone.md', message: 'gone.md: no such file or directory' }] }),
    )
    const valid = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    expect(validate(JSON.parse(sarif([])))).toBe(true)
  })

  it('rejects a log that breaks the schema (the validator is live)', () => {
    const log = JSON.parse(sarif(results))
    log.runs[0].results[0].level = 'fatal'
    expect(validate(log)).toBe(false)
  })

  it('lists every rule with metadata and help URI, and results with regions and levels', () => {
    const log = JSON.parse(sarif(results, { problems: [{ file: 'gone.md', message: 'gone.md: missing' }] }))
    const run = log.runs[0]
    expect(log.version).toBe('2.1.0')
    expect(run.tool.driver.name).toBe('thank-you-lint')
    expect(run.tool.driver.rules).toHaveLength(rules.length)
    const ruleMeta = run.tool.driver.rules.find(
      (rule: { id: string }) => rule.id === 'unresolved-placeholder',
    )
    expect(ruleMeta).toMatchObject({
      helpUri:
        'https://github.com/thank-you-lint/thank-you-lint/blob/main/docs/rules/structure.md#unresolved-placeholder',
      defaultConfiguration: { level: 'error' },
      properties: { checker: 'structure' },
    })
    expect(run.results).toHaveLength(4)
    const [info, error] = run.results
    expect(info).toMatchObject({ ruleId: 'too-short', level: 'note' })
    expect(info.locations[0].physicalLocation.region).toBeUndefined()
    expect(error).toMatchObject({
      ruleId: 'unresolved-placeholder',
      level: 'error',
      message: { text: placeholder.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'templates/thank%20you.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 7, endLine: 3, endColumn: 13 },
          },
        },
      ],
    })
    expect(run.tool.driver.rules[error.ruleIndex].id).toBe('unresolved-placeholder')
    expect(run.invocations[0]).toMatchObject({
      executionSuccessful: false,
      toolExecutionNotifications: [{ level: 'error', message: { text: 'gone.md: missing' } }],
    })
  })
})

it('names every formatter by its --format name', () => {
  expect(Object.keys(formatters).sort()).toEqual(['github', 'json', 'sarif', 'stylish'])
})
