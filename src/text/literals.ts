/**
 * Stretches of the draft that are not prose: addresses, template placeholders and quoted text.
 * Spelling skips them, the structure checker reports placeholders, accuracy reads template slots.
 *
 * Every pattern here is either anchored on a literal character and bounded in length, or a scan
 * by hand: unbounded `[\w.]+@` style patterns backtrack quadratically on long runs of letters.
 */

export type LiteralKind = 'url' | 'email' | 'placeholder' | 'quote'

export interface Literal {
  kind: LiteralKind
  start: number
  end: number
  /** For a `{{ variable }}` placeholder, the variable name, e.g. `interviewer.name`. */
  variable?: string
}

const URL_START = /\b(?:https?:\/\/|www\.)/gi
const URL_STOP = /[\s<>"'`(){}]/
const TRAILING_PUNCTUATION = /[.,;:!?]/

const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/
const EMAIL_DOMAIN = /[A-Za-z0-9.-]/

const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  // {{ interviewer.name }}, {{company}}
  /\{\{[^{}\n]{0,80}\}\}/g,
  // {first_name}, {Company}
  /\{[A-Za-z_][A-Za-z0-9_. -]{0,40}\}/g,
  // [Name], [Interviewer's Name], [Your Name]: any short bracketed text with a letter in it
  /\[[^[\]\n]{0,60}[A-Za-z][^[\]\n]{0,60}\]/g,
  // <Company Name>, <NAME>: starts with a capital, unlike an HTML tag or an address in brackets
  /<[A-Z][A-Za-z0-9 _'’.-]{0,40}>/g,
  // (add your phone number), (Mention something you discussed.), (Optional: …): a note to the
  // writer, told by its first word, an instruction; or a bare field of the writer's, (your email)
  /\((?:add|insert|include|mention|enter|fill in|put|write|specify|describe|optional)\b[^()\n]{0,200}\)/gi,
  /\((?:your|my)(?: [A-Za-z-]{1,20}){0,3} (?:name|e-?mail|phone|number|address|title|signature|url|website)\)/gi,
  // ____ blanks to fill in
  /_{3,}/g,
  // XXX, XX
  /\b(?:XX+|xxx+)\b/g,
]

const QUOTE_PATTERNS: readonly RegExp[] = [/"[^"\n]{1,80}"/g, /“[^“”\n]{1,80}”/g, /`[^`\n]{1,80}`/g]

export function findLiterals(text: string): Literal[] {
  const found: Literal[] = []
  findUrls(text, found)
  findEmails(text, found)
  for (const pattern of PLACEHOLDER_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const literal: Literal = { kind: 'placeholder', start: match.index, end: match.index + match[0].length }
      if (match[0].startsWith('{{')) literal.variable = match[0].slice(2, -2).trim()
      found.push(literal)
    }
  }
  findLongBrackets(text, found)
  for (const pattern of QUOTE_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      found.push({ kind: 'quote', start: match.index, end: match.index + match[0].length })
    }
  }
  return removeOverlaps(found)
}

/**
 * A URL runs from its start to the next stop character, less trailing punctuation. Starts found
 * inside an earlier URL (`http://http://…`, `www.www.…`) run to the same stop, so each stretch of
 * text is scanned once, not once per start: that made 100 KB of `http://` take 14 s.
 */
function findUrls(text: string, found: Literal[]): void {
  let runStart = 0
  let stop = -1
  let trimmed = -1
  for (const match of text.matchAll(URL_START)) {
    if (match.index >= stop) {
      runStart = match.index
      stop = match.index + match[0].length
      while (stop < text.length && !URL_STOP.test(text.charAt(stop))) stop++
      trimmed = stop
      while (trimmed > runStart && TRAILING_PUNCTUATION.test(text.charAt(trimmed - 1))) trimmed--
    }
    found.push({ kind: 'url', start: match.index, end: Math.max(trimmed, match.index) })
  }
}

function findEmails(text: string, found: Literal[]): void {
  let at = text.indexOf('@')
  while (at !== -1) {
    let start = at
    while (start > 0 && EMAIL_LOCAL.test(text.charAt(start - 1))) start--
    let end = at + 1
    while (end < text.length && EMAIL_DOMAIN.test(text.charAt(end))) end++
    while (end > at + 1 && text.charAt(end - 1) === '.') end--
    const domain = text.slice(at + 1, end)
    if (start < at && domain.includes('.')) found.push({ kind: 'email', start, end })
    at = text.indexOf('@', Math.max(end, at + 1))
  }
}

/** Longest bracketed instruction taken as one placeholder, in UTF-16 code units. */
const MAX_BRACKET_LENGTH = 400

/**
 * A long bracketed instruction that holds quotes and brackets of its own: `[one detail from the
 * talk – e.g. "the [new] app", or "…"]`. The short pattern above cannot see it; this scans from
 * each `[` for its matching `]` within one paragraph. A scan that finds none resumes where it
 * stopped, so each character is read at most once.
 */
function findLongBrackets(text: string, found: Literal[]): void {
  let open = text.indexOf('[')
  while (open !== -1) {
    let depth = 0
    let index = open
    let close = -1
    let nested = false
    const limit = Math.min(text.length, open + MAX_BRACKET_LENGTH)
    for (; index < limit; index++) {
      const char = text.charAt(index)
      if (char === '[') {
        depth++
        if (depth > 1) nested = true
      } else if (char === ']') {
        depth--
        if (depth === 0) {
          close = index
          break
        }
      } else if (char === '\n' && text.charAt(index + 1) === '\n') break
    }
    if (close !== -1 && (nested || close - open > 122) && /[A-Za-z]/.test(text.slice(open, close))) {
      found.push({ kind: 'placeholder', start: open, end: close + 1 })
    }
    open = text.indexOf('[', Math.max(index, open) + 1)
  }
}

/** Keeps the earliest-starting, then longest, of overlapping literals. */
function removeOverlaps(literals: Literal[]): Literal[] {
  literals.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Literal[] = []
  let reach = -1
  for (const literal of literals) {
    if (literal.start >= reach) {
      kept.push(literal)
      reach = literal.end
    }
  }
  return kept
}
