import { readFileSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { FileResult } from '../src/formatters/types.js'
import { cli, FIXTURES, removeTree, sarifValidator, tempTree } from './cli-helpers.js'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string
}
const thanksMd = readFileSync(join(FIXTURES, 'templates/thanks.md'), 'utf8')
const thanksHtml = readFileSync(join(FIXTURES, 'templates/thanks.html'), 'utf8')

/** 1-based line and column of the first `needle` in `text`. */
function locate(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle)
  if (offset === -1) throw new Error(`${needle} not found`)
  const before = text.slice(0, offset).split('\n')
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 }
}

function parseJson(stdout: string): FileResult[] {
  return JSON.parse(stdout) as FileResult[]
}

function findingsOf(results: FileResult[], file: string, ruleId: string) {
  const result = results.find((entry) => entry.file === file)
  if (!result) throw new Error(`no result for ${file}`)
  return result.findings
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => ({
      line: finding.position?.start.line,
      column: finding.position?.start.column,
      endColumn: finding.position?.end.column,
      message: finding.message,
    }))
}

const temporary: string[] = []
function tree(files: Record<string, string | Uint8Array>): string {
  const root = tempTree(files)
  temporary.push(root)
  return root
}
afterAll(() => {
  for (const root of temporary) removeTree(root)
})

