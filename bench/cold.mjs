// One cold start: a fresh `node` process imports a tool and lints one letter. Run by bench/run.mjs
// several times per tool; prints one JSON line with in-process times (ms since the process
// started) and the peak RSS (KiB).
//
// Usage: node bench/cold.mjs <tool> <letter.json>
import { readFileSync } from 'node:fs'

const [tool, input] = process.argv.slice(2)
const { draft, context } = JSON.parse(readFileSync(input ?? '', 'utf8'))
const started = performance.now()
let findings = 0

if (tool === 'thank-you-lint') {
  const { lintThankYou } = await import('../dist/index.js')
  findings = lintThankYou(draft, context).findings.length
} else if (tool === 'retext-spell') {
  const [{ unified }, { default: retextEnglish }, { default: retextSpell }, { default: en }, { VFile }] =
    await Promise.all([
      import('unified'),
      import('retext-english'),
      import('retext-spell'),
      import('dictionary-en'),
      import('vfile'),
    ])
  // Suggestions on (retext-spell's default): the cost of a first pass over a letter with typos.
  const processor = unified().use(retextEnglish).use(retextSpell, { dictionary: en })
  const file = new VFile(draft)
  processor.runSync(processor.parse(file), file)
  findings = file.messages.length
} else if (tool === 'alex') {
  const { text } = await import('alex')
  findings = text(draft).messages.length
} else if (tool === 'write-good') {
  const { default: writeGood } = await import('write-good')
  findings = writeGood(draft).length
} else if (tool === 'harper.js') {
  // As harper.js's Node.js guide does: LocalLinter with `harper.js/binary`, which reads the .wasm
  // files shipped in the package. setup() compiles them; then one lint with every default lint.
  const [{ LocalLinter }, { binary }] = await Promise.all([import('harper.js'), import('harper.js/binary')])
  const linter = new LocalLinter({ binary })
  await linter.setup()
  findings = (await linter.lint(draft)).length
} else {
  throw new Error(`unknown tool ${tool}`)
}

const total = performance.now()
process.stdout.write(
  `${JSON.stringify({ tool, boot: started, work: total - started, total, findings, maxRSS: process.resourceUsage().maxRSS })}\n`,
)
