import type { CoveragePoint, Finding, LintReport, ThankYouContext } from '../../src/index.ts'
import type { LintRequest, LintResponse } from './protocol.ts'
import { type FormFields, parseHash, toContext, toHash } from './state.ts'

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const draft = $<HTMLTextAreaElement>('draft')
const highlights = $<HTMLDivElement>('highlights')
const form = $<HTMLFormElement>('context')
const formError = $<HTMLParagraphElement>('form-error')
const findingsView = $<HTMLDivElement>('findings')
const coverageView = $<HTMLUListElement>('coverage')
const statsView = $<HTMLDivElement>('stats')
const sendTimeView = $<HTMLParagraphElement>('send-time')
const status = $<HTMLSpanElement>('status')

// The built page starts the worker from an inline script in <head> (vite.config.ts), so it loads the
// library while the page loads; the dev server, or a failed early start, starts it here.
const early = (window as { __thankYouLintWorker?: Worker }).__thankYouLintWorker
const worker = early ?? new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })

let seq = 0
/** The draft of the request in flight: the positions in its answer index into this text. */
let requested = ''
let inFlight = false
let queued = false
let frame = 0
let firstLint = true

// --- State <-> URL hash -------------------------------------------------------------------------

function formFields(): FormFields {
  const fields: FormFields = {}
  for (const [name, value] of new FormData(form))
    if (typeof value === 'string' && value !== '') fields[name] = value
  return fields
}

function restore(): void {
  formContext = undefined
  const state = parseHash(location.hash)
  draft.value = state.draft
  for (const element of form.elements) {
    if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)
      element.value = state.fields[element.name] ?? ''
  }
}

// --- Linting, one request in flight, at most once per animation frame --------------------------------

function schedule(): void {
  saveSoon()
  if (frame !== 0) return
  frame = requestAnimationFrame(() => {
    frame = 0
    const started = performance.now()
    send()
    performance.measure('ty:request', { start: started, end: performance.now() })
  })
}

/** How long typing must pause before the case is written to the URL hash. */
const SAVE_PAUSE_MS = 400
let lastChange = 0
/** A timer is waiting for typing to pause. */
let saveArmed = false

/**
 * Writes the case to the URL hash once typing pauses (and when the page is left), not on every
 * keystroke or burst: `history.replaceState` costs about a millisecond of the main thread in
 * Chromium (which also throttles it), and encoding the draft is work a keystroke need not wait for.
 * A keystroke only notes the time; one timer checks it when it fires and waits on while it moves.
 */
function saveSoon(): void {
  lastChange = performance.now()
  if (saveArmed) return
  saveArmed = true
  setTimeout(saveWhenPaused, SAVE_PAUSE_MS)
}

function saveWhenPaused(): void {
  const wait = lastChange + SAVE_PAUSE_MS - performance.now()
  if (wait > 1) {
    setTimeout(saveWhenPaused, wait)
    return
  }
  saveArmed = false
  if ('requestIdleCallback' in window) requestIdleCallback(save, { timeout: 1000 })
  else save()
}

function save(): void {
  const hash = toHash(draft.value, formFields())
  if (hash !== location.hash) history.replaceState(null, '', hash)
}

/**
 * The lint context of the form as it stands, or the form's error: read from the form when one of
 * its fields changes (or the hash is restored), not on every keystroke in the draft.
 */
let formContext: { context: ThankYouContext } | { error: string } | undefined

function readContext(): { context: ThankYouContext } | { error: string } {
  if (formContext) return formContext
  try {
    formContext = { context: toContext(formFields()) }
  } catch (error) {
    formContext = { error: error instanceof Error ? error.message : String(error) }
  }
  return formContext
}

function send(): void {
  if (inFlight) {
    queued = true
    return
  }
  const read = readContext()
  if ('error' in read) {
    formError.textContent = read.error
    return
  }
  const context = read.context
  if (formError.textContent !== '') formError.textContent = ''
  inFlight = true
  requested = draft.value
  const request: LintRequest = { seq: ++seq, draft: draft.value, context }
  worker.postMessage(request)
}

