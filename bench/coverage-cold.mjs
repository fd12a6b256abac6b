// Cold cost in a fresh process: importing the built library, a first lint without the coverage
// checker, then the coverage checker's first use (its phrase lists are compiled then). CPU time of
// this process, in ms. Usage: `npm run bench:coverage-cold` (builds, then passes dist/index.js).
import { pathToFileURL } from 'node:url'

const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
const wallStart = performance.now()
const start = cpuMs()
const { lintThankYou } = await import(pathToFileURL(process.argv[2] ?? 'dist/index.js').href)
const imported = cpuMs()
const draft = 'Dear Ms. Okoro,\n\nThank you for meeting with me on Tuesday.\n\nBest regards,\nJordan Lee'
lintThankYou(draft, {}, { checkers: { coverage: false } })
const firstLint = cpuMs()
lintThankYou(draft, {})
const firstCoverage = cpuMs()
console.log(
  `import ${(imported - start).toFixed(1)} ms, first lint without coverage ${(firstLint - imported).toFixed(1)} ms, ` +
    `first coverage ${(firstCoverage - firstLint).toFixed(1)} ms, total ${(firstCoverage - start).toFixed(1)} ms ` +
    `(wall ${(performance.now() - wallStart).toFixed(1)} ms)`,
)
