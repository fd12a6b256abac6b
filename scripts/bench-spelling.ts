/**
 * Measures what the spelling checker costs, on letters with their context (by default the clean
 * fixtures in test/fixtures/spelling):
 *
 *   npm run build && npm run bench:spelling -- [folder] [--no-cold]
 *
 * - cold: a fresh Node process imports the built package and lints one letter, with the spelling
 *   checker on and off (median of 7 runs each); the difference is what spelling adds to a cold start.
 * - warm: the spelling check alone (`spelling.check` on parsed letters) per letter, with the
 *   suggestion cache kept (a process linting the same templates again) and cleared before each
 *   letter (every unknown word searched afresh).
 * - memory: heap and RSS growth when the lexicon and its search index are built.
 * - suggestions for words not seen before: each distinct word of five letters or more in the
 *   letters, with two inner letters swapped (`intreview`), suggested with the cache cleared
 *   first; p50, p99 and max of wall time, of CPU time (which leaves out the time the scheduler gave
 *   to other processes) and of trie nodes visited (exact, the same on any machine).
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { CheckEnvironment } from '../src/checker.ts'
import { spelling } from '../src/checks/spelling/index.ts'
import { getLexicon, searchIndex } from '../src/checks/spelling/lexicon.ts'
import { clearSuggestionCache, searchStats, suggest } from '../src/checks/spelling/suggest.ts'
import { parseDocument } from '../src/document.ts'
import type { LintOptions, SpellingOptions, ThankYouContext } from '../src/types.ts'

const args = process.argv.slice(2)
/** `--no-cold` skips the fresh processes (half a minute on a loaded machine). */
const cold = !args.includes('--no-cold')
const folder = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'test/fixtures/spelling')
const letters = readdirSync(folder)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => {
    const setup = JSON.parse(readFileSync(join(folder, file.replace(/\.txt$/, '.json')), 'utf8')) as {
      context: ThankYouContext
      options?: LintOptions
    }
    const options: SpellingOptions = { ...spelling.defaults, ...setup.options?.spelling }
    return { draft: readFileSync(join(folder, file), 'utf8'), context: setup.context, options }
  })
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0

// Cold start, in fresh processes.
const first = letters[0]
if (first && cold) {
  const probe = (spellingOn: boolean) => `
    const started = performance.now()
    const { lintThankYou } = await import(${JSON.stringify(resolve('dist/index.js'))})
    lintThankYou(${JSON.stringify(first.draft)}, ${JSON.stringify(first.context)}, { checkers: { spelling: ${spellingOn} } })
    console.log(performance.now() - started)`
  const run = (spellingOn: boolean) =>
    Number(
      execFileSync(process.execPath, ['--input-type=module', '-e', probe(spellingOn)], { encoding: 'utf8' }),
    )
  const on: number[] = []
  const off: number[] = []
  for (let i = 0; i < 15; i++) {
    on.push(run(true))
    off.push(run(false))
  }
  console.log(
    `cold import + first lint: ${median(on).toFixed(1)} ms with spelling, ${median(off).toFixed(1)} ms without (spelling adds ${(median(on) - median(off)).toFixed(1)} ms)`,
  )
}

// Memory the lexicon takes, built in this process before anything else touches it.
{
  const before = process.memoryUsage()
  searchIndex(getLexicon())
  const after = process.memoryUsage()
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1)
  console.log(
    `lexicon loaded: heap +${mb(after.heapUsed - before.heapUsed)} MB, array buffers +${mb(after.arrayBuffers - before.arrayBuffers)} MB, RSS +${mb(after.rss - before.rss)} MB (RSS now ${mb(after.rss)} MB)`,
  )
}

// Warm, in this process.
// Every lint gets a fresh document, as in `lintThankYou`; its memo (context terms) starts empty.
const fresh = () =>
  letters.map(({ draft, context, options }) => ({ document: parseDocument(draft), context, options }))
const words = fresh().reduce((sum, { document }) => sum + document.words.length, 0)
const check = ({ document, context, options }: ReturnType<typeof fresh>[number]) => {
  const environment: CheckEnvironment = { context, template: false, isRuleEnabled: () => false }
  return spelling.check(document, environment, options)
}
for (let i = 0; i < 20; i++) for (const letter of fresh()) check(letter)
const rounds = 30
const time = (clearCache: boolean) => {
  let total = 0
  for (let round = 0; round < rounds; round++) {
    for (const letter of fresh()) {
      if (clearCache) clearSuggestionCache()
      const started = performance.now()
      check(letter)
      total += performance.now() - started
    }
  }
  return total
}
const uncached = time(true)
const cached = time(false)
const perLetter = (total: number) => (total / (rounds * letters.length)).toFixed(3)
const per250Words = (total: number) => ((total / (rounds * words)) * 250).toFixed(3)
console.log(
  `warm spelling check per letter (${letters.length} letters, ${Math.round(words / letters.length)} words on average): ${perLetter(cached)} ms with the suggestion cache, ${perLetter(uncached)} ms with it cleared; per 250 words ${per250Words(cached)} ms and ${per250Words(uncached)} ms`,
)

// Suggestions for words not seen before.
{
  const seen = new Set<string>()
  for (const { draft } of letters) {
    for (const word of draft.match(/\b[a-z]{5,}\b/g) ?? []) seen.add(word)
  }
  const unseen = [...seen].map((word) => word.slice(0, 2) + word.charAt(3) + word.charAt(2) + word.slice(4))
  for (const word of unseen.slice(0, 50)) suggest(word, { dialect: 'en-US', limit: 5 })
  // Wall time counts the moments the scheduler gives the core to another process; CPU time
  // (`process.cpuUsage`, in microseconds) does not, and the trie nodes visited are exact.
  const times: number[] = []
  const cpu: number[] = []
  const nodes: number[] = []
  for (const word of unseen) {
    clearSuggestionCache()
    const visited = searchStats.nodes
    const cpuBefore = process.cpuUsage()
    const started = performance.now()
    suggest(word, { dialect: 'en-US', limit: 5 })
    times.push(performance.now() - started)
    const used = process.cpuUsage(cpuBefore)
    cpu.push((used.user + used.system) / 1000)
    nodes.push(searchStats.nodes - visited)
  }
  const at = (values: number[], q: number, digits: number) => {
    const sorted = [...values].sort((a, b) => a - b)
    return (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(digits)
  }
  const quantiles = (values: number[], digits: number) =>
    `p50 ${at(values, 0.5, digits)}, p99 ${at(values, 0.99, digits)}, max ${at(values, 1, digits)}`
  console.log(`suggestion for an unseen word (${times.length} words, cache cleared):`)
  console.log(`  wall ms ${quantiles(times, 3)}`)
  console.log(`  CPU ms  ${quantiles(cpu, 3)}`)
  console.log(`  trie nodes ${quantiles(nodes, 0)}`)
}
