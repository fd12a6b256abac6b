#!/usr/bin/env node
/**
 * Drives the built playground in a real Chromium (Debian's `chromium` package, through
 * playwright-core with `executablePath`; never a downloaded browser build):
 *
 * 1. types a draft with a misspelt interviewer name and sees the underline on exactly that name;
 * 2. clicks the finding's fix and sees the text corrected and the finding gone;
 * 3. checks the three-point panel against `lintThankYou` run here on the same draft and context;
 * 4. reloads from the URL hash and finds the same draft, context and findings;
 * 5. types a 300-word letter key by key and measures each keystroke's main-thread work, which
 *    must stay under 16 ms: from a trace of the renderer's main thread (CPU of every task per frame
 *    and keystroke, and from a keydown to the end of the frame that shows it), cross-checked on the
 *    same keystrokes with the Event Timing API (input to next paint, wall clock, which also holds
 *    the wait for the frame and any preemption); the page's own `ty:input` / `ty:request` /
 *    `ty:render` / `ty:panels` measures are printed too, and their summed maxima as the old bound;
 * 6. the first lint: findings on screen ≤ 500 ms after the load event (the median of
 *    BROWSER_TEST_COLD_RUNS cold loads, 3 by default).
 *
 * Any console error or uncaught exception in the page fails the run. The two timings are targets:
 * printed every run, and failing it only with BROWSER_TEST_TIMING=strict (a timed test on a shared
 * machine fails on noise). Without Chromium the test is
 * skipped with a message saying so (exit 0); `.ci/run` installs Debian's package first.
 *
 *   npm run test:browser            (builds dist/ and playground/dist/ first)
 *   CHROMIUM_PATH=/path/to/chrome npm run test:browser
 *   BROWSER_TEST_TRACE=/tmp/typing.json npm run test:browser   (keeps the typing trace)
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const fixtures = join(root, 'test/fixtures/browser')
const KEYSTROKE_BUDGET_MS = 16
const FIRST_LINT_BUDGET_MS = 500

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path) => path && existsSync(path),
)
if (!executablePath) {
  console.log(
    "SKIPPED the browser test: no Chromium found (set CHROMIUM_PATH, or install Debian's package: apt-get install -y chromium).",
  )
  process.exit(0)
}

const { chromium } = await import('playwright-core')

execFileSync(join(root, 'node_modules/.bin/vite'), ['build', 'playground', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
})
if (!existsSync(join(root, 'dist/index.js')))
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
const { lintThankYou } = await import(join(root, 'dist/index.js'))

const failures = []
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`)
  if (!ok) failures.push(what)
}
const strictTiming = process.env.BROWSER_TEST_TIMING === 'strict'
const timed = (ok, what) => {
  if (strictTiming || ok) check(ok, what)
  else console.log(`MISS ${what} (a target; BROWSER_TEST_TIMING=strict makes it fail the run)`)
}
const load = (await import('node:os')).loadavg()[0]
console.log(`machine: ${(await import('node:os')).cpus().length} cores, load average ${load.toFixed(1)}`)

// --- A static server for playground/dist, as any static host would serve it ------------------------------

const dist = join(root, 'playground/dist')
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
}
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path)
  if (!file.startsWith(dist) || !existsSync(file)) {
    response.writeHead(404).end()
    return
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
  response.end(readFileSync(file))
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const address = server.address()
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] })
const errors = []
async function openPage(url) {
  const page = await browser.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${url}: console: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`${url}: ${error.message}`))
  // Every event's timing from the start, whatever its duration (the API's floor is 16 ms).
  await page.addInitScript(() => {
    globalThis.__eventTimings = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        globalThis.__eventTimings.push({
          name: entry.name,
          interactionId: entry.interactionId ?? 0,
          duration: entry.duration,
          processing: entry.processingEnd - entry.processingStart,
        })
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 })
    globalThis.__longTasks = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) globalThis.__longTasks.push(entry.duration)
    }).observe({ type: 'longtask', buffered: true })
  })
  await page.goto(url)
  await page.waitForSelector('body[data-linted]')
  return page
}

/**
 * Reads a trace of the page's renderer main thread while typing (categories `toplevel` and
 * `devtools.timeline`). A frame is a top-level task that paints (its `PrePaint`/`Paint`). Returns, in
 * ms:
 * - `keystroke`: per keystroke, the CPU time (`tdur`) of every task from the one that dispatched its
 *   keydown (keypress, beforeinput and input run in it) to the end of the first frame after it (the
 *   frame that shows it: animation-frame callbacks, style, layout, paint), including whatever ran in
 *   between (a worker answer's render, idle panels, GC, a later keystroke's events);
 * - `span`: the same stretch's wall time, keydown to the end of that frame's main-thread work;
 * - `frames`: per frame, the CPU of every task since the previous frame's task, itself included,
 *   and the number of keystrokes (keydowns) among them;
 * - `longest`: per keystroke, the longest single task's CPU in its stretch;
 * - `typedMs`: from the first keydown to the last.
 */
