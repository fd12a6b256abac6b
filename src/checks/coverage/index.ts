import { defineChecker, type Issue } from '../../checker.js'
import type { ThankYouDocument } from '../../document.js'
import type { CoveragePoint, CoverageReport, ThankYouContext } from '../../types.js'
import { analyseCoverage, type CoverageAnalysis, type PointAnalysis } from './analyse.js'

const POINTS: readonly CoveragePoint[] = ['appreciation', 'interest', 'contribution', 'specifics']

const RULE_IDS: Readonly<Record<CoveragePoint, string>> = {
  appreciation: 'missing-appreciation',
  interest: 'missing-interest',
  contribution: 'missing-contribution',
  specifics: 'missing-specifics',
}

/**
 * The three points a thank-you note makes (appreciation, interest, contribution) and a detail from
 * the interview. Each missing one is a warning that says what to add, in the context's words.
 */
export const coverage = defineChecker({
  name: 'coverage',
  defaults: {},
  rules: [
    {
      id: 'missing-appreciation',
      defaultSeverity: 'warning',
      description:
        'The letter never thanks the interviewer for the interview, their time or the opportunity.',
    },
    {
      id: 'missing-interest',
      defaultSeverity: 'warning',
      description: 'The letter never says the candidate wants this role at this company.',
    },
    {
      id: 'missing-contribution',
      defaultSeverity: 'warning',
      description: 'The letter never says what the candidate would bring to the company.',
    },
    {
      id: 'missing-specifics',
      defaultSeverity: 'warning',
      description: 'The letter mentions nothing that was discussed in the interview.',
    },
  ],
  check(document, environment) {
    if (document.text.trim() === '') return []
    const analysis = analyseCoverage(document, environment.context, environment.template)
    const issues: Issue[] = []
    for (const point of POINTS) {
      const result = analysis[point]
      if (result.covered || !environment.isRuleEnabled(RULE_IDS[point])) continue
      issues.push(missingPoint(point, result, document, environment.context))
    }
    return issues
  },
  coverage(document, environment) {
    return toReport(document, analyseCoverage(document, environment.context, environment.template))
  },
})

function toReport(document: ThankYouDocument, analysis: CoverageAnalysis): CoverageReport {
  const report = {} as CoverageReport
  for (const point of POINTS) {
    const { covered, evidence } = analysis[point]
    report[point] = evidence ? { covered, evidence: document.position(evidence) } : { covered }
  }
  return report
}

function missingPoint(
  point: CoveragePoint,
  result: PointAnalysis,
  document: ThankYouDocument,
  context: ThankYouContext,
): Issue {
  const near = result.nearMiss
  const issue: Issue = { ruleId: RULE_IDS[point], message: MESSAGES[point](words(context), near?.reason) }
  if (near) {
    issue.span = near.span
    issue.actual = document.slice(near.span)
  }
  return issue
}

/** The context's names as a message uses them, with fallbacks that read naturally. */
interface MessageWords {
  /** `Ms. Okoro`, `Dana`, `the panel`, `the interviewer`. */
  who: string
  /** `Brightline Solutions` or `the company`. */
  company: string
  /** `the Marketing Coordinator role` or `the role`. */
  role: string
  /** `the Marketing Coordinator role at Brightline Solutions`, as far as the context says. */
  roleAt: string
  /** `"spring campaign launch" or "customer onboarding emails"`, when there are topics. */
  topics?: string
  /** What a contribution should be about: the first topic, quoted, or the role. */
  focus: string
}

function words(context: ThankYouContext): MessageWords {
  const interviewers = context.interviewers ?? []
  const company = context.company?.name.trim()
  const position = context.position?.trim()
  const topics = (context.topics ?? []).map((topic) => topic.trim()).filter((topic) => topic !== '')
  const role = position ? `the ${position} role` : 'the role'
  const result: MessageWords = {
    who:
      interviewers.length > 1
        ? 'the panel'
        : interviewers[0]
          ? addressName(interviewers[0])
          : 'the interviewer',
    company: company ?? 'the company',
    role,
    roleAt: company ? `${role} at ${company}` : role,
    focus: topics[0] ? `"${topics[0]}"` : role,
  }
  if (topics.length > 0) {
    result.topics = topics
      .slice(0, 3)
      .map((topic) => `"${topic}"`)
      .join(' or ')
  }
  return result
}

function addressName(interviewer: { name: string; honorific?: string }): string {
  const names = interviewer.name.trim().split(/\s+/)
  return interviewer.honorific ? `${interviewer.honorific} ${names.at(-1)}` : (names[0] ?? interviewer.name)
}

type MessageFor = (w: MessageWords, reason?: string) => string

const MESSAGES: Readonly<Record<CoveragePoint, MessageFor>> = {
  appreciation(w, reason) {
    const example = `"Thank you for taking the time to talk with me about ${w.roleAt}."`
    if (reason === 'thanks-for-else') {
      return `This thanks ${w.who} for something other than the interview; also thank them for their time and the conversation, such as ${example}`
    }
    if (reason === 'request') {
      return `This asks a favour or thanks in advance; also thank ${w.who} for the interview itself, such as ${example}`
    }
    return `The letter never thanks ${w.who} for the interview; add a sentence such as ${example}`
  },
  interest(w, reason) {
    const example = `"Our conversation made me even more excited to join ${w.company}."`
    if (reason === 'negated') {
      return `This sentence casts doubt on whether you want ${w.role}; if you do, say so plainly, such as ${example}`
    }
    if (reason === 'hedged') {
      return `This sentence makes your interest conditional; say plainly that you want ${w.role}, such as ${example}, and raise conditions when an offer comes`
    }
    return `The letter never says you want ${w.roleAt}; add a sentence such as ${example}`
  },
  contribution(w, reason) {
    const example = `"My experience with … would help your team with …"`
    if (reason === 'past-only') {
      return `This says what you did before, not what you would do at ${w.company}; link it to them, such as "…, and I would bring the same approach to your team."`
    }
    if (reason === 'negated') {
      return `This sentence doubts what you could contribute; say what you would bring to ${w.company} instead, such as ${example}`
    }
    return `The letter never says how you would help ${w.company}; link one of your strengths to ${w.focus}, such as ${example}`
  },
  specifics(w, reason) {
    if (w.topics) {
      if (reason === 'other-detail') {
        return `This refers to the interview but to none of the topics you listed; also mention ${w.topics}`
      }
      return `The letter mentions nothing you discussed; refer to ${w.topics}, so the note could only have been written after this interview`
    }
    if (reason === 'no-detail') {
      return `This mentions the conversation but not what was said; name one thing you discussed with ${w.who}, such as "When we discussed …, I …"`
    }
    return `The letter mentions nothing you discussed; refer to one thing ${w.who} said, such as "When you mentioned …, I …", so it does not read as a template`
  },
}
