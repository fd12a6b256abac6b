import { defineChecker, type Issue } from '../../checker.js'
import type { Span, ThankYouDocument } from '../../document.js'
import { GENERIC_ADDRESSEES, GREETINGS } from '../../parts-data.js'
import { editDistance } from '../../text/distance.js'
import type { StructureOptions, ThankYouContext } from '../../types.js'
import { PLACEHOLDER_FILLS, ROLE_WORDS, TEMPLATE_VARIABLES, THANKS_WORDS } from './data.js'
import { certainFill } from './placeholder-fill.js'
import { findStandIns } from './stand-ins.js'

export const structureDefaults: StructureOptions = {
  maxSubjectLength: 60,
}

export const structure = defineChecker({
  name: 'structure',
  defaults: structureDefaults,
  rules: [
    {
      id: 'empty-draft',
      defaultSeverity: 'warning',
      description: 'The draft is empty or only white space: there is no letter to check.',
    },
    {
      id: 'missing-greeting',
      defaultSeverity: 'warning',
      description: 'The letter does not open with a greeting.',
    },
    {
      id: 'generic-greeting',
      defaultSeverity: 'warning',
      description: 'The greeting names nobody ("Hello,", "To whom it may concern").',
    },
    {
      id: 'casual-greeting',
      defaultSeverity: 'warning',
      description: 'The greeting is too casual for a hiring manager ("Hey", "Yo").',
    },
    { id: 'missing-sign-off', defaultSeverity: 'warning', description: 'The letter has no sign-off line.' },
    {
      id: 'missing-signature',
      defaultSeverity: 'warning',
      description: "The sign-off is not followed by the candidate's name.",
    },
    {
      id: 'subject-too-long',
      defaultSeverity: 'warning',
      description: 'The subject line is too long to read on a phone.',
    },
    {
      id: 'vague-subject',
      defaultSeverity: 'warning',
      description: 'The subject line says neither thanks nor the role.',
    },
    {
      id: 'unresolved-placeholder',
      defaultSeverity: 'error',
      fixable: true,
      description: 'A template placeholder (`[Name]`, `{{company}}`, `____`) was left in the letter.',
    },
    // Reported by the pipeline from the draft's inline comments (src/directives.ts), not by `check`.
    {
      id: 'invalid-directive',
      defaultSeverity: 'error',
      description: 'A `thank-you-lint-disable` comment names a rule that does not exist.',
    },
    {
      id: 'unused-disable-directive',
      defaultSeverity: 'warning',
      description:
        'A `thank-you-lint-disable` comment silences nothing (only with `reportUnusedDisableDirectives`).',
      fixable: true,
    },
    // Reported by `lintThankYouBatch` (src/batch.ts), which compares letters to one company.
    {
      id: 'copied-letter',
      defaultSeverity: 'warning',
      description: 'Two letters to one company are the same once the names are masked.',
    },
    {
      id: 'shared-sentence',
      defaultSeverity: 'info',
      description: 'A sentence of 12 or more words appears in another letter to the same company.',
    },
    {
      id: 'unknown-template-variable',
      defaultSeverity: 'error',
      description: 'In template mode, a `{{variable}}` that no context value fills.',
    },
  ],
  check(document, environment, options) {
    if (document.text.trim() === '') return []
    const { context } = environment
    return [
      ...checkGreeting(document, context),
      ...checkSignOff(document, context),
      ...checkSubject(document, context, options),
      ...checkPlaceholders(document, context, environment.template),
    ]
  },
})

/** An addressee that names the people who hire as a group: "hiring team", "search committee". */
const GROUP_ADDRESSEE = /\b(?:hiring|recruit(?:ing|ment)?|committee|team)\b/

