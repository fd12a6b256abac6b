import { describe, expect, it } from 'vitest'
import type { CheckEnvironment } from '../src/checker.js'
import { spelling } from '../src/checks/spelling/index.js'
import { clearSuggestionCache } from '../src/checks/spelling/suggest.js'
import { parseDocument } from '../src/document.js'
import { lintThankYou, rules } from '../src/index.js'
import type { LintOptions, ThankYouContext } from '../src/types.js'
import { findingsOf, offsetOf } from './helpers.js'

const context: ThankYouContext = {
  candidate: { name: 'Jordan Lee' },
  interviewers: [{ name: 'Dana Johnson', honorific: 'Ms.', title: 'Head of Marketing' }],
  company: { name: 'Brightline', aliases: ['Brightline Labs'] },
  position: 'Marketing Coordinator',
}

/** Options that turn an accuracy rule off where the accuracy checker is installed. */
const withoutAccuracy = (ruleId: string): LintOptions =>
  rules.some((rule) => rule.id === ruleId) ? { rules: { [ruleId]: 'off' } } : {}

const letter = (body: string) => `Dear Ms. Johnson,\n\n${body}\n\nBest regards,\nJordan Lee`

/** Spelling findings of a draft, as `[ruleId, flagged text, start, end]`. */
function spellingOf(draft: string, lintContext: ThankYouContext = context, options = {}) {
  return lintThankYou(draft, lintContext, options)
    .findings.filter((finding) => finding.checker === 'spelling')
    .map((finding) => [
      finding.ruleId,
      draft.slice(finding.position?.start.offset, finding.position?.end.offset),
      finding.position?.start.offset,
      finding.position?.end.offset,
    ])
}

