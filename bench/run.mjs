// Benchmarks thank-you-lint's built package (dist/) against its anchors on the same letters, in
// one run, and prints Markdown tables with ratios and pass/fail against issue 8's targets.
//
// Usage: node bench/run.mjs [letters.txt] [--quick] [--json <file>]
//   (`npm run bench` builds first; `npm run bench -- --quick` is a short run.)
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, freemem, loadavg, platform, release, tmpdir, totalmem } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { measure as measureBundle, TARGET_GZIPPED } from '../scripts/size.mjs'
import { generateDraft, loadLetters } from './corpus.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const quick = args.includes('--quick')
const jsonAt = args.indexOf('--json')
const jsonFile = jsonAt === -1 ? undefined : args[jsonAt + 1]
const corpusFile = args.find((arg, index) => !arg.startsWith('--') && (jsonAt === -1 || index !== jsonAt + 1))
const lettersFile = resolve(corpusFile ?? join(root, 'bench/corpus/letters.txt'))

/** Rounds and runs per measure; `--quick` keeps the whole bench to about a minute. */
const plan = quick
  ? {
      warmup: 3,
      rounds: 10,
      alexRounds: 2,
      harperRounds: 2,
      checkerRounds: 3,
      scaling: [10, 3, 1],
      cold: 3,
      cli: 1,
    }
  : {
      warmup: 10,
      rounds: 60,
      alexRounds: 8,
      harperRounds: 5,
      checkerRounds: 10,
      scaling: [20, 5, 3],
      cold: 7,
      cli: 3,
    }

/** Issue 8's targets. */
const TARGET = {
  warmP50: 2,
  warmP99: 10,
  vsRetextSpell: 4,
  cold: 500,
  scalingRatio: 120,
  largest: 2000,
  cli: 5000,
  cliRss: 200,
}

const distIndex = join(root, 'dist/index.js')
if (!existsSync(distIndex)) {
  console.error('dist/index.js is missing: run `npm run build` first (`npm run bench` does).')
  process.exit(1)
}
const { lintThankYou, rules } = await import(distIndex)
const letters = loadLetters(lettersFile)
const checkerNames = [...new Set(rules.map((rule) => rule.checker))]
const started = performance.now()
const loadAtStart = loadavg()[0] ?? 0
const log = (line) => process.stderr.write(`${line}\n`)

// ---------------------------------------------------------------------------------------------
// Helpers

function quantile(samples, q) {
  const sorted = [...samples].sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[index]
}
const median = (samples) => quantile(samples, 0.5)
const mean = (samples) => samples.reduce((sum, value) => sum + value, 0) / samples.length

/** Times `run(letter)` for every letter, `rounds` times after `warmup` untimed rounds. */
function perLetter(run, rounds, warmup) {
  for (let round = 0; round < warmup; round++) for (const letter of letters) run(letter)
  const samples = []
  const cpu = []
  const byLetter = new Map(letters.map((letter) => [letter.id, []]))
  for (let round = 0; round < rounds; round++) {
    for (const letter of letters) {
      const cpuStart = process.cpuUsage()
      const start = performance.now()
      run(letter)
      const elapsed = performance.now() - start
      samples.push(elapsed)
      byLetter.get(letter.id)?.push(elapsed)
      const used = process.cpuUsage(cpuStart)
      cpu.push((used.user + used.system) / 1000)
    }
  }
  return summarize(samples, cpu, byLetter)
}

/**
 * `perLetter` for a tool whose lint returns a promise (harper.js): each timing includes the await.
 * `beforeRound`, when given, is awaited untimed before each timed round.
 */
async function perLetterAsync(run, rounds, warmup, beforeRound) {
  for (let round = 0; round < warmup; round++) for (const letter of letters) await run(letter)
  const samples = []
  const cpu = []
  const byLetter = new Map(letters.map((letter) => [letter.id, []]))
  for (let round = 0; round < rounds; round++) {
    await beforeRound?.()
    for (const letter of letters) {
      const cpuStart = process.cpuUsage()
      const start = performance.now()
      await run(letter)
      const elapsed = performance.now() - start
      samples.push(elapsed)
      byLetter.get(letter.id)?.push(elapsed)
      const used = process.cpuUsage(cpuStart)
      cpu.push((used.user + used.system) / 1000)
    }
  }
  return summarize(samples, cpu, byLetter)
}