function perKeystrokeFromTrace(events) {
  const threads = new Map()
  for (const event of events)
    if (event.ph === 'M' && event.name === 'thread_name')
      threads.set(`${event.pid}:${event.tid}`, event.args.name)
  const byThread = new Map()
  for (const event of events) {
    if (event.ph !== 'X' || event.name !== 'EventDispatch' || event.args?.data?.type !== 'keydown') continue
    const thread = `${event.pid}:${event.tid}`
    if (threads.get(thread) === 'CrRendererMain')
      byThread.set(thread, [...(byThread.get(thread) ?? []), event.ts])
  }
  const [thread, keydowns = []] = [...byThread].sort((a, b) => b[1].length - a[1].length)[0] ?? []
  const tasks = []
  const paints = []
  for (const event of events) {
    if (event.ph !== 'X' || `${event.pid}:${event.tid}` !== thread) continue
    if (event.name === 'ThreadControllerImpl::RunTask' || event.name === 'RunTask') tasks.push(event)
    else if (event.name === 'PrePaint' || event.name === 'Paint') paints.push(event.ts)
  }
  tasks.sort((a, b) => a.ts - b.ts)
  paints.sort((a, b) => a - b)
  keydowns.sort((a, b) => a - b)
  // Top-level tasks only (a nested run loop's tasks are inside their parent's time).
  const top = []
  for (const task of tasks) if (!top.length || task.ts >= top.at(-1).ts + top.at(-1).dur) top.push(task)
  const cpuOf = (task) => (task.tdur ?? task.dur) / 1000
  // Which top-level tasks paint: a two-pointer walk over the sorted paint events.
  const isFrame = top.map(() => false)
  for (let t = 0, p = 0; t < top.length && p < paints.length; ) {
    if (paints[p] < top[t].ts) p++
    else if (paints[p] < top[t].ts + top[t].dur) {
      isFrame[t] = true
      p++
    } else t++
  }
  const keystroke = []
  const span = []
  const longest = []
  let t = 0
  for (const ts of keydowns) {
    while (t < top.length && top[t].ts + top[t].dur <= ts) t++
    if (t >= top.length) break
    let cpu = 0
    let most = 0
    let u = t
    for (; u < top.length; u++) {
      cpu += cpuOf(top[u])
      most = Math.max(most, cpuOf(top[u]))
      if (isFrame[u]) break
    }
    if (u >= top.length) break
    keystroke.push(cpu)
    longest.push(most)
    span.push((top[u].ts + top[u].dur - ts) / 1000)
  }
  // Per frame: the CPU of every task since the previous frame's task, itself included, and how many
  // keydowns those tasks dispatched.
  const frames = []
  let since = 0
  let keys = 0
  let k = 0
  let started = false
  for (let u = 0; u < top.length; u++) {
    const end = top[u].ts + top[u].dur
    if (!started && end <= (keydowns[0] ?? Number.POSITIVE_INFINITY)) continue
    started = true
    while (k < keydowns.length && keydowns[k] < end) {
      k++
      keys++
    }
    since += cpuOf(top[u])
    if (!isFrame[u]) continue
    frames.push({ cpu: since, keys })
    since = 0
    keys = 0
  }
  const typedMs = keydowns.length > 1 ? (keydowns.at(-1) - keydowns[0]) / 1000 : 0
  return { keystroke, span, frames, longest, typedMs }
}

