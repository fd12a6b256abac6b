import { GREETING_OPENERS, SIGN_OFFS } from './parts-data.js'
import type { Line } from './text/lines.js'

/** `header`: pasted email header lines other than the subject (`To:`, `From:`, `Cc:`, `Date:`). */
export type EmailPart = 'header' | 'subject' | 'greeting' | 'body' | 'sign-off' | 'signature'

export interface PartSpan {
  start: number
  end: number
}

export interface Greeting extends PartSpan {
  /** The opening word or phrase: `Dear`, `Hi`, `To whom it may concern`. */
  opener: PartSpan
  /** Who is addressed, without trailing punctuation: `Ms. Okoro`, `Dana and Lee`. */
  addressee?: PartSpan
}

export interface EmailParts {
  /** The `Subject:` line's text after the colon, when the draft starts with one. */
  subject?: PartSpan
  greeting?: Greeting
  /** From after the greeting to before the sign-off. */
  body: PartSpan
  /** Blocks of non-blank lines within the body. */
  bodyParagraphs: PartSpan[]
  signOff?: PartSpan
  /** The lines after the sign-off: the name first, then title or contact lines. */
  signature?: PartSpan
  /** The first line of the signature: the candidate's name. */
  signatureName?: PartSpan
  partAt(offset: number): EmailPart
}

/** A greeting longer than this is a sentence that happens to start with "Hi". */
const MAX_GREETING_LENGTH = 80
/** Sign-offs sit among the last lines; a signature rarely runs past name, title, phone and email. */
const SIGN_OFF_SEARCH_LINES = 6
const MAX_INLINE_SIGNATURE_WORDS = 4
/** A greeting of names alone, or a sign-off of a few words, fits well within this. */
const MAX_NAME_LINE_LENGTH = 60
const MAX_SIGN_OFF_WORDS = 5
/** Name, title, company, phone, email. */
const MAX_SIGNATURE_LINES = 5
/** Without a sign-off to mark it, only a short block is taken for a signature: name, credentials, phone. */
const MAX_BARE_SIGNATURE_LINES = 3

const SUBJECT_LINE = /^[ \t]*subject[ \t]*:[ \t]*/i
/** Header lines a writer pastes from the mail client above the letter. */
const HEADER_LINE = /^[ \t]*(?:to|from|cc|bcc|date|sent|reply-to)[ \t]*:/i
/** Most header lines read at the top of a draft. */
const MAX_HEADER_LINES = 8

/** Exported for the ReDoS audit in test/reliability-regex.test.ts, which cannot read built patterns. */
export const GREETING_PATTERN: RegExp = new RegExp(
  `^(${[...GREETING_OPENERS]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join('|')})(?![A-Za-z])`,
  'i',
)
export const SIGN_OFF_PATTERN: RegExp = new RegExp(
  `^(${[...SIGN_OFFS]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join('|')})(?![A-Za-z])`,
  'i',
)

function phrasePattern(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+')
}

export function findEmailParts(text: string, lines: readonly Line[]): EmailParts {
  const filled = lines.filter((line) => hasContent(text, line))
  let cursor = 0
  let subject: PartSpan | undefined

  // A block of header lines at the top (`To:`, `From:`, `Date:`, `Subject:` in any order) is
  // the email's header, not the letter: no name or word in it is checked as prose.
  let headerEnd = 0
  const headerLines: PartSpan[] = []
  for (const line of filled.slice(0, MAX_HEADER_LINES)) {
    const head = text.slice(line.start, Math.min(line.end, line.start + 200))
    const match = SUBJECT_LINE.exec(head)
    if (match && !subject) {
      subject = trimSpan(text, { start: line.start + match[0].length, end: line.end })
    } else if (HEADER_LINE.test(head)) headerLines.push({ start: line.start, end: line.end })
    else break
    headerEnd = line.end
    cursor++
  }

  let greeting: Greeting | undefined
  const greetingLine = filled[cursor]
  if (greetingLine) {
    // Names alone greet only a letter that goes on below them.
    greeting = readGreeting(text, trimSpan(text, greetingLine), cursor + 1 < filled.length)
    if (greeting) cursor++
  }

  let signOff: PartSpan | undefined
  let signature: PartSpan | undefined
  let signatureName: PartSpan | undefined
  for (let i = filled.length - 1; i >= Math.max(cursor, filled.length - SIGN_OFF_SEARCH_LINES); i--) {
    const line = trimSpan(text, filled[i] as Line)
    const shaped = readShapedSignOff(text, line, filled.slice(i + 1))
    const found = readSignOff(text, line) ?? (shaped && { signOff: shaped })
    if (!found) continue
    const after = filled.slice(i + 1)
    if (!closesLetter(text, found.signOff, after)) continue
    signOff = found.signOff
    if (found.inlineName) {
      signatureName = found.inlineName
      signature = { start: found.inlineName.start, end: (after.at(-1) ?? found.inlineName).end }
    } else if (after.length > 0) {
      signatureName = trimSpan(text, after[0] as Line)
      signature = { start: signatureName.start, end: trimSpan(text, after.at(-1) as Line).end }
    }
    break
  }
  if (!signOff) {
    const block = readBareSignature(text, filled, cursor)
    if (block) {
      signature = block.signature
      signatureName = block.name
    }
  }

  const bodyStart = greeting ? greeting.end : headerEnd
  const bodyEnd = signOff ? signOff.start : signature ? signature.start : text.length
  const body = { start: bodyStart, end: Math.max(bodyStart, bodyEnd) }
  const bodyParagraphs = findBlocks(text, lines, body)

  return {
    ...(subject && { subject }),
    ...(greeting && { greeting }),
    body,
    bodyParagraphs,
    ...(signOff && { signOff }),
    ...(signature && { signature }),
    ...(signatureName && { signatureName }),
    partAt(offset) {
      if (offset < headerEnd) {
        return headerLines.some((line) => offset >= line.start && offset < line.end) ? 'header' : 'subject'
      }
      if (greeting && offset >= greeting.start && offset < greeting.end) return 'greeting'
      if (signature && offset >= signature.start) return 'signature'
      if (signOff && offset >= signOff.start) return 'sign-off'
      return 'body'
    },
  }
}