describe('unknown-word', () => {
  it('flags a lowercase misspelling at its exact position, as an error, with the right word first', () => {
    const draft = letter('Thank you for meeting me. I was glad to recieve your note.')
    const [hit, ...rest] = findingsOf('unknown-word', draft, context)
    expect(rest).toEqual([])
    expect(hit?.actual).toBe('recieve')
    expect(hit?.start).toBe(offsetOf(draft, 'recieve'))
    expect(hit?.end).toBe(offsetOf(draft, 'recieve') + 'recieve'.length)
    expect(hit?.finding.severity).toBe('error')
    expect(hit?.finding.expected?.[0]).toBe('receive')
    expect(hit?.finding.message).toContain('"receive"')
  })

  it('checks a capitalised word that opens a sentence without regard to case, keeping the capital', () => {
    const draft = letter('Thank you for the tour. Recieve my best wishes for the launch.')
    const [hit] = findingsOf('unknown-word', draft, context)
    expect(hit?.start).toBe(offsetOf(draft, 'Recieve'))
    expect(hit?.finding.expected?.[0]).toBe('Receive')
  })

  it('keeps capitals in suggestions for a word written in capitals', () => {
    const draft = letter('Thank you. I am EXCITED and RELLY glad to have met the team.')
    const [hit] = findingsOf('unknown-acronym', draft, context)
    expect(hit?.actual).toBe('RELLY')
    expect(hit?.finding.expected?.[0]).toBe('REALLY')
  })

  it('reports every occurrence of a repeated misspelling', () => {
    const draft = letter('The teh plan and teh budget were clear.')
    expect(findingsOf('unknown-word', draft, context).map((hit) => hit.start)).toEqual([
      offsetOf(draft, 'teh'),
      offsetOf(draft, 'teh', 1),
    ])
  })

  it('flags only the misspelled part of a hyphenated compound', () => {
    const draft = letter('Your team has a well-knwon and cross-functional culture.')
    expect(spellingOf(draft)).toEqual([
      ['unknown-word', 'knwon', offsetOf(draft, 'knwon'), offsetOf(draft, 'knwon') + 5],
    ])
  })

  it('flags the base of a possessive, not the ending', () => {
    const draft = letter("I admired the compnay's mission.")
    expect(spellingOf(draft)).toEqual([
      ['unknown-word', 'compnay', offsetOf(draft, 'compnay'), offsetOf(draft, 'compnay') + 7],
    ])
    expect(findingsOf('unknown-word', draft, context)[0]?.finding.expected?.[0]).toBe('company')
  })

  it('flags a possessive on a word that takes none, and a negative the dictionary lacks, whole', () => {
    const draft = letter("He get's it, and I doen't mind.")
    expect(spellingOf(draft)).toEqual([
      ['unknown-word', "get's", offsetOf(draft, "get's"), offsetOf(draft, "get's") + 5],
      ['unknown-word', "doen't", offsetOf(draft, "doen't"), offsetOf(draft, "doen't") + 6],
    ])
    expect(findingsOf('unknown-word', draft, context)[0]?.finding.expected?.[0]).toBe('gets')
  })

  it('flags a misspelled word in a title-case subject line', () => {
    const draft = `Subject: Thank You for the Interveiw\n\n${letter('Thank you for your time.')}`
    const [hit] = findingsOf('unknown-word', draft, context)
    expect(hit?.start).toBe(offsetOf(draft, 'Interveiw'))
    expect(hit?.finding.expected?.[0]).toBe('Interview')
  })

  it('says when a word is the other dialect’s spelling', () => {
    const draft = letter('I loved the colour of the new brand.')
    const [hit] = findingsOf('unknown-word', draft, context, { spelling: { dialect: 'en-US' } })
    expect(hit?.actual).toBe('colour')
    expect(hit?.finding.expected?.[0]).toBe('color')
    expect(hit?.finding.message).toContain('en-GB')
  })

  it('says to check the spelling when nothing is close', () => {
    const draft = letter('It was a qqxzvw experience.')
    const [hit] = findingsOf('unknown-word', draft, context)
    expect(hit?.actual).toBe('qqxzvw')
    expect(hit?.finding.expected).toBeUndefined()
    expect(hit?.finding.message).toContain('options.spelling.words')
  })

  it('reports every unknown word of a draft of made-up words, the same with or without the cache', () => {
    // Distinct letters-only words: each base-26 digit of a number becomes a letter.
    const letters = (value: number) =>
      [...value.toString(26)].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 26))).join('')
    const words = Array.from({ length: 400 }, (_, index) => `zq${letters(index * 7919)}v`)
    const draft = letter(`${words.join(' ')}.`)
    clearSuggestionCache()
    const cold = lintThankYou(draft, context).findings.filter((finding) => finding.checker === 'spelling')
    const warm = lintThankYou(draft, context).findings.filter((finding) => finding.checker === 'spelling')
    expect(cold.map((finding) => finding.actual)).toEqual(words)
    expect(warm).toEqual(cold)
    // The limit is for mutation testing: instrumented, on a busy machine, the 400 searches take
    // far longer than the default.
  }, 180_000)

  it('keeps suggesting however many words a process checks', () => {
    const typos = ['recieve', 'definately', 'seperate', 'occured', 'tommorow', 'goverment', 'untill', 'wich']
    const draft = letter(Array.from({ length: 6 }, () => `I ${typos.join(' ')}.`).join(' '))
    const hits = findingsOf('unknown-word', draft, context)
    expect(hits).toHaveLength(48)
    expect(hits.every((hit) => (hit.finding.expected?.length ?? 0) > 0)).toBe(true)
  })
})

describe('et al and prefixes', () => {
  it('accepts et and al only as a pair with one space between', () => {
    const draft = letter('Thank you. I read the et cetera and al notes, and Smith et  al. too.')
    expect(spellingOf(draft).map(([rule, text, start]) => [rule, text, start])).toEqual([
      ['unknown-word', 'et', offsetOf(draft, 'et cetera')],
      ['unknown-word', 'cetera', offsetOf(draft, 'cetera')],
      ['unknown-word', 'al', offsetOf(draft, 'al notes')],
      ['unknown-word', 'et', offsetOf(draft, 'et  al')],
      ['unknown-word', 'al', offsetOf(draft, 'al. too')],
    ])
  })

  it('still flags the word after a prefix when prefix and word make no word', () => {
    const draft = letter('Thank you. We co-ordinatted the launch.')
    expect(spellingOf(draft)).toEqual([
      ['unknown-word', 'ordinatted', offsetOf(draft, 'ordinatted'), offsetOf(draft, 'ordinatted') + 10],
    ])
  })
})

