/**
 * The evidence the grammar checker's context rules read on either side of a word: small closed
 * classes of English (determiners, modals, prepositions) and, per confusion set, the neighbours
 * that decide it. Open classes (verbs, adjectives, nouns) come from the generated `lexicon.ts`.
 * Every list is lowercase and sorted.
 */
import { wordRecord } from '../../../text/word-record.js'

export const DETERMINERS: readonly string[] = [
  'a',
  'all',
  'an',
  'each',
  'every',
  'her',
  'his',
  'my',
  'our',
  'some',
  'that',
  'the',
  'their',
  'these',
  'this',
  'those',
  'your',
]

/** Modal verbs, with their negative contractions: a bare verb follows them. */
export const MODALS: readonly string[] = [
  'can',
  "can't",
  'cannot',
  'could',
  "couldn't",
  'may',
  'might',
  'must',
  "mustn't",
  'shall',
  'should',
  "shouldn't",
  'will',
  "won't",
  'would',
  "wouldn't",
]

/** Forms of "do" that take a bare verb after "not" or an inverted subject. */
export const DO_FORMS: readonly string[] = ['did', "didn't", 'do', 'does', "doesn't", "don't"]

/** Adverbs that may stand between a subject or auxiliary and its verb. */
export const MID_ADVERBS: readonly string[] = [
  'again',
  'also',
  'always',
  'certainly',
  'definitely',
  'easily',
  'even',
  'ever',
  'never',
  'not',
  'often',
  'only',
  'probably',
  'quickly',
  'really',
  'still',
  'surely',
  'truly',
  'usually',
]

/** Forms of "be" and linking verbs after which an adjective, not a verb, is expected. */
export const BE_FORMS: readonly string[] = [
  'am',
  'are',
  'be',
  'became',
  'become',
  'becoming',
  'been',
  'being',
  'feel',
  'feeling',
  'felt',
  "i'm",
  'is',
  "it's",
  'was',
  "we're",
  'were',
  "you're",
]

/** Verbs that link a subject to an adjective ("it was late", "it seems late"), before "to" in "was to late". */
export const LINKING_VERBS: readonly string[] = [
  "'s",
  'are',
  'be',
  'been',
  'feels',
  'felt',
  'gets',
  'getting',
  'got',
  'is',
  'looked',
  'looks',
  'seemed',
  'seems',
  'sounded',
  'sounds',
  'was',
  'were',
]

/** Degree adverbs: after them comes an adjective ("very excited"), never a verb of motion. */
export const DEGREE_ADVERBS: readonly string[] = [
  'extremely',
  'genuinely',
  'incredibly',
  'more',
  'most',
  'particularly',
  'quite',
  'really',
  'so',
  'super',
  'truly',
  'very',
]

/** Words that open a clause: a pronoun right after one is the clause's subject. */
export const CLAUSE_OPENERS: readonly string[] = [
  'after',
  'although',
  'and',
  'because',
  'before',
  'but',
  'how',
  'if',
  'once',
  'since',
  'so',
  'though',
  'unless',
  'until',
  'when',
  'where',
  'whether',
  'while',
  'why',
]

/** Prepositions: after one, "it's" (it is) cannot stand, the owning "its" can. */
export const PREPOSITIONS: readonly string[] = [
  'about',
  'above',
  'across',
  'against',
  'among',
  'at',
  'by',
  'during',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'onto',
  'over',
  'through',
  'throughout',
  'to',
  'toward',
  'towards',
  'under',
  'upon',
  'with',
  'within',
  'without',
]

/** Nouns that name a group and may take a plural verb in British use ("the team are"). */
export const COLLECTIVE_NOUNS: readonly string[] = [
  'audience',
  'band',
  'board',
  'class',
  'committee',
  'company',
  'council',
  'couple',
  'crew',
  'department',
  'faculty',
  'family',
  'firm',
  'government',
  'group',
  'jury',
  'majority',
  'management',
  'number',
  'panel',
  'party',
  'police',
  'public',
  'staff',
  'team',
]

/**
 * Words that head a noun phrase after "the" or "my" without being a noun of fixed number ("the
 * following are", "the rest is", "the two are"): fused heads, quantifiers and numbers.
 */
export const FUSED_HEADS: readonly string[] = [
  'above',
  'all',
  'below',
  'best',
  'both',
  'eight',
  'few',
  'fifth',
  'first',
  'five',
  'former',
  'four',
  'fourth',
  'last',
  'latter',
  'least',
  'many',
  'minority',
  'most',
  'next',
  'nine',
  'one',
  'other',
  'own',
  'remainder',
  'rest',
  'same',
  'second',
  'seven',
  'several',
  'six',
  'ten',
  'third',
  'three',
  'total',
  'two',
  'worst',
]

