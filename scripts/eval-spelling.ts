/**
 * Measures the spelling checker on a `misspelling<TAB>correction` file (a header line is skipped):
 *   npm run eval:spelling -- ../shared/data/aspell.tsv
 * Prints detection recall over the non-word misspellings (rows whose misspelling dictionary-en,
 * through nspell, does not accept), top-1 and top-3 suggestion accuracy over those rows (compared
 * case-insensitively), and the time per suggestion after the lexicon is built.
 */
import { readFileSync } from 'node:fs'
import en from 'dictionary-en'
import nspell from 'nspell'
import { getLexicon } from '../src/checks/spelling/lexicon.ts'
import { suggest } from '../src/checks/spelling/suggest.ts'
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

let nonWords = 0
let detected = 0
let top1 = 0
let top3 = 0
const times: number[] = []
const misses: string[] = []
for (const [misspelling, correction] of rows) {
  if (reference.correct(misspelling)) continue
  nonWords++
  const flagged = piecesOf(misspelling).some((piece) => !isKnownPiece(piece.text, 'en-US'))
  if (flagged) detected++
  const begin = performance.now()
  const suggestions = suggest(misspelling, {
    dialect: 'en-US',
    limit: 5,
    name: isCapitalized(misspelling),
  }).map((s) => s.word.toLowerCase())
  times.push(performance.now() - begin)
  const rank = suggestions.indexOf(correction.toLowerCase())
  if (rank === 0) top1++
  if (rank >= 0 && rank < 3) top3++
  if (rank !== 0 && showMisses)
    misses.push(`${misspelling}\t${correction}\t${rank}\t${suggestions.join(', ')}`)
}
times.sort((a, b) => a - b)
const quantile = (q: number) =>
  (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(2)
const ratio = (count: number) => (count / nonWords).toFixed(3)
if (showMisses) console.log(misses.join('\n'))
console.log(
  `${file}: ${rows.length} rows, ${nonWords} non-word misspellings (lexicon built in ${buildMs.toFixed(1)} ms)`,
)
console.log(`detection ${ratio(detected)}  top-1 ${ratio(top1)}  top-3 ${ratio(top3)}`)
console.log(`suggestion time p50 ${quantile(0.5)} ms  p99 ${quantile(0.99)} ms  max ${quantile(1)} ms`)

/** A capitalised misspelling is taken as written mid-sentence, where it reads as a name. */
function isCapitalized(word: string): boolean {
  return word.charAt(0) !== word.charAt(0).toLowerCase()
}