describe('two words run together', () => {
  it('reports two less common words run together as an info unknown-word, naming both', () => {
    const draft = letter('Thank you. I built the leaderboard and the webhooks for your team.')
    const hits = findingsOf('unknown-word', draft, context)
    expect(hits.map((hit) => [hit.actual, hit.start, hit.end, hit.finding.severity])).toEqual([
      ['leaderboard', offsetOf(draft, 'leaderboard'), offsetOf(draft, 'leaderboard') + 11, 'info'],
      ['webhooks', offsetOf(draft, 'webhooks'), offsetOf(draft, 'webhooks') + 8, 'info'],
    ])
    expect(hits[0]?.finding.expected).toEqual(['leader board', 'leader-board'])
    expect(hits[0]?.finding.message).toContain('"leader" and "board" run together')
    expect(hits[0]?.finding.fix).toBeUndefined()
    // The user's setting for the rule still wins.
    const strict = findingsOf('unknown-word', draft, context, { rules: { 'unknown-word': 'error' } })
    expect(strict.map((hit) => hit.finding.severity)).toEqual(['error', 'error'])
  })

  it('keeps a slip of a common word, or of common words run together, an error', () => {
    // One typo from a word (`grateful`), or a function word or everyday verb in it (`each`, `look`).
    const draft = letter('Thank you. I am gratefull, we helped eachother and I lookforward to it.')
    const hits = findingsOf('unknown-word', draft, context)
    expect(hits.map((hit) => [hit.actual, hit.start, hit.finding.severity])).toEqual([
      ['gratefull', offsetOf(draft, 'gratefull'), 'error'],
      ['eachother', offsetOf(draft, 'eachother'), 'error'],
      ['lookforward', offsetOf(draft, 'lookforward'), 'error'],
    ])
  })

  it('reads a capitalised run-together word as a name, not as a compound', () => {
    const draft = letter('Thank you. I saw the Leaderboard Team.')
    expect(spellingOf(draft).map(([rule, text]) => [rule, text])).toEqual([['unknown-name', 'Leaderboard']])
  })
})

