import { describe, expect, it } from 'vitest'
import { analyseCoverage } from '../src/checks/coverage/analyse.js'
import { parseDocument } from '../src/document.js'
import { lintThankYou } from '../src/index.js'
import type { CoveragePoint, ThankYouContext } from '../src/types.js'
import { coverageContext as context, coverageLetter as letter } from './coverage-letter.js'
import { findingsOf, offsetOf } from './helpers.js'

const THANKS = 'Thank you for meeting with me on Tuesday.'
const INTEREST = 'The conversation left me even more eager to join Brightline.'
const CONTRIBUTION = "I'd bring the same discipline to your onboarding flow."
const SPECIFICS = 'You mentioned that the spring campaign moves to April.'
const ALL = `${THANKS} ${INTEREST} ${CONTRIBUTION} ${SPECIFICS}`

/** The text of a point's evidence, and its offsets. */
function evidenceOf(draft: string, point: CoveragePoint, ctx: ThankYouContext = context) {
  const { covered, evidence } = lintThankYou(draft, ctx).coverage[point]
  return {
    covered,
    text: evidence && draft.slice(evidence.start.offset, evidence.end.offset),
    start: evidence?.start.offset,
    end: evidence?.end.offset,
  }
}

describe('a letter that makes every point', () => {
  it('has no coverage finding and reports each point with the clause that carries it', () => {
    const draft = letter(ALL)
    expect(lintThankYou(draft, context).findings.filter((f) => f.checker === 'coverage')).toEqual([])
    for (const [point, sentence] of [
      ['appreciation', THANKS],
      ['interest', INTEREST],
      ['contribution', CONTRIBUTION],
      ['specifics', SPECIFICS],
    ] as const) {
      const start = offsetOf(draft, sentence)
      expect(evidenceOf(draft, point)).toEqual({
        covered: true,
        text: sentence,
        start,
        end: start + sentence.length,
      })
    }
  })
  it('reports line and column of the evidence', () => {
    const { evidence } = lintThankYou(letter(ALL), context).coverage.appreciation
    expect(evidence?.start).toEqual({ line: 3, column: 1, offset: 17 })
  })
  it('cuts the evidence at the clause: ", and …" starts a new one, without the "and"', () => {
    const draft = letter("Thank you for your time, and I'm excited to join Brightline.")
    expect(evidenceOf(draft, 'appreciation').text).toBe('Thank you for your time')
    expect(evidenceOf(draft, 'interest')).toMatchObject({
      text: "I'm excited to join Brightline.",
      start: offsetOf(draft, "I'm excited"),
      end: draft.indexOf('Brightline.') + 'Brightline.'.length,
    })
  })
})

describe('missing-appreciation', () => {
  it('flags a letter that never thanks, with a suggestion built from the context', () => {
    const [hit, ...rest] = findingsOf('missing-appreciation', letter(`${INTEREST} ${CONTRIBUTION}`), context)
    expect(rest).toEqual([])
    expect(hit?.start).toBeUndefined()
    expect(hit?.finding.severity).toBe('warning')
    expect(hit?.finding.message).toBe(
      'The letter never thanks Ms. Okoro for the interview; add a sentence such as "Thank you for taking the time to talk with me about the Marketing Coordinator role at Brightline Solutions."',
    )
  })
  it('flags thanks for something else, at that sentence', () => {
    const weak = 'Thanks for your patience with the scheduling.'
    const draft = letter(`${weak} ${INTEREST}`)
    const [hit] = findingsOf('missing-appreciation', draft, context)
    expect(hit).toMatchObject({
      actual: weak,
      start: offsetOf(draft, weak),
      end: offsetOf(draft, weak) + weak.length,
    })
    expect(hit?.finding.message).toMatch(/^This thanks Ms\. Okoro for something other than the interview/)
  })
  it('flags a request phrased with "appreciate" and thanks in advance', () => {
    const request = 'I would appreciate any feedback on my portfolio.'
    const draft = letter(`${request} Thanks in advance for your reply.`)
    const [hit, ...rest] = findingsOf('missing-appreciation', draft, context)
    expect(rest).toEqual([])
    expect(hit).toMatchObject({ actual: request, start: offsetOf(draft, request) })
    expect(hit?.finding.message).toMatch(/^This asks a favour or thanks in advance/)
  })
  it('does not count thanks in the subject line or the sign-off', () => {
    const draft = `Subject: Thank you for the interview\n\n${letter(INTEREST).replace('Best regards', 'Thanks')}`
    expect(findingsOf('missing-appreciation', draft, context)).toHaveLength(1)
  })
  it.each([
    "I'm grateful for the time you spent with me.",
    'It was a pleasure to talk with you.',
    'I really enjoyed our conversation on Monday.',
    'Thanks for your patience with the scheduling, and thank you for your time.',
  ])('accepts "%s"', (body) => {
    expect(findingsOf('missing-appreciation', letter(body), context)).toEqual([])
  })
  it('prefers thanks for the interview over bare thanks as evidence', () => {
    const draft = letter('Thanks again! I am grateful for the chance to meet the team.')
    expect(evidenceOf(draft, 'appreciation').text).toBe('I am grateful for the chance to meet the team.')
  })
})

