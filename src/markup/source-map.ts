import type { FrontMatter } from './front-matter.js'

/**
 * Plain text extracted from a source file, with the source offset of every code unit, so findings
 * on the text can be reported where they are in the file.
 *
 * Extraction copies text out of a parsed tree (mdast, hast) or a decoded email. Parsers give the
 * source range of each text node but not of each character inside it: `&amp;` in HTML, `\*` in
 * Markdown or `=C3=A9` in quoted-printable decode to one character. `alignText` walks the decoded
 * value and the source range side by side to recover the offset of every character.
 */

export interface SourceMap {
  /** Source offset where text code unit `i` starts. */
  starts: Int32Array
  /** Source offset where text code unit `i` ends. */
  ends: Int32Array
}

export interface Extracted {
  /** The text to lint. */
  text: string
  /** Absent when the text is the source itself (plain text). */
  map?: SourceMap
  /** Markdown front matter, which holds the file's own context. */
  frontMatter?: FrontMatter
}

/** Text whose code units each carry a source range. */
export interface MappedText {
  value: string
  starts: number[]
  ends: number[]
}

/**
 * Recognises an escape at `source[at]`: how many source code units it takes and what it decodes to
 * (`''` for an escape that produces nothing, such as a quoted-printable soft line break). `value`
 * and `index` are the decoded text and the position reached in it, for escapes whose value the
 * caller cannot compute (a named character reference stands for the next code point there).
 */
export type Decoder = (
  source: string,
  at: number,
  end: number,
  value: string,
  index: number,
) => { length: number; value: string } | undefined

/** Non-matching source characters skipped to re-synchronise, besides whitespace (markup such as `> `). */
const MAX_SKIP = 8
/** How far to look ahead at all, so a long run of whitespace cannot make alignment quadratic. */
const MAX_SCAN = 256

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12
}

/**
 * Maps each code unit of `value` (decoded from `source[from, to)`) to a source range. An escape
 * the decoder knows maps to its whole source; characters equal in both advance together; source
 * whitespace and up to a few other characters (line prefixes such as `> ` in a block quote) are
 * skipped to find the next match. A character that cannot be found maps to an empty range at the
 * current source position, so a bad guess never moves later positions backwards.
 */
export function alignText(
  value: string,
  source: string,
  from: number,
  to: number,
  decoder?: Decoder,
): MappedText {
  const starts: number[] = []
  const ends: number[] = []
  let j = from
  let i = 0
  while (i < value.length) {
    const char = value.charCodeAt(i)
    // An escape first: `&amp;` must map whole, not its `&` to the `&` and the rest skipped.
    const decoded = decoder && j < to ? decoder(source, j, to, value, i) : undefined
    if (decoded) {
      if (decoded.value === '') {
        j += decoded.length
        continue
      }
      if (value.startsWith(decoded.value, i)) {
        for (let k = 0; k < decoded.value.length; k++) {
          starts.push(j)
          ends.push(j + decoded.length)
        }
        i += decoded.value.length
        j += decoded.length
        continue
      }
    }
    if (j < to && source.charCodeAt(j) === char) {
      starts.push(j)
      ends.push(j + 1)
      i++
      j++
      continue
    }
    let k = j
    let skipped = 0
    const limit = Math.min(to, j + MAX_SCAN)
    while (k < limit && source.charCodeAt(k) !== char) {
      if (!isSpace(source.charCodeAt(k)) && ++skipped > MAX_SKIP) break
      k++
    }
    if (k < limit && source.charCodeAt(k) === char) {
      starts.push(k)
      ends.push(k + 1)
      j = k + 1
    } else {
      starts.push(j)
      ends.push(j)
    }
    i++
  }
  return { value, starts, ends }
}

/** Maps every code unit of `value` to one source range (text that cannot be aligned, such as base64). */
export function mapWhole(value: string, start: number, end: number): MappedText {
  return { value, starts: new Array(value.length).fill(start), ends: new Array(value.length).fill(end) }
}

/**
 * Character references: `&amp;`, `&#233;`, `&#xE9;`. A named reference's value is not looked up:
 * it stands for the code point the decoded text has at this point.
 */
