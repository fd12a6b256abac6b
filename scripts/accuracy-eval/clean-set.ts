/**
 * The larger set of clean letters the accuracy checker's false alarms are measured on (issue 18,
 * fourth round), every letter with its context and its side of the split:
 *
 * - `written`: test/fixtures/accuracy/clean, letters written for this round in voices the other
 *   sets lack (trades, clinics, schools, non-native writers, rich text with non-breaking spaces);
 * - `coverage`: test/fixtures/coverage/tune and voices (not coverage's own held-out folder, which
 *   is never to be read while tuning);
 * - `bench`: the 40 clean letters of bench/corpus/letters.txt (three carry errors on purpose);
 * - `fixtures`: the accuracy fixtures (test/fixtures/accuracy), split by company name as in
 *   scripts/eval-accuracy.ts;
 * - `published`: the letters published by career sites, a local copy outside the repository
 *   (scripts/coverage-eval/PUBLISHED.md), given by path;
 * - `letters-train`: ../shared/data/letters-train.jsonl, given by path, split by id as before.
 *
 * The split is fixed here, before any change to the checker for this set: a letter is held out
 * when `splitOf` (accuracy-eval/split.ts) says so of `<set>/<id>` (of the company name for the
 * fixtures, of the bare id for letters-train, as in earlier rounds). Held-out letters are reported
 * apart and never looked at while tuning.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { parse } from 'yaml'
import type { ThankYouContext } from '../../src/types.js'
import { cleanLetters } from '../../test/fixtures/accuracy/letters.js'
import { readJsonl } from '../read-jsonl.js'
import { type Split, splitOf } from './split.js'

export interface CleanSetLetter {
  set: string
  id: string
  context: ThankYouContext
  text: string
  split: Split
}

const root = new URL('../../', import.meta.url)

/** `.txt` letters with YAML front matter (`context`) between `---` lines, then the draft. */
function frontMatterLetters(set: string, folder: string): CleanSetLetter[] {
  const path = new URL(folder, root)
  return readdirSync(path)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const source = readFileSync(new URL(join(folder, file), root), 'utf8')
      const match = /^---\n([\s\S]*?)\n---\n/.exec(source)
      if (!match) throw new Error(`${folder}/${file}: no front matter`)
      const meta = parse(match[1] ?? '') as { context: ThankYouContext }
      const id = basename(file, '.txt')
      return {
        set,
        id,
        context: meta.context,
        text: source.slice(match[0].length),
        split: splitOf(`${set}/${id}`),
      }
    })
}

/** bench/corpus/letters.txt: `=== id`, header lines (`context: <JSON>`), a blank line, the draft. */
function benchLetters(): CleanSetLetter[] {
  const source = readFileSync(new URL('bench/corpus/letters.txt', root), 'utf8')
  const letters: CleanSetLetter[] = []
  for (const block of source.split(/^=== /m).slice(1)) {
    const newline = block.indexOf('\n')
    const id = block.slice(0, newline).trim()
    const rest = block.slice(newline + 1)
    const blank = rest.indexOf('\n\n')
    const headers = rest.slice(0, blank).split('\n')
    const contextLine = headers.find((line) => line.startsWith('context:'))
    const context = contextLine ? (JSON.parse(contextLine.slice('context:'.length)) as ThankYouContext) : {}
    let text = rest.slice(blank + 2).replace(/\n+$/, '\n')
    if (headers.some((line) => line.trim() === 'eol: crlf')) text = text.replace(/\n/g, '\r\n')
    // Three letters carry their errors on purpose ("05-product-manager-typos",
    // "17-customer-success-wrong-company", "36-qa-engineer-lowercase"): they are not clean.
    if (/-(?:typos|wrong-company|lowercase)$/.test(id)) continue
    letters.push({ set: 'bench', id, context, text, split: splitOf(`bench/${id}`) })
  }
  return letters
}

/** Every letter of the set; `published` and `lettersTrain` are paths to local JSON Lines files. */
export function cleanSet(
  paths: { published?: readonly string[]; lettersTrain?: string } = {},
): CleanSetLetter[] {
  const letters: CleanSetLetter[] = [
    ...frontMatterLetters('written', 'test/fixtures/accuracy/clean'),
    ...frontMatterLetters('coverage', 'test/fixtures/coverage/tune'),
    ...frontMatterLetters('coverage', 'test/fixtures/coverage/voices'),
    ...benchLetters(),
    ...cleanLetters().map((letter) => ({
      set: 'fixtures',
      id: letter.id,
      context: letter.context,
      text: letter.draft,
      split: splitOf(letter.context.company?.name ?? ''),
    })),
  ]
  for (const path of paths.published ?? []) {
    for (const row of readJsonl<{ id: string; context: ThankYouContext; text: string }>(path)) {
      letters.push({
        set: 'published',
        id: row.id,
        context: row.context,
        text: row.text,
        split: splitOf(`published/${row.id}`),
      })
    }
  }
  if (paths.lettersTrain) {
    for (const row of readJsonl<{ id: string; context: ThankYouContext; text: string }>(paths.lettersTrain)) {
      letters.push({
        set: 'letters-train',
        id: row.id,
        context: row.context,
        text: row.text,
        split: splitOf(row.id),
      })
    }
  }
  return letters
}
