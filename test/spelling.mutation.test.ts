// Tests the mutation run of the spelling checker showed missing (npm run mutation -- spelling):
// the wording of each message, the `expected` each finding carries, and the edges of the
// decisions (acronym length, name distance, list lines, bare addresses, option validation).
import { beforeEach, describe, expect, it } from 'vitest'
import { channelCost, clearSuggestionCache, matchCase, suggest } from '../src/checks/spelling/suggest.js'
import {
  isKnownPiece,
  isPlainWord,
  isWordPrefix,
  piecesOf,
  stemOf,
  writtenCase,
} from '../src/checks/spelling/words.js'
import { lintThankYou, rules } from '../src/index.js'
import type { LintOptions, ThankYouContext } from '../src/types.js'
import { rowAt as at, findingRows, offsetOf } from './helpers.js'

const context: ThankYouContext = {
  candidate: { name: 'Jordan Lee' },
  interviewers: [{ name: 'Dana Johnson', honorific: 'Ms.', title: 'Head of Marketing' }],
  company: { name: 'Brightline', aliases: ['Brightline Labs'] },
  position: 'Marketing Coordinator',
}

const letter = (body: string) => `Dear Ms. Johnson,\n\n${body}\n\nBest regards,\nJordan Lee`

/** The accuracy rules off, so that near-misses of context names stay with this checker. */
const noAccuracy: LintOptions = {
  rules: {
    'interviewer-name-misspelled': 'off',
    'company-name-misspelled': 'off',
    'candidate-name-misspelled': 'off',
  },
}

/** Every spelling finding, whole. */
const spellingFindings = (draft: string, options: LintOptions = {}, lintContext = context) =>
  findingRows('spelling', draft, lintContext, options)

const nameMessage = (word: string, hint = '') =>
  `"${word}" looks like a name the dictionary does not know; check its spelling${hint}, and add it to the context or options.spelling.words if it is right`
const acronymMessage = (word: string) =>
  `"${word}" is an acronym the dictionary does not know; check it, spell it out on first use, or add it to options.spelling.words`

// Suggestions are cached per process; start each test from a cold cache so that the search runs.
beforeEach(() => clearSuggestionCache())

