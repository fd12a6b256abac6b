import { describe, expect, it } from 'vitest'
import {
  agentNounVerb,
  derivedAgentNoun,
  derivedInflection,
  derivedIzeForm,
  derivedPrefixed,
} from '../src/checks/spelling/morphology.js'
import { isKnownPiece } from '../src/checks/spelling/words.js'
import { lintThankYou } from '../src/index.js'
import type { ThankYouContext } from '../src/types.js'
import { offsetOf } from './helpers.js'

const context: ThankYouContext = {
  candidate: { name: 'Jordan Lee' },
  interviewers: [{ name: 'Dana Johnson', honorific: 'Ms.', title: 'Head of Partnerships' }],
  company: { name: 'Brightline' },
  position: 'Grants Coordinator',
}

const letter = (body: string) => `Dear Ms. Johnson,\n\n${body}\n\nBest regards,\nJordan Lee`

/** `unknown-word` findings as `[text, start, end, severity]`. */
function unknownWords(draft: string, dialect: 'auto' | 'en-US' | 'en-GB' = 'auto') {
  return lintThankYou(draft, context, { spelling: { dialect } })
    .findings.filter((finding) => finding.ruleId === 'unknown-word')
    .map((finding) => [
      finding.actual,
      finding.position?.start.offset,
      finding.position?.end.offset,
      finding.severity,
    ])
}

const lexicon = new Set([
  'fund',
  'funded',
  'funding',
  'bake',
  'baked',
  'baking',
  'shop',
  'shopped',
  'shopping',
])
const known = (word: string) => lexicon.has(word)
const nothingNear = () => []

describe('agentNounVerb', () => {
  it('finds the verb of a regular agent noun, with its -ed and -ing forms listed', () => {
    expect(agentNounVerb('funders', known)).toEqual({ verb: 'fund', ed: 'funded', ing: 'funding' })
    expect(agentNounVerb('funder', known)?.verb).toBe('fund')
    expect(agentNounVerb('baker', known)?.verb).toBe('bake')
    expect(agentNounVerb('shoppers', known)?.verb).toBe('shop')
  })

  it('derives nothing from a stem that is not shown to be a verb, or too short', () => {
    // `fun` has no `funned`, `funning`; `fundr` has no `-er`.
    expect(agentNounVerb('funner', known)).toBeUndefined()
    expect(agentNounVerb('fundr', known)).toBeUndefined()
    expect(agentNounVerb('funds', known)).toBeUndefined()
    const short = new Set(['bet', 'betted', 'betting'])
    expect(agentNounVerb('beter', (word) => short.has(word))).toBeUndefined()
    // `shop` doubles only where its -ing form does: `shopper`, not `shoper` + `p`.
    expect(agentNounVerb('shoper', known)).toBeUndefined()
  })

  it('does not add -er to a verb that already names its agent', () => {
    const mentor = new Set(['mentor', 'mentored', 'mentoring'])
    expect(agentNounVerb('mentorer', (word) => mentor.has(word))).toBeUndefined()
  })
})

describe('derivedAgentNoun and derivedIzeForm', () => {
  it('reject a derivation with a listed word of the same stem one typo away', () => {
    expect(derivedAgentNoun('funders', known, nothingNear)).toBe('fund')
    // A word of another stem nearby proves nothing.
    expect(derivedAgentNoun('funders', known, () => ['founders', 'fenders'])).toBe('fund')
    // The verb's own forms are no rival.
    expect(derivedAgentNoun('funder', known, () => ['funded'])).toBe('fund')
    const calculate = new Set(['calculate', 'calculated', 'calculating'])
    expect(
      derivedAgentNoun(
        'calculater',
        (word) => calculate.has(word),
        () => ['calculator'],
      ),
    ).toBeUndefined()
  })

  it('derive an -ize verb from an adjective in -ous, -al or -ic, unless another -ize verb is one typo away', () => {
    const adjectives = new Set(['anonymous', 'tribal', 'homogeneous', 'famous'])
    const has = (word: string) => adjectives.has(word)
    expect(derivedIzeForm('anonymized', has, nothingNear)).toBe('anonymous')
    expect(derivedIzeForm('anonymization', has, nothingNear)).toBe('anonymous')
    expect(derivedIzeForm('tribalize', has, nothingNear)).toBe('tribal')
    expect(derivedIzeForm('homogeneized', has, () => ['homogenized'])).toBeUndefined()
    expect(derivedIzeForm('anonymized', has, () => ['anonymity'])).toBeUndefined()
    // `famize` would be `famous` with -ous dropped, a stem too short to take `-ize`.
    expect(derivedIzeForm('famize', has, nothingNear)).toBeUndefined()
    expect(derivedIzeForm('anonymize', () => false, nothingNear)).toBeUndefined()
  })
})

