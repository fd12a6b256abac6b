/** Text folding shared by checkers that compare what the letter says with the context. */

const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g
const DASHES = /[\u2010-\u2015\u2212]/g

/** Curly apostrophes and typographic dashes to their ASCII forms, so `O’Connor` equals `O'Connor`. */
export function normalizePunctuation(value: string): string {
  return value.replace(APOSTROPHES, "'").replace(DASHES, '-')
}

/** Strips diacritics: `Nguyễn` → `Nguyen`, `Siobhán` → `Siobhan`. Letters like `ł` and `ø` stay. */
export function foldDiacritics(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
}

/** Case-, diacritic- and punctuation-insensitive key for comparing names. */
export function nameKey(value: string): string {
  return foldDiacritics(normalizePunctuation(value)).toLowerCase()
}

/** `Dana's` → `Dana`, `Brightline’s` → `Brightline`, `Jess'` → `Jess`. */
export function stripPossessive(value: string): string {
  return value.replace(/['\u2019](?:s|S)?$/, '')
}