describe('unknown-name', () => {
  it('reports an unknown capitalised word mid-sentence as info', () => {
    const draft = letter('Before this I worked at Quorvana on the sales team.')
    expect(spellingOf(draft)).toEqual([
      ['unknown-name', 'Quorvana', offsetOf(draft, 'Quorvana'), offsetOf(draft, 'Quorvana') + 8],
    ])
    expect(findingsOf('unknown-name', draft, context)[0]?.finding.severity).toBe('info')
  })

  it('takes an unknown capitalised word that opens a sentence for a name when nothing common is close', () => {
    const draft = letter('Quorvana taught me to run campaigns.')
    expect(spellingOf(draft)).toEqual([
      ['unknown-name', 'Quorvana', offsetOf(draft, 'Quorvana'), offsetOf(draft, 'Quorvana') + 8],
    ])
  })

  it('takes a word opening a sentence for a name when the letter also writes it mid-sentence or with a possessive', () => {
    // Alone, "Tori" opening a sentence is one slip from "tore" (a verb after it would mark a name).
    const alone = letter('Thank you. Tori, you showed me the lab.')
    expect(spellingOf(alone)).toEqual([
      ['unknown-word', 'Tori', offsetOf(alone, 'Tori'), offsetOf(alone, 'Tori') + 4],
    ])
    const twice = letter('Thank you. Tori, you showed me the lab. I thanked Tori for it.')
    expect(spellingOf(twice).map(([rule, text, start]) => [rule, text, start])).toEqual([
      ['unknown-name', 'Tori', offsetOf(twice, 'Tori')],
      ['unknown-name', 'Tori', offsetOf(twice, 'Tori', 1)],
    ])
    const possessive = letter("Thank you. Tori's team was kind.")
    expect(spellingOf(possessive)).toEqual([
      ['unknown-name', 'Tori', offsetOf(possessive, 'Tori'), offsetOf(possessive, 'Tori') + 4],
    ])
  })

  it('treats the start of a list line like the start of a sentence', () => {
    const draft = letter('My next steps:\n\n- Recieve the notes\n- Seperate the tasks')
    expect(spellingOf(draft).map(([rule, text]) => [rule, text])).toEqual([
      ['unknown-word', 'Recieve'],
      ['unknown-word', 'Seperate'],
    ])
  })

  it('offers a close proper noun for a misspelled product', () => {
    const draft = letter('I have used Salesforse every day.')
    const [hit] = findingsOf('unknown-name', draft, context)
    expect(hit?.finding.expected?.[0]).toBe('Salesforce')
  })

  it('treats the signature and the greeting as names', () => {
    const draft =
      'Dear Ms. Okonkwo-Ezeilo,\n\nThank you for your time.\n\nBest regards,\nTemperance Quillfeather'
    expect(spellingOf(draft, {}).map(([rule, text]) => [rule, text])).toEqual([
      ['unknown-name', 'Okonkwo'],
      ['unknown-name', 'Ezeilo'],
      ['unknown-name', 'Quillfeather'],
    ])
  })
})

describe('unknown-acronym', () => {
  it('reports an unknown acronym as info, and none with acronyms: ignore', () => {
    const draft = letter('I tracked every QXR metric in our reports.')
    expect(spellingOf(draft)).toEqual([
      ['unknown-acronym', 'QXR', offsetOf(draft, 'QXR'), offsetOf(draft, 'QXR') + 3],
    ])
    expect(spellingOf(draft, context, { spelling: { acronyms: 'ignore' } })).toEqual([])
  })

  it('accepts known acronyms and their plurals', () => {
    expect(
      spellingOf(letter('The CEO and the CTO shared the KPIs, the ROI targets and the UX plans.')),
    ).toEqual([])
  })
})

