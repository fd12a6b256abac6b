/**
 * Measures the spelling checker.
 *
 * On a `misspelling<TAB>correction` file (a header line is skipped):
 *
 *   npm run eval:spelling -- ../shared/data/aspell.tsv [--split tune|holdout] [--misses]
 *
 * Over the non-word misspellings (rows whose misspelling dictionary-en, through nspell, does not
 * accept) it prints detection recall (the checker flags the word), top-1 and top-3 suggestion
 * accuracy (compared case-insensitively; a capitalised misspelling is taken as written
 * mid-sentence), how many corrections the en-US dictionary lacks (no suggester can offer those),
 * how many corrections the checker's own en-US lexicon holds (the ceiling of top-3) and top-3 over
 * those, how many rows are words run together (`alot` → `a lot`) and how many of them a split
 * answers in the top 3, and the time per suggestion: after a warm-up on the first rows, with the suggestion cache
 * cleared so that every row is searched. `--misses` lists the rows whose correction was not first.
 *
 * On clean letters (`letters-train.jsonl`: one JSON object a line with `id`, `context`, `text`):
 *
 *   npm run eval:spelling -- --letters ../shared/data/letters-train.jsonl [--split tune|holdout]
 *
 * it lints every letter with its context and every checker but spelling off, and prints the
 * spelling findings per 1,000 words by rule and severity (every one is a false flag: the letters
 * are clean) and lists them.
 *
 * On the larger clean set (issue 17, fifth round): the clean letters of the accuracy evaluation
 * (`scripts/accuracy-eval/clean-set.ts`: the written letters, the coverage fixtures, the bench
 * corpus, the accuracy fixtures and, given by path, the published letters; not letters-train,
 * which `--letters` measures) and the trade sentences of
 * `test/fixtures/spelling/trade-sentences.jsonl` (written for this set, one context-free
 * sentence a line):
 *
 *   npm run eval:spelling -- --clean [published.jsonl ...] [--split tune|holdout]
 *
 * prints the same counts, by source set too. Its split is its own, fixed before any tuning: a
 * letter is held out when the FNV-1a hash of `spelling/<set>/<id>` is 0 modulo 3.
 *
 * Held-out splits, fixed before any tuning and never tuned on: a row or letter is held out when
 * the FNV-1a hash of its key (the misspelling; the letter's id) is 0 modulo `HOLDOUT_MODULUS`
 * (a quarter of the rows, a third of the letters). `codespell.tsv` is never tuned on at all;
 * `wikipedia_for_machines.tsv` and `aspell.tsv` are tuned on their `tune` split only.
 */
import { readFileSync } from 'node:fs'
import en from 'dictionary-en'
import nspell from 'nspell'
import { getLexicon } from '../src/checks/spelling/lexicon.ts'
import { clearSuggestionCache, searchStats, suggest } from '../src/checks/spelling/suggest.ts'
import { isKnownPiece, piecesOf } from '../src/checks/spelling/words.ts'
import { lintThankYou } from '../src/lint.ts'
import { fnv1a } from '../src/text/hash.ts'
import type { ThankYouContext } from '../src/types.ts'
import { cleanSet } from './accuracy-eval/clean-set.ts'
import { readJsonl } from './read-jsonl.js'

const HOLDOUT_MODULUS = { pairs: 4, letters: 3 } as const

type Split = 'tune' | 'holdout' | 'all'
const splitArg = process.argv.indexOf('--split')
const split = (splitArg === -1 ? 'all' : process.argv[splitArg + 1]) as Split
if (!['tune', 'holdout', 'all'].includes(split)) {
  console.error('--split must be tune, holdout or all')
  process.exit(2)
}
const inSplit = (key: string, modulus: number) => {
  if (split === 'all') return true
  const held = fnv1a(key) % modulus === 0
  return split === 'holdout' ? held : !held
}

