import { ruleUrl } from './checker.js'
import type { Span } from './document.js'
import { type Line, pointAt, splitLines } from './text/lines.js'
import type { Finding, Position } from './types.js'

/**
 * Inline disable comments, as ESLint has them: `thank-you-lint-disable rule-a, rule-b` up to
 * `thank-you-lint-enable`, `thank-you-lint-disable-next-line rule` and
 * `thank-you-lint-disable-line rule`, with no rule meaning every rule. A directive is written in
 * the comment syntax of the draft's format: `<!-- … -->` (Markdown, HTML), `{{!-- … --}}`
 * (Handlebars), or a line of its own starting with `#` (plain text). `lintThankYou` strips them
 * before linting and reports every position in the draft as given.
 */
export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line'

export interface Directive {
  kind: DirectiveKind
  /** Rule ids it names; empty for every rule. */
  rules: string[]
  /** The whole comment, from its opener to its closer. */
  span: Span
  /** 1-based line the comment starts on. */
  line: number
  /** What to cut from the draft before linting: the comment, and its line when it stands alone. */
  strip: Span
}

const MARKER = 'thank-you-lint-'
const KINDS: readonly DirectiveKind[] = ['disable-next-line', 'disable-line', 'disable', 'enable']
/** A directive longer than this is no directive: the closer is not searched for further. */
const MAX_DIRECTIVE_LENGTH = 1000
const RULE_SEPARATOR = /[\s,]+/

/** Every directive in `text`, in order. Linear: each marker is examined once, within a bounded window. */
export function findDirectives(text: string): Directive[] {
  const directives: Directive[] = []
  if (!text.includes(MARKER)) return directives
  const lines = splitLines(text)
  const closers = new Map<string, number>()
  // The next closer at or after `from`, remembered so that many openers without one cost one scan.
  const closerAfter = (closer: string, from: number): number => {
    const known = closers.get(closer)
    if (known !== undefined && (known === -1 || known >= from)) return known
    const found = text.indexOf(closer, from)
    closers.set(closer, found)
    return found
  }
  let from = 0
  let at = text.indexOf(MARKER, from)
  while (at !== -1) {
    const found = directiveAt(text, at, lines, closerAfter)
    if (found) directives.push(found)
    from = found ? found.span.end : at + MARKER.length
    at = text.indexOf(MARKER, from)
  }
  return directives
}

function directiveAt(
  text: string,
  at: number,
  lines: readonly Line[],
  closerAfter: (closer: string, from: number) => number,
): Directive | undefined {
  let before = at
  while (before > 0 && isBlank(text.charCodeAt(before - 1))) before--
  const opener = text.startsWith('{{!--', before - 5)
    ? { start: before - 5, close: '--}}' }
    : text.startsWith('<!--', before - 4)
      ? { start: before - 4, close: '-->' }
      : text.charCodeAt(before - 1) === 35 /* # */
        ? { start: before - 1, close: undefined }
        : undefined
  if (!opener) return undefined
  const afterMarker = at + MARKER.length
  const kind = KINDS.find(
    (name) => text.startsWith(name, afterMarker) && !/[\w-]/.test(text.charAt(afterMarker + name.length)),
  )
  if (!kind) return undefined
  const line = pointAt(lines, opener.start)
  const lineInfo = lines[line.line - 1] as Line
  let bodyEnd: number
  let end: number
  if (opener.close === undefined) {
    // `# thank-you-lint-…` counts only as a line of its own.
    if (!blankBetween(text, lineInfo.start, opener.start)) return undefined
    bodyEnd = lineInfo.end
    end = lineInfo.end
  } else {
    const limit = Math.min(text.length, opener.start + MAX_DIRECTIVE_LENGTH)
    const close = closerAfter(opener.close, afterMarker)
    if (close === -1 || close + opener.close.length > limit) return undefined
    bodyEnd = close
    end = close + opener.close.length
  }
  // ESLint's `-- reason` after the rules is a comment on the directive.
  let body = text.slice(afterMarker + kind.length, bodyEnd)
  const reason = body.indexOf(' -- ')
  if (reason !== -1) body = body.slice(0, reason)
  const rules = body.split(RULE_SEPARATOR).filter((rule) => rule !== '')
  const span = { start: opener.start, end }
  return { kind, rules, span, line: line.line, strip: stripSpan(text, span, lines, lineInfo) }
}

