/**
 * Memoizes a pure function of a string for the life of the process, forgetting everything once
 * it holds `limit` results: letters share most of their words, so the cache pays off across
 * lints, and no stream of new words can grow it without bound.
 */
export function boundedMemo<Value>(limit: number, compute: (key: string) => Value): (key: string) => Value {
  const cache = new Map<string, Value>()
  return (key) => {
    if (cache.has(key)) return cache.get(key) as Value
    if (cache.size >= limit) cache.clear()
    const value = compute(key)
    cache.set(key, value)
    return value
  }
}