function readGreeting(text: string, line: PartSpan, more: boolean): Greeting | undefined {
  const head = text.slice(line.start, Math.min(line.end, line.start + MAX_GREETING_LENGTH + 1))
  const match = GREETING_PATTERN.exec(head)
  if (!match) return more ? readNameGreeting(text, line) : undefined
  const opener = { start: line.start, end: line.start + (match[1] as string).length }
  // "Dear Dana, thank you for…" on one line: the greeting ends at the first comma or colon.
  let end = line.end
  if (line.end - line.start > MAX_GREETING_LENGTH) {
    const stop = head.search(/[,:]/)
    if (stop === -1) return undefined
    end = line.start + stop + 1
  }
  const greeting: Greeting = { start: line.start, end, opener }
  const addressee = trimSpan(text, { start: opener.end, end }, /[\s,:;!.—–-]/)
  if (addressee.end > addressee.start) greeting.addressee = addressee
  return greeting
}

/**
 * A first line that is only names and a comma, "Dave," or "Mr. Ruiz," or "Victor, Dana and Luis,",
 * greets as surely as "Dear Dave,": many writers leave the opener out. Every word must be
 * capitalised (or "and"/"&" between names), so a sentence such as "Thank you," is not taken.
 */
const NAME_GREETING =
  /^\p{Lu}[\p{L}'’.-]*(?:(?:[ \t]+|,[ \t]*)(?:(?:and|&)[ \t]+)?\p{Lu}[\p{L}'’.-]*){0,4}[ \t]*[,:]$/u

/** Single words that open a greeting: never part of a greeting of names alone. */
const GREETING_WORDS: ReadonlySet<string> = new Set(
  GREETING_OPENERS.filter((opener) => !opener.includes(' ')),
)

