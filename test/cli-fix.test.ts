// The fix loop and directives from the command line: --fix writes each format in its own syntax,
// --fix-dry-run prints a diff, --fix-type picks checkers; comments silence rules in every format;
// letters to one company are compared across the files of a run.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { FileResult } from '../src/formatters/types.js'
import { cli, removeTree, tempTree } from './cli-helpers.js'

const temporary: string[] = []
function tree(files: Record<string, string>): string {
  const root = tempTree(files)
  temporary.push(root)
  return root
}
afterAll(() => {
  for (const root of temporary) removeTree(root)
})

const CONTEXT = JSON.stringify({
  interviewers: [{ name: 'Dana Okoro', honorific: 'Ms.' }],
  company: { name: 'Brightline' },
  position: 'Marketing Coordinator',
  candidate: { name: 'Jordan Lee' },
})
const FRONT = `---\n${CONTEXT}\n---\n`
const BODY =
  'Thank you for meeting me about the Marketing Coordinator role at Brightline. I enjoyed hearing about the spring launch, and I would bring my campaign experience to the team.'

function ids(stdout: string, file: string): string[] {
  const result = (JSON.parse(stdout) as FileResult[]).find((entry) => entry.file === file)
  return (result?.findings ?? []).map((finding) => finding.ruleId)
}

describe('--fix', () => {
  it('writes the fixes into a Markdown file around its markup and front matter', () => {
    const root = tree({
      'dana.md': `${FRONT}Dear Mr. Okro,\n\nThank you for meeting me about the **Marketing Coordinator** role at Brightlin. i enjoyed the the *spring* launch.\n\nBest regards,\nJordan Lee\n`,
    })
    const run = cli(['--fix', '--format', 'json', 'dana.md'], { cwd: root })
    expect(run.stderr).toBe('')
    expect(readFileSync(join(root, 'dana.md'), 'utf8')).toBe(
      `${FRONT}Dear Ms. Okoro,\n\nThank you for meeting me about the **Marketing Coordinator** role at Brightline. I enjoyed the *spring* launch.\n\nBest regards,\nJordan Lee\n`,
    )
    expect(ids(run.stdout, 'dana.md')).not.toContain('honorific-mismatch')
  })

  it('skips a fix that would cross markup in HTML, and makes the plain ones', () => {
    const html = `<p>Dear Ms. Okoro,</p>\n<p>${BODY} I met the <b>the</b> team &amp; i liked it.</p>\n<p>Best regards,<br>Jordan Lee</p>\n`
    const root = tree({ 'a.html': html, 'a.context.json': CONTEXT })
    const run = cli(['--fix', '--format', 'json', 'a.html'], { cwd: root })
    // "the <b>the</b>" spans markup and stays, reported; "i" is plain text and is fixed.
    expect(readFileSync(join(root, 'a.html'), 'utf8')).toBe(html.replace('i liked', 'I liked'))
    expect(ids(run.stdout, 'a.html')).toContain('repeated-word')
  })

  it('applies only the checkers named by --fix-type', () => {
    const text = `Dear Mr. Okoro,\n\n${BODY}  Thanks.\n\nBest regards,\nJordan Lee\n`
    const root = tree({ 'a.txt': text, 'a.context.json': CONTEXT })
    cli(['--fix', '--fix-type', 'grammar', 'a.txt'], { cwd: root })
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe(text.replace('.  Thanks', '. Thanks'))
    const bad = cli(['--fix', '--fix-type', 'grammer', 'a.txt'], { cwd: root })
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('--fix-type takes checker names')
  })

  it('refuses to write standard input, and --fix with --fix-dry-run', () => {
    expect(cli(['--fix', '--stdin']).stderr).toContain('--fix cannot write standard input')
    expect(cli(['--fix', '--fix-dry-run', 'x.txt']).stderr).toContain('cannot be used together')
  })
})

describe('--fix-dry-run', () => {
  it('prints a unified diff and writes nothing', () => {
    const text = `Dear Mr. Okoro,\n\n${BODY}\n\nBest regards,\nJordan Lee\n`
    const root = tree({ 'a.txt': text, 'a.context.json': CONTEXT })
    const run = cli(['--fix-dry-run', 'a.txt'], { cwd: root })
    expect(run.stdout).toBe(
      [
        '--- a/a.txt',
        '+++ b/a.txt',
        '@@ -1,4 +1,4 @@',
        '-Dear Mr. Okoro,',
        '+Dear Ms. Okoro,',
        ' ',
        ` ${BODY}`,
        ' ',
        '',
      ].join('\n'),
    )
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe(text)
    expect(run.status).toBe(0)
  })
})