describe('context', () => {
  it('never flags a word of the context, with or without diacritics', () => {
    const siobhan: ThankYouContext = {
      candidate: { name: 'Zoë Nguyễn-Park' },
      interviewers: [
        { name: "Siobhán O'Connor-Reyes", nicknames: ['Shiv'], title: 'Chief Pipeline Officer' },
      ],
      company: { name: 'Quillworks', aliases: ['QWX'] },
      position: 'Dataops Analyst',
      topics: ['Kubernetes migration', 'Snowflake'],
      otherCompanies: ['Zentrovia'],
    }
    const draft = `Dear Siobhán,\n\nThank you, Shiv, for the chat about Quillworks and QWX. Siobhan O’Connor-Reyes explained the Kubernetes work and Snowflake, and the Dataops Analyst role.\n\nBest,\nZoë Nguyễn-Park`
    expect(spellingOf(draft, siobhan)).toEqual([])
  })

  it('reports a near-miss of the interviewer’s name here while accuracy does not, context form first', () => {
    const draft = letter('Ms. Jonhson was generous with her time.')
    const [hit, ...rest] = findingsOf(
      'unknown-word',
      draft,
      context,
      withoutAccuracy('interviewer-name-misspelled'),
    )
    expect(rest).toEqual([])
    expect(hit?.start).toBe(offsetOf(draft, 'Jonhson'))
    expect(hit?.finding.expected?.[0]).toBe('Johnson')
    expect(hit?.finding.message).toContain("interviewer's name")
    expect(
      findingsOf('unknown-name', draft, context, withoutAccuracy('interviewer-name-misspelled')),
    ).toEqual([])
  })

  it('reports a near-miss of the company’s name with the company first while accuracy does not', () => {
    const draft = letter('I would love to join Brigthline next month.')
    const [hit] = findingsOf('unknown-word', draft, context, withoutAccuracy('company-name-misspelled'))
    expect(hit?.actual).toBe('Brigthline')
    expect(hit?.finding.expected?.[0]).toBe('Brightline')
  })

  it('leaves a near-miss of a context name to the accuracy checker when its rule is on', () => {
    const draft = letter('Ms. Jonhson and the Brigthline team were kind to me, Jordna.')
    const document = parseDocument(draft)
    const environment = (enabled: string[]): CheckEnvironment => ({
      context,
      template: false,
      isRuleEnabled: (ruleId) => enabled.includes(ruleId),
    })
    const run = (enabled: string[]) =>
      spelling
        .check(document, environment(enabled), spelling.defaults)
        .map((issue) => draft.slice(issue.span?.start, issue.span?.end))
    expect(run([])).toEqual(['Jonhson', 'Brigthline', 'Jordna'])
    expect(run(['interviewer-name-misspelled'])).toEqual(['Brigthline', 'Jordna'])
    expect(run(['company-name-misspelled', 'candidate-name-misspelled'])).toEqual(['Jonhson'])
    expect(spelling.yieldsTo).toEqual(['accuracy'])
  })

  it("leaves a lowercase i'm to the grammar checker's lowercase-i rule when it is on", () => {
    const draft = letter("Thank you; i'm grateful.")
    const run = (enabled: string[]) =>
      spelling
        .check(
          parseDocument(draft),
          { context, template: false, isRuleEnabled: (ruleId) => enabled.includes(ruleId) },
          spelling.defaults,
        )
        .map((issue) => [issue.actual, issue.expected?.[0]])
    expect(run([])).toEqual([["i'm", "I'm"]])
    expect(run(['lowercase-i'])).toEqual([])
  })

  it('keeps a near-miss of a three-letter name, which accuracy finds only beside the rest of the name', () => {
    const kim: ThankYouContext = { interviewers: [{ name: 'Kim Osei' }] }
    const draft = letter('I enjoyed the tour with Kym and the team.')
    const issues = spelling.check(
      parseDocument(draft),
      { context: kim, template: false, isRuleEnabled: (ruleId) => ruleId === 'interviewer-name-misspelled' },
      spelling.defaults,
    )
    expect(
      issues.map((issue) => [
        issue.ruleId,
        draft.slice(issue.span?.start, issue.span?.end),
        issue.expected?.[0],
      ]),
    ).toEqual([['unknown-word', 'Kym', 'Kim']])
  })

  it('suggests a context word for a misspelled title or topic word', () => {
    const draft = letter('I would thrive as your Marketing Cordinator.')
    const [hit] = findingsOf('unknown-name', draft, context)
    expect(hit?.actual).toBe('Cordinator')
    expect(hit?.finding.expected?.[0]).toBe('Coordinator')
  })
})

describe('never flagged', () => {
  it.each([
    ['possessives', "Dana's plan, James' notes and the team's goals"],
    ['contractions', "I'm sure we're ready; they've said it's fine and you'd agree, don't you?"],
    ['hyphenated compounds', 'a well-known, self-starter, co-op and re-engage mindset with e-mail'],
    [
      'numbers, times and amounts',
      'at 3pm on 10/12, 10:30 a.m., $5,000, 21st-century, Q3, mid-2024 and 2,500 users',
    ],
    ['abbreviations', 'e.g. the U.S. office, i.e. the Ph.D. team, etc.'],
    ['et al', 'the paper by Smith et al. and the one by Jones et al'],
    [
      'a prefix set off from a word it joins',
      'the co-ordinated launch, the re-iterated plan and pre-eminent team',
    ],
    ['addresses', 'see https://brightlne.example/jobz, www.brightlne.io and jordan@brightlne.com'],
    [
      'bare domains, their paths and handles',
      'jordanlee.design/wrk, github.com/jrdnlee/projx and @jrdnleepm',
    ],
    ['quoted text', 'the slogan "Shp fastr" and the word `kubectl` in the docs'],
    ['diacritics of known words', 'a naïve café résumé'],
    ['words in other scripts', 'my name in Chinese, 李明, and in Greek, Αλέξανδρος'],
  ])('%s', (_name, body) => {
    expect(spellingOf(letter(`Thank you. I noted ${body}.`))).toEqual([])
  })

  it('placeholders (the structure checker reports them)', () => {
    expect(spellingOf(letter('Thank you for the [Compnay] tour and {{interveiwer}}.'))).toEqual([])
  })
})

