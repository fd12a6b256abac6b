// The benchmark's inputs: the hand-written letters in `corpus/letters.txt` and drafts of a given
// size generated from them, deterministically, so every run lints the same text.
import { readFileSync } from 'node:fs'

/**
 * Reads the letters file: each letter starts with a `=== id` line, then `key: value` header lines
 * (`context: <JSON>`, optionally `eol: crlf`), a blank line and the draft.
 *
 * @param {string} file
 * @returns {{ id: string, context: Record<string, unknown>, draft: string }[]}
 */
export function loadLetters(file) {
  const text = readFileSync(file, 'utf8')
  const blocks = text.split(/^=== /m).slice(1)
  return blocks.map((block) => {
    const newline = block.indexOf('\n')
    const id = block.slice(0, newline).trim()
    const rest = block.slice(newline + 1)
    const blank = rest.indexOf('\n\n')
    if (blank === -1) throw new Error(`${file}: letter ${id} has no blank line after its headers`)
    const headers = Object.fromEntries(
      rest
        .slice(0, blank)
        .split('\n')
        .map((line) => {
          const colon = line.indexOf(':')
          return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()]
        }),
    )
    if (!headers.context) throw new Error(`${file}: letter ${id} has no context header`)
    let draft = `${rest.slice(blank + 2).trimEnd()}\n`
    if (headers.eol === 'crlf') draft = draft.replace(/\n/g, '\r\n')
    return { id, context: JSON.parse(headers.context), draft }
  })
}

/** A small seeded generator (mulberry32), so generated drafts are the same on every run. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A draft of `size` UTF-16 code units: the greeting of the first letter, body paragraphs drawn
 * from every letter in a seeded order, and its sign-off. It reads like a (very) long letter, so
 * every checker finds work in it.
 *
 * @param {{ draft: string }[]} letters
 * @param {number} size
 */
export function generateDraft(letters, size, seed = 8) {
  const paragraphs = []
  for (const { draft } of letters) {
    const blocks = draft.replace(/\r\n/g, '\n').split(/\n{2,}/)
    // Skip the subject, greeting and the sign-off block: keep the body paragraphs.
    for (const block of blocks.slice(2, -1)) if (block.length > 80) paragraphs.push(block)
  }
  const next = random(seed)
  const head = 'Subject: Thank you – Marketing Coordinator interview\n\nDear Ms. Okoro,\n\n'
  const tail = '\n\nBest regards,\nJordan Lee\n'
  let body = ''
  while (head.length + body.length + tail.length < size) {
    const paragraph = paragraphs[Math.floor(next() * paragraphs.length)]
    body += body === '' ? paragraph : `\n\n${paragraph}`
  }
  return (head + body).slice(0, size - tail.length) + tail
}
