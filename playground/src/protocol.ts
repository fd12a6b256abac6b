import type { LintReport, ThankYouContext } from '../../src/index.ts'

/** The page's inline script, as it starts the worker: the case in the URL hash, to lint at once. */
export interface EarlyCase {
  hash: string
}

/** The page asks the worker to lint one version of the draft. */
export interface LintRequest {
  seq: number
  draft: string
  context: ThankYouContext
}

export type LintResponse =
  | {
      seq: number
      report: LintReport
      /** `suggestSendTime`'s advice, written out in the recipient's zone, when the interview time is known. */
      sendTime?: string
      /** Time the lint took in the worker, milliseconds. */
      ms: number
      /**
       * On the first answer only, where the time to it went: when the worker started, when its
       * module (the library) had loaded, and when the request arrived (epoch milliseconds); `early`
       * when the answer is the lint of the URL hash's case, done before the request arrived.
       */
      boot?: { started: number; loaded: number; received: number; early: boolean }
    }
  | { seq: number; error: string }
  /** `prepare()` has loaded the lexicon's extension tier and compromise: lint again for the rules that need them. */
  | { ready: true }
