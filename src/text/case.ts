/**
 * Letter-case tests for words, by character code with an ASCII fast path: checkers call them for
 * every word of every lint, where a Unicode-property regular expression costs ten times more.
 */

/** Whether the first character is a lowercase letter: `team`, `élan`; not `Team`, `3d`, `—`. */
export function startsLowercase(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code >= 97 && code <= 122) return true
  if (code < 128 || Number.isNaN(code)) return false
  const char = word.charAt(0)
  return char !== char.toUpperCase()
}

/** Whether the first character is a capital letter: `Team`, `Émile`. */
export function startsUppercase(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code >= 65 && code <= 90) return true
  if (code < 128 || Number.isNaN(code)) return false
  const char = word.charAt(0)
  return char !== char.toLowerCase()
}

/** Whether any character is a capital letter: `iPhone`, `eBay`. */
export function hasUppercase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (code >= 65 && code <= 90) return true
    if (code >= 128) {
      const char = word.charAt(i)
      if (char !== char.toLowerCase()) return true
    }
  }
  return false
}

/** At least two letters, every one a capital; apostrophes and hyphens allowed: `THANK`, `DON'T`. */
export function isAllCaps(word: string): boolean {
  let letters = 0
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (code >= 65 && code <= 90) letters++
    else if (code === 39 || code === 0x2019 || code === 45) continue
    else if (code < 128) return false
    else {
      const char = word.charAt(i)
      if (char !== char.toLowerCase() && char === char.toUpperCase()) letters++
      else return false
    }
  }
  return letters >= 2
}

/** `team` → `Team`. */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
