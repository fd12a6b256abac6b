// Tests the mutation run of the coverage checker showed missing (npm run mutation -- coverage):
// the whole wording of every message, each reason a point is not covered, and how the context's
// names, trimmed, read in a message.
import { describe, expect, it } from 'vitest'
import { expandWord } from '../src/checks/coverage/analyse.js'
import { lintThankYou } from '../src/index.js'
import type { ThankYouContext } from '../src/types.js'
import { offsetOf } from './helpers.js'

const context: ThankYouContext = {
  interviewers: [{ name: 'Dana Okoro', honorific: 'Ms.' }],
  company: { name: 'Brightline Solutions', aliases: ['Brightline'] },
  position: 'Marketing Coordinator',
}

const letter = (body: string, greeting = 'Dear Ms. Okoro,') =>
  `${greeting}\n\n${body}\n\nBest regards,\nJordan Lee`

/** Every coverage finding as `[ruleId, actual, start, message]`. */
function coverageFindings(draft: string, ctx?: ThankYouContext) {
  return lintThankYou(draft, ctx)
    .findings.filter((finding) => finding.checker === 'coverage')
    .map((finding) => [finding.ruleId, finding.actual, finding.position?.start.offset, finding.message])
}

const CONTRIBUTION_EXAMPLE = '"My experience with … would help your team with …"'
const INTEREST_EXAMPLE = '"Our conversation made me even more excited to join Brightline Solutions."'
const ROLE_EXAMPLE =
  '"Thank you for taking the time to talk with me about the Marketing Coordinator role at Brightline Solutions."'

describe('coverage messages', () => {
  it('for thanks for something else, and for every point left out', () => {
    const weak = 'Thanks for your patience with the scheduling.'
    const draft = letter(`${weak} I would appreciate any feedback on my portfolio.`)
    expect(coverageFindings(draft, context)).toEqual([
      [
        'missing-contribution',
        undefined,
        undefined,
        `The letter never says how you would help Brightline Solutions; link one of your strengths to the Marketing Coordinator role, such as ${CONTRIBUTION_EXAMPLE}`,
      ],
      [
        'missing-interest',
        undefined,
        undefined,
        `The letter never says you want the Marketing Coordinator role at Brightline Solutions; add a sentence such as ${INTEREST_EXAMPLE}`,
      ],
      [
        'missing-specifics',
        undefined,
        undefined,
        'The letter mentions nothing you discussed; refer to one thing Ms. Okoro said, such as "When you mentioned …, I …", so it does not read as a template',
      ],
      [
        'missing-appreciation',
        weak,
        offsetOf(draft, weak),
        `This thanks Ms. Okoro for something other than the interview; also thank them for their time and the conversation, such as ${ROLE_EXAMPLE}`,
      ],
    ])
  })

  it('for a request, doubted interest and a denied contribution', () => {
    const request = 'I would appreciate any feedback on my portfolio.'
    const doubt = "I'm not sure I want to join Brightline."
    const denial = "I don't think I could add much to the team yet."
    const draft = letter(`${request} ${doubt} ${denial}`)
    const byRule = new Map(coverageFindings(draft, context).map((finding) => [finding[0], finding]))
    expect(byRule.get('missing-appreciation')).toEqual([
      'missing-appreciation',
      request,
      offsetOf(draft, request),
      `This asks a favour or thanks in advance; also thank Ms. Okoro for the interview itself, such as ${ROLE_EXAMPLE}`,
    ])
    expect(byRule.get('missing-interest')).toEqual([
      'missing-interest',
      doubt,
      offsetOf(draft, doubt),
      `This sentence casts doubt on whether you want the Marketing Coordinator role; if you do, say so plainly, such as ${INTEREST_EXAMPLE}`,
    ])
    expect(byRule.get('missing-contribution')).toEqual([
      'missing-contribution',
      denial,
      offsetOf(draft, denial),
      `This sentence doubts what you could contribute; say what you would bring to Brightline Solutions instead, such as ${CONTRIBUTION_EXAMPLE}`,
    ])
  })

  it('for conditional interest and a contribution told in the past', () => {
    const hedged = "I'd be excited to join Brightline if the salary works."
    const past = 'At Fairway I cut onboarding time by a third.'
    const draft = letter(`Thank you for your time. ${hedged} ${past}`)
    const byRule = new Map(coverageFindings(draft, context).map((finding) => [finding[0], finding]))
    expect(byRule.get('missing-interest')).toEqual([
      'missing-interest',
      hedged,
      offsetOf(draft, hedged),
      `This sentence makes your interest conditional; say plainly that you want the Marketing Coordinator role, such as ${INTEREST_EXAMPLE}, and raise conditions when an offer comes`,
    ])
    expect(byRule.get('missing-contribution')).toEqual([
      'missing-contribution',
      past,
      offsetOf(draft, past),
      'This says what you did before, not what you would do at Brightline Solutions; link it to them, such as "…, and I would bring the same approach to your team."',
    ])
  })
})