worker.addEventListener('message', (event: MessageEvent<LintResponse>) => {
  const response = event.data
  if ('ready' in response) {
    performance.mark('ty:prepared')
    status.dataset.prepared = 'loaded'
    schedule()
    return
  }
  inFlight = false
  if (queued) {
    queued = false
    send()
    return
  }
  const started = performance.now()
  if ('error' in response) {
    formError.textContent = response.error
    status.textContent = 'error'
  } else {
    formError.textContent = ''
    render(response.seq, requested, response.report, response.sendTime, firstLint)
    status.textContent = `linted in ${response.ms.toFixed(1)} ms`
  }
  performance.measure('ty:render', { start: started, end: performance.now() })
  if (firstLint && 'report' in response) {
    firstLint = false
    performance.measure('ty:first-lint-worker', { start: 0, duration: response.ms })
    // Where the time before it went, on the page's clock.
    const boot = response.boot
    if (boot) {
      const at = (epoch: number) => epoch - performance.timeOrigin
      performance.mark('ty:worker-started', { startTime: at(boot.started) })
      performance.mark('ty:worker-loaded', { startTime: at(boot.loaded) })
      performance.mark('ty:request-received', { startTime: at(boot.received) })
      // Whether the answer was the worker's lint of the URL hash, done before the request arrived.
      document.body.dataset.earlyLint = String(boot.early)
    }
    // From the start of navigation to the first findings on screen.
    performance.measure('ty:first-lint', { start: 0, end: performance.now() })
    document.body.dataset.linted = 'true'
  }
  // An error has no panels to wait for.
  if ('error' in response) document.body.dataset.seq = String(response.seq)
})

// --- Rendering -----------------------------------------------------------------------------------

/** What each panel last showed, so an answer that changes nothing there leaves its DOM alone. */
const drawn = { findings: '', coverage: '', stats: '', sendTime: '' }

/**
 * The draft the panels were last drawn for. The findings list is rebuilt only when the findings
 * change, so it is always this draft's list, and its fix buttons apply to it.
 */
let listed = ''

/** The latest answer whose panels are not drawn yet. */
let pending: { seq: number; text: string; report: LintReport; sendTime: string | undefined } | undefined

/**
 * Shows an answer. The underlines follow the text at once; the panels on the right (findings,
 * three points, stats, send time) are drawn in a task of their own when the page is next idle,
 * so a keystroke's frame never waits for them, and a burst of answers draws them once. The first
 * answer draws everything at once: nobody is typing yet.
 */
function render(
  seq: number,
  text: string,
  report: LintReport,
  sendTime: string | undefined,
  now: boolean,
): void {
  renderHighlights(text, report.findings)
  const waiting = pending !== undefined
  pending = { seq, text, report, sendTime }
  if (now) drawPanels()
  else if (!waiting) {
    if ('requestIdleCallback' in window) requestIdleCallback(drawPanels, { timeout: 100 })
    else setTimeout(drawPanels, 0)
  }
}

function drawPanels(): void {
  if (!pending) return
  const started = performance.now()
  const { seq, text, report, sendTime } = pending
  pending = undefined
  listed = text
  const findingsKey = JSON.stringify(report.findings)
  if (findingsKey !== drawn.findings) {
    drawn.findings = findingsKey
    renderFindings(report.findings)
  }
  // The evidence is shown as text and an unticked point with its finding's message.
  const coverageKey = JSON.stringify(
    Object.values(report.coverage).map((result) =>
      result.evidence ? text.slice(result.evidence.start.offset, result.evidence.end.offset) : result.covered,
    ),
  ).concat(findingsKey)
  if (coverageKey !== drawn.coverage) {
    drawn.coverage = coverageKey
    renderCoverage(text, report)
  }
  const advice = sendTime ?? 'Fill in when the interview ended to get a send time.'
  if (advice !== drawn.sendTime) {
    drawn.sendTime = advice
    sendTimeView.textContent = advice
  }
  const statsKey = JSON.stringify(report.stats)
  if (statsKey !== drawn.stats) {
    drawn.stats = statsKey
    renderStats(report.stats)
  }
  // The answer is on screen, panels included.
  document.body.dataset.seq = String(seq)
  performance.measure('ty:panels', { start: started, end: performance.now() })
}