describe('directives in files', () => {
  it('reads <!-- --> in Markdown and HTML and {{!-- --}} in Handlebars', () => {
    const letter = (comment: string) =>
      `Dear Mr. Okoro,\n\n${comment}\n${BODY}\n\nBest regards,\nJordan Lee\n`
    const root = tree({
      'a.md': `${FRONT}${letter('<!-- thank-you-lint-disable honorific-mismatch -->')}`
        .replace('<!-- thank-you-lint-disable honorific-mismatch -->\n', '')
        .replace('Dear Mr. Okoro,', '<!-- thank-you-lint-disable honorific-mismatch -->\nDear Mr. Okoro,'),
      'b.html': `<!-- thank-you-lint-disable-next-line honorific-mismatch -->\n<p>Dear Mr. Okoro,</p>\n<p>${BODY}</p>\n<p>Best regards,<br>Jordan Lee</p>\n`,
      'b.context.json': CONTEXT,
      'c.hbs': `{{!-- thank-you-lint-disable-next-line honorific-mismatch --}}\n<p>Dear Mr. Okoro,</p>\n<p>${BODY}</p>\n<p>Best regards,<br>Jordan Lee</p>\n`,
      'c.context.json': CONTEXT,
      'd.txt': `Dear Mr. Okoro,\n\n${BODY}\n\nBest regards,\nJordan Lee\n`,
      'd.context.json': CONTEXT,
    })
    const run = cli(['--format', 'json', '.'], { cwd: root })
    expect(ids(run.stdout, 'a.md')).not.toContain('honorific-mismatch')
    expect(ids(run.stdout, 'b.html')).not.toContain('honorific-mismatch')
    expect(ids(run.stdout, 'c.hbs')).not.toContain('honorific-mismatch')
    expect(ids(run.stdout, 'd.txt')).toContain('honorific-mismatch')
  })

  it('reports unknown rules always and unused directives with --report-unused-disable-directives', () => {
    const root = tree({
      'a.md': `${FRONT}<!-- thank-you-lint-disable-next-line double-space -->\nDear Ms. Okoro,\n\n<!-- thank-you-lint-disable nonesuch -->\n${BODY}\n\nBest regards,\nJordan Lee\n`,
    })
    const plain = cli(['--format', 'json', 'a.md'], { cwd: root })
    expect(ids(plain.stdout, 'a.md')).toContain('invalid-directive')
    expect(ids(plain.stdout, 'a.md')).not.toContain('unused-disable-directive')
    const asked = cli(['--format', 'json', '--report-unused-disable-directives', 'a.md'], { cwd: root })
    const found = (JSON.parse(asked.stdout) as FileResult[])[0]?.findings.find(
      (finding) => finding.ruleId === 'unused-disable-directive',
    )
    expect(found?.position?.start).toMatchObject({ line: FRONT.split('\n').length, column: 1 })
  })
})

describe('letters to one company across the files of a run', () => {
  it('flags two files that are one letter with the names swapped, naming each other', () => {
    const lee = CONTEXT.replace('Dana Okoro', 'Lee Chen').replace('"Ms."', '"Mx."')
    const letter = (greeting: string) =>
      `${greeting}\n\n${BODY} ${BODY.replace('Thank you', 'Thanks again')}\n\nBest regards,\nJordan Lee\n`
    const root = tree({
      'dana.txt': letter('Dear Ms. Okoro,'),
      'dana.context.json': CONTEXT,
      'lee.txt': letter('Dear Mx. Chen,'),
      'lee.context.json': lee,
      'other.txt': letter('Dear Mr. Vance,'),
      'other.context.json': CONTEXT.replace('Dana Okoro', 'Sam Vance')
        .replace('"Ms."', '"Mr."')
        .replace('Brightline', 'Northwind'),
    })
    const run = cli(['--format', 'json', '.'], { cwd: root })
    const results = JSON.parse(run.stdout) as FileResult[]
    const copied = (file: string) =>
      results
        .find((entry) => entry.file === file)
        ?.findings.filter((finding) => finding.ruleId === 'copied-letter')
    expect(copied('dana.txt')?.map((finding) => finding.message)).toEqual([
      'This letter is 100% the same as lee.txt once names are masked; write each interviewer a note of their own',
    ])
    expect(copied('lee.txt')?.[0]?.message).toContain('dana.txt')
    // Another company's letter is not compared with them.
    expect(copied('other.txt')).toEqual([])
  })
})
