/** Rows reused across calls, grown as needed: this runs for many word pairs per lint. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)]

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), abandoned as soon
 * as it must exceed `max`, so comparing a word against many candidates stays cheap.
 * Returns `max + 1` when the distance is greater than `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (a.length === 0) return b.length
  if (b.length === 0) return a.length

  if (rows[0].length <= b.length) {
    const size = b.length + 1
    rows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)]
  }
  let [previousPrevious, previous, current] = rows
  for (let j = 0; j <= b.length; j++) {
    previous[j] = j
    previousPrevious[j] = 0
  }

  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMinimum = i
    const aChar = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const bChar = b.charCodeAt(j - 1)
      const cost = aChar === bChar ? 0 : 1
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      )
      if (i > 1 && j > 1 && aChar === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bChar) {
        value = Math.min(value, (previousPrevious[j - 2] as number) + 1)
      }
      current[j] = value
      if (value < rowMinimum) rowMinimum = value
    }
    if (rowMinimum > max) return max + 1
    const spare = previousPrevious
    previousPrevious = previous
    previous = current
    current = spare
  }
  const distance = previous[b.length] as number
  return distance > max ? max + 1 : distance
}
