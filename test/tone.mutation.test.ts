// Tests the mutation run of the tone checker showed missing (npm run mutation -- tone): the
// wording of each message, the `actual` each finding carries, and the edges of the word tests.
import { describe, expect, it } from 'vitest'
import type { LintOptions, ThankYouContext } from '../src/types.js'
import { rowAt as at, findingRows, offsetOf } from './helpers.js'

const letter = (body: string, signOff = 'Best regards,') =>
  `Dear Ms. Okoro,\n\n${body}\n\n${signOff}\nJordan Lee`

/** Every tone finding, whole. */
const toneFindings = (draft: string, options?: LintOptions, context?: ThankYouContext) =>
  findingRows('tone', draft, context, options)

describe('tone messages say what is wrong and what to write', () => {
  it('for slang, casual phrases, profanity and pleading, with or without a replacement', () => {
    const draft = letter(
      'Thx for the chat lol. No biggie if the dates move. This crap was dumb, bitch. Please hire me.',
    )
    expect(toneFindings(draft)).toEqual([
      at(draft, 'slang', 'Thx', ['Thank you'], '"Thx" is slang or text-speak; write "Thank you"'),
      at(draft, 'slang', 'lol', [''], '"lol" is text-speak; delete it'),
      at(draft, 'slang', 'No biggie', [''], '"No biggie" is too casual for a hiring manager; delete it'),
      at(draft, 'profanity', 'crap', ['poor work'], '"crap" is profane or insulting; write "poor work"'),
      at(draft, 'profanity', 'dumb', ['unwise'], '"dumb" is profane or insulting; write "unwise"'),
      at(draft, 'profanity', 'bitch', [''], '"bitch" is profane or insulting; delete it'),
      at(
        draft,
        'desperate-tone',
        'Please hire me',
        ['I would welcome the chance to join the team'],
        '"Please hire me" sounds desperate or pushy; say it with composure, such as "I would welcome the chance to join the team"',
      ),
    ])
  })

  it('for a casual phrase with a replacement, capitalised like the original', () => {
    const draft = letter('You guys thx for the tour.')
    expect(toneFindings(draft)).toEqual([
      at(
        draft,
        'slang',
        'You guys',
        ['You and your team'],
        '"You guys" is too casual for a hiring manager; write "You and your team"',
      ),
      // The word right after a phrase is read on its own.
      at(draft, 'slang', 'thx', ['thank you'], '"thx" is slang or text-speak; write "thank you"'),
    ])
  })

  it('for needless apologies, and counts them among the apologies', () => {
    const draft = letter('Sorry for the long email. I apologize for my delay.')
    expect(toneFindings(draft)).toEqual([
      at(
        draft,
        'excessive-apology',
        'Sorry for the long email',
        [''],
        '"Sorry for the long email" apologises where nothing went wrong; delete it',
      ),
      at(
        draft,
        'excessive-apology',
        'apologize',
        ['Thank you for your patience'],
        'This is apology 2 in a short note, which reads as unsure of yourself; keep one and thank instead, such as "Thank you for your patience"',
      ),
    ])
  })

  it('for a needless apology with a replacement, and for a higher apology limit', () => {
    const draft = letter(
      'Sorry for being so nervous. I apologize for my delay. Sorry again. Pardon me for asking.',
    )
    expect(toneFindings(draft, { tone: { maxApologies: 2 } })).toEqual([
      at(
        draft,
        'excessive-apology',
        'Sorry for being so nervous',
        ['I enjoyed our conversation'],
        '"Sorry for being so nervous" apologises where nothing went wrong; write "I enjoyed our conversation"',
      ),
      at(
        draft,
        'excessive-apology',
        'Sorry',
        ['Thank you for your patience'],
        'This is apology 3 in a short note, which reads as unsure of yourself; keep at most 2 and thank instead, such as "Thank you for your patience"',
        1,
      ),
      at(
        draft,
        'excessive-apology',
        'Pardon me',
        ['Thank you for your patience'],
        'This is apology 4 in a short note, which reads as unsure of yourself; keep at most 2 and thank instead, such as "Thank you for your patience"',
      ),
    ])
  })

  it('for pay questions, complaints and capitals', () => {
    const draft = letter(
      'What is the salary range? I left because my boss was toxic. I am SO EXCITED, TRULY THRILLED. Thank you.  GREAT MEETING today.',
    )
    const salary = 'I look forward to hearing about the next steps.'
    const complaint = 'I am looking for a role where I can take on more responsibility.'
    expect(toneFindings(draft)).toEqual([
      at(
        draft,
        'salary-question',
        'What is the salary range?',
        [salary],
        `Pay, benefits and time off belong to the offer stage, not the thank-you note; end with "${salary}" instead`,
      ),
      at(
        draft,
        'employer-complaint',
        'I left because my boss was toxic.',
        [complaint],
        `Criticising a current or former employer reflects on you; say what you are looking for instead, such as "${complaint}"`,
      ),
      // A comma ends a run of capitals: two findings, each lower-cased mid-sentence.
      at(
        draft,
        'shouting',
        'SO EXCITED',
        ['so excited'],
        '"SO EXCITED" is in capitals, which reads as shouting; write "so excited"',
      ),
      at(
        draft,
        'shouting',
        'TRULY THRILLED',
        ['truly thrilled'],
        '"TRULY THRILLED" is in capitals, which reads as shouting; write "truly thrilled"',
      ),
      // Two spaces after a full stop still open a sentence, so the fix keeps its capital.
      at(
        draft,
        'shouting',
        'GREAT MEETING',
        ['Great meeting'],
        '"GREAT MEETING" is in capitals, which reads as shouting; write "Great meeting"',
      ),
    ])
  })

  it('for emoji, repeated marks and a casual sign-off', () => {
    const draft = letter('It was great :) ok!!', 'Cheers,')
    expect(toneFindings(draft)).toEqual([
      at(
        draft,
        'emoji',
        ':)',
        [''],
        'Delete ":)"; let the words carry the warmth, such as "I enjoyed our conversation"',
      ),
      at(
        draft,
        'repeated-punctuation',
        '!!',
        ['.', '!'],
        '"!!" is too emphatic for a professional note; use a single "."',
      ),
      at(
        draft,
        'casual-sign-off',
        'Cheers',
        ['Best regards', 'Kind regards', 'Sincerely'],
        '"Cheers" is a casual sign-off for a hiring manager; close with "Best regards," or "Kind regards,"',
      ),
    ])
  })
})

