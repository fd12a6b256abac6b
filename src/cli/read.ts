import { CliError } from './errors.js'

const utf8 = new TextDecoder('utf-8', { fatal: true })
const lenient = new TextDecoder('utf-8')

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

export interface Source {
  bytes: Uint8Array
  /** The file decoded as UTF-8. */
  text: string
}

/**
 * Decodes a file's bytes as UTF-8 text. Binary files (with NUL bytes) and invalid UTF-8 are refused
 * with a `CliError` that says so. An email (`lenientDecoding`) may be in another charset, which its
 * MIME headers declare: it is decoded leniently, for mapping positions only.
 */
export function decodeSource(bytes: Uint8Array, label: string, lenientDecoding = false): Source {
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    throw new CliError(
      `${label}: binary file (NUL byte at offset ${nul}); lint text, Markdown, HTML or .eml files`,
    )
  }
  if (lenientDecoding) return { bytes, text: lenient.decode(bytes) }
  try {
    return { bytes, text: utf8.decode(bytes) }
  } catch {
    const bad = firstInvalidUtf8(bytes)
    let line = 1
    for (let i = 0; i < bad; i++) if (bytes[i] === 10) line++
    throw new CliError(`${label}: not valid UTF-8 (line ${line}, byte offset ${bad}); save the file as UTF-8`)
  }
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