const lettersArg = process.argv.indexOf('--letters')
const cleanArg = process.argv.indexOf('--clean')
if (cleanArg !== -1) {
  const paths = process.argv.slice(cleanArg + 1).filter((arg, index, args) => {
    return !arg.startsWith('--') && args[index - 1] !== '--split'
  })
  evalClean(paths)
} else if (lettersArg !== -1) {
  evalLetters(process.argv[lettersArg + 1] ?? '')
} else {
  evalPairs(process.argv[2] ?? '')
}

interface CleanLetter {
  set: string
  id: string
  context: ThankYouContext
  text: string
}

/** The larger clean set, in the split asked for (see the comment at the top). */
function evalClean(published: readonly string[]): void {
  const trade = readJsonl<{ id: string; text: string }>(
    new URL('../test/fixtures/spelling/trade-sentences.jsonl', import.meta.url).pathname,
  ).map((row) => ({ set: 'trade', id: row.id, context: {}, text: row.text }))
  const letters: CleanLetter[] = [...cleanSet({ published }), ...trade].filter((letter) =>
    inSplit(`spelling/${letter.set}/${letter.id}`, HOLDOUT_MODULUS.letters),
  )
  lintClean(letters, `clean set (${published.length} published files)`)
}

function evalLetters(file: string): void {
  const letters = readJsonl<{ id: string; context: ThankYouContext; text: string }>(file)
    .filter((letter) => inSplit(letter.id, HOLDOUT_MODULUS.letters))
    .map((letter) => ({ ...letter, set: 'letters-train' }))
  lintClean(letters, file)
}

function lintClean(letters: readonly CleanLetter[], file: string): void {
  const off = {
    length: false,
    structure: false,
    accuracy: false,
    coverage: false,
    timing: false,
    tone: false,
    grammar: false,
  } as const
  let words = 0
  const byRule = new Map<string, number>()
  const bySet = new Map<string, { letters: number; words: number; flags: number }>()
  const flags: string[] = []
  for (const letter of letters) {
    const report = lintThankYou(letter.text, letter.context, { checkers: off })
    words += report.stats.words
    const set = bySet.get(letter.set) ?? { letters: 0, words: 0, flags: 0 }
    bySet.set(letter.set, set)
    set.letters++
    set.words += report.stats.words
    for (const finding of report.findings) {
      if (finding.severity !== 'info') set.flags++
      // A rule's findings may differ in severity (`unknown-word` is info for a probable compound).
      const rule = `${finding.ruleId} (${finding.severity})`
      byRule.set(rule, (byRule.get(rule) ?? 0) + 1)
      flags.push(
        `${letter.set}/${letter.id}\t${rule}\t${finding.actual ?? ''}\t${(finding.expected ?? []).slice(0, 3).join(', ')}`,
      )
    }
  }
  // The held-out letters' flags are not listed, so that nobody tunes on them by reading them.
  if (split !== 'holdout') console.log(flags.join('\n'))
  const per1000 = (count: number) => ((count / words) * 1000).toFixed(2)
  console.log(`${file} (${split}): ${letters.length} letters, ${words} words`)
  for (const [rule, count] of [...byRule].sort())
    console.log(`${rule}: ${count} (${per1000(count)} per 1,000 words)`)
  const total = [...byRule.values()].reduce((a, b) => a + b, 0)
  console.log(`all spelling findings: ${total} (${per1000(total)} per 1,000 words)`)
  if (bySet.size > 1) {
    for (const [name, set] of [...bySet].sort()) {
      const rate = ((set.flags / set.words) * 1000).toFixed(2)
      console.log(
        `  ${name}: ${set.letters} letters, ${set.words} words, ${set.flags} warnings and errors (${rate} per 1,000 words)`,
      )
    }
  }
}