/** Waits until the page has rendered the answer to its latest request. */
async function settled(page) {
  await page.waitForFunction(() => {
    const shown = document.querySelector('#draft')
    return (
      document.body.dataset.linted &&
      !document.querySelector('#status')?.textContent?.includes('loading') &&
      shown
    )
  })
  // Two animation frames and the worker's answer: wait until the sequence stops moving.
  let last = ''
  for (;;) {
    await page.waitForTimeout(150)
    const seq = await page.evaluate(() => document.body.dataset.seq ?? '')
    if (seq === last) return
    last = seq
  }
}

/**
 * Waits until the URL hash holds the draft as it stands: the page writes it once typing pauses,
 * and a link copied then shares the case.
 */
async function saved(page) {
  await page.waitForFunction(() => {
    try {
      return (
        JSON.parse(decodeURIComponent(location.hash.slice(1))).draft ===
        document.querySelector('#draft')?.value
      )
    } catch {
      return false
    }
  })
}

const contextFields = JSON.parse(readFileSync(join(fixtures, 'context.json'), 'utf8'))
const context = {
  candidate: { name: contextFields.candidate },
  interviewers: [{ name: 'Dana Whitfield', honorific: 'Ms.', title: 'Head of Data' }],
  company: { name: contextFields.company },
  position: contextFields.position,
  topics: contextFields.topics.split(', '),
  interview: { endedAt: contextFields.endedAt, timeZone: contextFields.timeZone },
}

async function fillContext(page) {
  await page.locator('#context-form').evaluate((details) => {
    details.open = true
  })
  for (const [name, value] of Object.entries(contextFields))
    await page.fill(`#context [name="${name}"]`, value)
}