describe('spelling messages say what is wrong and what to write', () => {
  it('for a typo with suggestions, and for a word nothing is close to', () => {
    const draft = letter('It was a qqxzvw experience. I was glad to recieve it.')
    expect(spellingFindings(draft)).toEqual([
      at(
        draft,
        'unknown-word',
        'qqxzvw',
        undefined,
        '"qqxzvw" is not in the en-US dictionary; check its spelling, or add it to options.spelling.words if it is right',
      ),
      at(
        draft,
        'unknown-word',
        'recieve',
        ['receive', 'received', 'relieve', 'recipe', 'recite'],
        '"recieve" is not in the en-US dictionary; did you mean "receive"? If the word is right, add it to options.spelling.words',
      ),
    ])
  })

  it('for the other dialect’s spelling, both ways', () => {
    const gb = letter('I loved the colour of the brand.')
    expect(spellingFindings(gb, { spelling: { dialect: 'en-US' } })).toEqual([
      at(
        gb,
        'unknown-word',
        'colour',
        // The same word by rule first, then the nearest words.
        ['color', 'cooler', 'collar', 'cloud', 'colors'],
        `"colour" is the en-GB spelling; write "color" in en-US, or set options.spelling.dialect to 'en-GB'`,
      ),
    ])
    const us = letter('I loved the color of the brand.')
    expect(spellingFindings(us, { spelling: { dialect: 'en-GB' } })).toEqual([
      at(
        us,
        'unknown-word',
        'color',
        ['colour', 'collar', 'cooler', 'colon', 'cold'],
        `"color" is the en-US spelling; write "colour" in en-GB, or set options.spelling.dialect to 'en-US'`,
      ),
    ])
    expect(spellingFindings(gb, { spelling: { dialect: 'en-GB' } })).toEqual([])
  })

  it('maps a British form to the same American word by rule, not to its nearest neighbour', () => {
    const draft = letter('I would prioritise the launch and emphasise the results.')
    const rows = spellingFindings(draft, { spelling: { dialect: 'en-US' } })
    expect(rows.map(([ruleId, actual, start, , expected]) => [ruleId, actual, start, expected?.[0]])).toEqual(
      [
        ['unknown-word', 'prioritise', offsetOf(draft, 'prioritise'), 'prioritize'],
        ['unknown-word', 'emphasise', offsetOf(draft, 'emphasise'), 'emphasize'],
      ],
    )
  })

  it('for a letter that mixes the dialects, names the fewer forms once', () => {
    const draft = letter('We organised the colour review and analysed the licences; the color was right.')
    expect(spellingFindings(draft)).toEqual([
      at(
        draft,
        'mixed-dialect',
        'color',
        ['colour'],
        'The letter mixes en-GB and en-US spellings: most are en-GB, but "color" is en-US; write "colour" to keep to one',
      ),
    ])
    const us = letter('We organized the color review; I will emphasise the licenses and the catalog.')
    expect(spellingFindings(us)).toEqual([
      at(
        us,
        'mixed-dialect',
        'emphasise',
        ['emphasize'],
        'The letter mixes en-US and en-GB spellings: most are en-US, but "emphasise" is en-GB; write "emphasize" to keep to one',
      ),
    ])
  })

  it('takes the letter’s own dialect by default, and keeps an explicit one', () => {
    const gb = letter('We organised the programme around the centre, and I prioritised the catalogue.')
    expect(spellingFindings(gb)).toEqual([])
    expect(spellingFindings(gb, { spelling: { dialect: 'en-GB' } })).toEqual([])
    expect(
      spellingFindings(gb, { spelling: { dialect: 'en-US' } }).map(([ruleId, actual]) => [ruleId, actual]),
    ).toEqual([
      ['unknown-word', 'organised'],
      ['unknown-word', 'programme'],
      ['unknown-word', 'centre'],
      ['unknown-word', 'prioritised'],
      ['unknown-word', 'catalogue'],
    ])
    // A typo is still a typo in a British letter, and suggestions come in its dialect.
    const typo = letter('We organised the colour reveiw.')
    expect(
      spellingFindings(typo).map(([ruleId, actual, start, , expected]) => [
        ruleId,
        actual,
        start,
        expected?.[0],
      ]),
    ).toEqual([['unknown-word', 'reveiw', offsetOf(typo, 'reveiw'), 'review']])
    // A word one dictionary merely lacks is no evidence of either dialect.
    const plain = letter('Thank you for the interview.')
    expect(spellingFindings(plain)).toEqual([])
  })

  it('for a near-miss of each kind of context name, the context spelling first', () => {
    const draft = letter('Ms. Jonhson said I would love to join Brigthline, Jordna.')
    expect(spellingFindings(draft, noAccuracy)).toEqual([
      at(
        draft,
        'unknown-word',
        'Jonhson',
        ['Johnson', 'Jonson'],
        `"Jonhson" looks like a misspelling of the interviewer's name "Johnson"; write "Johnson"`,
      ),
      at(
        draft,
        'unknown-word',
        'Brigthline',
        ['Brightline'],
        `"Brigthline" looks like a misspelling of the company's name "Brightline"; write "Brightline"`,
      ),
      at(
        draft,
        'unknown-word',
        'Jordna',
        ['Jordan'],
        `"Jordna" looks like a misspelling of your name "Jordan"; write "Jordan"`,
      ),
    ])
  })

  it('for an unknown name, with and without a close spelling', () => {
    const draft = letter('Before this I worked at Quorvana on the iPhonez team.')
    expect(spellingFindings(draft)).toEqual([
      at(draft, 'unknown-name', 'Quorvana', undefined, nameMessage('Quorvana')),
      at(draft, 'unknown-name', 'iPhonez', ['iPhone'], nameMessage('iPhonez', ' (did you mean "iPhone"?)')),
    ])
  })

  it('for an unknown acronym, with suggestions only from five letters up', () => {
    const draft = letter('I was THNK and RELY and RELLY glad, and QXRTZ too.')
    expect(spellingFindings(draft)).toEqual([
      at(draft, 'unknown-acronym', 'THNK', undefined, acronymMessage('THNK')),
      at(draft, 'unknown-acronym', 'RELLY', ['REALLY', 'RELY', 'RALLY'], acronymMessage('RELLY')),
      at(draft, 'unknown-acronym', 'QXRTZ', undefined, acronymMessage('QXRTZ')),
    ])
    expect(spellingFindings(draft, { spelling: { acronyms: 'ignore' } })).toEqual([])
  })
})

