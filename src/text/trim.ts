/**
 * Trimming by a character test, in one pass from each end. A pattern such as `/[.'-]+$/` looks
 * like the same thing but is tried at every start, so a long run of those characters that does
 * not reach the end takes time quadratic in its length. Characters are whole code points: a
 * letter outside the Basic Multilingual Plane (`𝒜`) is tested as one character, not two halves.
 */

/** `value` without the trailing characters for which `strip` is true. */
export function trimEndWhere(value: string, strip: (char: string) => boolean): string {
  let end = value.length
  while (end > 0) {
    const size = isLowSurrogate(value, end - 1) && isHighSurrogate(value, end - 2) ? 2 : 1
    if (!strip(value.slice(end - size, end))) break
    end -= size
  }
  return end === value.length ? value : value.slice(0, end)
}

/** `value` without the leading characters for which `strip` is true. */
export function trimStartWhere(value: string, strip: (char: string) => boolean): string {
  let start = 0
  while (start < value.length) {
    const size = isHighSurrogate(value, start) && isLowSurrogate(value, start + 1) ? 2 : 1
    if (!strip(value.slice(start, start + size))) break
    start += size
  }
  return start === 0 ? value : value.slice(start)
}

/** `value` without the leading and trailing characters for which `strip` is true. */
export function trimWhere(value: string, strip: (char: string) => boolean): string {
  return trimEndWhere(trimStartWhere(value, strip), strip)
}

function isHighSurrogate(value: string, index: number): boolean {
  const code = value.charCodeAt(index)
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(value: string, index: number): boolean {
  const code = value.charCodeAt(index)
  return code >= 0xdc00 && code <= 0xdfff
}