describe('productive morphology in the lexicon look-up', () => {
  it('accepts an agent noun of a listed verb in either dialect, and an -ize verb of a listed adjective', () => {
    expect(isKnownPiece('funders', 'en-US')).toBe(true)
    expect(isKnownPiece('Funders', 'en-GB')).toBe(true)
    expect(isKnownPiece('anonymized', 'en-US')).toBe(true)
    expect(isKnownPiece('anonymised', 'en-GB')).toBe(true)
    expect(isKnownPiece('Anonymised', 'en-GB')).toBe(true)
    // Each dialect keeps its own ending.
    expect(isKnownPiece('anonymised', 'en-US')).toBe(false)
    expect(isKnownPiece('anonymized', 'en-GB')).toBe(false)
  })

  it('leaves a typo of a listed word, or of its -or noun, an error at its exact position', () => {
    const draft = letter(
      'Thank you. Our funders liked the translater I built, the writter of the calculater, and my propper notes.',
    )
    const at = (word: string) => [word, offsetOf(draft, word), offsetOf(draft, word) + word.length, 'error']
    expect(unknownWords(draft, 'en-US')).toEqual([
      at('translater'),
      at('writter'),
      at('calculater'),
      at('propper'),
    ])
  })

  it('accepts anonymised in a British letter and flags homogeneised, one typo from homogenised', () => {
    const draft = letter(
      'Thank you. I organised the anonymised survey and homogeneised the data for the funders.',
    )
    const at = (word: string) => [word, offsetOf(draft, word), offsetOf(draft, word) + word.length, 'error']
    expect(unknownWords(draft)).toEqual([at('homogeneised')])
    expect(unknownWords(draft, 'en-GB')).toEqual([at('homogeneised')])
  })
})

describe('derivedInflection', () => {
  const words = new Set(['aliquot', 'aliquots', 'teach', 'teaching', 'teaches', 'refinancing', 'pneumatic'])
  words.add('diverse')
  words.add('criteria')
  const has = (word: string) => words.has(word)

  it('derives -ed and -ing from a countable noun the lexicon does not conjugate', () => {
    expect(derivedInflection('aliquoted', has, nothingNear)).toBe('aliquot')
    expect(derivedInflection('aliquoting', has, nothingNear)).toBe('aliquot')
  })

  it('derives no over-regular past of a conjugated verb, nor a verb of an adjective', () => {
    // `teaching` is listed: `teach` is a verb with its own past.
    expect(derivedInflection('teached', has, nothingNear)).toBeUndefined()
    // `diverse` has no plural: it is no noun.
    expect(derivedInflection('diversed', has, nothingNear)).toBeUndefined()
  })

  it('derives a plural only of a gerund or an -ic field noun', () => {
    expect(derivedInflection('refinancings', has, nothingNear)).toBe('refinancing')
    expect(derivedInflection('pneumatics', has, nothingNear)).toBe('pneumatic')
    expect(derivedInflection('criterias', has, nothingNear)).toBeUndefined()
  })

  it('gives way to a rival one typo away that is not a form of the stem', () => {
    expect(derivedInflection('aliquoted', has, () => ['aliquots'])).toBe('aliquot')
    expect(derivedInflection('aliquoted', has, () => ['liquored'])).toBeUndefined()
  })

  it('needs a stem of four letters or more', () => {
    expect(
      derivedInflection('dogged', (word) => word === 'dog' || word === 'dogs', nothingNear),
    ).toBeUndefined()
  })
})

describe('derivedPrefixed', () => {
  const has = (word: string) => ['forecasts', 'till', 'approved'].includes(word)

  it('derives re-, pre- and the like from a word of four letters or more', () => {
    expect(derivedPrefixed('reforecasts', has, nothingNear)).toBe('forecasts')
    expect(derivedPrefixed('preapproved', has, nothingNear)).toBe('approved')
  })

  it('derives nothing when another word lies one typo away, nor from a short word', () => {
    expect(derivedPrefixed('untill', has, () => ['until'])).toBeUndefined()
    expect(derivedPrefixed('reforecasts', has, () => ['reforests'])).toBeUndefined()
    expect(derivedPrefixed('unfit', (word) => word === 'fit', nothingNear)).toBeUndefined()
  })

  it('leaves un- alone where the lexicon negates the word with another prefix', () => {
    const negates = (word: string) =>
      ['correct', 'incorrect', 'flexible', 'inflexible', 'budgeted'].includes(word)
    expect(derivedPrefixed('uncorrect', negates, nothingNear)).toBeUndefined()
    expect(derivedPrefixed('unflexible', negates, nothingNear)).toBeUndefined()
    expect(derivedPrefixed('unbudgeted', negates, nothingNear)).toBe('budgeted')
  })
})

describe('inflections and prefixes in a letter', () => {
  it('accepts a noun used as a verb and a prefixed word, and still flags over-regular pasts', () => {
    const draft = letter(
      'Thank you. I aliquoted the samples, ran the reforecasts and teached the interns; untill then I catched up. It was unefficient.',
    )
    const at = (word: string) => [word, offsetOf(draft, word), offsetOf(draft, word) + word.length, 'error']
    expect(unknownWords(draft, 'en-US')).toEqual([
      at('teached'),
      at('untill'),
      at('catched'),
      at('unefficient'),
    ])
  })
})

describe('the other dialect under auto', () => {
  it('accepts a word only the other dictionary lists when no rule spells it otherwise', () => {
    const draft = letter('Thank you. I enjoyed our talk amidst the color and noise of the launch.')
    expect(unknownWords(draft)).toEqual([])
    // An explicit dialect still holds the letter to its dictionary.
    const at = (word: string) => [word, offsetOf(draft, word), offsetOf(draft, word) + word.length, 'error']
    expect(unknownWords(draft, 'en-US')).toEqual([at('amidst')])
  })
})