function summarize(samples, cpu, byLetter) {
  const slowest = [...byLetter]
    .map(([id, times]) => ({ id, median: median(times) }))
    .sort((a, b) => b.median - a.median)
    .slice(0, 3)
  return {
    p50: median(samples),
    p99: quantile(samples, 0.99),
    mean: mean(samples),
    cpuP99: quantile(cpu, 0.99),
    n: samples.length,
    slowest,
  }
}

function node(scriptArgs, options = {}) {
  const start = performance.now()
  const result = spawnSync(process.execPath, scriptArgs, { cwd: root, encoding: 'utf8', ...options })
  const wall = performance.now() - start
  if (result.error) throw result.error
  return { wall, result }
}

const ms = (value, digits = 2) => (Number.isFinite(value) ? `${value.toFixed(digits)} ms` : 'n/a')
const times = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a')
const verdict = (ok) => (ok ? 'pass' : '**FAIL**')

// ---------------------------------------------------------------------------------------------
// Warm lint: thank-you-lint with every checker on and the letter's context, then the anchors.

for (const { id, draft, context } of letters) {
  try {
    lintThankYou(draft, context)
  } catch (error) {
    throw new Error(`letter ${id} does not lint: ${error.message}`)
  }
}
const words = mean(letters.map(({ draft, context }) => lintThankYou(draft, context).stats.words))

log(`warm: thank-you-lint, ${letters.length} letters × ${plan.rounds} rounds`)
const warm = {
  'thank-you-lint': perLetter(({ draft, context }) => lintThankYou(draft, context), plan.rounds, plan.warmup),
}

log('warm: parse only and each checker alone')
const allOff = Object.fromEntries(checkerNames.map((name) => [name, false]))
const perChecker = {
  '(parse only, every checker off)': perLetter(
    ({ draft, context }) => lintThankYou(draft, context, { checkers: allOff }),
    plan.checkerRounds,
    2,
  ),
}
for (const name of checkerNames) {
  const options = { checkers: { ...allOff, [name]: true } }
  perChecker[name] = perLetter(
    ({ draft, context }) => lintThankYou(draft, context, options),
    plan.checkerRounds,
    2,
  )
}

// ---------------------------------------------------------------------------------------------
// Scaling: generated drafts, warm (one untimed run each), before the anchors run in this process.

log('scaling: 10 KB, 100 KB, 1 MB')
const scaling = []
for (const [index, size] of [10_000, 100_000, 1_000_000].entries()) {
  const draft = generateDraft(letters, size)
  const runs = plan.scaling[index] ?? 1
  const samples = []
  let findings = 0
  lintThankYou(draft, letters[0]?.context, { maxLength: Number.POSITIVE_INFINITY })
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    findings = lintThankYou(draft, letters[0]?.context, { maxLength: Number.POSITIVE_INFINITY }).findings
      .length
    samples.push(performance.now() - start)
  }
  scaling.push({ size, runs, median: median(samples), findings })
}
const scalingRatio = (scaling[2]?.median ?? Number.NaN) / (scaling[0]?.median ?? Number.NaN)

log('warm: anchors')
const { unified } = await import('unified')
const { default: retextEnglish } = await import('retext-english')
const { default: retextSpell } = await import('retext-spell')
const { default: dictionaryEn } = await import('dictionary-en')
const { VFile } = await import('vfile')
const alex = await import('alex')
const { default: writeGood } = await import('write-good')

const spell = unified().use(retextEnglish).use(retextSpell, { dictionary: dictionaryEn }).freeze()
warm['retext-spell (retext-english + dictionary-en)'] = perLetter(
  ({ draft }) => {
    const file = new VFile(draft)
    spell.runSync(spell.parse(file), file)
  },
  plan.rounds,
  plan.warmup,
)
warm['alex (text)'] = perLetter(({ draft }) => alex.text(draft), plan.alexRounds, 1)
warm['write-good'] = perLetter(({ draft }) => writeGood(draft), plan.rounds, plan.warmup)