describe('options.spelling', () => {
  it('accepts personal words, capitalised as listed', () => {
    const draft = letter('I built the Zorblex pipeline and gloopify tooling, and Gloopify docs.')
    expect(spellingOf(draft).map(([rule, text]) => [rule, text])).toEqual([
      ['unknown-name', 'Zorblex'],
      ['unknown-word', 'gloopify'],
      ['unknown-name', 'Gloopify'],
    ])
    expect(spellingOf(draft, context, { spelling: { words: ['Zorblex', 'gloopify'] } })).toEqual([])
    // Listed with a capital, a word must be written with it.
    const lower = letter('I built the zorblex pipeline.')
    expect(spellingOf(lower, context, { spelling: { words: ['Zorblex'] } })).toEqual([
      ['unknown-word', 'zorblex', offsetOf(lower, 'zorblex'), offsetOf(lower, 'zorblex') + 7],
    ])
    expect(
      findingsOf('unknown-word', lower, context, { spelling: { words: ['Zorblex'] } })[0]?.finding
        .expected?.[0],
    ).toBe('Zorblex')
  })

  it('checks British English with dialect en-GB', () => {
    const draft = letter('I loved the colour and the organisation of the programme.')
    expect(spellingOf(draft, context, { spelling: { dialect: 'en-GB' } })).toEqual([])
    const us = letter('I loved the color and the organization of the program.')
    const hits = findingsOf('unknown-word', us, context, { spelling: { dialect: 'en-GB' } })
    expect(hits.map((hit) => [hit.actual, hit.finding.expected?.[0]])).toEqual([
      ['color', 'colour'],
      ['organization', 'organisation'],
    ])
  })

  it('accepts an -ise form of an -ize word under en-GB, but not of size, seize or prize', () => {
    const draft = letter('We parallelised the jobs and are weaponising the tests, then downsised.')
    const gb = { spelling: { dialect: 'en-GB' as const } }
    expect(spellingOf(draft, context, gb)).toEqual([
      ['unknown-word', 'downsised', offsetOf(draft, 'downsised'), offsetOf(draft, 'downsised') + 9],
    ])
    const us = { spelling: { dialect: 'en-US' as const } }
    expect(spellingOf(draft, context, us).map(([, text]) => text)).toEqual([
      'parallelised',
      'weaponising',
      'downsised',
    ])
  })

  it('rejects a bad dialect, acronym setting or word, naming the option', () => {
    const lint = (spellingOptions: object) => () =>
      lintThankYou('Thank you.', {}, { spelling: spellingOptions as never })
    expect(lint({ dialect: 'en-AU' })).toThrow(/options\.spelling\.dialect/)
    expect(lint({ acronyms: 'warning' })).toThrow(/options\.spelling\.acronyms/)
    expect(lint({ words: ['two words'] })).toThrow(/options\.spelling\.words\[0\]/)
    expect(lint({ words: 'Zorblex' })).toThrow(/options\.spelling\.words/)
    expect(lint({ dictionary: 'en' })).toThrow(/options\.spelling/)
  })

  it('turns rules off through options.rules', () => {
    const draft = letter('I was glad to recieve your note from Quorvana.')
    expect(spellingOf(draft, context, { rules: { 'unknown-word': 'off', 'unknown-name': 'off' } })).toEqual(
      [],
    )
  })
})
