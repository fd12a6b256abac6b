/// <reference lib="WebWorker" />
import { lintThankYou, prepare, suggestSendTime } from '../../src/index.ts'
import type { LintRequest, LintResponse } from './protocol.ts'

// Lints off the main thread, so typing never waits for the linter. The spelling lexicon's
// extension tier and compromise are fetched on demand by `prepare()`; until they arrive
// lintThankYou still answers, with `unknown-word` and one case of `wrong-company` silent.
const post = (response: LintResponse) => postMessage(response)
/** The library has loaded (this module runs after its imports). */
const loaded = performance.timeOrigin + performance.now()

let prepared = false

addEventListener('message', (event: MessageEvent<LintRequest>) => {
  const { seq, draft, context } = event.data
  const started = performance.now()
  try {
    const report = lintThankYou(draft, context)
    const ms = performance.now() - started
    const sendTime = adviseSendTime(context)
    const answer: LintResponse = sendTime === undefined ? { seq, report, ms } : { seq, report, ms, sendTime }
    if (!prepared)
      answer.boot = { started: performance.timeOrigin, loaded, received: performance.timeOrigin + started }
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
