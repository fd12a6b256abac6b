/**
 * The tune / held-out split for every data set the accuracy checker is evaluated on, fixed before
 * any tuning (issue 18): the fixture contexts (by company name), the companies of companies.txt,
 * the job titles the position perturbation draws from, and the letters of letters-train.jsonl (by
 * id). A key whose FNV-1a hash is 0 modulo 4 is held out (about a quarter). Held-out items are
 * reported separately and never looked at while tuning; never fold them back in.
 */
import { nameKey } from '../../src/text/normalize.js'

export type Split = 'tune' | 'held-out'

/** FNV-1a, 32 bits. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/** Which side of the split a company, a title or a letter id is on; case and accents do not matter. */
export function splitOf(key: string): Split {
  return fnv1a(nameKey(key)) % 4 === 0 ? 'held-out' : 'tune'
}
