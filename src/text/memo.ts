/** A memoized function of a string that can also forget what it remembers. */
export interface Memo<Value> {
  (key: string): Value
  /** Forgets every remembered result, so the next calls compute afresh (tests, benchmarks). */
  clear(): void
}

/**
 * Memoizes a pure function of a string for the life of the process, forgetting everything once
 * it holds `limit` results: letters share most of their words, so the cache pays off across
 * lints, and no stream of new words can grow it without bound.
 */
export function boundedMemo<Value>(limit: number, compute: (key: string) => Value): Memo<Value> {
  const cache = new Map<string, Value>()
  const memo = (key: string): Value => {
    if (cache.has(key)) return cache.get(key) as Value
    if (cache.size >= limit) cache.clear()
    const value = compute(key)
    cache.set(key, value)
    return value
  }
  return Object.assign(memo, { clear: () => cache.clear() })
}