describe('unknown-word fixes', () => {
  const fixes = (draft: string, options: LintOptions = {}) =>
    lintThankYou(draft, context, options)
      .findings.filter((finding) => finding.ruleId === 'unknown-word')
      .map((finding) => [finding.actual, finding.fix ?? null])

  it('fixes a word only when its best correction is far ahead of the next', () => {
    const draft = letter('I will definately read the reveiw, and recieve the notes.')
    expect(fixes(draft)).toEqual([
      [
        'definately',
        { range: [offsetOf(draft, 'definately'), offsetOf(draft, 'definately') + 10], text: 'definitely' },
      ],
      ['reveiw', { range: [offsetOf(draft, 'reveiw'), offsetOf(draft, 'reveiw') + 6], text: 'review' }],
      // "received" is close behind "receive": not certain.
      ['recieve', null],
    ])
    expect(fixes(draft, { spelling: { autofixMargin: 1000 } })).toEqual([
      ['definately', null],
      ['reveiw', null],
      ['recieve', null],
    ])
  })

  it('fixes the other dialect’s form with the same word, and never a far or lone candidate', () => {
    const draft = letter('I loved the colour. It was a qqxzvw day.')
    expect(fixes(draft, { spelling: { dialect: 'en-US' } })).toEqual([
      ['colour', { range: [offsetOf(draft, 'colour'), offsetOf(draft, 'colour') + 6], text: 'color' }],
      ['qqxzvw', null],
    ])
  })

  it('marks unknown-word fixable', () => {
    expect(rules.find((rule) => rule.id === 'unknown-word')?.fixable).toBe(true)
  })
})

