/**
 * Word lists of the grammar checker. Confusion patterns use the phrase syntax of
 * `src/text/phrases.ts`; each names the word to replace and its correction.
 */
import { wordRecord } from '../../../text/word-record.js'

export type ConfusionRule =
  | 'thank-your'
  | 'your-youre'
  | 'their-there'
  | 'look-forward-to-ing'
  | 'adjective-as-noun'
  | 'subject-verb-agreement'

export interface Confusion {
  /** `undefined` for patterns that only stop a shorter one from matching: `is there time`. */
  ruleId?: ConfusionRule
  /** The word of the match to correct, by its lowercase form, and its correction. */
  replace: Readonly<Record<string, string>>
}

/** Abbreviations whose full stop does not end a sentence. Lowercase, without the final stop. */
export const ABBREVIATIONS: readonly string[] = [
  'al',
  'approx',
  'apr',
  'aug',
  'ave',
  'avg',
  'blvd',
  'cf',
  'co',
  'corp',
  'dec',
  'dept',
  'dr',
  'ed',
  'eds',
  'esp',
  'est',
  'etc',
  'feb',
  'fig',
  'fri',
  'ft',
  'govt',
  'inc',
  'incl',
  'jan',
  'jr',
  'jul',
  'jun',
  'ltd',
  'mar',
  'max',
  'min',
  'misc',
  'mon',
  'mr',
  'mrs',
  'ms',
  'mx',
  'no',
  'nos',
  'nov',
  'oct',
  'prof',
  'rd',
  're',
  'ref',
  'sat',
  'sep',
  'sept',
  'sr',
  'st',
  'sun',
  'thu',
  'thur',
  'thurs',
  'tue',
  'tues',
  'vol',
  'vs',
  'wed',
]

/** Words after which a capital "I" is a Roman numeral: "Phase I is complete". Lowercase. */
export const NUMERAL_HEADS: readonly string[] = [
  'act',
  'appendix',
  'book',
  'chapter',
  'class',
  'grade',
  'level',
  'part',
  'phase',
  'schedule',
  'section',
  'series',
  'stage',
  'step',
  'tier',
  'title',
  'type',
  'volume',
  'war',
]

/** Verbs that follow "look forward to", with the -ing form the phrase needs. */
export const GERUNDS: Readonly<Record<string, string>> = wordRecord({
  begin: 'beginning',
  bring: 'bringing',
  collaborate: 'collaborating',
  connect: 'connecting',
  continue: 'continuing',
  contribute: 'contributing',
  discuss: 'discussing',
  get: 'getting',
  grow: 'growing',
  hear: 'hearing',
  help: 'helping',
  join: 'joining',
  learn: 'learning',
  meet: 'meeting',
  receive: 'receiving',
  see: 'seeing',
  speak: 'speaking',
  start: 'starting',
  support: 'supporting',
  talk: 'talking',
  work: 'working',
})

/** Adjectives written where a noun belongs ("confirms my interested"), with that noun. */
export const NOUNS_FOR_ADJECTIVES: Readonly<Record<string, string>> = wordRecord({
  appreciative: 'appreciation',
  enthusiastic: 'enthusiasm',
  excited: 'excitement',
  grateful: 'gratitude',
  interested: 'interest',
})

/** Nouns that "your" or "their" owns; after "you're", "there" or "they're" they show the confusion. */
const OWNED =
  '(team|teams|company|consideration|time|help|insight|insights|feedback|organization|organisation|office|offices|department|product|products|hospitality|generosity|kindness|patience|guidance|perspective|advice|input|colleagues|mission|culture|process|website|own|goals|roadmap|customers|clients|approach)'

const ADJECTIVES = '(interested|excited|enthusiastic|grateful|appreciative)'

const VERBS_OF_FEELING =
  '(confirms|confirm|confirmed|reaffirms|reaffirm|reaffirmed|reiterates|reiterate|reiterated|express|expresses|expressed|strengthens|strengthened|deepens|deepened|increases|increased|grew|grown|renewed|renews)'

/** Confusions seen in real thank-you notes, by pattern. */
export const CONFUSIONS: Readonly<Record<string, Confusion>> = wordRecord({
  "(i|i'm|i am|we|we're|we are) (look|looking) forward to (begin|bring|collaborate|connect|continue|contribute|discuss|get|grow|hear|help|join|learn|meet|receive|see|speak|start|support|talk|work)":
    { ruleId: 'look-forward-to-ing', replace: GERUNDS },
  '(look|looks|looked|looking) forward to (begin|bring|collaborate|connect|continue|contribute|discuss|get|grow|hear|help|join|learn|meet|receive|see|speak|start|support|talk|work)':
    { ruleId: 'look-forward-to-ing', replace: GERUNDS },
  [`${VERBS_OF_FEELING} (my|our) ${ADJECTIVES}`]: {
    ruleId: 'adjective-as-noun',
    replace: NOUNS_FOR_ADJECTIVES,
  },
  [`(my|our) ${ADJECTIVES} (in|for|about)`]: { ruleId: 'adjective-as-noun', replace: NOUNS_FOR_ADJECTIVES },
  "i (has|is|are|does|doesn't|hasn't|isn't)": {
    ruleId: 'subject-verb-agreement',
    replace: {
      are: 'am',
      does: 'do',
      "doesn't": "don't",
      has: 'have',
      "hasn't": "haven't",
      is: 'am',
      "isn't": 'am not',
    },
  },
  'thank your (for|so|very|again)': { ruleId: 'thank-your', replace: { your: 'you' } },
  "their (is|are|was|were|isn't|aren't|wasn't|weren't|seems|seem|will be|would be|has been|have been)": {
    ruleId: 'their-there',
    replace: { their: 'there' },
  },
  'their (going|not) (to)?': { ruleId: 'their-there', replace: { their: "they're" } },
  "(is|was|are|were|isn't|wasn't|aren't|weren't|be|been) there": { replace: {} },
  [`there ${OWNED}`]: { ruleId: 'their-there', replace: { there: 'their' } },
  'there going to': { ruleId: 'their-there', replace: { there: "they're" } },
  [`they're ${OWNED}`]: { ruleId: 'their-there', replace: { "they're": 'their' } },
  'your (a|an|the|not|going|so|too)': { ruleId: 'your-youre', replace: { your: "you're" } },
  'your (very)? welcome $': { ruleId: 'your-youre', replace: { your: "you're" } },
  'your (very)? welcome to': { ruleId: 'your-youre', replace: { your: "you're" } },
  [`you're ${OWNED}`]: { ruleId: 'your-youre', replace: { "you're": 'your' } },
})

/** Why each confusion is wrong, appended to its message. */
export const CONFUSION_REASONS: Readonly<Record<ConfusionRule, string>> = {
  'adjective-as-noun': 'after "my" or "our" the noun is needed',
  'look-forward-to-ing': '"to" here is a preposition, so the verb takes -ing',
  'subject-verb-agreement': '"I" takes "have", "am" and "do"',
  'thank-your': '"thank you" is the phrase',
  'their-there': '"their" is owning, "there" is a place or "there is", "they\'re" is "they are"',
  'your-youre': '"your" is owning, "you\'re" is "you are"',
}
