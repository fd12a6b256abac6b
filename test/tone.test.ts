import { describe, expect, it } from 'vitest'
import type { LintOptions, ThankYouContext } from '../src/types.js'
import { findingsOf, offsetOf } from './helpers.js'

const letter = (body: string, signOff = 'Best regards,') =>
  `Dear Ms. Okoro,\n\n${body}\n\n${signOff}\nJordan Lee`

/** The findings of `ruleId` as `[flagged text, start, end, expected]`. */
function hits(ruleId: string, draft: string, context?: ThankYouContext, options?: LintOptions) {
  return findingsOf(ruleId, draft, context, options).map((hit) => [
    hit.actual,
    hit.start,
    hit.end,
    hit.finding.expected,
  ])
}

/** `[needle, expected]` → what `hits` returns for a single occurrence of `needle` in `draft`. */
function at(draft: string, needle: string, expected: string[], occurrence = 0) {
  const start = offsetOf(draft, needle, occurrence)
  return [needle, start, start + needle.length, expected]
}

const plain =
  'Thank you for meeting with me on Tuesday about the Marketing Coordinator role. I enjoyed hearing how your team plans the spring campaign.'

describe('slang', () => {
  it('flags text-speak words with their replacement, keeping a capital', () => {
    const draft = letter('Thx for the chat, it was gonna be hard to top. I think u would like my portfolio.')
    expect(hits('slang', draft)).toEqual([
      at(draft, 'Thx', ['Thank you']),
      at(draft, 'gonna', ['going to']),
      at(draft, 'u', ['you']),
    ])
  })
  it('flags casual phrases as one finding rather than word by word', () => {
    const draft = letter("I am super pumped about the role and can't wait to meet you guys again.")
    expect(hits('slang', draft)).toEqual([
      at(draft, 'super pumped', ['very excited']),
      at(draft, "can't wait", ['look forward']),
      at(draft, 'you guys', ['you and your team']),
    ])
  })
  it('leaves out a full stop the tokenizer keeps with a one-letter word', () => {
    const draft = letter('It was great to see u. Thanks again for the tour.')
    expect(hits('slang', draft)).toEqual([at(draft, 'u', ['you'])])
  })
  it('offers deletion for fillers like "lol"', () => {
    const draft = letter('The case study was tough lol.')
    expect(hits('slang', draft)).toEqual([at(draft, 'lol', [''])])
  })
  it('leaves proper nouns, standard phrases, addresses and joined letters alone', () => {
    const draft = letter(
      'I wrote about the gig economy for Super Bowl ads at Cool Blue Media, led our R&D and u-boat exhibit, and you can see it at www.example.com/u/thx.',
    )
    expect(hits('slang', draft)).toEqual([])
  })
  it('does not flag names from the context', () => {
    const draft = letter(`${plain} Please pass my thanks to Ty as well.`)
    expect(hits('slang', draft, { interviewers: [{ name: 'ty Brooks' }] })).toEqual([])
  })
  it('does not flag a plain professional letter', () => {
    expect(hits('slang', letter(plain))).toEqual([])
  })
})

describe('emoji', () => {
  it('flags emoji, with skin tones and joiners kept together, and emoticons', () => {
    const draft = letter('Thank you again 😊 I loved the office 👍🏽 and the team 👩‍💻. See you soon :)')
    expect(hits('emoji', draft)).toEqual([
      at(draft, '😊', ['']),
      at(draft, '👍🏽', ['']),
      at(draft, '👩‍💻', ['']),
      at(draft, ':)', ['']),
    ])
  })
  it('flags a text-style symbol only with the emoji selector', () => {
    const draft = letter('I ❤️ the mission. The move ☐ is done, © 2026.')
    expect(hits('emoji', draft)).toEqual([at(draft, '❤️', [''])])
  })
  it('leaves times, lists and addresses alone', () => {
    const draft = letter(
      `${plain} We met at 10:30 (room B:D). Notes: (a) budget; see https://example.com/:p.`,
    )
    expect(hits('emoji', draft)).toEqual([])
  })
})

describe('repeated-punctuation', () => {
  it('flags runs of exclamation and question marks', () => {
    const draft = letter('Thank you so much!!! When will I hear back?? Really?!')
    expect(hits('repeated-punctuation', draft)).toEqual([
      at(draft, '!!!', ['.', '!']),
      at(draft, '??', ['?']),
      at(draft, '?!', ['?']),
    ])
  })
  it('accepts a single mark', () => {
    expect(
      hits('repeated-punctuation', letter(`${plain} It was a pleasure! Would Friday suit you?`)),
    ).toEqual([])
  })
})