/** The comment, with its whole line when nothing else is on it, or with one space beside it. */
function stripSpan(text: string, span: Span, lines: readonly Line[], first: Line): Span {
  const last = lines[pointAt(lines, span.end).line - 1] as Line
  const alone =
    text.slice(first.start, span.start).trim() === '' && text.slice(span.end, last.end).trim() === ''
  if (alone) {
    let end = last.end
    if (text.charCodeAt(end) === 13) end++
    if (text.charCodeAt(end) === 10) end++
    return { start: first.start, end }
  }
  // "word <!-- … --> word" must not leave two spaces behind.
  const spaceBefore = span.start > first.start && isBlank(text.charCodeAt(span.start - 1))
  const spaceAfter = isBlank(text.charCodeAt(span.end))
  return spaceBefore && spaceAfter ? { start: span.start - 1, end: span.end } : span
}

/**
 * Whether only spaces and tabs lie in `[from, to)`. Stops at the first other character, so that
 * checking many directives on one long line stays linear.
 */
function blankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isBlank(text.charCodeAt(i))) return false
  return true
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9
}

/** The draft without its directives, and how to map offsets in it back to the draft. */
export interface Stripped {
  text: string
  /** Offset in the draft of offset `offset` in `text`; an `end` maps before any cut text it touches. */
  toDraft(offset: number, end: boolean): number
}

export function stripDirectives(text: string, directives: readonly Directive[]): Stripped {
  const cuts: Span[] = []
  for (const directive of directives) {
    const last = cuts.at(-1)
    if (last && directive.strip.start < last.end) last.end = Math.max(last.end, directive.strip.end)
    else cuts.push({ ...directive.strip })
  }
  const pieces: string[] = []
  // Where each cut lands in the stripped text, and how much was cut up to and including it.
  const landings: number[] = []
  const removed: number[] = []
  let reach = 0
  let total = 0
  for (const cut of cuts) {
    pieces.push(text.slice(reach, cut.start))
    landings.push(cut.start - total)
    total += cut.end - cut.start
    removed.push(total)
    reach = cut.end
  }
  pieces.push(text.slice(reach))
  return {
    text: pieces.join(''),
    toDraft(offset, end) {
      // The last cut that lands before the offset (or at it, for a start) has moved it.
      let low = 0
      let high = landings.length
      while (low < high) {
        const middle = (low + high) >> 1
        const landing = landings[middle] as number
        if (end ? landing < offset : landing <= offset) low = middle + 1
        else high = middle
      }
      return offset + (low === 0 ? 0 : (removed[low - 1] as number))
    },
  }
}

/** Moves a finding found in the stripped text to the draft; a fix that spans a cut is dropped. */
export function findingToDraft(finding: Finding, stripped: Stripped, lines: readonly Line[]): Finding {
  const moved: Finding = { ...finding }
  if (finding.position) moved.position = positionToDraft(finding.position, stripped, lines)
  if (finding.fix) {
    const [start, end] = finding.fix.range
    const from = stripped.toDraft(start, false)
    const to = start === end ? from : stripped.toDraft(end, true)
    if (to - from === end - start) moved.fix = { range: [from, to], text: finding.fix.text }
    else delete moved.fix
  }
  return moved
}

export function positionToDraft(position: Position, stripped: Stripped, lines: readonly Line[]): Position {
  const start = stripped.toDraft(position.start.offset, false)
  const end =
    position.end.offset === position.start.offset ? start : stripped.toDraft(position.end.offset, true)
  return { start: pointAt(lines, start), end: pointAt(lines, end) }
}

export interface DirectiveOutcome {
  /** The findings no directive silenced. */
  findings: Finding[]
  /** `invalid-directive` errors and, when asked for, `unused-disable-directive` warnings. */
  problems: Finding[]
}