describe('tone edges', () => {
  it('keeps the capital of the pronoun I, and reads curly apostrophes in capitals', () => {
    const draft = letter("I'M THRILLED about the role. I DON’T doubt it.")
    expect(
      toneFindings(draft).map(([, actual, start, end, expected]) => [actual, start, end, expected]),
    ).toEqual([
      ["I'M THRILLED", offsetOf(draft, "I'M"), offsetOf(draft, "I'M") + 12, ["I'm thrilled"]],
      ['DON’T', offsetOf(draft, 'DON’T'), offsetOf(draft, 'DON’T') + 5, ['don’t']],
    ])
  })

  it('accepts acronyms given in lower case, and does not count apostrophes as letters', () => {
    // ACMECORP is long enough to shout; HADN'T has five letters, one short of the limit.
    const draft = letter("I liked ACMECORP and HADN'T seen such data before.")
    expect(toneFindings(draft, { tone: { acronyms: ['acmecorp'] } })).toEqual([])
    expect(toneFindings(draft).map(([ruleId, actual]) => [ruleId, actual])).toEqual([
      ['shouting', 'ACMECORP'],
    ])
  })

  it('reads a two-letter text-speak word only when it stands alone', () => {
    expect(toneFindings(letter('I read the ur-text and the web/u route notes.'))).toEqual([])
    const draft = letter('I read ur notes.')
    expect(toneFindings(draft)).toEqual([
      at(draft, 'slang', 'ur', ['your'], '"ur" is slang or text-speak; write "your"'),
    ])
  })

  it('does not read a pay term without a question as a pay question', () => {
    expect(toneFindings(letter('I noted the salary band in the posting.'))).toEqual([])
  })

  it('leaves emoticons and marks inside quotes and addresses, and finds them between addresses', () => {
    const draft = letter(
      'You said "great job :) really??" then see https://a.example/x and https://b.example/y then :) ok!!',
    )
    expect(toneFindings(draft).map(([ruleId, actual, start]) => [ruleId, actual, start])).toEqual([
      ['emoji', ':)', offsetOf(draft, ':)', 1)],
      ['repeated-punctuation', '!!', offsetOf(draft, '!!')],
    ])
  })
})
