/**
 * Splits the clean letters (`letters-train.jsonl`, written for this project, see
 * ../shared/data/SOURCES.md) into a tuning part and a held-out part by letter id, for the
 * real-word error measurement (`npm run eval:grammar -- --real-words <letters.jsonl>`). A letter is
 * held out when the first 32 bits of the SHA-256 of its id, read as an unsigned number, fall in the
 * top 30%.
 *
 *   npx tsx scripts/grammar-eval/split-letters.ts ../shared/data/letters-train.jsonl
 *
 * writes `scripts/grammar-eval/letters-holdout.txt`, one held-out id a line, sorted. The list was
 * written and committed before any real-word rule was changed; never fold it back in.
 */
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { readJsonl } from '../read-jsonl.js'

const HOLDOUT_SHARE = 0.3

function isHeldOut(id: string): boolean {
  return createHash('sha256').update(id).digest().readUInt32BE(0) / 2 ** 32 >= 1 - HOLDOUT_SHARE
}

const file = process.argv[2]
if (!file) {
  console.error('usage: npx tsx scripts/grammar-eval/split-letters.ts <letters-train.jsonl>')
  process.exit(2)
}
const ids = readJsonl<{ id: string }>(file).map((row) => row.id)
const held = ids.filter(isHeldOut).sort()
writeFileSync(new URL('./letters-holdout.txt', import.meta.url), `${held.join('\n')}\n`)
console.log(`${ids.length} letters, ${held.length} held out (${(held.length / ids.length).toFixed(3)})`)
