// Node only: reads a generated data module of this folder (confusion-model.js,
// lexicon-extension.js) synchronously, as text, instead of importing it. Both modules are nothing
// but `export const NAME = literal` statements and comments, and V8 compiles their string literals
// more slowly than JSON.parse reads them (importing the lexicon extension cost about 22 ms of CPU at
// start-up, reading it about 10). Reading on first use also keeps them out of `import`.
//
// A literal is a number, a quoted string, a plain template literal or an array of those. Anything
// else throws, naming the file: test/read-module-constants.test.ts checks that this reads each
// module as import does, so a rebuild in another format fails the tests, not a lint.
import { readFileSync } from 'node:fs'

/**
 * The module's constants by name.
 * @param {URL} url
 * @returns {Record<string, unknown>}
 */
export function readModuleConstants(url) {
  const text = readFileSync(url, 'utf8')
  const fail = (at, what) => {
    throw new Error(`${url.pathname}: ${what} at offset ${at}: ${JSON.stringify(text.slice(at, at + 40))}`)
  }
  let at = 0
  const skipSpaceAndComments = () => {
    for (;;) {
      while (at < text.length && ' \t\r\n'.includes(text.charAt(at))) at++
      if (text.startsWith('//', at)) {
        const end = text.indexOf('\n', at)
        at = end === -1 ? text.length : end + 1
      } else if (text.startsWith('/*', at)) {
        const end = text.indexOf('*/', at + 2)
        if (end === -1) fail(at, 'unclosed comment')
        at = end + 2
      } else return
    }
  }
  const readString = () => {
    const quote = text.charAt(at)
    let end = at
    for (;;) {
      end = text.indexOf(quote, end + 1)
      if (end === -1) fail(at, 'unclosed string')
      let backslashes = 0
      while (text.charAt(end - 1 - backslashes) === '\\') backslashes++
      if (backslashes % 2 === 0) break
    }
    const start = at
    at = end + 1
    const body = text.slice(start + 1, end)
    if (!body.includes('\\') && !body.includes('\n')) return body
    // A double-quoted string is JSON unless it uses an escape JSON lacks (`\'`, `\v`, `\x41`).
    // JSON.parse reads the slice, quotes included, twice as fast as a copy made by concatenation.
    if (quote === '"') {
      try {
        return JSON.parse(text.slice(start, end + 1))
      } catch {
        // Read below, escape by escape.
      }
    }
    let json = ''
    for (let i = 0; i < body.length; i++) {
      const char = body.charAt(i)
      if (char === '\\') {
        const next = body.charAt(++i)
        json += next === "'" ? "'" : char + next
      } else json += char === '"' ? '\\"' : char
    }
    try {
      return JSON.parse(`"${json}"`)
    } catch {
      return fail(start, 'a string JSON cannot read')
    }
  }
  // A template literal is read only when nothing in it needs reading: no escape, no substitution.
  // The confusion model's build writes its 1.5 MB table so (real tabs and newlines), and slicing
  // it out costs nothing.
  const readTemplate = () => {
    const end = text.indexOf('`', at + 1)
    if (end === -1) fail(at, 'unclosed template literal')
    const body = text.slice(at + 1, end)
    if (body.includes('\\') || body.includes('${'))
      fail(at, 'a template literal with an escape or a substitution')
    at = end + 1
    return body
  }
  const readValue = () => {
    skipSpaceAndComments()
    const first = text.charAt(at)
    if (first === "'" || first === '"') return readString()
    if (first === '`') return readTemplate()
    if (first === '[') {
      at++
      const values = []
      for (;;) {
        skipSpaceAndComments()
        if (text.charAt(at) === ']') {
          at++
          return values
        }
        values.push(readValue())
        skipSpaceAndComments()
        if (text.charAt(at) === ',') at++
        else if (text.charAt(at) !== ']') fail(at, 'expected , or ]')
      }
    }
    const number = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/i.exec(text.slice(at, at + 40))
    if (number === null) return fail(at, 'not a number, string or array')
    at += number[0].length
    return Number(number[0])
  }
  const constants = {}
  for (;;) {
    skipSpaceAndComments()
    if (at >= text.length) return constants
    const statement = /^export const ([A-Za-z_$][\w$]*)\s*=/.exec(text.slice(at, at + 200))
    if (statement === null) fail(at, 'expected `export const NAME =`')
    at += statement[0].length
    constants[statement[1]] = readValue()
    skipSpaceAndComments()
    if (text.charAt(at) === ';') at++
  }
}
