import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import {
  examples,
  githubAnchor,
  INDEX_FILE,
  META_END,
  META_START,
  PAGE_HEADINGS,
  renderIndex,
  sections,
  updatePage,
  updateReadme,
} from '../scripts/rule-docs.ts'
import { CHECKERS } from '../src/checkers.ts'
import { loadConfig } from '../src/cli/config.ts'
import { lintThankYou, lintThankYouBatch, rules } from '../src/index.ts'
import type { Finding, LintOptions, ThankYouContext } from '../src/types.ts'

const directory = new URL('../docs/rules/', import.meta.url)
const checkerNames = CHECKERS.map((checker) => checker.name)

function page(checker: string): string {
  return readFileSync(new URL(`${checker}.md`, directory), 'utf8')
}

/** The options the CLI reads from a `.thankyoulintrc.yaml` holding `setting`. */
async function viaConfigFile(yaml: string): Promise<LintOptions> {
  const directory = mkdtempSync(join(tmpdir(), 'rule-docs-'))
  try {
    writeFileSync(join(directory, '.thankyoulintrc.yaml'), `${yaml}\n`)
    return (await loadConfig(directory)).options
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
}

/** Where two texts first differ, for a message that says which line to look at. */
function firstDifference(actual: string, expected: string): string {
  const a = actual.split('\n')
  const b = expected.split('\n')
  const index = a.findIndex((line, at) => line !== b[at])
  const line = index < 0 ? a.length : index
  return `line ${line + 1}: ${JSON.stringify(a[line] ?? '')} should be ${JSON.stringify(b[line] ?? '')}`
}

/**
 * An example of a rule that compares letters (`copied-letter`) holds several letters, parted by a
 * line `=====`; they are linted together with `lintThankYouBatch`, each with the same context.
 */
const LETTER_SEPARATOR = /\n={5,}\n/

function lintExample(text: string, context: unknown, options: unknown): Finding[] {
  const letters = text.split(LETTER_SEPARATOR)
  if (letters.length === 1) {
    return lintThankYou(text, context as ThankYouContext | undefined, options as LintOptions | undefined)
      .findings
  }
  return lintThankYouBatch(
    letters.map((draft, index) => ({
      draft,
      name: `letter ${index + 1}`,
      ...(context !== undefined && { context: context as ThankYouContext }),
      ...(options !== undefined && { options: options as LintOptions }),
    })),
  ).flatMap((report) => report.findings)
}

describe('docs/rules', () => {
  it('has one page per checker and no other', () => {
    const pages = readdirSync(directory)
      .filter((name) => name.endsWith('.md') && name !== INDEX_FILE)
      .map((name) => name.slice(0, -3))
      .sort()
    expect(pages).toEqual([...checkerNames].sort())
  })

  it('has an index that is what `npm run docs:rules` generates', () => {
    const index = readFileSync(new URL(INDEX_FILE, directory), 'utf8')
    const expected = renderIndex(checkerNames, rules)
    expect(
      index,
      `docs/rules/README.md is out of date (${firstDifference(index, expected)}): run npm run docs:rules`,
    ).toBe(expected)
  })

  it('leaves the project README up to date: its table of every rule, when it has one', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const expected = updateReadme(readme, checkerNames, rules)
    expect(
      readme,
      `README.md is out of date (${firstDifference(readme, expected)}): run npm run docs:rules`,
    ).toBe(expected)
  })

  describe.each(checkerNames)('%s.md', (checker) => {
    const text = existsSync(new URL(`${checker}.md`, directory)) ? page(checker) : ''
    const own = rules.filter((rule) => rule.checker === checker)
    const found = sections(text)

    it('is what `npm run docs:rules` generates from rules', () => {
      const expected = updatePage(text, checker, rules)
      expect(
        text,
        `docs/rules/${checker}.md is out of date (${firstDifference(text, expected)}): run npm run docs:rules`,
      ).toBe(expected)
    })

    it('has one section per rule', () => {
      for (const rule of own) {
        expect(
          found.filter((section) => section.ruleId === rule.id),
          `${rule.id} has no "## \`${rule.id}\`" section`,
        ).toHaveLength(1)
      }
    })

    it('has no section that names no rule of this checker', () => {
      const ownIds = new Set(own.map((rule) => rule.id))
      const strays = found
        .filter((section) => !PAGE_HEADINGS.includes(section.heading))
        .filter((section) => section.ruleId === undefined || !ownIds.has(section.ruleId))
        .map((section) => section.heading)
      expect(strays, 'sections that name no rule').toEqual([])
    })

    it('gives each rule section the anchor of its finding URLs', () => {
      for (const rule of own) {
        const section = found.find((item) => item.ruleId === rule.id)
        expect(section && githubAnchor(section.heading)).toBe(rule.id)
        expect(rule.url).toBe(
          `https://github.com/thank-you-lint/thank-you-lint/blob/main/docs/rules/${checker}.md#${rule.id}`,
        )
      }
    })

    it('documents every option of the checker with its default', () => {
      const defaults = CHECKERS.find((item) => item.name === checker)?.defaults ?? {}
      const options = found.find((section) => section.heading === 'Options')
      const optionsText = options ? text.split('\n').slice(options.start, options.end).join('\n') : ''
      for (const [key, value] of Object.entries(defaults)) {
        expect(optionsText, `option ${key}`).toContain(`\`${key}\``)
        if (typeof value === 'number' || typeof value === 'boolean') {
          expect(optionsText, `default of ${key}`).toContain(`\`${String(value)}\``)
        }
      }
    })

    describe.each(own.map((rule) => rule.id))('%s', (ruleId) => {
      const section = found.find((item) => item.ruleId === ruleId)
      const cases = section ? examples(text, section) : []

      it('has a Wrong and a Right example', () => {
        expect(cases.filter((example) => example.kind === 'wrong').length).toBeGreaterThan(0)
        expect(cases.filter((example) => example.kind === 'right').length).toBeGreaterThan(0)
      })

      it('names the options that affect it, each a real option of its checker', () => {
        if (!section) throw new Error(`${ruleId}: no section`)
        const body = text.split('\n').slice(section.start, section.end).join('\n')
        const options = /\*\*Options:\*\*([\s\S]*?)(?:\n\n|$)/.exec(body)?.[1]
        expect(options, `${ruleId}: no "**Options:**" paragraph`).toBeDefined()
        for (const [, owner, key] of (options ?? '').matchAll(/`([a-z]+)\.([A-Za-z]+)`/g)) {
          const defaults = CHECKERS.find((item) => item.name === owner)?.defaults
          if (!defaults) continue // `context.topics`, `options.template`: not a checker's option
          expect(Object.keys(defaults), `${ruleId}: ${owner}.${key}`).toContain(key)
        }
      })

      it('shows a Wrong example that the rule reports and a Right one that it does not', () => {
        for (const example of cases) {
          const ids = lintExample(example.text, example.context, example.options).map(
            (finding) => finding.ruleId,
          )
          const where = `${checker}.md line ${example.line} (${example.kind})`
          if (example.kind === 'wrong') expect(ids, where).toContain(ruleId)
          else expect(ids, where).not.toContain(ruleId)
        }
      })

      it('does what its metadata says to change its severity or turn it off, in the API and in a config file', async () => {
        const wrong = cases.find((example) => example.kind === 'wrong')
        if (!section || !wrong) throw new Error(`${ruleId}: no section or no Wrong example`)
        const body = text.split('\n').slice(section.start, section.end).join('\n')
        const meta = body.slice(body.indexOf(META_START), body.indexOf(META_END))
        // Every `rules: …` or `checkers: …` code span of the metadata, parsed as the config file would be.
        const settings = [
          ...meta.matchAll(/`(\{ ?(?:rules|checkers): [^`]*|(?:rules|checkers): [^`]*)`/g),
        ].map((match) => match[1] ?? '')
        const base = (wrong.options ?? {}) as LintOptions
        const lint = (extra: LintOptions) =>
          lintExample(wrong.text, wrong.context, { ...base, ...extra }).filter(
            (finding) => finding.ruleId === ruleId,
          )
        if (ruleId === 'draft-too-large') {
          // Refused before any setting is read, as its metadata says.
          expect(settings).toEqual([])
          expect(lint({ rules: { [ruleId]: 'off' } })).not.toEqual([])
          return
        }
        expect(settings.length).toBeGreaterThanOrEqual(3)
        for (const setting of settings) {
          const fromFile = await viaConfigFile(setting)
          for (const extra of [parse(setting) as LintOptions, fromFile]) {
            const value = extra.rules?.[ruleId]
            const findings = lint(extra)
            if (value === 'off' || value === false || extra.checkers?.[checker] === false) {
              expect(findings, JSON.stringify(extra)).toEqual([])
            } else {
              expect(findings.length, JSON.stringify(extra)).toBeGreaterThan(0)
              for (const finding of findings) expect(finding.severity).toBe(value)
            }
          }
        }
      })
    })
  })
})

