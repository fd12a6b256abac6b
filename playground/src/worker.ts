/// <reference lib="WebWorker" />
import { type LintReport, lintThankYou, prepare, suggestSendTime } from '../../src/index.ts'
import type { EarlyCase, LintRequest, LintResponse } from './protocol.ts'
import { parseHash, toContext } from './state.ts'

// Lints off the main thread, so typing never waits for the linter. The spelling lexicon's
// extension tier and compromise are fetched on demand by `prepare()`; until they arrive
// lintThankYou still answers, with `unknown-word` and one case of `wrong-company` silent.
const post = (response: LintResponse) => postMessage(response)
/** The library has loaded (this module runs after its imports). */
const loaded = performance.timeOrigin + performance.now()

let prepared = false

/**
 * The case in the page's URL hash, linted as soon as the library has loaded (the page's inline
 * script sends the hash when it starts the worker), so the first answer need not wait for the
 * page's own module to run and ask. Kept only until the first request: used if it asks for exactly
 * this draft and context, since lintThankYou's answer depends on nothing else.
 */
let early: { draft: string; context: string; report: LintReport; ms: number } | undefined

function lintEarly(hash: string): void {
  const { draft, fields } = parseHash(hash)
  const context = toContext(fields)
  const started = performance.now()
  try {
    const report = lintThankYou(draft, context)
    early = { draft, context: JSON.stringify(context), report, ms: performance.now() - started }
  } catch {
    // A bad context field: the page's own request gets the error.
  }
}

addEventListener('message', (event: MessageEvent<LintRequest | EarlyCase>) => {
  if ('hash' in event.data) {
    lintEarly(event.data.hash)
    return
  }
  const { seq, draft, context } = event.data
  const started = performance.now()
  try {
    const linted = early?.draft === draft && early.context === JSON.stringify(context) ? early : undefined
    early = undefined
    const report = linted?.report ?? lintThankYou(draft, context)
    const ms = linted?.ms ?? performance.now() - started
    const sendTime = adviseSendTime(context)
    const answer: LintResponse = sendTime === undefined ? { seq, report, ms } : { seq, report, ms, sendTime }
    if (!prepared)
      answer.boot = {
        started: performance.timeOrigin,
        loaded,
        received: performance.timeOrigin + started,
        early: linted !== undefined,
      }
    post(answer)
    // Fetch the rest after the first answer, so it never delays the first findings.
    if (!prepared) {
      prepared = true
      prepare().then(() => post({ ready: true }))
    }
  } catch (error) {
    // A malformed context field: lintThankYou's TypeError names it.
    post({ seq, error: error instanceof Error ? error.message : String(error) })
  }
})

function adviseSendTime(context: LintRequest['context']): string | undefined {
  const interview = context.interview
  if (!interview) return undefined
  const timeZone = interview.timeZone
  if (timeZone === undefined) return `Send it at ${suggestSendTime(interview.endedAt)}.`
  const at = suggestSendTime(interview.endedAt, { timeZone })
  const written = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone })
  return `Send it on ${written.format(new Date(at))} (${timeZone}): ${at}.`
}