describe('the thank-you-lint bin', () => {
  it('prints help and the version', () => {
    const help = cli(['--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^Usage: thank-you-lint \[options\]/)
    expect(help.stderr).toBe('')
    expect(cli(['-v'])).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' })
  })

  it('exits 0 and prints nothing for a clean letter', () => {
    expect(cli(['good.txt'])).toEqual({ status: 0, stdout: '', stderr: '' })
  })

  it('stylish: one line per finding under the file, a summary, exit 1 on errors', () => {
    const run = cli(['--template', 'templates/thanks.md'])
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('')
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe('templates/thanks.md')
    const { line, column } = locate(thanksMd, '{{compnay}}')
    expect([line, column]).toEqual([19, 279])
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^  ${line}:${column} +error +"\\{\\{compnay\\}\\}" is not a template variable; .* unknown-template-variable$`,
        ),
      ),
    )
    expect(run.stdout).toMatch(/\n\n✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)\n$/)
  })

  it('json: positions point at the source text in Markdown and HTML', () => {
    const run = cli(['--template', '--format', 'json', 'templates'])
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('')
    const results = parseJson(run.stdout)
    expect(results.map((result) => result.file)).toEqual(['templates/thanks.html', 'templates/thanks.md'])
    for (const result of results)
      expect(Object.keys(result)).toEqual(['file', 'findings', 'stats', 'coverage'])
    expect(findingsOf(results, 'templates/thanks.md', 'unknown-template-variable')).toEqual([
      { ...locate(thanksMd, '{{compnay}}'), endColumn: 290, message: expect.stringContaining('{{compnay}}') },
    ])
    expect(findingsOf(results, 'templates/thanks.html', 'unresolved-placeholder')).toEqual([
      {
        ...locate(thanksHtml, '[Company Name]'),
        endColumn: 21,
        message: 'Replace the placeholder "[Company Name]" with "Brightline"',
      },
    ])
    // In template mode the variables are slots, not placeholders.
    expect(findingsOf(results, 'templates/thanks.md', 'unresolved-placeholder')).toEqual([])
  })

  it('without template mode, variables are unresolved placeholders', () => {
    const results = parseJson(cli(['-f', 'json', 'templates/thanks.md']).stdout)
    const found = findingsOf(results, 'templates/thanks.md', 'unresolved-placeholder')
    expect(found).toContainEqual({
      ...locate(thanksMd, '{{company}}'),
      endColumn: locate(thanksMd, '{{company}}').column + 11,
      message: 'Replace the placeholder "{{company}}" with "Brightline"',
    })
    expect(findingsOf(results, 'templates/thanks.md', 'unknown-template-variable')).toEqual([])
  })

  it('sarif: valid SARIF 2.1.0 with the finding and its region', () => {
    const run = cli(['--template', '-f', 'sarif', 'templates/thanks.html'])
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('')
    const validate = sarifValidator()
    const log = JSON.parse(run.stdout)
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true)
    const result = log.runs[0].results.find(
      (entry: { ruleId: string }) => entry.ruleId === 'unresolved-placeholder',
    )
    const { line, column } = locate(thanksHtml, '[Company Name]')
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'templates/thanks.html', uriBaseId: '%SRCROOT%' },
      region: { startLine: line, startColumn: column, endLine: line, endColumn: column + 14 },
    })
  })

  it('github: workflow annotations', () => {
    const run = cli(['--template', '-f', 'github', 'templates/thanks.html'])
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('')
    expect(run.stdout.split('\n')).toContain(
      '::error file=templates/thanks.html,line=16,col=7,endLine=16,endColumn=21,title=thank-you-lint (unresolved-placeholder)::Replace the placeholder "[Company Name]" with "Brightline"',
    )
  })

  it('names files from GITHUB_WORKSPACE for github and sarif, from the working directory otherwise', () => {
    const env = { GITHUB_WORKSPACE: join(FIXTURES, '..') }
    const args = ['--template', 'templates/thanks.html']
    expect(cli(['-f', 'github', ...args], { env }).stdout).toContain(
      '::error file=cli/templates/thanks.html,line=16,',
    )
    const log = JSON.parse(cli(['-f', 'sarif', ...args], { env }).stdout)
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'cli/templates/thanks.html',
    )
    expect(parseJson(cli(['-f', 'json', ...args], { env }).stdout)[0]?.file).toBe('templates/thanks.html')
  })

  it('--quiet reports errors only; --max-warnings turns warnings into exit 1', () => {
    const root = tree({
      'hello.txt': readFileSync(join(FIXTURES, 'good.txt'), 'utf8').replace('Dear Ms. Okoro,', 'Hello,'),
      'hello.context.json': readFileSync(join(FIXTURES, 'good.context.json'), 'utf8'),
    })
    const loud = parseJson(cli(['-f', 'json', 'hello.txt'], { cwd: root }).stdout)
    expect(findingsOf(loud, 'hello.txt', 'generic-greeting')).toEqual([
      { line: 3, column: 1, endColumn: 7, message: expect.stringContaining('"Hello," names nobody') },
    ])
    const quiet = cli(['-f', 'json', '--quiet', 'hello.txt'], { cwd: root })
    expect(parseJson(quiet.stdout)[0]?.findings.filter((finding) => finding.severity !== 'error')).toEqual([])

    const warnings = loud[0]?.findings.filter((finding) => finding.severity === 'warning').length ?? 0
    expect(warnings).toBeGreaterThan(0)
    const within = cli(['--max-warnings', String(warnings), 'hello.txt'], { cwd: root })
    expect(within.stderr).toBe('')
    expect(within.status).toBe(0)
    const over = cli(['--max-warnings', String(warnings - 1), '-q', 'hello.txt'], { cwd: root })
    expect(over.status).toBe(1)
    expect(over.stdout).toBe('')
    expect(over.stderr).toBe(
      `thank-you-lint: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${warnings - 1}\n`,
    )
  })

  it('reads standard input, named by --stdin-filename for its format and path', () => {
    // Markdown leaves the indented code block out; plain text reads it.
    const draft = 'Hello,\n\nThanks for **the** chat about [Topic].\n\n    [Code]\n'
    const named = cli(['--stdin', '--stdin-filename', 'drafts/note.md', '-f', 'json'], { input: draft })
    expect(named.stderr).toBe('')
    const results = parseJson(named.stdout)
    expect(results[0]?.file).toBe('drafts/note.md')
    expect(findingsOf(results, 'drafts/note.md', 'unresolved-placeholder')).toEqual([
      { line: 3, column: 31, endColumn: 38, message: expect.stringContaining('[Topic]') },
    ])
    const plain = cli(['--stdin', '-f', 'json'], { input: draft })
    expect(plain.stderr).toBe('')
    const found = findingsOf(parseJson(plain.stdout), '<stdin>', 'unresolved-placeholder')
    expect(found.map(({ line, column }) => [line, column])).toEqual([
      [3, 31],
      [5, 5],
    ])
  })

  it('takes context from front matter, then a sidecar, then --context, then the config', () => {
    const draft = 'Dear Dana,\n\nThanks for the chat at {{company}}.\n'
    const company = (name: string) => JSON.stringify({ company: { name } })
    const root = tree({
      '.thankyoulintrc.json': JSON.stringify({
        context: { company: { name: 'ConfigCo' }, position: 'Writer' },
      }),
      'cli.json': company('FlagCo'),
      'plain.txt': draft,
      'side.txt': draft,
      'side.context.yaml': 'company:\n  name: SidecarCo\n',
      'front.md': `---\ncompany:\n  name: FrontCo\n---\n${draft}`,
      'front.context.json': company('SidecarCo'),
      'merged.md': `---\ninterviewers:\n  - name: Dana Okoro\n---\n${draft}`,
    })
    const message = (args: string[], file: string) =>
      findingsOf(
        parseJson(cli(['-f', 'json', ...args], { cwd: root }).stdout),
        file,
        'unresolved-placeholder',
      )[0]?.message
    const expected = (name: string) => `Replace the placeholder "{{company}}" with "${name}"`
    expect(message(['plain.txt'], 'plain.txt')).toBe(expected('ConfigCo'))
    expect(message(['--context', 'cli.json', 'plain.txt'], 'plain.txt')).toBe(expected('FlagCo'))
    expect(message(['--context', 'cli.json', 'side.txt'], 'side.txt')).toBe(expected('SidecarCo'))
    expect(message(['--context', 'cli.json', 'front.md'], 'front.md')).toBe(expected('FrontCo'))
    // Layers merge field by field: the front matter's interviewers, the config's company.
    expect(message(['merged.md'], 'merged.md')).toBe(expected('ConfigCo'))
  })

  it('lints a directory by extension, skipping sidecars and the config ignore globs', () => {
    const root = tree({
      'thank-you-lint.config.json': JSON.stringify({ ignore: ['drafts/**'] }),
      'a.txt': 'Hi [Name]\n',
      'b.hbs': '<p>Hi [Name]</p>\n',
      'c.eml': 'Subject: Thanks\n\nHi [Name]\n',
      'a.context.json': '{}',
      'notes.csv': 'x',
      'drafts/d.md': 'Hi [Name]\n',
      'node_modules/pkg/e.md': 'Hi [Name]\n',
    })
    const run = cli(['-f', 'json', '.'], { cwd: root })
    expect(run.stderr).toBe('')
    expect(parseJson(run.stdout).map((result) => result.file)).toEqual(['a.txt', 'b.hbs', 'c.eml'])
    expect(findingsOf(parseJson(run.stdout), 'b.hbs', 'unresolved-placeholder')[0]).toMatchObject({
      line: 1,
      column: 7,
    })
    expect(findingsOf(parseJson(run.stdout), 'c.eml', 'unresolved-placeholder')[0]).toMatchObject({
      line: 3,
      column: 4,
    })
  })

  it('colours stylish output only when asked: FORCE_COLOR, --color; never with NO_COLOR', () => {
    const args = ['--template', 'templates/thanks.html']
    expect(cli(args).stdout).not.toContain('\u001b[')
    expect(cli(args, { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31merror\u001b[39m')
    expect(cli(args, { env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b[')
    expect(cli(['--color', ...args], { env: { NO_COLOR: '1' } }).stdout).toContain('\u001b[')
    expect(cli(['--no-color', ...args], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[')
  })
})

describe('exit code 2: usage, config and file problems, one line naming the flag or file', () => {
  it.each([
    [['--bogus', 'good.txt'], 'unknown option --bogus; see --help'],
    [['-f', 'xml', 'good.txt'], '--format must be one of stylish, json, sarif, github; got "xml"'],
    [
      ['--max-warnings', 'many', 'good.txt'],
      '--max-warnings must be a whole number of 0 or more; got "many"',
    ],
    [['good.txt', '--max-warnings'], '--max-warnings needs a value; see --help'],
    [[], 'no files given: pass files, directories or globs, or --stdin (see --help)'],
    [
      ['--stdin', 'good.txt'],
      '--stdin reads standard input: pass no files with it (use --stdin-filename to name it)',
    ],
    [['--context', 'nope.json', 'good.txt'], '--context nope.json: no such file or directory'],
    [['--config', 'nope.yaml', 'good.txt'], '--config nope.yaml: no such file or directory'],
  ])('%j', (args, message) => {
    expect(cli(args)).toEqual({ status: 2, stdout: '', stderr: `thank-you-lint: ${message}\n` })
  })

  it.each([
    [
      'rules:\n  missing-greting: off\n',
      'rules.missing-greting is not a known rule id; did you mean "missing-greeting"? (rule ids are listed in the README\'s Rules section)',
    ],
    ['length:\n  minWords: many\n', 'length.minWords must be a number of 0 or more, got a string'],
    ['colour: true\n', 'unknown key "colour"; allowed keys are rules, checkers, maxLength, '],
    ['template: yes please\n', 'template must be true or false'],
    ['ignore: [1]\n', 'ignore must be a glob or an array of globs (non-empty strings)'],
    ['context:\n  company:\n    name: 3\n', 'context.company.name must be a non-empty string, got number 3'],
    ['rules: [\n', 'invalid YAML: '],
  ])('config %j', (config, message) => {
    const root = tree({ '.thankyoulintrc.yaml': config, 'a.txt': 'Dear Dana,\n' })
    const run = cli(['a.txt'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^thank-you-lint: config \.thankyoulintrc\.yaml: [^\n]+\n$/)
    expect(run.stderr).toContain(`thank-you-lint: config .thankyoulintrc.yaml: ${message}`)
  })

  it('reports the config key in package.json and a broken JS config by file', () => {
    const packageJson = tree({
      'package.json': JSON.stringify({ name: 'x', 'thank-you-lint': { checkers: { tone: 'off' } } }),
      'a.txt': 'Dear Dana,\n',
    })
    expect(cli(['a.txt'], { cwd: packageJson }).stderr).toMatch(
      /^thank-you-lint: config package\.json: checkers\.tone (must be true or false|is not a known field)/,
    )
    const js = tree({ 'thank-you-lint.config.mjs': 'export default {\n', 'a.txt': 'Dear Dana,\n' })
    const run = cli(['a.txt'], { cwd: js })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^thank-you-lint: config thank-you-lint\.config\.mjs: [^\n]+\n$/)
  })

  it('still reports the other files when one is missing, binary, not UTF-8, huge or a symlink loop, or a glob matches nothing', () => {
    const root = tree({
      'ok.txt': 'Hello,\n\nThanks [Name].\n',
      'binary.txt': new Uint8Array([72, 105, 0, 1, 2]),
      'latin1.txt': new Uint8Array([68, 101, 97, 114, 10, 99, 97, 102, 0xe9, 10]),
      'huge.txt': 'a'.repeat(10 * 2 ** 20 + 1),
    })
    symlinkSync('loop-b.txt', join(root, 'loop-a.txt'))
    symlinkSync('loop-a.txt', join(root, 'loop-b.txt'))
    const run = cli(
      [
        '-f',
        'json',
        'missing.md',
        'ok.txt',
        'binary.txt',
        'latin1.txt',
        'huge.txt',
        'loop-a.txt',
        'drafts/*.md',
      ],
      { cwd: root },
    )
    expect(run.status).toBe(2)
    expect(run.stderr.split('\n')).toEqual([
      'thank-you-lint: missing.md: no such file or directory',
      'thank-you-lint: loop-a.txt: symbolic link loop',
      'thank-you-lint: drafts/*.md: no files match this pattern',
      'thank-you-lint: binary.txt: binary file (NUL byte at offset 2); lint text, Markdown, HTML or .eml files',
      'thank-you-lint: latin1.txt: not valid UTF-8 (line 2, byte offset 8); save the file as UTF-8',
      'thank-you-lint: huge.txt: 10.0 MB is too large for a letter; not read',
      '',
    ])
    const results = parseJson(run.stdout)
    expect(results.map((result) => result.file)).toEqual(['ok.txt'])
    expect(findingsOf(results, 'ok.txt', 'unresolved-placeholder')).toEqual([
      { line: 3, column: 8, endColumn: 14, message: expect.stringContaining('[Name]') },
    ])
  })

  it('reports a bad front matter or sidecar with the file, and lints the rest', () => {
    const root = tree({
      'a.md': '---\ncompany:\n  name: 3\n---\nDear Dana,\n',
      'b.md': '---\n- just\n- a list\n---\nDear Dana,\n',
      'c.txt': 'Dear Dana,\n',
      'c.context.json': '{ "company": ',
      'd.txt': 'Dear Dana,\n',
    })
    const run = cli(['-f', 'json', '.'], { cwd: root })
    expect(run.status).toBe(2)
    const lines = run.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toBe(
      'thank-you-lint: a.md: front matter: context.company.name must be a non-empty string, got number 3',
    )
    expect(lines[1]).toBe(
      'thank-you-lint: b.md: front matter: must be a mapping of context fields (interviewers, company, position, …)',
    )
    expect(lines[2]).toMatch(/^thank-you-lint: c\.context\.json: invalid JSON: /)
    expect(parseJson(run.stdout).map((result) => result.file)).toEqual(['d.txt'])
  })
})
