import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cli, removeTree, tempTree } from './cli-helpers.js'

// Issue 19, items 7 and 4: a byte order mark is counted in positions, as the file is read, and
// UTF-16 with a byte order mark is decoded; UTF-16 without one is named, not called binary.

const LETTER = 'Dear Ms. Okoro,\n\nThank you, [Name].\n'
const BOM = '\uFEFF'

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2)
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    bytes[2 * i + (bigEndian ? 0 : 1)] = code >> 8
    bytes[2 * i + (bigEndian ? 1 : 0)] = code & 0xff
  }
  return bytes
}

const root = tempTree({
  'bom.txt': BOM + LETTER,
  'bom.md': `${BOM}# Hi\n\nDear Ms. Okoro,\n\nThank you, [Name].\n`,
  'le.txt': utf16(BOM + LETTER, false),
  'be.txt': utf16(BOM + LETTER, true),
  'no-bom.txt': utf16(LETTER, false),
})
afterAll(() => removeTree(root))

interface Position {
  start: { line: number; column: number; offset: number }
  end: { line: number; column: number; offset: number }
}

function placeholders(file: string): Position[] {
  const run = cli(['-f', 'json', file], { cwd: root })
  expect(run.stderr).toBe('')
  const [result] = JSON.parse(run.stdout) as { findings: { ruleId: string; position: Position }[] }[]
  return (result?.findings ?? [])
    .filter((finding) => finding.ruleId === 'unresolved-placeholder')
    .map((finding) => finding.position)
}

const AT_NAME = {
  start: { line: 3, column: 12, offset: 29 },
  end: { line: 3, column: 18, offset: 35 },
}

describe('a UTF-8 byte order mark', () => {
  it('is counted in offsets, so slicing the file as read finds the text', () => {
    expect(placeholders('bom.txt')).toEqual([AT_NAME])
    expect(readFileSync(join(root, 'bom.txt'), 'utf8').slice(29, 35)).toBe('[Name]')
  })

  it('is counted in Markdown too', () => {
    const [position] = placeholders('bom.md')
    expect(position).toEqual({
      start: { line: 5, column: 12, offset: 35 },
      end: { line: 5, column: 18, offset: 41 },
    })
    expect(readFileSync(join(root, 'bom.md'), 'utf8').slice(35, 41)).toBe('[Name]')
  })
})

describe('UTF-16', () => {
  it('with a byte order mark is decoded, little- or big-endian, with positions in the decoded text', () => {
    expect(placeholders('le.txt')).toEqual([AT_NAME])
    expect(placeholders('be.txt')).toEqual([AT_NAME])
    expect(readFileSync(join(root, 'le.txt'), 'utf16le').slice(29, 35)).toBe('[Name]')
  })

  it('without a byte order mark is named, with how to fix it, not called binary', () => {
    const run = cli(['no-bom.txt'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(
      'thank-you-lint: no-bom.txt: UTF-16 without a byte order mark; save the file as UTF-8\n',
    )
  })
})
