import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  examples,
  githubAnchor,
  INDEX_FILE,
  PAGE_HEADINGS,
  renderIndex,
  sections,
  updatePage,
} from '../scripts/rule-docs.ts'
import { CHECKERS } from '../src/checkers.ts'
import { lintThankYou, rules } from '../src/index.ts'
import type { LintOptions, ThankYouContext } from '../src/types.ts'

const directory = new URL('../docs/rules/', import.meta.url)
const checkerNames = CHECKERS.map((checker) => checker.name)

function page(checker: string): string {
  return readFileSync(new URL(`${checker}.md`, directory), 'utf8')
}

function ruleIdsOf(report: ReturnType<typeof lintThankYou>): string[] {
  return report.findings.map((finding) => finding.ruleId)
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
    expect(index, 'docs/rules/README.md is out of date: run npm run docs:rules').toBe(
      renderIndex(checkerNames, rules),
    )
  })

  describe.each(checkerNames)('%s.md', (checker) => {
    const text = existsSync(new URL(`${checker}.md`, directory)) ? page(checker) : ''
    const own = rules.filter((rule) => rule.checker === checker)
    const found = sections(text)

    it('is what `npm run docs:rules` generates from rules', () => {
      expect(text, `docs/rules/${checker}.md is out of date: run npm run docs:rules`).toBe(
        updatePage(text, checker, rules),
      )
    })

    it('has one section per rule, and every other section is a known heading', () => {
      for (const rule of own) {
        expect(
          found.filter((section) => section.ruleId === rule.id),
          `${rule.id} has no "## \`${rule.id}\`" section`,
        ).toHaveLength(1)
      }
      const ownIds = new Set(own.map((rule) => rule.id))
      for (const section of found) {
        if (PAGE_HEADINGS.includes(section.heading)) continue
        expect(
          section.ruleId !== undefined && ownIds.has(section.ruleId),
          `section "## ${section.heading}" names no ${checker} rule`,
        ).toBe(true)
      }
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

      it('shows a Wrong example that the rule reports and a Right one that it does not', () => {
        for (const example of cases) {
          const report = lintThankYou(
            example.text,
            example.context as ThankYouContext | undefined,
            example.options as LintOptions | undefined,
          )
          const where = `${checker}.md line ${example.line} (${example.kind})`
          if (example.kind === 'wrong') expect(ruleIdsOf(report), where).toContain(ruleId)
          else expect(ruleIdsOf(report), where).not.toContain(ruleId)
        }
      })

      it('is silenced by the setting its section gives', () => {
        const wrong = cases.filter((example) => example.kind === 'wrong')
        expect(wrong.length).toBeGreaterThan(0)
        for (const example of wrong) {
          const options = (example.options ?? {}) as LintOptions
          const lint = (extra: LintOptions) =>
            ruleIdsOf(
              lintThankYou(example.text, example.context as ThankYouContext | undefined, {
                ...options,
                ...extra,
              }),
            )
          if (ruleId === 'draft-too-large') {
            // Refused before any setting is read, as its section says.
            expect(lint({ rules: { [ruleId]: 'off' } })).toContain(ruleId)
            continue
          }
          expect(lint({ rules: { ...options.rules, [ruleId]: 'off' } })).not.toContain(ruleId)
          expect(lint({ checkers: { ...options.checkers, [checker]: false } })).not.toContain(ruleId)
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
