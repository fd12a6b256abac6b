// Peak RSS of the library in a fresh process: import, lint every letter three times, then the
// generated 10 KB, 100 KB and 1 MB drafts. Prints one JSON line. Run by bench/run.mjs.
//
// Usage: node bench/memory.mjs <letters.txt>
import { generateDraft, loadLetters } from './corpus.mjs'

const letters = loadLetters(process.argv[2] ?? 'bench/corpus/letters.txt')
const { lintThankYou } = await import('../dist/index.js')
for (let round = 0; round < 3; round++) {
  for (const { draft, context } of letters) lintThankYou(draft, context)
}
const afterLetters = process.resourceUsage().maxRSS
for (const size of [10_000, 100_000, 1_000_000]) {
  lintThankYou(generateDraft(letters, size), letters[0]?.context, { maxLength: Number.POSITIVE_INFINITY })
}
process.stdout.write(`${JSON.stringify({ afterLetters, afterScaling: process.resourceUsage().maxRSS })}\n`)
