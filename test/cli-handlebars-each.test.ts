import { afterAll, describe, expect, it } from 'vitest'
import { cli, removeTree, tempTree } from './cli-helpers.js'

// Issue 19, item 13: inside `{{#each interviewers}}`, `{{this}}`, `{{name}}`, `{{@index}}` and
// `{{this.name}}` are template slots; outside the block they are still unknown variables.

const TEMPLATE = [
  '<p>Dear {{interviewer.name}},</p>',
  '<p>Thank you for the talk at {{company}}.',
  '{{#each interviewers}}Thanks, {{this}} and {{name}} ({{@index}}, {{~this.name~}}).{{#if title}} {{title}}{{/if}}{{/each}}',
  'See you, {{name}} and {{this}}.</p>',
].join('\n')

const root = tempTree({ 'letter.hbs': TEMPLATE })
afterAll(() => removeTree(root))

function unknownVariables(): { line: number; column: number; endColumn: number; text: string }[] {
  const run = cli(['--template', '-f', 'json', 'letter.hbs'], { cwd: root })
  expect(run.stderr).toBe('')
  const [result] = JSON.parse(run.stdout) as {
    findings: {
      ruleId: string
      position: {
        start: { line: number; column: number; offset: number }
        end: { column: number; offset: number }
      }
    }[]
  }[]
  return (result?.findings ?? [])
    .filter((finding) => finding.ruleId === 'unknown-template-variable')
    .map(({ position: { start, end } }) => ({
      line: start.line,
      column: start.column,
      endColumn: end.column,
      text: TEMPLATE.slice(start.offset, end.offset),
    }))
}

describe('{{#each interviewers}} in a Handlebars template', () => {
  it('accepts the item and loop slots inside the block and still flags them outside it', () => {
    expect(unknownVariables()).toEqual([
      { line: 4, column: 10, endColumn: 18, text: '{{name}}' },
      { line: 4, column: 23, endColumn: 31, text: '{{this}}' },
    ])
  })
})
