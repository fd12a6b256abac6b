import { CliError } from './errors.js'

// `ignoreBOM` keeps a byte order mark in the text as U+FEFF, so positions count it as the file does.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const lenient = new TextDecoder('utf-8')
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true })
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true })

/** What a failed read means, in words, by Node's error code. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'ELOOP':
      return 'symbolic link loop'
    case 'EISDIR':
      return 'is a directory'
    case 'ENOTDIR':
      return 'a part of the path is not a directory'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be'

export interface Source {
  bytes: Uint8Array
  /** The file decoded, a byte order mark kept as U+FEFF (one code unit) at offset 0. */
  text: string
  encoding: Encoding
}

/** The byte order mark as decoded text; positions count it, the letter is linted without it. */
export const BOM = '\uFEFF'

/**
 * Decodes a file's bytes as UTF-8 text, or as UTF-16 when it starts with a UTF-16 byte order mark.
 * Binary files (with NUL bytes), UTF-16 without a byte order mark and invalid UTF-8 are refused
 * with a `CliError` that says so. An email (`lenientDecoding`) may be in another charset, which its
 * MIME headers declare: it is decoded leniently, for mapping positions only.
 */
export function decodeSource(bytes: Uint8Array, label: string, lenientDecoding = false): Source {
  if (!lenientDecoding) {
    const encoding = utf16Bom(bytes)
    if (encoding) {
      try {
        return { bytes, text: (encoding === 'utf-16le' ? utf16le : utf16be).decode(bytes), encoding }
      } catch {
        throw new CliError(`${label}: not valid ${encoding.toUpperCase()}; save the file as UTF-8`)
      }
    }
  }
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    if (looksLikeUtf16(bytes)) {
      throw new CliError(`${label}: UTF-16 without a byte order mark; save the file as UTF-8`)
    }
    throw new CliError(
      `${label}: binary file (NUL byte at offset ${nul}); lint text, Markdown, HTML or .eml files`,
    )
  }
  if (lenientDecoding) return { bytes, text: lenient.decode(bytes), encoding: 'utf-8' }
  try {
    return { bytes, text: utf8.decode(bytes), encoding: 'utf-8' }
  } catch {
    const bad = firstInvalidUtf8(bytes)
    let line = 1
    for (let i = 0; i < bad; i++) if (bytes[i] === 10) line++
    throw new CliError(`${label}: not valid UTF-8 (line ${line}, byte offset ${bad}); save the file as UTF-8`)
  }
}

/** The UTF-16 byte order of a file that starts with a UTF-16 byte order mark. */
function utf16Bom(bytes: Uint8Array): Encoding | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

/**
 * UTF-16 text without a byte order mark: ASCII characters leave a NUL in every other byte. Read
 * as such when most of the first 1,024 pairs have one zero byte, always on the same side.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const pairs = Math.min(bytes.length >> 1, 512)
  if (pairs === 0) return false
  let low = 0
  let high = 0
  for (let i = 0; i < pairs; i++) {
    const first = bytes[2 * i] as number
    const second = bytes[2 * i + 1] as number
    if (first !== 0 && second === 0) low++
    else if (first === 0 && second !== 0) high++
  }
  return Math.max(low, high) >= pairs * 0.6 && Math.min(low, high) === 0
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const lead = bytes[i] as number
    let length: number
    let min: number
    if (lead < 0x80) {
      i++
      continue
    }
    if (lead >= 0xc2 && lead <= 0xdf) {
      length = 2
      min = 0x80
    } else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3
      min = 0x800
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4
      min = 0x10000
    } else return i
    let code = lead & (0xff >> (length + 1))
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]
      if (next === undefined || (next & 0xc0) !== 0x80) return i
      code = (code << 6) | (next & 0x3f)
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i
    i += length
  }
  return bytes.length
}
