// npm run mutation [-- checker ...]: mutation testing of src/checks, one checker at a time.
//
// Each checker's mutants run against that checker's own tests (MUTATION_TESTS, read by
// vitest.mutation.config.ts): a lint runs every checker, so unscoped, each mutant would also run
// every other checker's tests and a full run would take hours on two cores. The JSON report of each
// checker lands in reports/mutation/<checker>.json; the summary adds them up, because the score
// the project tracks is the one over all of src/checks.
//
// Word-list data modules are never mutated (see stryker.config.json): a mutated list entry tests
// how broad the fixtures are, not the logic.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Each checker: the source files to mutate and the test files that test them. */
const GROUPS = {
  structure: {
    mutate: ['src/checks/structure/index.ts'],
    tests: ['test/structure.test.ts', 'test/structure.mutation.test.ts'],
  },
  length: {
    mutate: ['src/checks/length/index.ts'],
    tests: ['test/length.test.ts', 'test/length.mutation.test.ts'],
  },
  timing: { mutate: ['src/checks/timing/index.ts'], tests: ['test/timing.test.ts'] },
  grammar: {
    mutate: ['src/checks/grammar/index.ts'],
    tests: ['test/grammar.test.ts', 'test/grammar.mutation.test.ts', 'test/style-adversarial.test.ts'],
  },
  tone: {
    mutate: ['src/checks/tone/index.ts'],
    tests: [
      'test/tone.test.ts',
      'test/tone.mutation.test.ts',
      'test/tone-fixtures.test.ts',
      'test/style-adversarial.test.ts',
    ],
  },
  coverage: {
    mutate: [
      'src/checks/coverage/index.ts',
      'src/checks/coverage/analyse.ts',
      'src/checks/coverage/match-words.ts',
    ],
    tests: [
      'test/coverage.test.ts',
      'test/coverage.mutation.test.ts',
      'test/coverage-wording.test.ts',
      'test/coverage-data.test.ts',
      'test/coverage-fixtures.test.ts',
    ],
  },
  accuracy: {
    mutate: [
      'src/checks/accuracy/index.ts',
      'src/checks/accuracy/company.ts',
      'src/checks/accuracy/match.ts',
      'src/checks/accuracy/people.ts',
      'src/checks/accuracy/position.ts',
      'src/checks/accuracy/tokens.ts',
    ],
    tests: [
      'test/accuracy.test.ts',
      'test/accuracy.mutation.test.ts',
      'test/accuracy-tokens.test.ts',
      'test/accuracy-position.test.ts',
      'test/accuracy-company.test.ts',
      'test/accuracy-candidate.test.ts',
      'test/accuracy-addressee.test.ts',
      'test/accuracy-people.test.ts',
      'test/accuracy-fixtures.test.ts',
      'test/accuracy-eval.test.ts',
    ],
  },
  spelling: {
    mutate: [
      'src/checks/spelling/index.ts',
      'src/checks/spelling/lexicon.ts',
      'src/checks/spelling/suggest.ts',
      'src/checks/spelling/words.ts',
    ],
    tests: [
      'test/spelling.test.ts',
      'test/spelling-lexicon.test.ts',
      'test/spelling-suggest.test.ts',
      'test/spelling-fixtures.test.ts',
      'test/spelling.mutation.test.ts',
    ],
  },
}

const REPORTS = 'reports/mutation'
const requested = process.argv.slice(2)
const summaryOnly = requested.includes('--summary')
const names = requested.filter((name) => name !== '--summary')
for (const name of names) {
  if (!(name in GROUPS)) {
    console.error(`Unknown checker "${name}". Known: ${Object.keys(GROUPS).join(', ')}.`)
    process.exit(2)
  }
}

mkdirSync(REPORTS, { recursive: true })
const base = JSON.parse(readFileSync('stryker.config.json', 'utf8'))
let failed = false

if (!summaryOnly) {
  for (const name of names.length > 0 ? names : Object.keys(GROUPS)) {
    const group = GROUPS[name]
    const configFile = join(REPORTS, `stryker.${name}.json`)
    writeFileSync(
      configFile,
      JSON.stringify({
        ...base,
        $schema: undefined,
        _comment: undefined,
        mutate: group.mutate,
        reporters: ['clear-text', 'progress', 'json'],
        jsonReporter: { fileName: join(REPORTS, `${name}.json`) },
        tempDirName: `.stryker-tmp/${name}`,
      }),
    )
    console.log(`\n== ${name}: ${group.mutate.join(', ')}`)
    const run = spawnSync('npx', ['stryker', 'run', configFile], {
      stdio: 'inherit',
      env: { ...process.env, MUTATION_TESTS: group.tests.join(',') },
    })
    rmSync(configFile, { force: true })
    if (run.status !== 0) failed = true
  }
}

// Stryker's score: killed + timed out over every valid mutant (no coverage counts as survived).
const DETECTED = new Set(['Killed', 'Timeout'])
const UNDETECTED = new Set(['Survived', 'NoCoverage'])
const rows = []
for (const name of Object.keys(GROUPS)) {
  const file = join(REPORTS, `${name}.json`)
  if (!existsSync(file)) continue
  const report = JSON.parse(readFileSync(file, 'utf8'))
  let detected = 0
  let undetected = 0
  for (const source of Object.values(report.files)) {
    for (const mutant of source.mutants) {
      if (DETECTED.has(mutant.status)) detected++
      else if (UNDETECTED.has(mutant.status)) undetected++
    }
  }
  rows.push({ name, detected, undetected })
}
if (rows.length > 0) {
  const total = rows.reduce(
    (sum, row) => ({ detected: sum.detected + row.detected, undetected: sum.undetected + row.undetected }),
    { detected: 0, undetected: 0 },
  )
  const score = ({ detected, undetected }) =>
    `${((100 * detected) / Math.max(1, detected + undetected)).toFixed(2)}%`
  console.log('\nchecker      detected  undetected  score')
  for (const row of [...rows, { name: 'src/checks', ...total }]) {
    console.log(
      `${row.name.padEnd(12)} ${String(row.detected).padStart(8)}  ${String(row.undetected).padStart(10)}  ${score(row)}`,
    )
  }
}
process.exit(failed ? 1 : 0)
