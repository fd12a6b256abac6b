/** A leading YAML front matter block: `---` on the first line, closed by `---` or `...` on its own line. */
export interface FrontMatter {
  /** The YAML between the fences. */
  yaml: string
  /** Offset of the YAML's first character in the source. */
  yamlStart: number
  /** Offset just after the closing fence's line ending: where the document proper starts. */
  end: number
}

/** Finds front matter by scanning lines by hand (no regular expression over the whole file). */
export function findFrontMatter(source: string): FrontMatter | undefined {
  const first = lineEnd(source, 0)
  if (source.slice(0, first.end).trimEnd() !== '---') return undefined
  let at = first.next
  while (at < source.length) {
    const line = lineEnd(source, at)
    const text = source.slice(at, line.end).trimEnd()
    if (text === '---' || text === '...') {
      return { yaml: source.slice(first.next, at), yamlStart: first.next, end: line.next }
    }
    at = line.next
  }
  return undefined
}

/** The end of the line starting at `at` (before its line ending) and the start of the next line. */
function lineEnd(source: string, at: number): { end: number; next: number } {
  const newline = source.indexOf('\n', at)
  if (newline === -1) return { end: source.length, next: source.length }
  return { end: source.charCodeAt(newline - 1) === 13 ? newline - 1 : newline, next: newline + 1 }
}