/**
 * Nouns written the same for one and many, or used both ways ("the data is", "the data are",
 * "our headquarters is").
 */
export const EITHER_NUMBER: readonly string[] = [
  'aircraft',
  'crossroads',
  'data',
  'deer',
  'fish',
  'headquarters',
  'means',
  'media',
  'offspring',
  'personnel',
  'series',
  'sheep',
  'species',
  'whereabouts',
]

/** Endings that make a noun from a verb or adjective: "application", "payment", "director". */
export const NOUN_SUFFIXES: readonly string[] = [
  'ance',
  'ence',
  'er',
  'ism',
  'ist',
  'ity',
  'ment',
  'ness',
  'or',
  'ship',
  'sion',
  'tion',
  'ure',
]

/** its → it's: words that follow "it is" or "it has" but never the owning "its". */
export const AFTER_ITS_IS: readonly string[] = [
  'a',
  'also',
  'always',
  'an',
  'been',
  'gonna',
  'just',
  'my',
  'never',
  'not',
  'ok',
  'okay',
  'our',
  'really',
  'so',
  'the',
  'your',
]

/** Words after which a comparative's "then" is "than": "more then", "rather then". */
export const COMPARATIVE_HEADS: readonly string[] = ['fewer', 'less', 'more', 'other', 'rather']

/** than → then: words after which "than" cannot start a comparison. */
export const BEFORE_THEN: readonly string[] = ['and', 'back', 'by', 'just', 'since', 'till', 'until']

/** Clause-opening words after which ", than" is the sequence "then": "If …, then". */
export const CONDITION_OPENERS: readonly string[] = ['if', 'once', 'when']

/** affect → effect: words that make the next one a noun ("a positive effect"). */
export const BEFORE_EFFECT_NOUN: readonly string[] = [
  'adverse',
  'an',
  'any',
  'big',
  'desired',
  'direct',
  'great',
  'huge',
  'lasting',
  'major',
  'negative',
  'no',
  'positive',
  'profound',
  'real',
  'ripple',
  'side',
  'significant',
  'the',
]

/** effect → affect: words after which a verb comes ("will effect" → "will affect"). */
export const BEFORE_AFFECT_VERB: readonly string[] = [
  'also',
  'can',
  'could',
  'did',
  'directly',
  'does',
  'greatly',
  'may',
  'might',
  'negatively',
  'not',
  'positively',
  'seriously',
  'significantly',
  'will',
  'would',
]

/** Objects of "to effect": "effect change" is right. */
export const EFFECT_OBJECTS: readonly string[] = ['change', 'changes', 'lasting', 'meaningful', 'real']

/** Words after which "loose" is the verb "lose": "to loose", "will loose". */
export const BEFORE_LOSE: readonly string[] = [
  "can't",
  'cannot',
  'could',
  "didn't",
  "don't",
  'never',
  'not',
  'to',
  'will',
  "won't",
  'would',
]

/** whose → who's: words that follow "who is" or "who has" but never the owning "whose". */
export const AFTER_WHOS: readonly string[] = ['a', 'an', 'been', 'coming', 'going', 'not', 'the']

/** Verbs after which "too" is the "to" of an infinitive: "want too go". */
export const TAKES_INFINITIVE: readonly string[] = [
  'able',
  'decided',
  'eager',
  'excited',
  'glad',
  'going',
  'happy',
  'hope',
  'hoping',
  'like',
  'love',
  'need',
  'needed',
  'plan',
  'planning',
  'ready',
  'try',
  'trying',
  'want',
  'wanted',
  'wanting',
]

/** "exited" → "excited" after these: being moved out of a room is not said of a person's state. */
export const BEFORE_EXCITED: readonly string[] = [
  ...BE_FORMS,
  ...DEGREE_ADVERBS,
  'all',
  'also',
  'still',
].sort()

/** "form" → "from" after these: verbs and adverbs of origin and distance. */
export const BEFORE_FROM: readonly string[] = [
  'apart',
  'aside',
  'away',
  'came',
  'come',
  'comes',
  'coming',
  'different',
  'far',
  'graduated',
  'hear',
  'heard',
  'hearing',
  'learn',
  'learned',
  'learning',
  'learnt',
  'moved',
  'originally',
  'received',
]

/** "from" → "form" after these verbs of filling a document in: "fill out the from". */
export const FILL_VERBS: readonly string[] = [
  'complete',
  'completed',
  'fill',
  'filled',
  'filling',
  'sign',
  'signed',
  'submit',
  'submitted',
]