function readNameGreeting(text: string, line: PartSpan): Greeting | undefined {
  if (line.end - line.start > MAX_NAME_LINE_LENGTH) return undefined
  const value = text.slice(line.start, line.end)
  if (!NAME_GREETING.test(value)) return undefined
  // "I'm," or "Dear" among the words: a broken sentence or a doubled opener, not a name.
  const words = value.split(/[\s,:&]+/).filter((word) => word !== '' && word !== 'and')
  if (words.some((word) => /^I(?:['’]|$)/.test(word) || GREETING_WORDS.has(word.toLowerCase())))
    return undefined
  const addressee = trimSpan(text, line, /[\s,:]/)
  return { start: line.start, end: line.end, opener: { start: line.start, end: line.start }, addressee }
}

/**
 * "Thanks so much." or "Thank you!" alone on a line is a sign-off above a name, and the first
 * sentence of a paragraph above more prose. A sign-off that ends like a sentence closes the letter
 * only when what follows could sign it: a few short lines, or nothing. One that ends in a comma,
 * or in no mark, is a sign-off wherever it stands.
 */
function closesLetter(text: string, signOff: PartSpan, after: readonly Line[]): boolean {
  if (!/[.!]$/.test(text.slice(signOff.start, signOff.end))) return true
  return after.length <= MAX_SIGNATURE_LINES && after.every((below) => isSignatureLine(text, below))
}

/**
 * A short line ending in a comma just above the signature closes the letter whatever its words:
 * "With warm regards,", "Very truly yours,", "Thanks and regards,". The list of sign-offs knows
 * the common ones and their style; this shape catches the rest, and gives them no style.
 */
function readShapedSignOff(text: string, line: PartSpan, after: readonly Line[]): PartSpan | undefined {
  if (after.length === 0 || after.length > MAX_SIGNATURE_LINES) return undefined
  const value = text.slice(line.start, line.end)
  if (line.end - line.start > MAX_NAME_LINE_LENGTH || !/^\p{Lu}[^\d@:;.!?]*,$/u.test(value)) return undefined
  if (value.split(/\s+/).length > MAX_SIGN_OFF_WORDS) return undefined
  return after.every((below) => isSignatureLine(text, below)) ? line : undefined
}

/**
 * A line that signs the letter: a name of one to four capitalised words, perhaps with letters
 * after it ("Destiny Howard, NASM-CPT"). Exported for the ReDoS audit.
 */
export const SIGNATURE_NAME_LINE: RegExp =
  /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}(?:,[ \t]*[\p{Lu}\d][\p{L}\d&./-]*){0,4}$/u

/**
 * A letter that ends with the name alone, with no sign-off above it: the last block of lines,
 * set apart by a blank line, whose first line is a name and which has a few short lines at most
 * (name, credentials, phone). Its first line is the signature name.
 */
function readBareSignature(
  text: string,
  filled: readonly Line[],
  cursor: number,
): { signature: PartSpan; name: PartSpan } | undefined {
  // A blank line above the line at `index`, within the letter after the greeting.
  const setApart = (index: number) =>
    index > cursor &&
    BLANK_LINE_BETWEEN.test(text.slice((filled[index - 1] as Line).end, (filled[index] as Line).start))
  let first = filled.length - 1
  while (first > cursor && first > filled.length - MAX_BARE_SIGNATURE_LINES && !setApart(first)) first--
  // The block must stand apart from the body: a letter of one block has no signature to find.
  if (!setApart(first)) return undefined
  const name = trimSpan(text, filled[first] as Line)
  if (name.end - name.start > MAX_NAME_LINE_LENGTH) return undefined
  if (!SIGNATURE_NAME_LINE.test(text.slice(name.start, name.end))) return undefined
  const last = filled.at(-1) as Line
  if (!filled.slice(first).every((line) => isSignatureLine(text, line))) return undefined
  return { signature: { start: name.start, end: trimSpan(text, last).end }, name }
}

const BLANK_LINE_BETWEEN = /\n[ \t]*\r?\n/
/** A signature line (name, title, company, phone, email) has a few words. */
const MAX_SIGNATURE_LINE_WORDS = 8

function isSignatureLine(text: string, line: Line): boolean {
  return text.slice(line.start, line.end).trim().split(/\s+/).length <= MAX_SIGNATURE_LINE_WORDS
}

function readSignOff(text: string, line: PartSpan): { signOff: PartSpan; inlineName?: PartSpan } | undefined {
  const value = text.slice(line.start, Math.min(line.end, line.start + 120))
  const match = SIGN_OFF_PATTERN.exec(value)
  if (!match) return undefined
  const after = value.slice(match[0].length)
  if (/^[\s,.!]*$/.test(after)) return { signOff: line }
  // "Best, Jane Doe" carries the name on the sign-off line; anything longer is a sentence.
  const separator = /^[ \t]*[,—–-][ \t]*/.exec(after)
  if (!separator) return undefined
  const name = after.slice(separator[0].length).trim()
  if (name.split(/\s+/).length > MAX_INLINE_SIGNATURE_WORDS || /[.!?]$/.test(name)) return undefined
  const nameStart = line.start + match[0].length + separator[0].length
  return {
    signOff: { start: line.start, end: line.start + match[0].length + separator[0].trimEnd().length },
    inlineName: { start: nameStart, end: nameStart + name.length },
  }
}

/** Blocks of consecutive non-blank lines inside `span`. */
function findBlocks(text: string, lines: readonly Line[], span: PartSpan): PartSpan[] {
  const blocks: PartSpan[] = []
  let open: PartSpan | undefined
  for (const line of lines) {
    if (line.end <= span.start) continue
    if (line.start >= span.end) break
    const piece = trimSpan(text, {
      start: Math.max(line.start, span.start),
      end: Math.min(line.end, span.end),
    })
    if (piece.end > piece.start) {
      if (open) open.end = piece.end
      else open = { ...piece }
    } else if (open) {
      blocks.push(open)
      open = undefined
    }
  }
  if (open) blocks.push(open)
  return blocks
}

function hasContent(text: string, line: PartSpan): boolean {
  for (let i = line.start; i < line.end; i++) if (!/\s/.test(text.charAt(i))) return true
  return false
}

export function trimSpan(text: string, span: PartSpan, trim: RegExp = /\s/): PartSpan {
  let { start, end } = span
  while (start < end && trim.test(text.charAt(start))) start++
  while (end > start && trim.test(text.charAt(end - 1))) end--
  return { start, end }
}