describe('the docs generator', () => {
  const structure = rules.filter((rule) => rule.checker === 'structure')
  const first = structure[0]
  if (!first) throw new Error('no structure rule')

  it('fills an empty page with the table and a stub section per rule', () => {
    const generated = updatePage(
      '# Checker\n\n<!-- rules:start -->\n<!-- rules:end -->\n',
      'structure',
      rules,
    )
    for (const rule of structure) {
      expect(generated).toContain(`| [\`${rule.id}\`](#${rule.id}) |`)
      expect(sections(generated).filter((section) => section.ruleId === rule.id)).toHaveLength(1)
    }
    expect(updatePage(generated, 'structure', rules)).toBe(generated)
  })

  it('replaces a stale table and stale metadata, and keeps the prose', () => {
    const stale = [
      '# Checker',
      '',
      '<!-- rules:start -->',
      '| old |',
      '<!-- rules:end -->',
      '',
      `## \`${first.id}\``,
      '',
      '<!-- rule-meta:start -->',
      '- Default severity: `nonsense`',
      '<!-- rule-meta:end -->',
      '',
      'Hand-written prose.',
      '',
    ].join('\n')
    const generated = updatePage(stale, 'structure', rules)
    expect(generated).not.toContain('| old |')
    expect(generated).not.toContain('nonsense')
    expect(generated).toContain(`- Default severity: \`${first.defaultSeverity}\``)
    expect(generated).toContain('Hand-written prose.')
  })

  it('fills the README table between its markers, and leaves a README without them alone', () => {
    const names = CHECKERS.map((checker) => checker.name)
    expect(updateReadme('# Title\n', names, rules)).toBe('# Title\n')
    const readme = updateReadme(
      'Intro\n\n<!-- rules-table:start -->\n| old |\n<!-- rules-table:end -->\n\nMore\n',
      names,
      rules,
    )
    expect(readme).not.toContain('| old |')
    expect(readme).toContain(
      `| [structure](docs/rules/structure.md) | [\`${first.id}\`](docs/rules/structure.md#${first.id}) · `,
    )
    for (const rule of rules) expect(readme).toContain(`(docs/rules/${rule.checker}.md#${rule.id})`)
    expect(readme.endsWith('<!-- rules-table:end -->\n\nMore\n')).toBe(true)
  })

  it('refuses a page without the table markers', () => {
    expect(() => updatePage('# Checker\n', 'structure', rules)).toThrow(/rules:start/)
  })

  it('ignores headings inside code blocks and reads examples with their context', () => {
    const text = [
      '## `a-rule`',
      '',
      '```json context',
      '{ "position": "Analyst" }',
      '```',
      '',
      '```text wrong',
      '## not-a-section',
      '```',
      '',
      '```json options',
      '{ "template": true }',
      '```',
      '',
      '```text right',
      'fine',
      '```',
    ].join('\n')
    const [section, ...rest] = sections(text)
    expect(rest).toEqual([])
    expect(section?.ruleId).toBe('a-rule')
    expect(section && examples(text, section)).toEqual([
      { kind: 'wrong', text: '## not-a-section', context: { position: 'Analyst' }, line: 7 },
      {
        kind: 'right',
        text: 'fine',
        context: { position: 'Analyst' },
        options: { template: true },
        line: 15,
      },
    ])
  })

  it('computes the anchor GitHub gives a rule heading', () => {
    expect(githubAnchor('`too-long`')).toBe('too-long')
    expect(githubAnchor('look-forward-to-ing')).toBe('look-forward-to-ing')
    expect(githubAnchor('Checker `structure`')).toBe('checker-structure')
  })
})