describe('where a capital marks a name', () => {
  const rows = (draft: string) =>
    spellingFindings(draft).map(([ruleId, actual, start]) => [ruleId, actual, start])

  it('reads a sentence-opening unknown word as a name when a verb follows it', () => {
    // Alone, "Renae" is one cheap slip from "rename" and reads as a typo.
    const alone = letter('Thank you. Renae thanks you too.')
    expect(rows(alone)).toEqual([['unknown-word', 'Renae', offsetOf(alone, 'Renae')]])
    for (const verb of ['said', 'has', 'explained', 'will']) {
      const draft = letter(`Thank you. Renae ${verb} the plan was ready.`)
      expect(rows(draft), verb).toEqual([['unknown-name', 'Renae', offsetOf(draft, 'Renae')]])
    }
  })

  it('reads it as a name when a capitalised word follows, but not the pronoun I', () => {
    const draft = letter('Thank you. Renae Okafor runs the team.')
    expect(rows(draft)[0]).toEqual(['unknown-name', 'Renae', offsetOf(draft, 'Renae')])
    const pronoun = letter('Thank you. Renae I think.')
    expect(rows(pronoun)[0]).toEqual(['unknown-word', 'Renae', offsetOf(pronoun, 'Renae')])
    // Punctuation between the two words breaks the signal.
    const comma = letter('Thank you. Renae, Okafor runs the team.')
    expect(rows(comma)[0]).toEqual(['unknown-word', 'Renae', offsetOf(comma, 'Renae')])
  })

  it('reads it as a name when the letter capitalises it at another sentence start too', () => {
    const draft = letter('Thank you. Renae thanks you. Renae thanks Dana.')
    expect(rows(draft)).toEqual([
      ['unknown-name', 'Renae', offsetOf(draft, 'Renae')],
      ['unknown-name', 'Renae', draft.lastIndexOf('Renae')],
    ])
  })

  it('still reads a cheap slip of a common word as a typo before a verb', () => {
    const draft = letter('Thank you. Managment was great, and Tommorow I will call.')
    expect(rows(draft)).toEqual([
      ['unknown-word', 'Managment', offsetOf(draft, 'Managment')],
      ['unknown-name', 'Tommorow', offsetOf(draft, 'Tommorow')],
    ])
    const typo = letter('Thank you. Recieve it soon.')
    expect(rows(typo)).toEqual([['unknown-word', 'Recieve', offsetOf(typo, 'Recieve')]])
  })

  it('reads a capitalised typo opening a sentence as a typo, and a far one as a name', () => {
    const draft = letter('Recieve my thanks. Salesforse is great. Qzvrt is odd.')
    expect(spellingFindings(draft)).toEqual([
      at(
        draft,
        'unknown-word',
        'Recieve',
        ['Receive', 'Received', 'Relieve', 'Recipe', 'Recite'],
        '"Recieve" is not in the en-US dictionary; did you mean "Receive"? If the word is right, add it to options.spelling.words',
      ),
      at(
        draft,
        'unknown-name',
        'Salesforse',
        ['Salesforce'],
        nameMessage('Salesforse', ' (did you mean "Salesforce"?)'),
      ),
      at(draft, 'unknown-name', 'Qzvrt', undefined, nameMessage('Qzvrt')),
    ])
  })

  it('takes the start of a bullet or indented line for the start of a sentence', () => {
    const draft = letter('Notes:\n* Recieve it\n• Seperate them\n\tTommorow we go')
    expect(
      spellingFindings(draft).map(([ruleId, actual, start, , expected]) => [ruleId, actual, start, expected]),
    ).toEqual([
      [
        'unknown-word',
        'Recieve',
        offsetOf(draft, 'Recieve'),
        ['Receive', 'Received', 'Relieve', 'Recipe', 'Recite'],
      ],
      ['unknown-word', 'Seperate', offsetOf(draft, 'Seperate'), ['Separate', 'Separated']],
      ['unknown-word', 'Tommorow', offsetOf(draft, 'Tommorow'), ['Tomorrow', 'Tommyrot']],
    ])
  })

  it('takes a capitalised word mid-line, even after a dash, for a name', () => {
    const draft = letter('I met the team - Tommorow included.')
    expect(spellingFindings(draft).map(([ruleId, actual]) => [ruleId, actual])).toEqual([
      ['unknown-name', 'Tommorow'],
    ])
  })

  it('reads a title-case subject line like sentence starts', () => {
    const draft = `Subject: Thank You for the Interveiw\n\n${letter('Thank you.')}`
    expect(spellingFindings(draft).map(([ruleId, actual, start]) => [ruleId, actual, start])).toEqual([
      ['unknown-word', 'Interveiw', offsetOf(draft, 'Interveiw')],
    ])
  })
})

describe('near-misses of context names', () => {
  it('allow one edit in a name of up to five letters, two in a longer one', () => {
    const draft = letter('I met Dama and Dnaa, then Johnsno and Jhonsno, and Jordam.')
    expect(
      spellingFindings(draft, noAccuracy).map(([ruleId, actual, start, , expected]) => [
        ruleId,
        actual,
        start,
        (expected as string[])[0],
      ]),
    ).toEqual([
      ['unknown-word', 'Dama', offsetOf(draft, 'Dama'), 'Dana'],
      ['unknown-word', 'Dnaa', offsetOf(draft, 'Dnaa'), 'Dana'],
      ['unknown-word', 'Johnsno', offsetOf(draft, 'Johnsno'), 'Johnson'],
      ['unknown-word', 'Jhonsno', offsetOf(draft, 'Jhonsno'), 'Johnson'],
      ['unknown-word', 'Jordam', offsetOf(draft, 'Jordam'), 'Jordan'],
    ])
    const [dama, , , jhonsno] = spellingFindings(draft, noAccuracy)
    expect(dama?.[5]).toBe(`"Dama" looks like a misspelling of the interviewer's name "Dana"; write "Dana"`)
    expect(jhonsno?.[5]).toBe(
      `"Jhonsno" looks like a misspelling of the interviewer's name "Johnson"; write "Johnson"`,
    )
  })
})

