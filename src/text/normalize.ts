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

/** No-break spaces: U+00A0 (HTML `&nbsp;`), U+2007 figure space, U+202F narrow no-break space. */
const NO_BREAK_SPACES = /[\u00a0\u2007\u202f]/g

/**
 * No-break spaces to plain spaces, one for one so every offset stays put: rich-text mail writes
 * `Mr.&nbsp;Okoro` and `Best&nbsp;regards,`, which must read like `Mr. Okoro` and `Best regards,`.
 */
export function plainSpaces(value: string): string {
  return value.replace(NO_BREAK_SPACES, ' ')
}