function checkGreeting(document: ThankYouDocument, context: ThankYouContext): Issue[] {
  const { greeting, body } = document.parts
  const formal = formalGreetings(context)
  if (!greeting) {
    const firstLine = document.wordsIn(body)[0]
    const line = firstLine ? document.lines[document.point(firstLine.start).line - 1] : undefined
    return [
      {
        ruleId: 'missing-greeting',
        message: formal[0]
          ? `Open with a greeting that names the interviewer, such as "${formal[0]}"`
          : `Open with a greeting, such as "${NAMELESS_GREETING}", or the interviewer's name`,
        ...(line && { span: { start: firstLine?.start ?? line.start, end: line.end } }),
        expected: formal.length > 0 ? formal : [NAMELESS_GREETING],
      },
    ]
  }

  const issues: Issue[] = []
  const opener = document.slice(greeting.opener)
  const style = GREETINGS[opener.toLowerCase().replace(/\s+/g, ' ')]
  const addressee = greeting.addressee ? document.slice(greeting.addressee) : ''
  const addresseeKey = addressee.toLowerCase().replace(/\s+/g, ' ')
  // "Greetings," names nobody, but "Greetings Dana," does: only the addressee decides. With no
  // interviewer in the context there is no name to ask for, and greeting the hiring side ("Dear
  // Hiring Team,", what missing-greeting suggests then) is the right thing to write.
  const nameUnknown = formal.length === 0 && GROUP_ADDRESSEE.test(addresseeKey)
  if (!nameUnknown && (addressee === '' || GENERIC_ADDRESSEES.includes(addresseeKey))) {
    issues.push({
      ruleId: 'generic-greeting',
      span: { start: greeting.start, end: greeting.end },
      actual: document.slice(greeting),
      message: formal[0]
        ? `"${document.slice(greeting)}" names nobody; greet the interviewer by name, such as "${formal[0]}"`
        : `"${document.slice(greeting)}" names nobody; greet the interviewer by name`,
      ...(formal.length > 0 && { expected: formal }),
    })
  } else if (style === 'casual') {
    issues.push({
      ruleId: 'casual-greeting',
      span: greeting.opener,
      actual: opener,
      message: `"${opener}" is too casual for a hiring manager; write "Dear" or "Hello"`,
      expected: ['Dear', 'Hello'],
    })
  }
  return issues
}

/** Without an interviewer in the context, no name can be offered: this greets the panel. */
const NAMELESS_GREETING = 'Dear Hiring Team,'

/** "Dear Ms. Okoro," for each interviewer, from the context. */
function formalGreetings(context: ThankYouContext): string[] {
  return (context.interviewers ?? []).map((interviewer) => {
    const name = tidy(interviewer.name) as string
    return interviewer.honorific
      ? `Dear ${tidy(interviewer.honorific)} ${name.split(' ').at(-1)},`
      : `Dear ${name},`
  })
}

function checkSignOff(document: ThankYouDocument, context: ThankYouContext): Issue[] {
  const { signOff, signature, signatureName } = document.parts
  const candidate = context.candidate?.name.trim()
  if (!signOff) {
    const last = document.words.at(-1)
    const line = last ? document.lines[document.point(last.start).line - 1] : undefined
    // Many good emails end with the name alone; the sign-off is then a nicety, not a fault.
    const signed = signature !== undefined
    return [
      {
        ruleId: 'missing-sign-off',
        ...(signed && { severity: 'info' as const }),
        message: signed
          ? 'Add a sign-off line such as "Best regards," above your name'
          : `End with a sign-off line such as "Best regards,"${candidate ? ` followed by "${candidate}"` : ''}`,
        ...(line && { span: { start: line.start, end: line.end } }),
        expected: ['Best regards,', 'Kind regards,', 'Sincerely,'],
      },
    ]
  }
  if (!signatureName && candidate) {
    return [
      {
        ruleId: 'missing-signature',
        span: signOff,
        actual: document.slice(signOff),
        message: `Sign with your name on the line after "${document.slice(signOff)}": "${candidate}"`,
        expected: [candidate],
      },
    ]
  }
  return []
}

function checkSubject(
  document: ThankYouDocument,
  context: ThankYouContext,
  options: StructureOptions,
): Issue[] {
  const { subject } = document.parts
  if (!subject) return []
  const issues: Issue[] = []
  const text = document.slice(subject)
  if (text.length > options.maxSubjectLength) {
    issues.push({
      ruleId: 'subject-too-long',
      span: subject,
      actual: text,
      message: `The subject has ${text.length} characters and is cut off on a phone; keep it under ${options.maxSubjectLength}, such as "${suggestedSubject(context)}"`,
      expected: [suggestedSubject(context)],
    })
  }
  const lower = text.toLowerCase()
  const words = lower.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  const saysThanks = words.some((word) => THANKS_WORDS.some((stem) => word.startsWith(stem)))
  const saysRole = words.some((word) => ROLE_WORDS.includes(word)) || namesPosition(text, context.position)
  // A reply keeps the subject of the thread it answers: the writer did not choose it.
  const reply = /^(?:re|aw|sv|fwd?)[ \t]*:/i.test(text)
  if (!saysThanks && !saysRole && !reply) {
    issues.push({
      ruleId: 'vague-subject',
      span: subject,
      actual: text,
      message: `The subject says neither thanks nor the role; write something like "${suggestedSubject(context)}"`,
      expected: [suggestedSubject(context)],
    })
  }
  return issues
}