describe('missing-interest', () => {
  it('flags a letter that never says the candidate wants the job', () => {
    const [hit] = findingsOf(
      'missing-interest',
      letter(`${THANKS} I look forward to hearing from you.`),
      context,
    )
    expect(hit?.start).toBeUndefined()
    expect(hit?.finding.message).toBe(
      'The letter never says you want the Marketing Coordinator role at Brightline Solutions; add a sentence such as "Our conversation made me even more excited to join Brightline Solutions."',
    )
  })
  it('flags negated interest at its clause', () => {
    const doubt = "I'm not sure the role is right for me."
    const draft = letter(`${THANKS} ${doubt}`)
    const [hit] = findingsOf('missing-interest', draft, context)
    expect(hit).toMatchObject({
      actual: doubt,
      start: offsetOf(draft, doubt),
      end: offsetOf(draft, doubt) + doubt.length,
    })
    expect(hit?.finding.message).toMatch(
      /^This sentence casts doubt on whether you want the Marketing Coordinator role/,
    )
  })
  it('flags conditional interest', () => {
    const condition = 'If the salary can be adjusted, I would be keen to join.'
    const draft = letter(condition)
    const [hit] = findingsOf('missing-interest', draft, context)
    expect(hit).toMatchObject({ actual: condition, start: offsetOf(draft, condition) })
    expect(hit?.finding.message).toMatch(/makes your interest conditional/)
  })
  it('lets a negation in another clause be', () => {
    const draft = letter("I had never used HubSpot before, but I'm eager to join Brightline.")
    expect(findingsOf('missing-interest', draft, context)).toEqual([])
    expect(evidenceOf(draft, 'interest').text).toBe("I'm eager to join Brightline.")
  })
  it("does not take what someone else is excited about for the candidate's interest", () => {
    expect(
      findingsOf('missing-interest', letter('Your team seemed excited about the launch.'), context),
    ).toHaveLength(1)
  })
  it('takes only the head noun of the position for the role', () => {
    const site = { ...context, position: 'Site Manager' }
    expect(findingsOf('missing-interest', letter('I am excited about the new site.'), site)).toHaveLength(1)
    expect(findingsOf('missing-interest', letter('I am excited to be your Site Manager.'), site)).toEqual([])
  })
  it.each([
    'This is exactly the kind of team I want to be part of.',
    "I can't wait to get started.",
    'I remain very interested in the Marketing Coordinator position.',
  ])('accepts "%s"', (body) => {
    expect(findingsOf('missing-interest', letter(body), context)).toEqual([])
  })
})

describe('missing-contribution', () => {
  it('flags a letter that never says what the candidate would bring', () => {
    const [hit] = findingsOf('missing-contribution', letter(`${THANKS} ${INTEREST}`), context)
    expect(hit?.start).toBeUndefined()
    expect(hit?.finding.message).toBe(
      'The letter never says how you would help Brightline Solutions; link one of your strengths to the Marketing Coordinator role, such as "My experience with … would help your team with …"',
    )
  })
  it('names the first topic when there are topics', () => {
    const [hit] = findingsOf('missing-contribution', letter(THANKS), {
      ...context,
      topics: ['welcome emails'],
    })
    expect(hit?.finding.message).toContain('link one of your strengths to "welcome emails"')
  })
  it('points at a claim about the past that has no link to the company', () => {
    const past = 'At Fairway I cut onboarding time by a third.'
    const draft = letter(`${THANKS} ${past}`)
    const [hit] = findingsOf('missing-contribution', draft, context)
    expect(hit).toMatchObject({
      actual: past,
      start: offsetOf(draft, past),
      end: offsetOf(draft, past) + past.length,
    })
    expect(hit?.finding.message).toMatch(
      /^This says what you did before, not what you would do at Brightline Solutions/,
    )
  })
  it('flags a contribution the letter denies', () => {
    const denial = "I don't think I could add much to the team yet."
    const draft = letter(denial)
    expect(findingsOf('missing-contribution', draft, context)[0]).toMatchObject({
      actual: denial,
      start: offsetOf(draft, denial),
    })
  })
  it.each([
    'I would be a great fit.',
    'I would like to take this opportunity to thank you.',
    'I can start on Monday.',
  ])('does not take "%s" for a contribution', (body) => {
    expect(findingsOf('missing-contribution', letter(body), context)).toHaveLength(1)
  })
  it.each([
    'My five years running night shifts means I could take ownership of weekend staffing.',
    'I can help your team grow its newsletter audience.',
    'If hired, I would start by auditing the campaign calendar.',
    'I can manage budgets.',
  ])('accepts "%s"', (body) => {
    expect(findingsOf('missing-contribution', letter(body), context)).toEqual([])
  })
})