/** "though" → "through" after these verbs of passing through something. */
export const BEFORE_THROUGH: readonly string[] = [
  'browse',
  'came',
  'come',
  'coming',
  'follow',
  'followed',
  'following',
  'get',
  'getting',
  'go',
  'goes',
  'going',
  'gone',
  'got',
  'guide',
  'guided',
  'guiding',
  'looked',
  'looking',
  'pass',
  'passed',
  'passing',
  'ran',
  'read',
  'reading',
  'run',
  'running',
  'scroll',
  'talk',
  'talked',
  'talking',
  'walk',
  'walked',
  'walking',
  'went',
  'work',
  'worked',
  'working',
]

/** "term" → "team" after these verbs when an owner comes between: "join your term". */
export const TEAM_VERBS: readonly string[] = [
  'join',
  'joined',
  'joining',
  'lead',
  'leading',
  'manage',
  'managing',
  'meet',
  'meeting',
  'met',
  'support',
  'supporting',
]

/** "term" → "team" before these: "term members", "term culture". */
export const TEAM_NOUNS: readonly string[] = ['culture', 'lead', 'leader', 'member', 'members', 'spirit']

/** Owners of a team: "your term" reads as "your team" only with these. */
export const OWNERS: readonly string[] = ['entire', 'our', 'the', 'their', 'whole', 'your']

/** Words before a verb: the closed compound (`setup`) there is the phrasal verb (`set up`). */
export const BEFORE_PHRASAL_VERB: readonly string[] = [
  "can't",
  'cannot',
  'could',
  "didn't",
  "don't",
  "let's",
  'must',
  'please',
  'should',
  'to',
  'will',
  "won't",
  'would',
]

/** Openings of a sentence that has dropped its subject, and the pronoun it needs. */
export const SUBJECTLESS_OPENINGS: Readonly<
  Record<string, readonly [next: readonly string[], pronoun: string]>
> = {
  am: [['excited', 'grateful', 'glad', 'happy', 'looking', 'still', 'very', 'so', 'truly', 'really'], 'I'],
  appreciate: [['the', 'your', 'you', 'it', 'all', 'that'], 'I'],
  enjoyed: [[], 'I'],
  hope: [['to', 'you', 'that', 'we', 'your', 'this', 'the'], 'I'],
  look: [['forward'], 'I'],
  looked: [['forward'], 'I'],
  learned: [['a', 'so', 'that', 'about', 'how'], 'I'],
  loved: [['hearing', 'learning', 'meeting', 'talking', 'the', 'your'], 'I'],
  wanted: [['to'], 'I'],
  was: [['great', 'nice', 'good', 'wonderful', 'lovely', 'a'], 'It'],
}

/** Nouns and their verbs, confused both ways: "your advise", "we belief". */
export const NOUN_VERB_PAIRS: Readonly<Record<string, string>> = wordRecord({
  advice: 'advise',
  belief: 'believe',
  complaint: 'complain',
  proof: 'prove',
  relief: 'relieve',
})

/** Words typed for "not" after an auxiliary: "I'm note sure", "does knot know". */
export const NOT_TYPOS: readonly string[] = ['knot', 'no', 'note', 'nut']

/** Contractions and the auxiliary they already hold: "we're are" → "we are". */
export const CONTRACTED_AUXILIARIES: Readonly<Record<string, readonly [subject: string, auxiliary: string]>> =
  wordRecord({
    "he'll": ['he', 'will'],
    "he's": ['he', 'is'],
    "i'll": ['I', 'will'],
    "i'm": ['I', 'am'],
    "it's": ['it', 'is'],
    "she'll": ['she', 'will'],
    "she's": ['she', 'is'],
    "they'll": ['they', 'will'],
    "they're": ['they', 'are'],
    "we'll": ['we', 'will'],
    "we're": ['we', 'are'],
    "you'll": ['you', 'will'],
    "you're": ['you', 'are'],
  })

/** Object pronouns and their subject forms: "Him and I went" → "He and I". */
export const SUBJECT_FORMS: Readonly<Record<string, string>> = wordRecord({
  her: 'she',
  him: 'he',
  me: 'I',
  them: 'they',
  us: 'we',
})

/** Auxiliaries that start a question, by the form each pronoun takes: "Does you" → "Do you". */
export const QUESTION_AUXILIARIES: Readonly<Record<string, Readonly<Record<string, string>>>> = wordRecord({
  are: { he: 'is', i: 'am', it: 'is', she: 'is' },
  do: { he: 'does', she: 'does' },
  does: { i: 'do', they: 'do', we: 'do', you: 'do' },
  has: { i: 'have', they: 'have', we: 'have', you: 'have' },
  have: { he: 'has', she: 'has' },
  is: { i: 'am', they: 'are', we: 'are', you: 'are' },
  was: { they: 'were', we: 'were', you: 'were' },
})

/** Question words after which an auxiliary still opens the question: "Where does you…". */
export const QUESTION_WORDS: readonly string[] = ['how', 'what', 'when', 'where', 'which', 'who', 'why']