describe('the context in coverage messages', () => {
  it('trims names, calls an interviewer without honorific by first name and lists three topics', () => {
    const draft = letter('It was good.', 'Dear Dana,')
    const messy: ThankYouContext = {
      interviewers: [{ name: '  Dana   Okoro ' }],
      company: { name: ' Acme ' },
      position: ' Analyst ',
      topics: [' a b ', 'b c', 'c d', 'd e'],
    }
    expect(coverageFindings(draft, messy).map((finding) => finding[3])).toEqual([
      'The letter never thanks Dana for the interview; add a sentence such as "Thank you for taking the time to talk with me about the Analyst role at Acme."',
      'The letter never says how you would help Acme; link one of your strengths to "a b", such as "My experience with … would help your team with …"',
      'The letter never says you want the Analyst role at Acme; add a sentence such as "Our conversation made me even more excited to join Acme."',
      'The letter mentions nothing you discussed; refer to "a b" or "b c" or "c d", so the note could only have been written after this interview',
    ])
  })

  it('falls back to the company and the role when the context names neither', () => {
    const other = 'You mentioned the office move to Leeds next year.'
    const draft = letter(`Thank you for your time. ${other}`)
    const ctx: ThankYouContext = {
      interviewers: [{ name: 'Dana Okoro', honorific: 'Ms.' }],
      topics: ['spring launch'],
    }
    expect(coverageFindings(draft, ctx)).toEqual([
      [
        'missing-contribution',
        undefined,
        undefined,
        'The letter never says how you would help the company; link one of your strengths to "spring launch", such as "My experience with … would help your team with …"',
      ],
      [
        'missing-interest',
        undefined,
        undefined,
        'The letter never says you want the role; add a sentence such as "Our conversation made me even more excited to join the company."',
      ],
      [
        'missing-specifics',
        other,
        offsetOf(draft, other),
        'This refers to the interview but to none of the topics you listed; also mention "spring launch"',
      ],
    ])
  })
})

describe('expandWord', () => {
  it.each([
    ["I'd", ['i', 'would']],
    ["can't", ['can', 'not']],
    ['Cannot', ['can', 'not']],
    ["won't", ['will', 'not']],
    ["ain't", ['is', 'not']],
    ["don't", ['do', 'not']],
    ["Dana's", ['dana']],
    ["let's", ['let', 'us']],
    ["it's", ['it', 'is']],
    ["teams'", ['teams']],
    ["I'm", ['i', 'am']],
    ["we're", ['we', 'are']],
    ["they've", ['they', 'have']],
    ["you'll", ['you', 'will']],
    ['Zoë', ['zoe']],
    ['end.', ['end']],
    ["n't", ["n't"]],
    ["'s", ["'s"]],
  ])('reads %s as %j', (word, forms) => {
    expect(expandWord(word)).toEqual(forms)
  })
})

describe('clauses where the tokenizer missed a sentence end', () => {
  const bring = 'I would bring my budgeting skills to your team.'
  const evidence = (body: string) => {
    const draft = letter(`Thank you for your time. ${body}`)
    const found = lintThankYou(draft, { company: { name: 'Brightline' }, position: 'Analyst' }).coverage
      .contribution.evidence
    return found && draft.slice(found.start.offset, found.end.offset)
  }
  it('ends a sentence after a lowercase word with a full stop, one space or two', () => {
    expect(evidence(`I was proud to work in. ${bring}`)).toBe(bring)
    expect(evidence(`I was proud to work in.  ${bring}`)).toBe(bring)
  })
  it('does not end one after a kept abbreviation or a title', () => {
    expect(evidence(`I use reports, charts etc. ${bring}`)).toBe(`I use reports, charts etc. ${bring}`)
    expect(evidence(`I met Dr. Okoro and ${bring}`)).toBe(`I met Dr. Okoro and ${bring}`)
  })
})
