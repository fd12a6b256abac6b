/** A line of the draft without its line ending. `start`/`end` are offsets, `end` exclusive. */
export interface Line {
  /** 0-based line index. */
  index: number
  start: number
  end: number
}

/** Splits `text` into lines, treating CRLF, CR and LF alike, so positions agree with any editor. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 10 /* \n */ || code === 13 /* \r */) {
      lines.push({ index: lines.length, start, end: i })
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++
      start = i + 1
    }
  }
  lines.push({ index: lines.length, start, end: text.length })
  return lines
}

/** Maps a 0-based UTF-16 offset to a 1-based line and column, by binary search over line starts. */
export function pointAt(
  lines: readonly Line[],
  offset: number,
): { line: number; column: number; offset: number } {
  let low = 0
  let high = lines.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((lines[middle] as Line).start <= offset) low = middle
    else high = middle - 1
  }
  const line = lines[low] as Line
  return { line: low + 1, column: offset - line.start + 1, offset }
}
