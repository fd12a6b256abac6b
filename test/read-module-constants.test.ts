import { describe, expect, it } from 'vitest'
import { loadConfusionModel } from '#load-confusion-model'
import { loadLexiconExtension } from '#load-lexicon-extension'
import { readModuleConstants } from '../lib/read-module-constants.js'

const fixture = (name: string) => new URL(`./fixtures/module-constants/${name}`, import.meta.url)

describe('readModuleConstants', () => {
  it('reads each generated data module exactly as import does', async () => {
    for (const name of ['confusion-model.js', 'lexicon-extension.js']) {
      const url = new URL(`../lib/${name}`, import.meta.url)
      const imported: Record<string, unknown> = { ...(await import(url.href)) }
      expect(readModuleConstants(url)).toStrictEqual(imported)
    }
  })

  it('reads numbers, both kinds of string with their escapes, arrays and comments', async () => {
    const read = readModuleConstants(fixture('literals.js'))
    expect(read).toStrictEqual({ ...(await import(fixture('literals.js').href)) })
    expect(read.SINGLE).toBe('it\'s a "quoted" \\ word')
    expect(read.DOUBLE).toBe("tab\there\nline\u00e9 it's")
    expect(read.ODD).toBe("JSON has no ' escape")
    expect(Object.keys(read)).toEqual([
      'COUNT',
      'NEGATIVE',
      'PLAIN',
      'SINGLE',
      'DOUBLE',
      'WORDS',
      'NESTED',
      'EMPTY',
      'ODD',
      'TEMPLATE',
    ])
    expect(read.TEMPLATE).toBe('a\treal tab,\na real newline')
  })

  it('throws on a template literal with an escape, which a slice would misread', () => {
    expect(() => readModuleConstants(fixture('escaped-template.js'))).toThrow(
      /escaped-template\.js: a template literal with an escape or a substitution at offset 79/,
    )
  })

  it('throws, naming the file and the place, on anything but a literal', () => {
    expect(() => readModuleConstants(fixture('bad.js'))).toThrow(
      /module-constants\/bad\.js: not a number, string or array at offset 45: "String\(1\)/,
    )
  })
})

describe('the Node loaders', () => {
  it('read the confusion model exactly as import does', async () => {
    const imported: Record<string, unknown> = {
      ...(await import(new URL('../lib/confusion-model.js', import.meta.url).href)),
    }
    expect({ ...loadConfusionModel() }).toStrictEqual(imported)
  })

  it('read their module once, on first use, and keep it', () => {
    const model = loadConfusionModel()
    expect(model?.EDGE).toBe('|')
    expect(loadConfusionModel()).toBe(model)
    const extension = loadLexiconExtension()
    expect(extension?.WORDS.length).toBeGreaterThan(100_000)
    expect(loadLexiconExtension()).toBe(extension)
  })
})