// ---------------------------------------------------------------------------------------------
// Cold start: fresh processes, each importing a tool and linting the same letter with typos.

const work = mkdtempSync(join(tmpdir(), 'thank-you-lint-bench-'))
const coldLetter = letters.find((letter) => letter.id.includes('typos')) ?? letters[0]
const coldInput = join(work, 'letter.json')
writeFileSync(coldInput, JSON.stringify(coldLetter))
const cold = {}
for (const tool of ['thank-you-lint', 'retext-spell', 'alex', 'write-good', 'harper.js']) {
  log(`cold start: ${tool} × ${plan.cold}`)
  const walls = []
  const works = []
  let rss = 0
  for (let run = 0; run < plan.cold; run++) {
    const { wall, result } = node([join(root, 'bench/cold.mjs'), tool, coldInput])
    if (result.status !== 0) throw new Error(`cold start of ${tool} failed:\n${result.stderr}`)
    const report = JSON.parse(result.stdout)
    walls.push(wall)
    works.push(report.work)
    rss = Math.max(rss, report.maxRSS)
  }
  cold[tool] = { wall: median(walls), work: median(works), rss: rss / 1024 }
}

// ---------------------------------------------------------------------------------------------
// Peak memory of the library, and the CLI on 1,000 files when the package has one.

log('peak RSS: library')
const memoryRun = node([join(root, 'bench/memory.mjs'), lettersFile])
if (memoryRun.result.status !== 0) throw new Error(`memory run failed:\n${memoryRun.result.stderr}`)
const memory = JSON.parse(memoryRun.result.stdout)

const cliPath = join(root, 'dist/cli.js')
let cli
if (existsSync(cliPath)) {
  log(`CLI: 1,000 files × ${plan.cli}`)
  const folder = join(work, 'letters')
  mkdirSync(folder)
  // The same letters, each with its context beside it as the CLI reads it (<name>.context.json).
  for (let index = 0; index < 1000; index++) {
    const letter = letters[index % letters.length]
    const name = join(folder, `${String(index).padStart(4, '0')}-${letter.id}`)
    writeFileSync(`${name}.txt`, letter.draft)
    writeFileSync(`${name}.context.json`, JSON.stringify(letter.context))
  }
  const walls = []
  let rss = 0
  let status
  let stderr = ''
  for (let run = 0; run < plan.cli; run++) {
    const rssFile = join(work, `cli-rss-${run}`)
    const { wall, result } = node(
      ['--import', join(root, 'bench/rss-hook.mjs'), cliPath, '--format', 'json', folder],
      {
        env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
      },
    )
    walls.push(wall)
    status = result.status
    stderr = result.stderr ?? ''
    if (existsSync(rssFile)) rss = Math.max(rss, Number(readFileSync(rssFile, 'utf8')))
  }
  cli = { wall: median(walls), rss: rss / 1024, status, stderr: stderr.split('\n').slice(0, 3).join(' ') }
}
rmSync(work, { recursive: true, force: true })

// Warm harper.js, last. Its WebAssembly linter runs in this thread (LocalLinter with
// `harper.js/binary`, which reads the .wasm files shipped in the package; nothing is fetched):
// American English, every default lint, default options (Markdown). Each timing is one
// `await linter.lint(draft)`. It runs after every child process because it leaves this process at
// 300–400 MB RSS, and on Linux a child forked from it reports at least that as its own peak RSS
// (maxRSS survives fork and exec), which would inflate every cold-start and CLI RSS figure.
//
// A harper.js linter keeps an LRU cache of its rules' results keyed by the text of each chunk and
// sentence, so linting the same letter again mostly reads the cache. Two rows, then: "new text"
// gives every round a fresh linter (created and set up untimed, its cache empty, the process warm),
// as when each letter is linted once; thank-you-lint keeps no such cache, so this is like for like.
// "cached" lints the same letters again on the last of those linters, as an editor re-linting an
// unchanged text would.
const HARPER_FRESH = 'harper.js, new text (fresh linter per round)'
const HARPER_CACHED = 'harper.js, same text again (its cache)'
log(`warm: harper.js, ${letters.length} letters × ${plan.harperRounds} rounds, fresh then cached`)
const { LocalLinter } = await import('harper.js')
const { binary } = await import('harper.js/binary')
let harper = new LocalLinter({ binary })
await harper.setup()
warm[HARPER_FRESH] = await perLetterAsync(
  ({ draft }) => harper.lint(draft),
  plan.harperRounds,
  1,
  async () => {
    await harper.dispose()
    harper = new LocalLinter({ binary })
    await harper.setup()
  },
)
warm[HARPER_CACHED] = await perLetterAsync(({ draft }) => harper.lint(draft), 2 * plan.harperRounds, 0)
await harper.dispose()