function renderStats({ words, paragraphs, pageFraction }: LintReport['stats']): void {
  const percent = Math.round(pageFraction * 100)
  statsView.innerHTML = ''
  const line = document.createElement('p')
  line.id = 'stats-line'
  const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`
  line.textContent = `${plural(words, 'word')} · ${plural(paragraphs, 'paragraph')} · ${percent}% of an A4 page`
  const bar = document.createElement('div')
  bar.className = 'bar'
  bar.setAttribute('role', 'meter')
  bar.setAttribute('aria-valuenow', String(percent))
  bar.setAttribute('aria-label', 'Share of an A4 page')
  const fill = document.createElement('span')
  fill.style.width = `${Math.min(100, percent)}%`
  fill.className = pageFraction > 0.6 ? 'over' : ''
  bar.append(fill)
  statsView.append(line, bar)
}

/** One piece of the highlight layer: a run of plain text, or a finding's underlined range. */
interface Piece {
  text: string
  mark?: { className: string; rule: string; start: string; title: string }
}

/** The highlight layer's pieces as drawn, each with its node, so the next answer changes only what moved. */
let drawnPieces: { piece: Piece; node: Text | HTMLElement }[] = []

/**
 * The draft again, behind the transparent textarea, with each finding's range underlined. Updated in
 * place: a keystroke usually changes one run of text (and the offsets of the marks after it), so only
 * those nodes change; the layer is never rebuilt while its pieces keep their kinds.
 */
function renderHighlights(text: string, findings: readonly Finding[]): void {
  const pieces: Piece[] = []
  let at = 0
  for (const finding of findings) {
    const position = finding.position
    if (!position || position.start.offset < at || position.end.offset <= position.start.offset) continue
    pieces.push({ text: text.slice(at, position.start.offset) })
    pieces.push({
      text: text.slice(position.start.offset, position.end.offset),
      mark: {
        className: finding.severity,
        rule: finding.ruleId,
        start: String(position.start.offset),
        title: finding.message,
      },
    })
    at = position.end.offset
  }
  // A trailing newline needs a character after it to take up a line, as in the textarea.
  pieces.push({ text: `${text.slice(at)}\u200b` })
  const drawn: typeof drawnPieces = []
  const appended = document.createDocumentFragment()
  pieces.forEach((piece, index) => {
    const old = drawnPieces[index]
    if (old && (old.piece.mark === undefined) === (piece.mark === undefined)) {
      updatePiece(old.node, old.piece, piece)
      drawn.push({ piece, node: old.node })
      return
    }
    const node = pieceNode(piece)
    if (old) old.node.replaceWith(node)
    else appended.append(node)
    drawn.push({ piece, node })
  })
  for (const old of drawnPieces.slice(pieces.length)) old.node.remove()
  if (appended.hasChildNodes()) highlights.append(appended)
  drawnPieces = drawn
}

function pieceNode(piece: Piece): Text | HTMLElement {
  if (!piece.mark) return document.createTextNode(piece.text)
  const mark = document.createElement('mark')
  mark.className = piece.mark.className
  mark.dataset.rule = piece.mark.rule
  mark.dataset.start = piece.mark.start
  mark.title = piece.mark.title
  mark.textContent = piece.text
  return mark
}

/** Writes only what differs between two pieces of the same kind. */
function updatePiece(node: Text | HTMLElement, was: Piece, piece: Piece): void {
  if (node instanceof Text) {
    if (was.text !== piece.text) node.data = piece.text
    return
  }
  const [before, after] = [was.mark, piece.mark]
  if (!before || !after) return
  if (was.text !== piece.text) node.textContent = piece.text
  if (before.className !== after.className) node.className = after.className
  if (before.rule !== after.rule) node.dataset.rule = after.rule
  if (before.start !== after.start) node.dataset.start = after.start
  if (before.title !== after.title) node.title = after.title
}

function renderFindings(findings: readonly Finding[]): void {
  const groups = new Map<string, Finding[]>()
  for (const finding of findings)
    groups.set(finding.checker, [...(groups.get(finding.checker) ?? []), finding])
  const fragment = document.createDocumentFragment()
  for (const [checker, list] of groups) {
    const section = document.createElement('section')
    section.className = 'group'
    const heading = document.createElement('h3')
    heading.textContent = `${checker} (${list.length})`
    const items = document.createElement('ul')
    for (const finding of list) items.append(findingItem(finding))
    section.append(heading, items)
    fragment.append(section)
  }
  if (findings.length === 0) {
    const none = document.createElement('p')
    none.textContent = 'No findings.'
    fragment.append(none)
  }
  findingsView.replaceChildren(fragment)
}

function findingItem(finding: Finding): HTMLLIElement {
  const item = document.createElement('li')
  item.className = `finding ${finding.severity}`
  item.dataset.rule = finding.ruleId
  const where = finding.position ? `${finding.position.start.line}:${finding.position.start.column} ` : ''
  const text = document.createElement('span')
  text.textContent = `${where}${finding.message}`
  const rule = document.createElement('a')
  rule.className = 'rule'
  rule.textContent = finding.ruleId
  if (finding.url) rule.href = finding.url
  rule.target = '_blank'
  rule.rel = 'noopener'
  item.append(text, ' ', rule)
  const edit = replacement(finding)
  if (edit) {
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'fix'
    button.textContent = edit.text === '' ? 'Remove' : `Fix: “${edit.text}”`
    button.addEventListener('click', () => applyEdit(edit))
    item.append(' ', button)
  }
  return item
}

interface Edit {
  start: number
  end: number
  text: string
}

/** The finding's certain `fix`, else its first `expected` in place of the flagged text. */
function replacement(finding: Finding): Edit | undefined {
  if (finding.fix) return { start: finding.fix.range[0], end: finding.fix.range[1], text: finding.fix.text }
  const first = finding.expected?.[0]
  if (first === undefined || !finding.position) return undefined
  return { start: finding.position.start.offset, end: finding.position.end.offset, text: first }
}

function applyEdit(edit: Edit): void {
  // The listed findings belong to the draft they were computed on; if the user has typed since,
  // the next lint brings fresh ones. (The list is drawn when the page is idle, so it can lag the
  // underlines by a moment.)
  if (listed !== draft.value) return
  draft.focus()
  draft.setSelectionRange(edit.start, edit.end)
  // setRangeText keeps the textarea's own undo history out of it but is one synchronous edit.
  draft.setRangeText(edit.text, edit.start, edit.end, 'end')
  draft.dispatchEvent(new Event('input', { bubbles: true }))
}

const POINTS: Record<CoveragePoint, { label: string; add: string }> = {
  appreciation: { label: 'Thanks them for their time', add: 'Thank the interviewer for their time.' },
  interest: { label: 'Restates your interest', add: 'Say you want the role and why.' },
  contribution: { label: 'Says how you would help', add: 'Link one of your strengths to their needs.' },
  specifics: { label: 'Mentions something you discussed', add: 'Refer to one thing from the conversation.' },
}

function renderCoverage(text: string, report: LintReport): void {
  const fragment = document.createDocumentFragment()
  for (const [point, { label, add }] of Object.entries(POINTS) as [
    CoveragePoint,
    (typeof POINTS)[CoveragePoint],
  ][]) {
    const result = report.coverage[point]
    const item = document.createElement('li')
    item.dataset.point = point
    item.dataset.covered = String(result.covered)
    const title = document.createElement('strong')
    title.textContent = `${result.covered ? '✓' : '✗'} ${label}`
    item.append(title)
    const detail = document.createElement('div')
    if (result.covered && result.evidence) {
      const evidence = document.createElement('mark')
      evidence.className = 'evidence'
      evidence.textContent = text.slice(result.evidence.start.offset, result.evidence.end.offset)
      detail.append(evidence)
    } else if (!result.covered) {
      const missing = report.findings.find((finding) => finding.ruleId === `missing-${point}`)
      detail.textContent = missing?.message ?? add
    }
    item.append(detail)
    fragment.append(item)
  }
  coverageView.replaceChildren(fragment)
}

// --- Events ----------------------------------------------------------------------------------------

function onInput(): void {
  const started = performance.now()
  // The textarea shows the new text itself; the underlines behind it follow with the next lint.
  schedule()
  performance.measure('ty:input', { start: started, end: performance.now() })
}

draft.addEventListener('input', onInput)
draft.addEventListener('scroll', () => {
  highlights.parentElement?.scrollTo(draft.scrollLeft, draft.scrollTop)
})
form.addEventListener('input', () => {
  formContext = undefined
  schedule()
})
addEventListener('pagehide', save)
addEventListener('hashchange', () => {
  restore()
  schedule()
})

/**
 * The first `Intl` object a renderer process makes loads ICU's data for the whole process (tens of
 * milliseconds), and the worker's first lint makes one to check the interview's time zone. The
 * worker runs in this page's process, so making one here, while the worker is still loading the
 * library and this thread has nothing to do, takes that load off the first lint's path. Idle time
 * only: the page's own loading and the load event never wait for it.
 */
function warmIntl(): void {
  performance.mark('ty:intl-warm-start')
  // The locales and options the worker uses: validateContext and the timing checker ('en-US' with
  // a zone), and the send-time advice ('en-GB', full date).
  new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' })
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' })
  performance.measure('ty:intl-warm', 'ty:intl-warm-start')
}

restore()
schedule()
if ('requestIdleCallback' in window) requestIdleCallback(warmIntl, { timeout: 200 })
else setTimeout(warmIntl, 0)
