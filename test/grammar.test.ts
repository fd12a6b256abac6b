import { describe, expect, it } from 'vitest'
import { lintThankYou } from '../src/index.js'
import type { LintOptions } from '../src/types.js'
import { findingsOf, offsetOf } from './helpers.js'

const letter = (body: string, greeting = 'Dear Ms. Okoro,', signOff = 'Best regards,') =>
  `${greeting}\n\n${body}\n\n${signOff}\nJordan Lee`

function hits(ruleId: string, draft: string, options?: LintOptions) {
  return findingsOf(ruleId, draft, undefined, options).map((hit) => [
    hit.actual,
    hit.start,
    hit.end,
    hit.finding.expected,
  ])
}

/** The flagged text `needle`, found after the text `after` (to pick one occurrence), with `expected`. */
function at(draft: string, needle: string, expected: string[], after = '') {
  const start = offsetOf(draft, after + needle) + after.length
  return [needle, start, start + needle.length, expected]
}

const plain =
  'Thank you for meeting with me on Tuesday about the Marketing Coordinator role. I enjoyed hearing how your team plans the spring campaign.'

describe('repeated-word (retext-repeated-words)', () => {
  it('flags a word written twice, with the single word as the fix', () => {
    const draft = letter('Thank you for the the interview. It was a a pleasure.')
    expect(hits('repeated-word', draft)).toEqual([at(draft, 'the the', ['the']), at(draft, 'a a', ['a'])])
  })
  it('accepts "had had", names like "Duran Duran", and words split by punctuation or parts', () => {
    const draft = letter(
      'The team had had a long week. I love Duran Duran. It was good, good work.',
      'Dear Dana Dana,',
    )
    expect(hits('repeated-word', draft)).toEqual([])
  })
})

describe('indefinite-article (retext-indefinite-article)', () => {
  it('flags a/an before the wrong sound', () => {
    const draft = letter('It was a honor to meet an user researcher and an unique team, a hour well spent.')
    expect(hits('indefinite-article', draft)).toEqual([
      at(draft, 'a', ['an'], 'It was '),
      at(draft, 'an', ['a'], 'meet '),
      at(draft, 'an', ['a'], 'and '),
      at(draft, 'a', ['an'], 'team, '),
    ])
  })
  it('keeps the capital of a sentence-initial "A"', () => {
    const draft = letter(`${plain} A honest answer helped.`)
    expect(hits('indefinite-article', draft)).toEqual([at(draft, 'A', ['An'], 'campaign. ')])
  })
  it('accepts correct articles, "Plan A", and letters in an address', () => {
    const draft = letter(
      `${plain} It is an honour and a unique chance, an hour well spent. Plan A expires soon. See https://example.com/a/issue.`,
    )
    expect(hits('indefinite-article', draft)).toEqual([])
  })
})

describe('sentence-capital', () => {
  it('flags sentences, the body opening, a paragraph, the greeting and the sign-off in lowercase', () => {
    const draft = letter(
      'thank you for the tour. it was great! really? yes.\n\nlooking forward to it.',
      'hi Dana,',
      'best regards,',
    )
    expect(hits('sentence-capital', draft)).toEqual([
      at(draft, 'hi', ['Hi']),
      at(draft, 'thank', ['Thank']),
      at(draft, 'it', ['It'], 'tour. '),
      at(draft, 'really', ['Really']),
      // The tokenizer keeps the full stop of a paragraph's last word with it.
      at(draft, 'yes.', ['Yes.']),
      at(draft, 'looking', ['Looking']),
      at(draft, 'best', ['Best']),
    ])
  })
  it('accepts abbreviations, ellipses, lists, brand names, addresses and the signature', () => {
    const draft = `${letter(
      `${plain} We covered budgets, e.g. the spring plan, at 3 p.m. with Ms. Lee and others, etc. and more... then lunch. My site is jordan.example.com. iPhone users liked it.\nThe points were:\n- onboarding\n- retention\nwww.example.com is my portfolio.`,
    )}`.replace('Jordan Lee', 'jordan lee')
    expect(hits('sentence-capital', draft)).toEqual([])
  })
})