// ---------------------------------------------------------------------------------------------
// Report

const tyl = warm['thank-you-lint']
const retextWarm = warm['retext-spell (retext-english + dictionary-en)']
const alexWarm = warm['alex (text)']
const harperFresh = warm[HARPER_FRESH]
const harperCached = warm[HARPER_CACHED]
const out = []
const cpu = cpus()
out.push(
  `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM ` +
    `(${(freemem() / 2 ** 30).toFixed(0)} GiB free), ${platform()} ${release()}, Node.js ${process.version}; ` +
    `load average ${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end.`,
)
out.push(
  `Corpus: ${letters.length} letters (${lettersFile.replace(`${root}/`, '')}), ${words.toFixed(0)} words on average; ` +
    `checkers: ${checkerNames.join(', ')}; ${quick ? 'quick run' : 'full run'}.`,
)
out.push('')
out.push(
  '| tool | warm p50 / letter | warm p99 / letter | warm p99, CPU time | warm mean | cold start (median wall) | peak RSS, cold |',
)
out.push('|---|---|---|---|---|---|---|')
const coldOf = {
  'thank-you-lint': cold['thank-you-lint'],
  'retext-spell (retext-english + dictionary-en)': cold['retext-spell'],
  'alex (text)': cold.alex,
  'write-good': cold['write-good'],
  [HARPER_FRESH]: cold['harper.js'],
}
for (const [tool, result] of Object.entries(warm)) {
  const c = coldOf[tool]
  out.push(
    `| ${tool} | ${ms(result.p50, 3)} | ${ms(result.p99, 3)} | ${ms(result.cpuP99, 3)} | ${ms(result.mean, 3)} | ${c ? ms(c.wall, 0) : 'n/a'} | ${c ? `${c.rss.toFixed(0)} MB` : 'n/a'} |`,
  )
}
out.push('')
out.push(
  `Slowest letters for thank-you-lint (median): ${tyl.slowest.map(({ id, median: value }) => `${id} ${ms(value, 2)}`).join(', ')}.`,
)
out.push('')
out.push('| thank-you-lint, one checker on (warm) | p50 / letter | p99 / letter |')
out.push('|---|---|---|')
for (const [name, result] of Object.entries(perChecker)) {
  out.push(`| ${name} | ${ms(result.p50, 3)} | ${ms(result.p99, 3)} |`)
}
out.push('')
out.push('| generated draft | lint (median) | runs | findings |')
out.push('|---|---|---|---|')
for (const { size, runs, median: value, findings } of scaling) {
  out.push(
    `| ${size >= 1e6 ? `${size / 1e6} MB` : `${size / 1e3} KB`} | ${ms(value, 1)} | ${runs} | ${findings} |`,
  )
}
out.push('')
out.push('| target (issue 8) | measured | result |')
out.push('|---|---|---|')
out.push(`| warm p50 ≤ ${TARGET.warmP50} ms | ${ms(tyl.p50, 3)} | ${verdict(tyl.p50 <= TARGET.warmP50)} |`)
out.push(
  `| warm p99 ≤ ${TARGET.warmP99} ms | ${ms(tyl.p99, 3)} (CPU time ${ms(tyl.cpuP99, 3)}) | ${verdict(tyl.p99 <= TARGET.warmP99)} |`,
)
out.push(
  `| warm p50 faster than alex | ${times(tyl.p50 / alexWarm.p50)} alex's ${ms(alexWarm.p50)} | ${verdict(tyl.p50 < alexWarm.p50)} |`,
)
out.push(
  `| warm p50 within ${TARGET.vsRetextSpell}× retext-spell | ${times(tyl.p50 / retextWarm.p50)} retext-spell's ${ms(retextWarm.p50, 3)} | ${verdict(tyl.p50 <= TARGET.vsRetextSpell * retextWarm.p50)} |`,
)
out.push(
  `| warm p50 faster than harper.js, new text and cached | ${times(tyl.p50 / harperFresh.p50)} its ${ms(harperFresh.p50)}; ${times(tyl.p50 / harperCached.p50)} its ${ms(harperCached.p50)} cached | ${verdict(tyl.p50 < harperFresh.p50 && tyl.p50 < harperCached.p50)} |`,
)
const coldTyl = cold['thank-you-lint']
const coldSpell = cold['retext-spell']
out.push(
  `| cold start ≤ ${TARGET.cold} ms (median wall, ${plan.cold} runs) | ${ms(coldTyl.wall, 0)} (in process ${ms(coldTyl.work, 0)}) | ${verdict(coldTyl.wall <= TARGET.cold)} |`,
)
out.push(
  `| cold start below retext-spell with suggestions | ${times(coldTyl.wall / coldSpell.wall)} its ${ms(coldSpell.wall, 0)} | ${verdict(coldTyl.wall < coldSpell.wall)} |`,
)
out.push(
  `| 1 MB ≤ ${TARGET.scalingRatio}× 10 KB | ${times(scalingRatio)} | ${verdict(scalingRatio <= TARGET.scalingRatio)} |`,
)
const largest = scaling[2]?.median ?? Number.NaN
out.push(`| 1 MB ≤ ${TARGET.largest} ms | ${ms(largest, 0)} | ${verdict(largest <= TARGET.largest)} |`)
if (cli) {
  const ran = cli.status === 0 || cli.status === 1
  out.push(
    `| CLI, 1,000 files ≤ ${TARGET.cli / 1000} s | ${ms(cli.wall, 0)} (exit ${cli.status}${ran ? '' : `: ${cli.stderr}`}) | ${verdict(ran && cli.wall <= TARGET.cli)} |`,
  )
  out.push(
    `| CLI peak RSS ≤ ${TARGET.cliRss} MB | ${cli.rss.toFixed(0)} MB | ${verdict(cli.rss > 0 && cli.rss <= TARGET.cliRss)} |`,
  )
} else {
  out.push('| CLI, 1,000 files ≤ 5 s | skipped: dist/cli.js does not exist yet | n/a |')
  out.push('| CLI peak RSS ≤ 200 MB | skipped: no CLI | n/a |')
}
// The browser bundle (issue 21): what a page loads with the library, and what it fetches on demand.
const bundle = await measureBundle()
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
out.push(
  `| browser bundle ≤ ${kib(TARGET_GZIPPED)} gzipped (issue 21; \`npm run size\`) | ${kib(bundle.eager.gzipped)} gzipped with the page, ${kib(bundle.eager.minified)} minified; + ${kib(bundle.lazy.gzipped)} gzipped on demand (the lexicon's extension tier, the confusion model and compromise), ${kib(bundle.eager.gzipped + bundle.lazy.gzipped)} in all | ${verdict(bundle.eager.gzipped <= TARGET_GZIPPED)} |`,
)
out.push(
  `| library peak RSS (letters; then + 1 MB draft) | ${(memory.afterLetters / 1024).toFixed(0)} MB; ${(memory.afterScaling / 1024).toFixed(0)} MB | info |`,
)
out.push('')
out.push(`Bench time: ${((performance.now() - started) / 1000).toFixed(0)} s.`)
console.log(out.join('\n'))

if (jsonFile) {
  writeFileSync(
    jsonFile,
    `${JSON.stringify({ quick, letters: letters.length, words, warm, perChecker, scaling, scalingRatio, cold, memory, cli, bundle: { eager: bundle.eager, lazy: bundle.lazy } }, null, 2)}\n`,
  )
}
