import { afterAll, describe, expect, it } from 'vitest'
import { cli, removeTree, tempTree } from './cli-helpers.js'

// Issue 19, items 3, 6, 8 and 9: the command never passes green on nothing, and its messages
// name what a command-line user can change.

const LETTER = [
  'Dear Ms. Okoro,',
  '',
  'Thank you for meeting with me about the Analyst role at Brightline. I enjoyed our talk about the',
  'dashboards your team is building, and I would be glad to help ship them.',
  '',
  'Best regards,',
  'Jo Lee',
].join('\n')

const root = tempTree({
  'letters/a.txt': LETTER,
  'empty-folder/notes.json': '{}',
  'drafts/skip/b.txt': LETTER,
  'blank.txt': ' \n\n',
  'code.md':
    'Dear Ms. Okoro,\n\nThank you for the talk about our `dbt` models and the `sqlfluff` rules, and about dbt.\n\nBest regards,\nJo Lee\n',
  '.thankyoulintrc.yaml': 'ignore: ["drafts/skip/**"]\n',
})
afterAll(() => removeTree(root))

describe('a pattern or folder that yields no letter', () => {
  it('is exit 2 for a directory with no lintable file, naming it', () => {
    const run = cli(['empty-folder'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(
      /^thank-you-lint: empty-folder: no letters to lint in this directory \(\.txt, /,
    )
  })

  it('is exit 2 for a folder or glob whose only files are ignored', () => {
    expect(cli(['drafts'], { cwd: root }).status).toBe(2)
    const glob = cli(['drafts/**/*.txt'], { cwd: root })
    expect(glob.status).toBe(2)
    expect(glob.stderr).toBe('thank-you-lint: drafts/**/*.txt: no files match this pattern\n')
  })

  it('is passed over with --no-error-on-unmatched-pattern, and the rest is linted', () => {
    const run = cli(['--no-error-on-unmatched-pattern', 'empty-folder', 'drafts/**/*.txt', 'letters'], {
      cwd: root,
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it('still exits 2 for a missing file with --no-error-on-unmatched-pattern', () => {
    expect(cli(['--no-error-on-unmatched-pattern', 'nope.txt'], { cwd: root }).status).toBe(2)
  })
})

describe('an ignored file named outright', () => {
  it('gets a warning on standard error and is not linted', () => {
    const run = cli(['drafts/skip/b.txt'], { cwd: root })
    expect(run.stderr).toBe(
      'thank-you-lint: warning: drafts/skip/b.txt: ignored by the ignore globs; not linted\n',
    )
    expect(run.stdout).toBe('')
    expect(run.status).toBe(0)
  })
})

describe('an empty file', () => {
  it('gets the empty-draft warning', () => {
    const run = cli(['-f', 'json', 'blank.txt'], { cwd: root })
    const [result] = JSON.parse(run.stdout) as { findings: { ruleId: string; severity: string }[] }[]
    expect(result?.findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([
      ['empty-draft', 'warning'],
    ])
    expect(run.status).toBe(0)
    expect(cli(['--max-warnings', '0', 'blank.txt'], { cwd: root }).status).toBe(1)
  })
})

describe('whole-number flags', () => {
  it.each([
    ['--max-warnings', '-1'],
    ['--max-length', '-1'],
    ['--max-length', '1.5'],
  ])('%s %s says it must be a whole number of 0 or more', (flag, value) => {
    const run = cli([flag, value, 'letters'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(new RegExp(`^thank-you-lint: ${flag} must be a whole number of 0 or more`))
  })

  it('--max-length sets the longest letter linted and the message names it', () => {
    const run = cli(['-f', 'json', '--max-length', '100', 'letters/a.txt'], { cwd: root })
    const [result] = JSON.parse(run.stdout) as { findings: { ruleId: string; message: string }[] }[]
    expect(result?.findings.map((finding) => finding.ruleId)).toEqual(['draft-too-large'])
    expect(result?.findings[0]?.message).toContain('--max-length on the command line')
    expect(run.status).toBe(1)
    expect(cli(['--max-length', '100000', 'letters/a.txt'], { cwd: root }).status).toBe(0)
  })
})

describe('Markdown inline code', () => {
  // Issue 19, item 10: inline code is never spell-checked, in Markdown as in a .txt letter.
  it('is not spell-checked, while the same word outside code is', () => {
    const run = cli(['-f', 'json', 'code.md'], { cwd: root })
    const [result] = JSON.parse(run.stdout) as {
      findings: { ruleId: string; actual?: string; position?: { start: { offset: number } } }[]
    }[]
    const words = result?.findings.filter((finding) => finding.ruleId === 'unknown-word')
    expect(words?.map((finding) => [finding.actual, finding.position?.start.offset])).toEqual([
      [
        'dbt',
        'Dear Ms. Okoro,\n\nThank you for the talk about our `dbt` models and the `sqlfluff` rules, and about '
          .length,
      ],
    ])
  })
})
