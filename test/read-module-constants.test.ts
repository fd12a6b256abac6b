import { describe, expect, it } from 'vitest'
import { loadConfusionModel } from '#load-confusion-model'
import { loadLexiconExtension } from '#load-lexicon-extension'
import { readModuleConstants } from '../lib/read-module-constants.js'

const fixture = (name: string) => new URL(`./fixtures/module-constants/${name}`, import.meta.url)

describe('readModuleConstants', () => {
  it('reads the lexicon extension exactly as import does', async () => {
    const url = new URL('../lib/lexicon-extension.js', import.meta.url)
    const imported: Record<string, unknown> = { ...(await import(url.href)) }
    expect(readModuleConstants(url)).toStrictEqual(imported)
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
    ])
  })

  it('throws, naming the file and the place, on anything but a literal', () => {
    expect(() => readModuleConstants(fixture('bad.js'))).toThrow(
      /module-constants\/bad\.js: not a number, string or array at offset 45: "String\(1\)/,
    )
  })
})

describe('the Node loaders', () => {
  // The confusion model is a template literal that its own loader slices out of the file's text
  // (lib/load-confusion-model.node.js), so it is checked against import here, not by the reader.
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