describe('shouting', () => {
  it('flags a run of capitals as one finding, keeping acronyms and the capital that opens a sentence', () => {
    const draft = letter('THANK YOU SO MUCH for the tour. I REALLY want to join the IT team.')
    expect(hits('shouting', draft)).toEqual([
      at(draft, 'THANK YOU SO MUCH', ['Thank you so much']),
      at(draft, 'REALLY', ['really']),
    ])
  })
  it('flags long capitalised words and the subject line', () => {
    const draft = `Subject: THANK YOU FOR THE INTERVIEW\n\n${letter('The project sounds AMAZING.')}`
    expect(hits('shouting', draft)).toEqual([
      at(draft, 'THANK YOU FOR THE INTERVIEW', ['Thank you for the interview']),
      at(draft, 'AMAZING', ['amazing']),
    ])
  })
  it('accepts acronyms, known names, context names and options.tone.acronyms', () => {
    const draft = letter(
      'I have used SQL, AWS and HIPAA rules at NASDAQ and NVIDIA, and I followed FINRA and ACMEBANK guidance in the UX work.',
    )
    expect(
      hits('shouting', draft, { company: { name: 'ACMEBANK' } }, { tone: { acronyms: ['finra'] } }),
    ).toEqual([])
  })
  it('leaves the signature alone', () => {
    expect(hits('shouting', `${letter(plain).replace('Jordan Lee', 'JORDAN LEE')}`)).toEqual([])
  })
  it('reads short capitals joined by a hyphen as acronyms, and a long capitalised part as shouting', () => {
    expect(hits('shouting', letter('I hold the NASM-CPT and ACE-GFI, and kept our COVID-19 logs.'))).toEqual(
      [],
    )
    const draft = letter('The team was SUPER-HELPFUL today.')
    expect(hits('shouting', draft)).toEqual([at(draft, 'SUPER-HELPFUL', ['super-helpful'])])
  })
})

describe('desperate-tone', () => {
  it('flags pleading and pushy lines with a composed alternative', () => {
    const draft = letter(
      "I really need this job. Please hire me. I'll call you every day until I hear back. When can I start?",
    )
    expect(hits('desperate-tone', draft)).toEqual([
      at(draft, 'I really need this job', ['I am very interested in this role']),
      at(draft, 'Please hire me', ['I would welcome the chance to join the team']),
      at(draft, "I'll call you every day", ['I will follow up next week if I have not heard back']),
      at(draft, 'When can I start', ['I look forward to hearing about the next steps']),
    ])
  })
  it('flags curly apostrophes and other wordings', () => {
    const draft = letter('You won’t regret hiring me. I’m desperate for this role.')
    expect(hits('desperate-tone', draft).map((hit) => hit[0])).toEqual([
      'You won’t regret hiring me',
      'I’m desperate',
    ])
  })
  it('accepts confident, professional interest', () => {
    const draft = letter(
      `${plain} I need the right team to grow, and I am confident this role is a strong fit. I will follow up next week if I have not heard back.`,
    )
    expect(hits('desperate-tone', draft)).toEqual([])
  })
})

describe('salary-question', () => {
  it('flags a sentence that asks about pay, benefits or time off', () => {
    const ask = 'Could you tell me the salary range for the role?'
    const vacation = 'I was also wondering how many vacation days the team gets.'
    const draft = letter(`${plain} ${ask} ${vacation}`)
    expect(hits('salary-question', draft)).toEqual([
      at(draft, ask, ['I look forward to hearing about the next steps.']),
      at(draft, vacation, ['I look forward to hearing about the next steps.']),
    ])
  })
  it('flags a money figure with an expectation', () => {
    const sentence = 'I would expect at least $85,000 to start.'
    const draft = letter(`${plain} ${sentence}`)
    expect(hits('salary-question', draft)).toEqual([
      at(draft, sentence, ['I look forward to hearing about the next steps.']),
    ])
  })
  it('accepts thanks for explaining the benefits, and other senses of the words', () => {
    const draft = letter(
      `${plain} Thank you for walking me through the benefits package. I would like to discuss the benefits of automated testing. What is the best way to send my portfolio?`,
    )
    expect(hits('salary-question', draft)).toEqual([])
  })
})

