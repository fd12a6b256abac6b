/**
 * Hand-written word lists for the spelling checker. `EXTRA_WORDS` is merged into the generated
 * lexicon by `npm run build:lexicon`; the rest is read at run time.
 */

/**
 * Words a thank-you note plausibly uses that dictionary-en lacks: workplace and technology terms,
 * and acronyms common in job interviews. Sorted; each is accepted in both dialects.
 */
export const EXTRA_WORDS: readonly string[] = [
  'AWS',
  'CFO',
  'CMO',
  'COO',
  'CRM',
  'CTO',
  'DEI',
  'ESG',
  'ETL',
  'GDPR',
  'KPI',
  'LLC',
  'MBA',
  'OKR',
  'QA',
  'ROI',
  'SaaS',
  'SEO',
  'SQL',
  'UI',
  'UX',
  'async',
  'backend',
  'bootcamp',
  'chatbot',
  'cofounder',
  'cybersecurity',
  'dashboarding',
  'ecommerce',
  'fintech',
  'frontend',
  'hackathon',
  'learnings',
  'microservice',
  'microservices',
  'nonprofits',
  'ok',
  'omnichannel',
  'onboard',
  'onboarded',
  'onboarding',
  'reskilling',
  'roadmap',
  'roadmaps',
  'scalability',
  'scalable',
  'skillset',
  'skillsets',
  'upskill',
  'upskilling',
  'wellbeing',
  'workstream',
  'workstreams',
]

/** Prefixes written before a hyphen (`co-op`, `re-engage`, `non-profit`) that are no words alone. Sorted. */
export const WORD_PREFIXES: readonly string[] = [
  'anti',
  'bi',
  'co',
  'counter',
  'cross',
  'de',
  'e',
  'ex',
  'extra',
  'hyper',
  'inter',
  'intra',
  'macro',
  'micro',
  'mid',
  'multi',
  'neo',
  'non',
  'over',
  'post',
  'pre',
  'pro',
  're',
  'semi',
  'sub',
  'super',
  'trans',
  'tri',
  'ultra',
  'un',
  'under',
]

/** QWERTY letter rows, top to bottom: neighbouring keys are cheap substitutions. */
export const KEYBOARD_ROWS: readonly string[] = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']

/** Single letters that stand for the same or a close sound, as pairs. */
export const CONFUSABLE_LETTERS: readonly string[] = [
  'bp',
  'cs',
  'ck',
  'cq',
  'dt',
  'fv',
  'gj',
  'iy',
  'kq',
  'mn',
  'sz',
  'xz',
]

/**
 * Sound-alike spellings: `[intended, typed, cost]`, where a cost of 1 is one ordinary typo. Only
 * what the letter-by-letter costs (vowels, doubled letters, keyboard neighbours) do not cover.
 */
export const SOUND_ALIKES: readonly (readonly [string, string, number])[] = [
  ['ch', 'tch', 0.4],
  ['ci', 'sh', 0.6],
  ['ci', 'ti', 0.5],
  ['ck', 'c', 0.5],
  ['ck', 'k', 0.4],
  ['c', 'ck', 0.5],
  ['dge', 'ge', 0.5],
  ['ei', 'ie', 0.3],
  ['f', 'ph', 0.5],
  ['ge', 'dge', 0.5],
  ['ie', 'ei', 0.3],
  ['ie', 'y', 0.5],
  ['gh', '', 0.6],
  ['gh', 'f', 0.6],
  ['k', 'ck', 0.5],
  ['kn', 'n', 0.4],
  ['ks', 'x', 0.5],
  ['ly', 'ley', 0.4],
  ['mb', 'm', 0.5],
  ['ph', 'f', 0.4],
  ['ps', 's', 0.5],
  ['qu', 'kw', 0.5],
  ['rh', 'r', 0.4],
  ['s', 'sc', 0.5],
  ['sc', 'c', 0.5],
  ['sc', 's', 0.4],
  ['sh', 'ti', 0.6],
  ['tch', 'ch', 0.4],
  ['ti', 'ci', 0.5],
  ['ti', 'sh', 0.6],
  ['ti', 'si', 0.5],
  ['wh', 'w', 0.4],
  ['wr', 'r', 0.4],
  ['x', 'ks', 0.5],
  ['y', 'ie', 0.5],
]

/**
 * Misspellings common enough to correct by heart, lowercase, when the model alone would rank the
 * right word lower. Kept short and general: the model does the work.
 */
export const MISSPELLINGS: ReadonlyMap<string, string> = new Map<string, string>([])
