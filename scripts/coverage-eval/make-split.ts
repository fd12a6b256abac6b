/**
 * Splits a labelled letter set (JSON lines with `id`, `style`, `labels`) into a tuning part and a
 * held-out part, about two thirds and one third, deterministically. Letters are grouped by their
 * labels (which points they make) and, within a group, ordered by style family (`british-panel` →
 * `british`) and id; the groups are laid end to end and every third letter of that order goes to
 * the held-out part (counting on across groups, so small groups still add up to a third), so each
 * label pattern and each style family lands on both sides. Usage:
 * `tsx scripts/coverage-eval/make-split.ts ../shared/data/letters-train.jsonl > scripts/coverage-eval/split.json`.
 * The split was written before the checker was changed, and is never refitted.
 */
import { readJsonl } from '../read-jsonl.js'

interface Row {
  id: string
  style: string
  labels: Record<string, boolean>
}

const path = process.argv[2]
if (!path) throw new Error('usage: make-split.ts <letters.jsonl>')
const rows = readJsonl<Row>(path)

const POINTS = ['appreciation', 'interest', 'contribution', 'specifics']
const groups = new Map<string, Row[]>()
for (const row of rows) {
  const key = POINTS.map((point) => (row.labels[point] ? '1' : '0')).join('')
  const group = groups.get(key) ?? []
  group.push(row)
  groups.set(key, group)
}

const family = (style: string) => style.split('-')[0] ?? style
const tune: string[] = []
const holdout: string[] = []
let position = 0
for (const key of [...groups.keys()].sort()) {
  const group = (groups.get(key) ?? []).sort(
    (a, b) => family(a.style).localeCompare(family(b.style)) || a.id.localeCompare(b.id),
  )
  for (const row of group) {
    ;(position % 3 === 2 ? holdout : tune).push(row.id)
    position++
  }
}

console.log(
  JSON.stringify(
    {
      source: 'letters-train.jsonl (120 letters; ../shared/data/SOURCES.md)',
      method: 'by label pattern, then style family and id; groups end to end; every third letter is held out',
      tune: tune.sort(),
      holdout: holdout.sort(),
    },
    null,
    2,
  ),
)