describe('near-misses the accuracy checker does not take', () => {
  it('keeps a three-letter name with accuracy on, and reads a position word as a name, not a near-miss', () => {
    const draft = letter('Thank you. I met Lxe at the Cordinator talk.')
    expect(spellingFindings(draft)).toEqual([
      at(
        draft,
        'unknown-word',
        'Lxe',
        ['Lee', 'Le', 'Lie', 'Leo', 'Lxi'],
        `"Lxe" looks like a misspelling of your name "Lee"; write "Lee"`,
      ),
      at(
        draft,
        'unknown-name',
        'Cordinator',
        ['Coordinator'],
        nameMessage('Cordinator', ' (did you mean "Coordinator"?)'),
      ),
    ])
  })
})

describe('words left alone', () => {
  it('skips handles and paths after a bare domain, not a path after a word', () => {
    const draft = letter('See brightline.io/qzvrtx and @qzvrtx, but end/qzvrtx.')
    expect(spellingFindings(draft).map(([ruleId, actual, start]) => [ruleId, actual, start])).toEqual([
      ['unknown-word', 'qzvrtx', offsetOf(draft, 'qzvrtx', 2)],
    ])
  })

  it('skips known prefixes of a compound and pieces with digits, not an unknown last piece', () => {
    const draft = letter('A co-op, re-recieve, pre-qzvrt and ab3cd plan.')
    expect(spellingFindings(draft).map(([ruleId, actual, start]) => [ruleId, actual, start])).toEqual([
      ['unknown-word', 'recieve', offsetOf(draft, 'recieve')],
      ['unknown-word', 'qzvrt', offsetOf(draft, 'qzvrt')],
    ])
  })
})

describe('options.spelling validation', () => {
  const lint = (spellingOptions: object) => () =>
    lintThankYou('Thank you.', {}, { spelling: spellingOptions as never })

  it('names the option and the value in each error', () => {
    expect(lint({ dialect: 'en-AU' })).toThrow(
      new TypeError(`options.spelling.dialect must be 'auto', 'en-US' or 'en-GB', got "en-AU"`),
    )
    expect(lint({ acronyms: 'warning' })).toThrow(
      new TypeError(`options.spelling.acronyms must be 'info' or 'ignore', got "warning"`),
    )
    expect(lint({ words: ['ok', ' '] })).toThrow(
      new TypeError('options.spelling.words[1] must be one word without spaces, got " "'),
    )
    expect(lint({ words: ['a\tb'] })).toThrow(
      new TypeError('options.spelling.words[0] must be one word without spaces, got "a\\tb"'),
    )
    expect(lint({ dialect: 'en-GB', acronyms: 'ignore', words: ['Zorblex'] })).not.toThrow()
  })
})

describe('edit costs of the noisy channel', () => {
  it.each([
    ['hapy', 'happy', 0.3], // a doubled letter left single
    ['happpy', 'happy', 0.35], // a letter doubled
    ['dont', "don't", 0.3], // an apostrophe left out
    ['definitly', 'definitely', 0.4], // a silent e left out
    ['truely', 'truly', 0.6], // a silent e added
    ['wat', 'what', 0.4], // an h left out, by the sound-alike rules
    ['tha', 'the', 0.6], // a vowel for a vowel
    ['cat', 'cst', 0.7], // a keyboard neighbour
    ['cxt', 'cat', 1.15], // any other letter
    ['kat', 'cat', 1.25], // a sound-alike first letter, which costs more
    ['cat', 'bat', 1.75], // any other first letter
    ['wnat', 'want', 0.6], // two letters swapped
    ['fone', 'phone', 0.4], // a sound-alike spelling
    ['teh', 'the', 0.6],
  ])('%s for %s costs %d', (typed, intended, cost) => {
    expect(channelCost(typed, intended, 5)).toBeCloseTo(cost, 9)
  })

  it('gives up past the maximum asked for, and on overlong words', () => {
    expect(channelCost('xyz', 'the', 5)).toBeCloseTo(3.65, 9)
    expect(channelCost('xyz', 'the', 1)).toBe(2)
    expect(channelCost('a'.repeat(41), 'a', 3)).toBe(4)
    expect(channelCost('a', 'a'.repeat(64), 3)).toBe(4)
  })
})

