import { afterAll, describe, expect, it } from 'vitest'
import { cli, removeTree, tempTree } from './cli-helpers.js'

// Issue 19, item 5: a YAML error is a whole sentence (not cut at the colon before the excerpt),
// and its line counts from the file's first line, also in front matter.

const root = tempTree({
  'indent.md': '---\ncompany:\n  name: Acme\n bad: [\n---\nDear Dana,\n',
  'crlf-bom.md': '\uFEFF---\r\ncompany:\r\n  name: Acme\r\na: 1\r\na: 2\r\n---\r\nDear Dana,\n',
  'a.txt': 'Dear Dana,\n',
  'a.context.yaml': 'company:\n  name: Acme\n  name: Beta\n',
})
afterAll(() => removeTree(root))

describe('a YAML error', () => {
  it('in front matter names its line in the file', () => {
    const run = cli(['indent.md', 'crlf-bom.md'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(
      [
        'thank-you-lint: indent.md: front matter: invalid YAML: All mapping items must start at the same column (line 4, column 1)',
        'thank-you-lint: crlf-bom.md: front matter: invalid YAML: Map keys must be unique (line 5, column 1)',
        '',
      ].join('\n'),
    )
  })

  it('in a sidecar or config is a whole sentence with its line and column', () => {
    const run = cli(['a.txt'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(
      'thank-you-lint: a.context.yaml: invalid YAML: Map keys must be unique (line 3, column 3)\n',
    )
    const config = tempTree({ '.thankyoulintrc.yaml': 'rules: [\n', 'a.txt': 'Dear Dana,\n' })
    try {
      expect(cli(['a.txt'], { cwd: config }).stderr).toBe(
        'thank-you-lint: config .thankyoulintrc.yaml: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] (line 2, column 1)\n',
      )
    } finally {
      removeTree(config)
    }
  })
})