export const decodeCharacterReference: Decoder = (source, at, end, value, index) => {
  if (source.charCodeAt(at) !== 38 /* & */) return undefined
  let k = at + 1
  const limit = Math.min(end, at + 34)
  while (k < limit && isReferenceChar(source.charCodeAt(k))) k++
  if (k === at + 1 || source.charCodeAt(k) !== 59 /* ; */) return undefined
  const length = k + 1 - at
  if (source.charCodeAt(at + 1) === 35 /* # */) {
    const hex = source.charCodeAt(at + 2) === 120 || source.charCodeAt(at + 2) === 88
    const code = Number.parseInt(source.slice(at + (hex ? 3 : 2), k), hex ? 16 : 10)
    if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) return undefined
    return { length, value: code === 0 ? '\uFFFD' : String.fromCodePoint(code) }
  }
  const point = value.codePointAt(index)
  return point === undefined ? undefined : { length, value: String.fromCodePoint(point) }
}

function isReferenceChar(code: number): boolean {
  return (
    code === 35 || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  )
}

/** Decoders tried in order. */
export function decoders(...list: Decoder[]): Decoder {
  return (source, at, end, value, index) => {
    for (const decoder of list) {
      const decoded = decoder(source, at, end, value, index)
      if (decoded) return decoded
    }
    return undefined
  }
}

/**
 * Builds extracted text block by block. Block boundaries ask for a line or paragraph break, which
 * is written only between two pieces of text, so the text never starts or ends with one and a
 * blank line always separates paragraphs. Separators map to the end of the text before them.
 */
export class TextBuilder {
  private readonly chars: string[] = []
  private readonly starts: number[] = []
  private readonly ends: number[] = []
  /** Newlines owed before the next text: 0, 1 (line break) or 2 (paragraph break). */
  private pending = 0

  /**
   * Appends text. With `collapse` (HTML), runs of whitespace become one space and whitespace at the
   * start of a line is dropped, as a browser renders it.
   */
  append(text: MappedText, collapse = false): void {
    const { value, starts, ends } = text
    for (let i = 0; i < value.length; i++) {
      const char = value.charAt(i)
      const start = starts[i] ?? 0
      const end = ends[i] ?? start
      if (collapse && isSpace(value.charCodeAt(i))) {
        if (
          this.pending > 0 ||
          this.chars.length === 0 ||
          this.chars.at(-1) === ' ' ||
          this.chars.at(-1) === '\n'
        )
          continue
        this.push(' ', start, end)
        continue
      }
      this.flushPending()
      this.push(char, start, end)
    }
  }

  lineBreak(): void {
    this.trimTrailingSpace()
    this.pending = Math.max(this.pending, 1)
  }

  paragraphBreak(): void {
    this.trimTrailingSpace()
    this.pending = 2
  }

  get length(): number {
    return this.chars.length
  }

  build(): { text: string; map: SourceMap } {
    this.trimTrailingSpace()
    return {
      text: this.chars.join(''),
      map: { starts: Int32Array.from(this.starts), ends: Int32Array.from(this.ends) },
    }
  }

  private flushPending(): void {
    if (this.pending === 0) return
    if (this.chars.length > 0) {
      const at = this.ends.at(-1) ?? 0
      for (let n = 0; n < this.pending; n++) this.push('\n', at, at)
    }
    this.pending = 0
  }

  private trimTrailingSpace(): void {
    while (this.chars.at(-1) === ' ') {
      this.chars.pop()
      this.starts.pop()
      this.ends.pop()
    }
  }

  private push(char: string, start: number, end: number): void {
    this.chars.push(char)
    this.starts.push(start)
    this.ends.push(end)
  }
}

type Offsets = ArrayLike<number>

/**
 * The source range of text range `[start, end)`. An empty range maps to the source position of the
 * character it precedes (or the end of the last character).
 */
export function mapSpan(
  map: { starts: Offsets; ends: Offsets },
  start: number,
  end: number,
): { start: number; end: number } {
  const length = map.starts.length
  const at =
    length === 0 ? 0 : start < length ? (map.starts[start] as number) : (map.ends[length - 1] as number)
  if (end <= start || length === 0) return { start: at, end: at }
  const last = map.ends[Math.min(end, length) - 1] as number
  return { start: at, end: Math.max(at, last) }
}