describe('lowercase-i', () => {
  it('flags the pronoun in lowercase, and its contractions', () => {
    const draft = letter(`${plain} Since then i have thought about it, and i'm keen.`)
    expect(hits('lowercase-i', draft)).toEqual([at(draft, 'i', ['I'], 'then '), at(draft, "i'm", ["I'm"])])
  })
  it('accepts i.e., list markers and the capital pronoun', () => {
    const draft = letter(
      `${plain} Two ideas, i.e. pricing and (i) onboarding or ii) retention, and I like both.`,
    )
    expect(hits('lowercase-i', draft)).toEqual([])
  })
  it('leaves a sentence-initial "i" to sentence-capital', () => {
    const draft = letter(`${plain} i enjoyed it.`)
    expect(hits('lowercase-i', draft)).toEqual([])
    expect(hits('sentence-capital', draft)).toEqual([at(draft, 'i', ['I'], 'campaign. ')])
  })
})

describe('double-space', () => {
  it('flags runs of spaces between words', () => {
    const draft = letter('Thank you for  meeting with me.  I enjoyed it   very much.')
    expect(hits('double-space', draft)).toEqual([
      at(draft, '  ', [' '], 'for'),
      at(draft, '  ', [' '], 'me.'),
      at(draft, '   ', [' '], 'it'),
    ])
  })
  it('accepts indentation, trailing spaces and aligned signatures', () => {
    const draft = `Dear Ms. Okoro,\n\n    ${plain}   \n\nBest regards,\nJordan Lee    Marketing`
    expect(hits('double-space', draft)).toEqual([])
  })
  it('accepts two spaces after a sentence with options.grammar.allowTwoSpacesAfterSentence', () => {
    const draft = letter('Thank you for meeting with me.  I enjoyed it  very much.')
    expect(hits('double-space', draft, { grammar: { allowTwoSpacesAfterSentence: true } })).toEqual([
      at(draft, '  ', [' '], 'it'),
    ])
  })
})

describe('confusions', () => {
  it('thank-your', () => {
    const draft = letter('Thank your for the interview. I will thank your team for the tour.')
    expect(hits('thank-your', draft)).toEqual([at(draft, 'your', ['you'], 'Thank ')])
  })
  it('your-youre', () => {
    const draft = letter(
      "Your welcome to call me. I think your a great mentor, and you're team was kind. Your welcome pack was lovely.",
    )
    expect(hits('your-youre', draft)).toEqual([
      at(draft, 'Your', ["You're"]),
      at(draft, 'your', ["you're"], 'think '),
      at(draft, "you're", ['your']),
    ])
  })
  it('their-there', () => {
    const draft = letter(
      "Their is a lot to like about there team, and they're product is sharp. Is there time for questions? Their roadmap is clear.",
    )
    expect(hits('their-there', draft)).toEqual([
      at(draft, 'Their', ['There']),
      at(draft, 'there', ['their'], 'about '),
      at(draft, "they're", ['their']),
    ])
  })
  it('look-forward-to-ing', () => {
    const draft = letter(
      'I look forward to hear from you and am looking forward to work with the team. I look forward to hearing more.',
    )
    expect(hits('look-forward-to-ing', draft)).toEqual([
      at(draft, 'hear', ['hearing'], 'to '),
      at(draft, 'work', ['working'], 'to '),
    ])
  })
  it('adjective-as-noun', () => {
    const draft = letter(
      'Our talk confirms my interested in the role and my excited about it. My interested colleagues agreed.',
    )
    expect(hits('adjective-as-noun', draft)).toEqual([
      at(draft, 'interested', ['interest']),
      at(draft, 'excited', ['excitement']),
    ])
  })
  it('subject-verb-agreement', () => {
    const draft = letter(
      'I has ten years of experience, and I is ready. Phase I is done and Part I has shipped.',
    )
    expect(hits('subject-verb-agreement', draft)).toEqual([
      at(draft, 'has', ['have']),
      at(draft, 'is', ['am'], 'I '),
    ])
  })
  it('says what to write in the message', () => {
    const finding = lintThankYou(letter('I look forward to hear from you.')).findings.find(
      (item) => item.ruleId === 'look-forward-to-ing',
    )
    expect(finding?.message).toMatch(/^Write "I look forward to hearing", not "I look forward to hear"/)
  })
  it('finds nothing in a plain letter or in a quote or address', () => {
    const draft = letter(
      `${plain} Your note "thank your for" made me smile; see https://example.com/their-is.`,
    )
    for (const rule of [
      'thank-your',
      'your-youre',
      'their-there',
      'look-forward-to-ing',
      'adjective-as-noun',
      'subject-verb-agreement',
    ]) {
      expect(hits(rule, draft)).toEqual([])
    }
  })
})

describe('grammar yields to spelling', () => {
  it('declares spelling as the checker that wins on the same span', async () => {
    const { grammar } = await import('../src/checks/grammar/index.js')
    expect(grammar.yieldsTo).toEqual(['spelling'])
  })
})