function evalPairs(file: string): void {
  if (!file) {
    console.error('usage: npm run eval:spelling -- <pairs.tsv> [--split tune|holdout] [--misses]')
    process.exit(2)
  }
  const showMisses = process.argv.includes('--misses')
  const rows = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.includes('\t'))
    .map((line) => line.split('\t') as [string, string])
    .filter(([misspelling]) => misspelling !== 'misspelling')
    .filter(([misspelling]) => inSplit(misspelling, HOLDOUT_MODULUS.pairs))

  const reference = nspell(en)
  const started = performance.now()
  getLexicon()
  const buildMs = performance.now() - started

  /** A capitalised misspelling is taken as written mid-sentence, where it reads as a name. */
  const isCapitalized = (word: string) => word.charAt(0) !== word.charAt(0).toLowerCase()
  const suggestFor = (misspelling: string) =>
    suggest(misspelling, { dialect: 'en-US', limit: 5, name: isCapitalized(misspelling) })

  // Warm the JIT on the first rows, then forget their candidates so that every row is searched.
  for (const [misspelling] of rows.slice(0, 200)) suggestFor(misspelling)
  clearSuggestionCache()

  let nonWords = 0
  let detected = 0
  let top1 = 0
  let top3 = 0
  let outside = 0
  // The ceiling: rows whose correction the checker's own lexicon holds (every word of it, en-US),
  // and among the rest the run-together rows (`alot` → `a lot`), which only a split can answer.
  let reachable = 0
  let reachableTop3 = 0
  let runTogether = 0
  let runTogetherTop3 = 0
  const times: number[] = []
  const nodes: number[] = []
  const misses: string[] = []
  const undetected: string[] = []
  for (const [misspelling, correction] of rows) {
    if (reference.correct(misspelling)) continue
    nonWords++
    if (piecesOf(misspelling).some((piece) => !isKnownPiece(piece.text, 'en-US'))) detected++
    else undetected.push(`${misspelling}\t${correction}\tNOT DETECTED`)
    if (!correction.split(' ').every((word) => reference.correct(word))) outside++
    const visited = searchStats.nodes
    const begin = performance.now()
    const suggestions = suggestFor(misspelling).map((s) => s.word.toLowerCase())
    times.push(performance.now() - begin)
    nodes.push(searchStats.nodes - visited)
    const rank = suggestions.indexOf(correction.toLowerCase())
    if (rank === 0) top1++
    if (rank >= 0 && rank < 3) top3++
    if (correction.split(' ').every((word) => isKnownPiece(word, 'en-US'))) {
      reachable++
      if (rank >= 0 && rank < 3) reachableTop3++
    }
    if (correction.includes(' ') && correction.replaceAll(' ', '') === misspelling) {
      runTogether++
      if (rank >= 0 && rank < 3) runTogetherTop3++
    }
    if (rank !== 0 && showMisses)
      misses.push(`${misspelling}\t${correction}\t${rank}\t${suggestions.join(', ')}`)
  }

  const quantile = (values: number[], q: number) => {
    const sorted = [...values].sort((a, b) => a - b)
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  }
  const ratio = (count: number) => (count / nonWords).toFixed(3)
  if (showMisses) console.log([...undetected, ...misses].join('\n'))
  console.log(`${file} (${split}): ${rows.length} rows, ${nonWords} non-word misspellings`)
  console.log(`detection ${ratio(detected)}  top-1 ${ratio(top1)}  top-3 ${ratio(top3)}`)
  console.log(
    `corrections the en-US dictionary lacks: ${outside} (${ratio(outside)}); top-1 ${(top1 / (nonWords - outside)).toFixed(3)} and top-3 ${(top3 / (nonWords - outside)).toFixed(3)} over the rest`,
  )
  console.log(
    `corrections in the checker's en-US lexicon: ${reachable} (${ratio(reachable)}, the ceiling of top-3); top-3 ${(reachableTop3 / reachable).toFixed(3)} over those; run-together words (correction = misspelling with a space): ${runTogether}, top-3 ${runTogetherTop3}`,
  )
  console.log(
    `suggestion time p50 ${quantile(times, 0.5).toFixed(2)} ms  p99 ${quantile(times, 0.99).toFixed(2)} ms  max ${quantile(times, 1).toFixed(2)} ms  (trie nodes p50 ${quantile(nodes, 0.5)}, p99 ${quantile(nodes, 0.99)}, max ${quantile(nodes, 1)}); lexicon built in ${buildMs.toFixed(1)} ms`,
  )
}
