import PostalMime from 'postal-mime'
import {
  alignText,
  type Decoder,
  type MappedText,
  mapSpan,
  mapWhole,
  type SourceMap,
  TextBuilder,
} from '../../markup/source-map.js'
import { extractHtml } from './html.js'

/**
 * `=C3=A9` (one character in as many `=XX` groups as its UTF-8 lead byte says) and soft line
 * breaks (`=` at the end of a line). The encoded character stands for the next code point of the
 * decoded text, whatever the part's charset.
 */
const decodeQuotedPrintable: Decoder = (source, at, end, value, index) => {
  if (source.charCodeAt(at) !== 61 /* = */) return undefined
  if (source.startsWith('\n', at + 1)) return { length: 2, value: '' }
  if (source.startsWith('\r\n', at + 1)) return { length: 3, value: '' }
  const lead = hexByte(source, at + 1, end)
  if (lead === undefined) return undefined
  const bytes = lead >= 0xf0 && lead < 0xf8 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1
  let length = 3
  for (
    let n = 1;
    n < bytes && source.charCodeAt(at + length) === 61 && hexByte(source, at + length + 1, end) !== undefined;
    n++
  ) {
    length += 3
  }
  const point = value.codePointAt(index)
  return point === undefined ? undefined : { length, value: String.fromCodePoint(point) }
}

function hexByte(source: string, at: number, end: number): number | undefined {
  if (at + 2 > end) return undefined
  const pair = source.slice(at, at + 2)
  return /^[0-9A-Fa-f]{2}$/.test(pair) ? Number.parseInt(pair, 16) : undefined
}

/** Where the header block ends (the blank line) and the body starts. */
function splitHeaders(raw: string): { headerEnd: number; bodyStart: number } {
  const lf = raw.indexOf('\n\n')
  const crlf = raw.indexOf('\r\n\r\n')
  if (lf === -1 && crlf === -1) return { headerEnd: raw.length, bodyStart: raw.length }
  if (crlf !== -1 && (lf === -1 || crlf < lf)) return { headerEnd: crlf, bodyStart: crlf + 4 }
  return { headerEnd: lf, bodyStart: lf + 2 }
}

/** The `Subject:` header line: where it starts and where its (possibly folded) value is. */
function findSubjectHeader(
  raw: string,
  headerEnd: number,
): { lineStart: number; valueStart: number; valueEnd: number } | undefined {
  let at = 0
  while (at < headerEnd) {
    const newline = raw.indexOf('\n', at)
    const lineEnd = newline === -1 || newline > headerEnd ? headerEnd : newline
    const match = /^subject[ \t]*:[ \t]*/i.exec(raw.slice(at, Math.min(lineEnd, at + 40)))
    if (match) {
      let valueEnd = lineEnd
      // Folded continuation lines start with whitespace.
      while (valueEnd < headerEnd && /[ \t]/.test(raw.charAt(valueEnd + 1))) {
        const next = raw.indexOf('\n', valueEnd + 1)
        valueEnd = next === -1 || next > headerEnd ? headerEnd : next
      }
      if (raw.charCodeAt(valueEnd - 1) === 13) valueEnd--
      return { lineStart: at, valueStart: at + match[0].length, valueEnd }
    }
    at = lineEnd + 1
  }
  return undefined
}

/**
 * Maps decoded body text back into the raw message: finds its first words in the raw body and
 * aligns from there (through quoted-printable escapes). When they cannot be found (a base64 part),
 * every character maps to the start of the body.
 */
function locate(decoded: string, raw: string, bodyStart: number): MappedText {
  let first = 0
  while (first < decoded.length && /\s/.test(decoded.charAt(first))) first++
  let probeEnd = first
  while (probeEnd < decoded.length && probeEnd - first < 40) {
    const code = decoded.charCodeAt(probeEnd)
    if (code === 10 || code === 13 || code === 61 /* = */ || code > 126) break
    probeEnd++
  }
  const at = probeEnd - first >= 4 ? raw.indexOf(decoded.slice(first, probeEnd), bodyStart) : -1
  if (at === -1) return mapWhole(decoded, bodyStart, bodyStart)
  const aligned = alignText(decoded.slice(first), raw, at, raw.length, decodeQuotedPrintable)
  return {
    value: decoded,
    starts: [...new Array<number>(first).fill(at), ...aligned.starts],
    ends: [...new Array<number>(first).fill(at), ...aligned.ends],
  }
}

function slice(text: MappedText, start: number, end: number): MappedText {
  return {
    value: text.value.slice(start, end),
    starts: text.starts.slice(start, end),
    ends: text.ends.slice(start, end),
  }
}

function trimmed(text: MappedText): MappedText {
  let start = 0
  let end = text.value.length
  while (start < end && /\s/.test(text.value.charAt(start))) start++
  while (end > start && /\s/.test(text.value.charAt(end - 1))) end--
  return slice(text, start, end)
}

/**
 * An email message as the letter: `Subject: …`, a blank line, then the plain-text body (or the
 * text of the HTML body when there is no plain-text part). Positions map into the raw message.
 */
export async function extractEml(bytes: Uint8Array, raw: string): Promise<{ text: string; map: SourceMap }> {
  const email = await PostalMime.parse(bytes)
  const { headerEnd, bodyStart } = splitHeaders(raw)
  const builder = new TextBuilder()

  const subject = email.subject?.trim()
  if (subject) {
    const header = findSubjectHeader(raw, headerEnd)
    const prefix = 'Subject: '
    if (header) {
      const name = alignText(prefix, raw, header.lineStart, header.valueStart)
      const headerValue = raw.slice(header.valueStart, header.valueEnd)
      const value = headerValue.includes('=?')
        ? mapWhole(subject, header.valueStart, header.valueEnd)
        : alignText(subject, raw, header.valueStart, header.valueEnd)
      builder.append(name)
      builder.append(value)
    } else {
      builder.append(mapWhole(prefix + subject, 0, 0))
    }
    builder.paragraphBreak()
  }

  if (email.text !== undefined && email.text.trim() !== '') {
    builder.append(trimmed(locate(email.text, raw, bodyStart)))
  } else if (email.html !== undefined) {
    const html = extractHtml(email.html)
    const inRaw = locate(email.html, raw, bodyStart)
    const starts: number[] = []
    const ends: number[] = []
    for (let i = 0; i < html.text.length; i++) {
      const span = mapSpan(inRaw, html.map.starts[i] ?? 0, html.map.ends[i] ?? 0)
      starts.push(span.start)
      ends.push(span.end)
    }
    builder.append({ value: html.text, starts, ends })
  }
  return builder.build()
}