try {
  // --- 1. Type a draft with a misspelt interviewer name -------------------------------------------------
  const page = await openPage(base)
  await fillContext(page)
  const draft = [
    'Dear Ms. Whitfeld,',
    '',
    'Thank you for meeting me on Tuesday to talk about the data engineer role at Acme. I enjoyed hearing how your team rebuilt the billing pipeline.',
    '',
    'Best regards,',
    'Sam Patel',
  ].join('\n')
  await page.locator('#draft').pressSequentially(draft)
  await settled(page)
  const mark = page.locator('#highlights mark[data-rule="interviewer-name-misspelled"]')
  check((await mark.count()) === 1, 'one underline for the misspelt interviewer name')
  check((await mark.textContent()) === 'Whitfeld', 'the underline covers "Whitfeld"')
  check(
    Number(await mark.getAttribute('data-start')) === draft.indexOf('Whitfeld'),
    'the underline starts at its offset',
  )
  const [markBox, areaBox] = [await mark.boundingBox(), await page.locator('#draft').boundingBox()]
  check(
    markBox !== null && areaBox !== null && markBox.y < areaBox.y + 40 && markBox.x > areaBox.x + 40,
    'the underline is drawn on the first line, after "Dear Ms."',
  )

  // --- 2. Click the fix ------------------------------------------------------------------------------------
  await page.locator('li[data-rule="interviewer-name-misspelled"] button.fix').click()
  await settled(page)
  const fixed = draft.replace('Whitfeld', 'Whitfield')
  check((await page.inputValue('#draft')) === fixed, 'the fix writes "Whitfield" in the draft')
  check(
    (await page.locator('[data-rule="interviewer-name-misspelled"]').count()) === 0,
    'the finding and its underline are gone',
  )

  // --- 3. The three-point panel agrees with lintThankYou on the same draft and context ---------------------
  const expected = lintThankYou(fixed, context)
  const panel = await page.$$eval('#coverage li', (items) =>
    items.map((item) => ({
      point: item.dataset.point,
      covered: item.dataset.covered === 'true',
      evidence: item.querySelector('mark.evidence')?.textContent ?? null,
    })),
  )
  const wanted = Object.entries(expected.coverage).map(([point, result]) => ({
    point,
    covered: result.covered,
    evidence: result.evidence ? fixed.slice(result.evidence.start.offset, result.evidence.end.offset) : null,
  }))
  check(
    JSON.stringify(panel) === JSON.stringify(wanted),
    `the three-point panel shows ${JSON.stringify(panel.map((p) => [p.point, p.covered]))}`,
  )
  check(
    panel.some((p) => p.covered) && panel.some((p) => !p.covered),
    'the letter has both ticked and unticked points',
  )
  const findings = await page.$$eval('#findings li', (items) => items.map((item) => item.dataset.rule))
  check(
    JSON.stringify(findings.toSorted()) === JSON.stringify(expected.findings.map((f) => f.ruleId).toSorted()),
    `the findings list matches lintThankYou (${findings.length} findings)`,
  )

  // --- 4. Reload from the URL hash ---------------------------------------------------------------------------
  await saved(page)
  const shared = page.url()
  check(shared.includes('#'), 'the URL carries the case in its hash')
  const reloaded = await openPage(shared)
  await settled(reloaded)
  check((await reloaded.inputValue('#draft')) === fixed, 'the reloaded page has the same draft')
  check((await reloaded.inputValue('#context [name="company"]')) === 'Acme', 'and the same context')
  const again = await reloaded.$$eval('#findings li', (items) => items.map((item) => item.dataset.rule))
  check(JSON.stringify(again) === JSON.stringify(findings), 'and the same findings')
  await reloaded.close()

  // --- 5. Once prepare() has loaded the lexicon's extension, a misspelt word is underlined -------------------
  await page.waitForSelector('#status[data-prepared="loaded"]')
  const typo = `${fixed.replace('Best regards,', 'I look forward to hearing from you agian.\n\nBest regards,')}`
  await page.fill('#draft', typo)
  await settled(page)
  const unknown = page.locator('#highlights mark[data-rule="unknown-word"]')
  check(
    (await unknown.count()) === 1 &&
      (await unknown.textContent()) === 'agian' &&
      Number(await unknown.getAttribute('data-start')) === typo.indexOf('agian'),
    'after prepare(), "agian" is underlined as an unknown word at its offset',
  )
  await page.locator('li[data-rule="unknown-word"] button.fix').click()
  await settled(page)
  check(
    (await page.inputValue('#draft')) === typo.replace('agian', 'again'),
    'its suggestion "again" applies',
  )

  // --- 6. Keystroke work for a 300-word letter, and the first lint after load ------------------------------
  const letter = readFileSync(join(fixtures, 'letter-300.txt'), 'utf8').trimEnd()
  await page.fill('#draft', '')
  await settled(page)
  const interactionsBefore = await page.evaluate(() => {
    performance.clearMeasures()
    globalThis.__eventTimings.length = 0
    globalThis.__longTasks.length = 0
    return performance.interactionCount ?? Number.NaN
  })
  // The renderer's main thread is traced while the letter is typed (a cross-check of Event Timing on
  // the same keystrokes: CPU and wall time of every task, whatever its length).
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] })
  await page.locator('#draft').pressSequentially(letter, { timeout: 240_000 })
  await settled(page)
  const trace = await browser.stopTracing()
  // BROWSER_TEST_TRACE=file keeps the trace (chrome://tracing or Perfetto opens it).
  if (process.env.BROWSER_TEST_TRACE) writeFileSync(process.env.BROWSER_TEST_TRACE, trace)
  const traced = perKeystrokeFromTrace(JSON.parse(trace.toString()).traceEvents)
  const interactions =
    (await page.evaluate(() => performance.interactionCount ?? Number.NaN)) - interactionsBefore
  // The underline layer is updated in place on every answer: after ~1,600 of them it must still
  // hold exactly the draft, with lintThankYou's findings underlined at their offsets.
  const layer = await page.evaluate(() => ({
    text: document.querySelector('#highlights')?.textContent,
    marks: [...document.querySelectorAll('#highlights mark')].map((mark) => [
      mark.dataset.rule,
      Number(mark.dataset.start),
      mark.textContent,
    ]),
  }))
  const underlined = []
  let covered = 0
  for (const finding of lintThankYou(letter, context).findings) {
    const position = finding.position
    if (!position || position.start.offset < covered || position.end.offset <= position.start.offset) continue
    underlined.push([
      finding.ruleId,
      position.start.offset,
      letter.slice(position.start.offset, position.end.offset),
    ])
    covered = position.end.offset
  }
  check(
    layer.text === `${letter}\u200b`,
    'after typing the letter, the underline layer holds exactly its text',
  )
  check(
    JSON.stringify(layer.marks) === JSON.stringify(underlined),
    `and underlines lintThankYou's ${underlined.length} finding(s) at their offsets`,
  )
  const timings = await page.evaluate(() => ({
    input: performance.getEntriesByName('ty:input').map((entry) => entry.duration),
    request: performance.getEntriesByName('ty:request').map((entry) => entry.duration),
    render: performance.getEntriesByName('ty:render').map((entry) => entry.duration),
    panels: performance.getEntriesByName('ty:panels').map((entry) => entry.duration),
    events: globalThis.__eventTimings
      .filter((e) => /^key|^input|^beforeinput/.test(e.name))
      .map((e) => e.processing),
    keystrokes: globalThis.__eventTimings.filter((e) => /^key/.test(e.name) && e.interactionId > 0),
    longTasks: [...globalThis.__longTasks],
  }))
  const words = letter.split(/\s+/).length
  const max = (list) => (list.length === 0 ? 0 : Math.max(...list))
  const quantile = (list, q) =>
    list.length === 0
      ? 0
      : list.toSorted((a, b) => a - b)[Math.min(list.length - 1, Math.floor(list.length * q))]
  const describe = (list) =>
    `p50 ${quantile(list, 0.5).toFixed(2)} ms, p99 ${quantile(list, 0.99).toFixed(2)} ms, max ${max(list).toFixed(2)} ms, ${list.filter((d) => d >= KEYSTROKE_BUDGET_MS).length} of ${list.length} ≥ ${KEYSTROKE_BUDGET_MS} ms`
  // Per keystroke: its input handler, at most one request to the worker (the next animation frame),
  // at most one render of the worker's answer (the underlines) and at most one draw of the panels
  // (an idle task). Each is a task of its own; their sum is an upper bound.
  const parts = [timings.input, timings.request, timings.render, timings.panels]
  const worst = parts.reduce((sum, list) => sum + max(list), 0)
  const typical = parts.reduce((sum, list) => sum + quantile(list, 0.99), 0)
  // Per keystroke, measured on each keystroke (not summed from different ones):
  // 1. Event Timing: from the key event's timestamp to the next paint after its handlers (a
  //    keystroke's keydown, keypress and keyup share an interactionId; its figure is their longest).
  //    That span holds everything the main thread did for it (handlers, the frame's callbacks,
  //    style, layout, paint, GC) and also whatever task it waited behind, and time the thread was
  //    not scheduled: wall clock, an upper bound. The API reports only spans ≥ 16 ms, so a keystroke
  //    without an entry took less.
  const spans = new Map()
  for (const entry of timings.keystrokes)
    spans.set(entry.interactionId, Math.max(spans.get(entry.interactionId) ?? 0, entry.duration))
  const keystrokes = Number.isFinite(interactions) && interactions > 0 ? interactions : timings.input.length
  const inputToPaint = [...spans.values(), ...Array(Math.max(0, keystrokes - spans.size)).fill(0)]
  const floored = (ms) => (ms < KEYSTROKE_BUDGET_MS ? `< ${KEYSTROKE_BUDGET_MS} ms` : `${ms.toFixed(0)} ms`)
  console.log(
    `keystrokes: ${keystrokes} for a ${words}-word letter, typed in ${(traced.typedMs / 1000).toFixed(1)} s`,
  )
  console.log(
    `  per keystroke, input to next paint (Event Timing; handlers + frame + style/layout/paint + GC + any wait, wall clock): p50 ${floored(quantile(inputToPaint, 0.5))}, p99 ${floored(quantile(inputToPaint, 0.99))}, max ${floored(max(inputToPaint))}, ${spans.size} of ${keystrokes} ≥ ${KEYSTROKE_BUDGET_MS} ms`,
  )
  // 2. The trace of the renderer's main thread, on the same keystrokes. Per frame: all of the
  //    thread's CPU since the frame before (input events, the worker's answers, the idle panels,
  //    animation-frame callbacks, style, layout, paint, GC), which must fit in a frame. A frame
  //    normally shows one keystroke, or none (an answer's underlines, the panels); when the loaded
  //    machine holds frames back, one frame shows several keystrokes typed meanwhile, and its CPU
  //    per keystroke is the figure for them.
  const frames = traced.frames
  const perKey = frames.map((frame) => frame.cpu / Math.max(1, frame.keys))
  const single = frames.filter((frame) => frame.keys <= 1).map((frame) => frame.cpu)
  const batched = frames.filter((frame) => frame.keys > 1)
  console.log(
    `  per frame, traced main-thread CPU since the previous frame, per keystroke it shows: ${describe(perKey)}`,
  )
  console.log(
    `    frames showing one keystroke or none: ${describe(single)}; frames showing 2–${max(batched.map((frame) => frame.keys))} keystrokes (frames held back): ${batched.length}, CPU ${describe(batched.map((frame) => frame.cpu))}`,
  )
  //    Per keystroke, from its keydown to the end of the frame that shows it: what Event Timing's span
  //    holds but the waits and the compositor's part after the main thread (and, when frames were
  //    held back, the keystrokes typed meanwhile).
  console.log(
    `  per keystroke, traced main-thread CPU from its keydown to the end of its frame: ${describe(traced.keystroke)}; longest single task ${max(traced.longest).toFixed(1)} ms`,
  )
  console.log(`  per keystroke, the same stretch in wall time: ${describe(traced.span)}`)
  console.log(`  input handler (ty:input):         ${describe(timings.input)}`)
  console.log(`  request in the next frame (ty:request): ${describe(timings.request)}`)
  console.log(`  render of an answer (ty:render):  ${describe(timings.render)}`)
  console.log(`  panels, when idle (ty:panels):    ${describe(timings.panels)}`)
  console.log(`  Event Timing processing, key/input events ≥ 16 ms to paint: ${describe(timings.events)}`)
  console.log(`  long tasks (> 50 ms) while typing: ${timings.longTasks.length}`)
  console.log(
    `  old bound, from different keystrokes (input + one request + one render + one panel draw, each part's p99 or max summed): p99 ≤ ${typical.toFixed(2)} ms, worst ≤ ${worst.toFixed(2)} ms`,
  )
  check(timings.input.length >= letter.length - 5, 'every keystroke was measured')
  check(traced.keystroke.length >= letter.length - 5, 'and traced')
  // Timing is a target, not a test: on a shared, loaded machine a scheduler pause lands in any
  // measure. The figures are printed always and enforced with BROWSER_TEST_TIMING=strict. Judged on
  // the traced CPU per frame and keystroke (work, not waits); Event Timing's wall-clock span above
  // also holds the wait for the next frame and any time the thread was not scheduled.
  timed(
    max(perKey) < KEYSTROKE_BUDGET_MS,
    `every keystroke's main-thread work < ${KEYSTROKE_BUDGET_MS} ms (traced CPU per frame and keystroke)`,
  )

  await saved(page)
  const loadUrl = page.url()
  // The first lint is timed over several cold loads (BROWSER_TEST_COLD_RUNS, 3 by default) and
  // judged on their median: one load on a shared machine says more about its neighbours.
  const coldRuns = Math.max(1, Number(process.env.BROWSER_TEST_COLD_RUNS ?? 3) || 3)
  const afterLoad = []
  let cold
  for (let run = 1; run <= coldRuns; run++) {
    await cold?.close()
    cold = await openPage(loadUrl)
    const { firstLint, inWorker, marks, early } = await cold.evaluate(() => ({
      firstLint: performance.getEntriesByName('ty:first-lint')[0]?.duration ?? Number.NaN,
      inWorker: performance.getEntriesByName('ty:first-lint-worker')[0]?.duration ?? Number.NaN,
      marks: {
        ...Object.fromEntries(
          ['ty:worker-created', 'ty:worker-started', 'ty:worker-loaded', 'ty:request-received'].map(
            (name) => [name, performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN],
          ),
        ),
        load: performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? Number.NaN,
        intlStart: performance.getEntriesByName('ty:intl-warm')[0]?.startTime ?? Number.NaN,
        intlEnd:
          (performance.getEntriesByName('ty:intl-warm')[0]?.startTime ?? Number.NaN) +
          (performance.getEntriesByName('ty:intl-warm')[0]?.duration ?? Number.NaN),
      },
      early: document.body.dataset.earlyLint === 'true',
    }))
    afterLoad.push(firstLint - marks.load)
    console.log(
      `first lint, cold load ${run} of ${coldRuns} (navigation start to findings on screen, ${words}-word letter): ${firstLint.toFixed(0)} ms, of which lintThankYou in the worker ${inWorker.toFixed(0)} ms`,
    )
    console.log(
      `  of it: page loaded (load event) ${marks.load.toFixed(0)} ms, so findings ${(firstLint - marks.load).toFixed(0)} ms after load; worker created ${marks['ty:worker-created'].toFixed(0)} ms, started ${marks['ty:worker-started'].toFixed(0)} ms, library loaded in it ${marks['ty:worker-loaded'].toFixed(0)} ms, ICU warmed on the idle main thread ${marks.intlStart.toFixed(0)}–${marks.intlEnd.toFixed(0)} ms, first request received ${marks['ty:request-received'].toFixed(0)} ms, answered ${early ? `${firstLint.toFixed(0)} ms (linted from the URL hash before the request arrived)` : `${(marks['ty:request-received'] + inWorker).toFixed(0)} ms`}`,
    )
  }
  const medianAfterLoad = quantile(afterLoad, 0.5)
  console.log(
    `first lint after the load event, median of ${coldRuns}: ${medianAfterLoad.toFixed(0)} ms (${afterLoad.map((ms) => ms.toFixed(0)).join(', ')})`,
  )
  // The issue's target: findings on screen within 500 ms of the page's load event.
  timed(
    medianAfterLoad <= FIRST_LINT_BUDGET_MS,
    `first lint ≤ ${FIRST_LINT_BUDGET_MS} ms after the load event (median of ${coldRuns} cold loads)`,
  )
  await cold.waitForSelector('#status[data-prepared="loaded"]')
  const prepared = await cold.evaluate(
    () => performance.getEntriesByName('ty:prepared')[0]?.startTime ?? Number.NaN,
  )
  console.log(
    `the lexicon's extension tier, the confusion model and compromise loaded (on demand, after the first answer) ${prepared.toFixed(0)} ms after navigation start`,
  )
  check((await cold.inputValue('#draft')) === letter, 'the 300-word letter came back from the hash')
  await cold.close()
  await page.close()

  check(errors.length === 0, `no console error${errors.length ? `: ${errors.join('; ')}` : ''}`)
} catch (error) {
  failures.push(String(error?.stack ?? error))
  console.error(error)
} finally {
  await browser.close()
  server.close()
}

if (failures.length > 0) {
  console.error(`browser test: ${failures.length} failed`)
  process.exit(1)
}
console.log('browser test: all passed')