describe('employer-complaint', () => {
  it('flags criticism of a current or former employer', () => {
    const boss = 'My current boss is incompetent and never listens.'
    const job = 'I hate my job.'
    const draft = letter(`${plain} ${boss} ${job}`)
    expect(hits('employer-complaint', draft)).toEqual([
      at(draft, boss, ['I am looking for a role where I can take on more responsibility.']),
      at(draft, job, ['I am looking for a role where I can take on more responsibility.']),
    ])
  })
  it('flags complaints that name the employer in one phrase', () => {
    const sentence = "They don't value anyone there, so I need a change."
    const draft = letter(`${plain} ${sentence}`)
    expect(hits('employer-complaint', draft).map((hit) => hit[0])).toEqual([sentence])
  })
  it('accepts problem-solving about a current role and kind words about leaving', () => {
    const draft = letter(
      `${plain} At my current company I turned a chaotic release process into a weekly rhythm. I would hate to leave my current team without a handover, so I plan a month of notice.`,
    )
    expect(hits('employer-complaint', draft)).toEqual([])
  })
})

describe('excessive-apology', () => {
  it('accepts one apology and flags each one after it', () => {
    const draft = letter(
      'I apologize for the delay in writing. Sorry again for the mix-up. I am sorry I missed your call.',
    )
    expect(hits('excessive-apology', draft)).toEqual([
      at(draft, 'Sorry', ['Thank you for your patience']),
      at(draft, 'sorry', ['Thank you for your patience']),
    ])
  })
  it('flags an apology for nothing, even alone', () => {
    const draft = letter(`${plain} Sorry to bother you with another email.`)
    expect(hits('excessive-apology', draft)).toEqual([
      at(draft, 'Sorry to bother you', ['Thank you for your time']),
    ])
  })
  it('follows options.tone.maxApologies', () => {
    const draft = letter('I apologize for the delay. Sorry again for the mix-up.')
    expect(hits('excessive-apology', draft, undefined, { tone: { maxApologies: 2 } })).toEqual([])
  })
})

describe('profanity', () => {
  it('flags profanity and insults, offering a replacement where one exists', () => {
    const draft = letter(
      'The old process was crap and my last manager was an idiot. This damn role is perfect.',
    )
    expect(hits('profanity', draft)).toEqual([
      at(draft, 'crap', ['poor work']),
      at(draft, 'idiot', ['']),
      at(draft, 'damn', ['']),
    ])
  })
  it('accepts ordinary words that word lists rate as risky, and names', () => {
    const draft = letter(
      `${plain} I support our welfare programme, assess the data, and worked with Dick Fosbury on master and slave databases.`,
    )
    expect(hits('profanity', draft)).toEqual([])
  })
})

describe('casual-sign-off', () => {
  it('notes a casual sign-off as info with formal alternatives', () => {
    const draft = letter(plain, 'Cheers,')
    const [hit, ...rest] = findingsOf('casual-sign-off', draft)
    expect(rest).toEqual([])
    expect([hit?.actual, hit?.start, hit?.end]).toEqual([
      'Cheers',
      offsetOf(draft, 'Cheers'),
      offsetOf(draft, 'Cheers') + 6,
    ])
    expect(hit?.finding.severity).toBe('info')
    expect(hit?.finding.expected).toEqual(['Best regards', 'Kind regards', 'Sincerely'])
  })
  it('accepts formal sign-offs', () => {
    for (const signOff of ['Best regards,', 'Thank you,', 'Sincerely,', 'Kind regards,']) {
      expect(findingsOf('casual-sign-off', letter(plain, signOff))).toEqual([])
    }
  })
})

describe('tone on a professional letter', () => {
  it('finds nothing', () => {
    const draft = `Subject: Thank you – Marketing Coordinator interview

Dear Ms. Okoro,

Thank you for taking the time to meet with me on Thursday. I enjoyed learning how your team plans the spring campaign, and I appreciated your candid view of the challenges of launching across four regions.

Our conversation confirmed my interest in the role. At Harbor & Finch I run a content calendar for twelve product lines with design, sales and legal, and I cut review cycles from ten days to four. I would welcome the chance to bring that discipline to Brightline.

Please let me know if I can provide writing samples or references. I look forward to hearing about the next steps.

Best regards,
Jordan Lee`
    const report = findingsOf('slang', draft)
    expect(report).toEqual([])
    for (const rule of [
      'emoji',
      'repeated-punctuation',
      'shouting',
      'desperate-tone',
      'salary-question',
      'employer-complaint',
      'excessive-apology',
      'profanity',
      'casual-sign-off',
    ]) {
      expect(findingsOf(rule, draft)).toEqual([])
    }
  })
})