/**
 * Whether the subject names the role, as writers shorten it: the title's main part before any
 * comma, dash or bracket ("Category Manager" for "Category Manager, Indirect Spend"), its last two
 * words ("Cleaning Supervisor" for "Facilities Cleaning Supervisor"), or its initials ("TA" for
 * "Teaching Assistant (SEN)").
 */
function namesPosition(subject: string, position: string | undefined): boolean {
  if (!position) return false
  const lower = ` ${subject.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `
  const main = (position.split(/[,(–—]| - /)[0] ?? '').trim()
  const words = main.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  if (words.length === 0) return false
  const head = words.slice(-2).join(' ').toLowerCase()
  if (lower.includes(` ${head} `)) return true
  const initials = words.map((word) => word.charAt(0)).join('')
  if (words.length < 2 || initials !== initials.toUpperCase()) return false
  return subject.split(/[^\p{L}]+/u).includes(initials)
}

function suggestedSubject(context: ThankYouContext): string {
  return context.position ? `Thank you – ${context.position} interview` : 'Thank you for the interview'
}

function checkPlaceholders(document: ThankYouDocument, context: ThankYouContext, template: boolean): Issue[] {
  const issues: Issue[] = []
  for (const literal of document.literals) {
    if (literal.kind !== 'placeholder') continue
    const actual = document.slice(literal)
    const span = { start: literal.start, end: literal.end }
    if (template && literal.variable !== undefined) {
      if (!Object.hasOwn(TEMPLATE_VARIABLES, literal.variable)) {
        const nearest = nearestVariable(literal.variable)
        issues.push({
          ruleId: 'unknown-template-variable',
          span,
          actual,
          message: nearest
            ? `"${actual}" is not a template variable; did you mean "{{${nearest}}}"?`
            : `"${actual}" is not a template variable; use one of ${Object.keys(TEMPLATE_VARIABLES)
                .map((name) => `{{${name}}}`)
                .join(', ')}`,
          ...(nearest && { expected: [`{{${nearest}}}`] }),
        })
      }
      continue
    }
    const certain = certainFill(actual, literal.variable, document.parts.partAt(literal.start), context)
    issues.push(
      placeholderIssue(span, actual, certain ?? fillFor(actual, literal.variable, context), certain),
    )
  }
  for (const span of findStandIns(document, context)) {
    const actual = document.slice(span)
    const certain = certainFill(actual, undefined, document.parts.partAt(span.start), context)
    issues.push(placeholderIssue(span, actual, certain ?? fillFor(actual, undefined, context), certain))
  }
  return issues.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0))
}

/** `certain`: the context's value when the placeholder can only mean it, so the finding carries a fix. */
function placeholderIssue(
  span: Span,
  actual: string,
  fill: string | undefined,
  certain: string | undefined,
): Issue {
  return {
    ruleId: 'unresolved-placeholder',
    span,
    actual,
    ...(certain !== undefined && { fix: { span, text: certain } }),
    message: fill
      ? `Replace the placeholder "${actual}" with "${fill}"`
      : `Replace the placeholder "${actual}" with the real text before sending`,
    ...(fill && { expected: [fill] }),
  }
}

/** Context values as they should read in a letter: `' Dana  Okoro '` → `'Dana Okoro'`. */
function tidy(value: string | undefined): string | undefined {
  return value?.trim().replace(/\s+/g, ' ')
}

/** The known variable within a few edits of a mistyped one (`interviewer.fristName`). */
function nearestVariable(variable: string): string | undefined {
  let best: string | undefined
  let bestDistance = Math.min(3, Math.floor(variable.length / 3))
  for (const name of Object.keys(TEMPLATE_VARIABLES)) {
    const distance = editDistance(variable.toLowerCase(), name.toLowerCase(), bestDistance)
    if (distance <= bestDistance && (best === undefined || distance < bestDistance)) {
      best = name
      bestDistance = distance
    }
  }
  return best
}

function fillFor(actual: string, variable: string | undefined, context: ThankYouContext): string | undefined {
  if (variable !== undefined && Object.hasOwn(TEMPLATE_VARIABLES, variable)) {
    return tidy(TEMPLATE_VARIABLES[variable]?.(context))
  }
  const lower = actual.toLowerCase()
  for (const { words, fill } of PLACEHOLDER_FILLS) {
    if (words.some((word) => lower.includes(word))) return tidy(fill(context))
  }
  return undefined
}
