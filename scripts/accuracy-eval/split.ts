/**
 * The tune / held-out split for every data set the accuracy checker is evaluated on, fixed before
 * any tuning (issue 18): the fixture contexts (by company name), the companies of companies.txt,
 * the job titles the position perturbation draws from, and the letters of letters-train.jsonl (by
 * id). A key whose FNV-1a hash is 0 modulo 4 is held out (about a quarter). Held-out items are
 * reported separately and never looked at while tuning; never fold them back in.
 */

import { fnv1a } from '../../src/text/hash.js'
import { nameKey } from '../../src/text/normalize.js'

export type Split = 'tune' | 'held-out'

/** Which side of the split a company, a title or a letter id is on; case and accents do not matter. */
export function splitOf(key: string): Split {
  return fnv1a(nameKey(key)) % 4 === 0 ? 'held-out' : 'tune'
}
