// Times the built command over many template files, as CI would run it:
//   npm run build && node bench/cli-batch.mjs [count=1000]
// Writes `count` templates (.md with front matter, .html and .txt with sidecar contexts; about
// 250 words each) to a fresh temporary directory, runs `node dist/cli.js --template --format json
// <dir>` once, and prints the wall time, the command's CPU time and its peak resident memory.
// The directory is removed afterwards.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const count = Number(process.argv[2] ?? 1000)
if (!Number.isInteger(count) || count < 1) {
  console.error('usage: node bench/cli-batch.mjs [count]')
  process.exit(2)
}
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const probe = fileURLToPath(new URL('./peak-rss.mjs', import.meta.url))

const paragraphs = [
  'Thank you for taking the time to meet with me on Tuesday to discuss the {{position}} role at {{company}}. I enjoyed learning how your team plans each launch, and our conversation about {{topic}} made me even more excited about the work ahead.',
  'In my current job I run the weekly newsletter for a regional nonprofit, where I rebuilt our email calendar and lifted the open rate from nineteen to twenty-seven percent in six months. I would bring the same habits of testing, measuring and writing clearly to your campaigns, and I would be glad to help the team ship its spring program on time.',
  'I was also pleased to hear that the team shares its results openly every Friday. That kind of candour is what I look for in a workplace, and it fits the way I like to learn from colleagues and improve each quarter.',
  'If it would help, I can send a short plan for the first ninety days or samples of the reports I prepare each month. Please let me know if there is anything else you need from me as you make your decision.',
]
const letter = (lines) => lines.join('\n\n')
const body = paragraphs.join('\n\n')
const context = [
  'interviewers:',
  '  - name: Dana Okoro',
  '    honorific: Ms.',
  'company:',
  '  name: Brightline',
  'position: Marketing Coordinator',
  'topics:',
  '  - the spring product launch',
  'candidate:',
  '  name: Jane Doe',
].join('\n')

const markdown = `---\n${context}\n---\n${letter([
  'Subject: Thank you – {{position}} interview',
  'Dear {{interviewer.honorific}} {{interviewer.lastName}},',
  body,
  'Best regards,\n{{candidate.name}}',
])}\n`
const html = `<!doctype html>\n<html><head><title>Thanks</title><style>p { margin: 0 }</style></head><body>\n<p>Subject: Thank you – {{position}} interview</p>\n<p>Dear {{interviewer.honorific}} {{interviewer.lastName}},</p>\n${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}\n<p>Best regards,<br>{{candidate.name}}</p>\n</body></html>\n`
const text = `${letter([
  'Subject: Thank you – {{position}} interview',
  'Dear {{interviewer.honorific}} {{interviewer.lastName}},',
  body,
  'Best regards,\n{{candidate.name}}',
])}\n`

const directory = mkdtempSync(join(tmpdir(), 'thank-you-lint-bench-'))
try {
  for (let i = 0; i < count; i++) {
    const folder = join(directory, `team-${i % 10}`)
    mkdirSync(folder, { recursive: true })
    const kind = i % 3
    const name = `letter-${i}`
    if (kind === 0) writeFileSync(join(folder, `${name}.md`), markdown)
    else if (kind === 1) {
      writeFileSync(join(folder, `${name}.html`), html)
      writeFileSync(join(folder, `${name}.context.yaml`), context)
    } else {
      writeFileSync(join(folder, `${name}.txt`), text)
      writeFileSync(join(folder, `${name}.context.yaml`), context)
    }
  }

  const started = process.hrtime.bigint()
  const run = spawnSync(
    process.execPath,
    ['--import', probe, cli, '--template', '--format', 'json', directory],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    },
  )
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const peak = /peak-rss-kb=(\d+)/.exec(run.stderr)?.[1]
  const cpu = /cpu-us=(\d+)/.exec(run.stderr)?.[1]
  if (run.status === 2 || !peak) {
    console.error(run.stderr)
    process.exit(1)
  }
  const results = JSON.parse(run.stdout)
  const findings = results.reduce((sum, result) => sum + result.findings.length, 0)
  console.log(
    `${results.length} files (${findings} findings, exit ${run.status}) in ${seconds.toFixed(2)} s wall, ${(Number(cpu) / 1e6).toFixed(2)} s CPU; peak RSS ${(Number(peak) / 1024).toFixed(0)} MB`,
  )
} finally {
  rmSync(directory, { recursive: true, force: true })
}