describe('suggestions', () => {
  it('capitalise like the written word', () => {
    expect([
      matchCase('the', 'A'),
      matchCase('the', 'AB'),
      matchCase('paris', 'x'),
      matchCase('x', 'Q'),
    ]).toEqual(['The', 'THE', 'paris', 'X'])
  })

  it('put a known misspelling first, and offer two words run together as common words', () => {
    expect(suggest('alot', { dialect: 'en-US', limit: 3 }).map((s) => [s.word, s.cost, s.common])).toEqual([
      ['a lot', 0, true],
      ['allot', 0.3, true],
      ['alto', 0.6, true],
    ])
    expect(
      suggest('thankyou', { dialect: 'en-US', limit: 5 }).map((s) => [s.word, s.cost, s.common]),
    ).toEqual([['thank you', 2, true]])
  })

  it('hold a proper noun back for a lowercase word less than for a name', () => {
    expect(suggest('pariss', { dialect: 'en-US', limit: 3 }).map((s) => s.word)).toEqual([
      'Paris',
      'pairs',
      'parks',
    ])
    expect(suggest('pariss', { dialect: 'en-US', limit: 3, name: true }).map((s) => s.word)).toEqual([
      'Paris',
      'pairs',
      'parish',
    ])
    expect(suggest('Paris', { dialect: 'en-US', limit: 3 }).map((s) => s.word)).toEqual([
      'Pairs',
      'Parks',
      'Parish',
    ])
  })
})

describe('word look-ups', () => {
  it('accept extra words in any case, and personal words under the casing rules', () => {
    const extra = {
      anyCase: new Set(['zorblex']),
      spelled: new Map([
        ['quib', ['Quib']],
        ['nasaq', ['NASAQ']],
        ['ipod', ['iPod']],
        ['foo', ['foo']],
      ]),
    }
    const known = (words: string[]) => words.filter((word) => isKnownPiece(word, 'en-US', extra))
    expect(known(['zorblex', 'ZORBLEX', 'Zorblex', 'zOrblex', "zorblex'll"])).toHaveLength(5)
    expect(known(['Quib', 'quib', 'QUIB', "Quib's"])).toEqual(['Quib', 'QUIB', "Quib's"])
    expect(known(['NASAQ', 'Nasaq'])).toEqual(['NASAQ'])
    expect(known(['iPod', 'IPOD', 'Ipod'])).toEqual(['iPod', 'IPOD'])
    expect(known(['foo', 'Foo', 'FOO', 'fOo'])).toEqual(['foo', 'Foo', 'FOO'])
    expect(isKnownPiece('Quib', 'en-US')).toBe(false)
  })

  it('accept possessives, contractions, acronym plurals and words with two apostrophes', () => {
    const words = ["Dana's", "get's", "team's", "they'll", "doesn't", "doen't", 'KPIs', 'KPis', "rock'n'roll"]
    expect(words.filter((word) => isKnownPiece(word, 'en-US'))).toEqual([
      "Dana's",
      "team's",
      "they'll",
      "doesn't",
      'KPIs',
      "rock'n'roll",
    ])
    expect(isKnownPiece("'s", 'en-US')).toBe(false)
    expect(isKnownPiece('', 'en-US')).toBe(false)
  })

  it('tell plain ASCII words, stems, prefixes, pieces and capitals apart', () => {
    expect(['', 'abc', 'aBz', 'a-b', 'é', '@', '[', '`', '{'].map(isPlainWord)).toEqual([
      false,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ])
    expect(["Dana's", "a's", "they'll", "x'd", "xy'd", 'plain'].map(stemOf)).toEqual([
      'Dana',
      "a's",
      'they',
      "x'd",
      'xy',
      'plain',
    ])
    expect(['co', 'Co', 'CO', 'xx'].map(isWordPrefix)).toEqual([true, true, true, false])
    expect(piecesOf('--a--')).toEqual([{ text: 'a', offset: 2 }])
    expect(piecesOf('..x..')).toEqual([{ text: 'x', offset: 2 }])
    expect(piecesOf('U.S.')).toEqual([])
    expect(piecesOf('a.b')).toEqual([{ text: 'a.b', offset: 0 }])
    expect(['A', 'AB', 'A1', 'Ab', 'aB', 'ÉCOLE', 'École'].map(writtenCase)).toEqual([
      'capitalized',
      'upper',
      'capitalized',
      'capitalized',
      'mixed',
      'upper',
      'capitalized',
    ])
  })
})