/**
 * Drops the findings the directives silence. A finding is placed by its start; a finding about
 * the whole letter (no position) is silenced by a `disable` still open at the end of the draft.
 * Directives naming an unknown rule become `invalid-directive` errors (and silence nothing);
 * with `reportUnused`, a disable directive that silenced nothing becomes `unused-disable-directive`.
 */
export function applyDirectives(
  findings: readonly Finding[],
  directives: readonly Directive[],
  text: string,
  knownRule: (ruleId: string) => boolean,
  reportUnused: boolean,
): DirectiveOutcome {
  const lines = splitLines(text)
  const problems: Finding[] = []
  const valid: Directive[] = []
  for (const directive of directives) {
    const unknown = directive.rules.filter((rule) => !knownRule(rule))
    if (unknown.length === 0) {
      valid.push(directive)
      continue
    }
    problems.push({
      checker: 'structure',
      ruleId: 'invalid-directive',
      severity: 'error',
      message: `thank-you-lint-${directive.kind} names ${unknown.map((rule) => `"${rule}"`).join(', ')}, which ${unknown.length === 1 ? 'is no rule' : 'are no rules'}; see the exported \`rules\``,
      position: { start: pointAt(lines, directive.span.start), end: pointAt(lines, directive.span.end) },
      actual: text.slice(directive.span.start, directive.span.end),
      url: ruleUrl('structure', 'invalid-directive'),
    })
  }

  const used = new Set<Directive>()
  const byLine = new Map<number, Directive[]>()
  const blocks: Directive[] = []
  for (const directive of valid) {
    if (directive.kind === 'disable' || directive.kind === 'enable') blocks.push(directive)
    else {
      const line = directive.kind === 'disable-line' ? directive.line : directive.line + 1
      const list = byLine.get(line)
      if (list) list.push(directive)
      else byLine.set(line, [directive])
    }
  }

  // Sweep findings in offset order against the block directives before them.
  const order = findings
    .map((finding, index) => ({ finding, index, offset: finding.position?.start.offset ?? text.length }))
    .sort((a, b) => a.offset - b.offset || a.index - b.index)
  const keep = new Array<boolean>(findings.length).fill(true)
  let all: Directive | undefined
  const ruleOff = new Map<string, Directive>()
  const ruleOnDuringAll = new Set<string>()
  let next = 0
  for (const { finding, index, offset } of order) {
    while (next < blocks.length && (blocks[next] as Directive).span.start <= offset) {
      const block = blocks[next++] as Directive
      if (block.kind === 'disable') {
        if (block.rules.length === 0) {
          all = block
          ruleOnDuringAll.clear()
        } else for (const rule of block.rules) ruleOff.set(rule, block)
      } else if (block.rules.length === 0) {
        all = undefined
        ruleOff.clear()
      } else {
        for (const rule of block.rules) {
          ruleOff.delete(rule)
          if (all) ruleOnDuringAll.add(rule)
        }
      }
    }
    const silencer =
      ruleOff.get(finding.ruleId) ??
      (all && !ruleOnDuringAll.has(finding.ruleId) ? all : undefined) ??
      (finding.position
        ? byLine
            .get(finding.position.start.line)
            ?.find((directive) => directive.rules.length === 0 || directive.rules.includes(finding.ruleId))
        : undefined)
    if (silencer) {
      keep[index] = false
      used.add(silencer)
    }
  }

  if (reportUnused) {
    for (const directive of valid) {
      if (directive.kind === 'enable' || used.has(directive)) continue
      problems.push({
        checker: 'structure',
        ruleId: 'unused-disable-directive',
        severity: 'warning',
        message: `thank-you-lint-${directive.kind}${directive.rules.length > 0 ? ` ${directive.rules.join(', ')}` : ''} silences nothing here; remove it`,
        position: { start: pointAt(lines, directive.span.start), end: pointAt(lines, directive.span.end) },
        actual: text.slice(directive.span.start, directive.span.end),
        url: ruleUrl('structure', 'unused-disable-directive'),
        fix: { range: [directive.strip.start, directive.strip.end], text: '' },
      })
    }
  }
  return { findings: findings.filter((_, index) => keep[index]), problems }
}
