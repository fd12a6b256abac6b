/**
 * Measures the spelling checker on a `misspelling<TAB>correction` file (a header line is skipped):
 *
 *   npm run eval:spelling -- ../shared/data/aspell.tsv [--misses]
 *
 * Over the non-word misspellings (rows whose misspelling dictionary-en, through nspell, does not
 * accept) it prints detection recall (the checker flags the word), top-1 and top-3 suggestion
 * accuracy (compared case-insensitively; a capitalised misspelling is taken as written
 * mid-sentence), how many corrections the en-US dictionary lacks (no suggester can offer those),
 * and the time per suggestion: after a warm-up on the first rows, with the suggestion cache
 * cleared so that every row is searched. `--misses` lists the rows whose correction was not first.
 */
import { readFileSync } from 'node:fs'
import en from 'dictionary-en'
import nspell from 'nspell'
import { getLexicon } from '../src/checks/spelling/lexicon.ts'
import { clearSuggestionCache, searchStats, suggest } from '../src/checks/spelling/suggest.ts'
import { isKnownPiece, piecesOf } from '../src/checks/spelling/words.ts'

const file = process.argv[2]
if (!file) {
  console.error('usage: npm run eval:spelling -- <pairs.tsv> [--misses]')
  process.exit(2)
}
const showMisses = process.argv.includes('--misses')
const rows = readFileSync(file, 'utf8')
  .split(/\r?\n/)
  .filter((line) => line.includes('\t'))
  .map((line) => line.split('\t') as [string, string])
  .filter(([misspelling]) => misspelling !== 'misspelling')

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
const times: number[] = []
const nodes: number[] = []
const misses: string[] = []
for (const [misspelling, correction] of rows) {
  if (reference.correct(misspelling)) continue
  nonWords++
  if (piecesOf(misspelling).some((piece) => !isKnownPiece(piece.text, 'en-US'))) detected++
  if (!correction.split(' ').every((word) => reference.correct(word))) outside++
  const visited = searchStats.nodes
  const begin = performance.now()
  const suggestions = suggestFor(misspelling).map((s) => s.word.toLowerCase())
  times.push(performance.now() - begin)
  nodes.push(searchStats.nodes - visited)
  const rank = suggestions.indexOf(correction.toLowerCase())
  if (rank === 0) top1++
  if (rank >= 0 && rank < 3) top3++
  if (rank !== 0 && showMisses)
    misses.push(`${misspelling}\t${correction}\t${rank}\t${suggestions.join(', ')}`)
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
}
const ratio = (count: number) => (count / nonWords).toFixed(3)
if (showMisses) console.log(misses.join('\n'))
console.log(`${file}: ${rows.length} rows, ${nonWords} non-word misspellings`)
console.log(`detection ${ratio(detected)}  top-1 ${ratio(top1)}  top-3 ${ratio(top3)}`)
console.log(
  `corrections the en-US dictionary lacks: ${outside} (${ratio(outside)}); top-1 ${(top1 / (nonWords - outside)).toFixed(3)} and top-3 ${(top3 / (nonWords - outside)).toFixed(3)} over the rest`,
)
console.log(
  `suggestion time p50 ${quantile(times, 0.5).toFixed(2)} ms  p99 ${quantile(times, 0.99).toFixed(2)} ms  max ${quantile(times, 1).toFixed(2)} ms  (trie nodes p50 ${quantile(nodes, 0.5)}, p99 ${quantile(nodes, 0.99)}, max ${quantile(nodes, 1)}); lexicon built in ${buildMs.toFixed(1)} ms`,
)
