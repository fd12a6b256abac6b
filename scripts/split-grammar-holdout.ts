/**
 * Splits LanguageTool's rule examples (`lt-email-tune.jsonl`, see ../shared/data/SOURCES.md:
 * LanguageTool grammar.xml at commit bc6ec6d, LGPL-2.1) into a tuning part and a held-out part by
 * rule id, not by sentence: the independent evaluation uses other LanguageTool rules, so a
 * sentence split would let a rule tuned on one example score its siblings. A rule id is held out
 * when the first 32 bits of its SHA-256, read as an unsigned number, fall in the top 30%.
 *
 *   npx tsx scripts/split-grammar-holdout.ts ../shared/data/lt-email-tune.jsonl
 *
 * writes `scripts/grammar-eval/holdout-rules.txt`, one held-out rule id a line, sorted. The list
 * was written and committed before any grammar code was changed; never fold it back in.
 */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'

export const HOLDOUT_SHARE = 0.3

export function isHeldOut(ruleId: string): boolean {
  const digest = createHash('sha256').update(ruleId).digest()
  return digest.readUInt32BE(0) / 2 ** 32 >= 1 - HOLDOUT_SHARE
}

const file = process.argv[2]
if (!file) {
  console.error('usage: npx tsx scripts/split-grammar-holdout.ts <lt-email-tune.jsonl>')
  process.exit(2)
}
const ids = new Set<string>()
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (line.trim()) ids.add((JSON.parse(line) as { ruleId: string }).ruleId)
}
const held = [...ids].filter(isHeldOut).sort()
writeFileSync(new URL('./grammar-eval/holdout-rules.txt', import.meta.url), `${held.join('\n')}\n`)
console.log(`${ids.size} rule ids, ${held.length} held out (${(held.length / ids.size).toFixed(3)})`)
