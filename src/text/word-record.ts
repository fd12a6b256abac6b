/**
 * A table keyed by words, without a prototype. Checkers look a draft's own words up in such tables,
 * and a plain object literal answers "constructor" with `Object` (a verb-form finding once offered
 * "function Object() { [native code] }" for "I want to constructor the app").
 */
export function wordRecord<Value>(entries: Readonly<Record<string, Value>>): Readonly<Record<string, Value>> {
  return Object.assign(Object.create(null), entries)
}