describe('missing-specifics', () => {
  const topics = { ...context, topics: ['spring campaign launch', 'customer onboarding emails'] }
  it('with topics, asks for one of them', () => {
    const [hit] = findingsOf('missing-specifics', letter(`${THANKS} ${INTEREST}`), topics)
    expect(hit?.start).toBeUndefined()
    expect(hit?.finding.message).toBe(
      'The letter mentions nothing you discussed; refer to "spring campaign launch" or "customer onboarding emails", so the note could only have been written after this interview',
    )
  })
  it('with topics, finds a topic by its key words in another form, and gives its sentence', () => {
    const mention = 'Launching a campaign every spring sounds intense!'
    const draft = letter(`${THANKS} ${mention}`)
    expect(findingsOf('missing-specifics', draft, topics)).toEqual([])
    expect(evidenceOf(draft, 'specifics', topics)).toEqual({
      covered: true,
      text: mention,
      start: offsetOf(draft, mention),
      end: offsetOf(draft, mention) + mention.length,
    })
  })
  it('with topics, one generic word of a topic is not enough', () => {
    expect(findingsOf('missing-specifics', letter('Your customers are lucky.'), topics)).toHaveLength(1)
  })
  it('with topics, says when the letter refers to something else from the interview', () => {
    const other = 'You mentioned the office move to Leeds next year.'
    const draft = letter(other)
    const [hit] = findingsOf('missing-specifics', draft, topics)
    expect(hit).toMatchObject({ actual: other, start: offsetOf(draft, other) })
    expect(hit?.finding.message).toMatch(/^This refers to the interview but to none of the topics you listed/)
  })
  it('without topics, wants a reference to the conversation that says what was discussed', () => {
    const vague = 'I enjoyed our conversation about the role.'
    const draft = letter(`${vague} ${INTEREST}`)
    const [hit] = findingsOf('missing-specifics', draft, context)
    expect(hit).toMatchObject({
      actual: vague,
      start: offsetOf(draft, vague),
      end: offsetOf(draft, vague) + vague.length,
    })
    expect(hit?.finding.message).toBe(
      'This mentions the conversation but not what was said; name one thing you discussed with Ms. Okoro, such as "When we discussed …, I …"',
    )
  })
  it('without topics, accepts "your point about …" with content', () => {
    const point = 'Your point about measuring open rates by segment was spot on.'
    const draft = letter(point)
    expect(findingsOf('missing-specifics', draft, context)).toEqual([])
    expect(evidenceOf(draft, 'specifics')).toMatchObject({ text: point, start: offsetOf(draft, point) })
  })
  it('in template mode, a {{topic}} slot is a topic', () => {
    const draft = letter('I keep thinking about {{topic}}.')
    expect(findingsOf('missing-specifics', draft, topics, { template: true })).toEqual([])
    const { evidence } = lintThankYou(draft, topics, { template: true }).coverage.specifics
    expect(evidence?.start.offset).toBe(offsetOf(draft, 'I keep'))
    expect(lintThankYou(draft, topics).coverage.specifics.covered).toBe(false)
  })
})

describe('the coverage checker', () => {
  // Issue 19, item 9: a blank draft is one empty-draft finding; coverage reports nothing.
  it('reports nothing on an empty draft', () => {
    expect(lintThankYou('  \n', context).findings.map((finding) => finding.ruleId)).toEqual(['empty-draft'])
  })
  it('still reports coverage when its rules are off', () => {
    const report = lintThankYou(letter(THANKS), context, { rules: { 'missing-interest': 'off' } })
    expect(report.findings.map((f) => f.ruleId)).not.toContain('missing-interest')
    expect(report.findings.map((f) => f.ruleId)).toContain('missing-contribution')
    expect(report.coverage.appreciation.covered).toBe(true)
  })
  it('reports nothing covered when the checker is off', () => {
    const report = lintThankYou(letter(ALL), context, { checkers: { coverage: false } })
    expect(report.coverage.appreciation).toEqual({ covered: false })
    expect(report.findings.filter((f) => f.checker === 'coverage')).toEqual([])
  })
  it('analyses a document once for check and coverage', () => {
    const document = parseDocument(letter(ALL))
    expect(analyseCoverage(document, context, false)).toBe(analyseCoverage(document, context, false))
  })
  it('uses the panel and plain fallbacks when the context says little', () => {
    const panel = { interviewers: [{ name: 'Ann Lee' }, { name: 'Bo Chen' }] }
    expect(findingsOf('missing-appreciation', letter(INTEREST), panel)[0]?.finding.message).toBe(
      'The letter never thanks the panel for the interview; add a sentence such as "Thank you for taking the time to talk with me about the role."',
    )
    expect(findingsOf('missing-interest', letter(THANKS))[0]?.finding.message).toBe(
      'The letter never says you want the role; add a sentence such as "Our conversation made me even more excited to join the company."',
    )
  })
})
