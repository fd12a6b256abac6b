import { defineChecker, type Issue } from '../../checker.js'
import { type ContextTerm, type ContextTerms, contextTerms } from '../../context-terms.js'
import type { ThankYouDocument } from '../../document.js'
import type { AccuracyOptions } from '../../types.js'
import {
  type CompanyHit,
  companyTerms,
  findCompany,
  misspelledCompanyIssues,
  otherCompanyIssues,
  targetOrganisationIssues,
} from './company.js'
import { greetingTeamIssues, leftoverCompanyIssues } from './leftover-company.js'
import {
  candidateIssues,
  matchNamesExactly,
  matchNamesLoosely,
  type Person,
  peopleOf,
  personIssues,
} from './people.js'
import { positionIssues, roleOf } from './position.js'
import { keyOf, type Token, tokensOf } from './tokens.js'

export const accuracyDefaults: AccuracyOptions = {
  maxEditDistance: 2,
}

/**
 * Checks every mention of the interviewers, the company, the role and the candidate against the
 * context: a misspelt or miscased name, a wrong honorific, a greeting to someone else, another
 * employer named as the one the letter is for, another job title.
 */
export const accuracy = defineChecker({
  name: 'accuracy',
  defaults: accuracyDefaults,
  rules: [
    {
      id: 'interviewer-name-misspelled',
      defaultSeverity: 'error',
      fixable: true,
      description: 'An interviewer\'s name is misspelt or wrongly cased ("Jonhson", "Mcdonald").',
    },
    {
      id: 'interviewer-name-diacritics',
      defaultSeverity: 'warning',
      fixable: true,
      description: 'An interviewer\'s name is written without its accents ("Jose" for "José").',
    },
    {
      id: 'unknown-addressee',
      defaultSeverity: 'error',
      fixable: true,
      description: 'The greeting names someone who is not among the interviewers.',
    },
    {
      id: 'honorific-mismatch',
      defaultSeverity: 'error',
      fixable: true,
      description: 'The honorific contradicts the context ("Mr." for an interviewer listed as "Ms.").',
    },
    {
      id: 'honorific-with-first-name',
      defaultSeverity: 'warning',
      description: 'An honorific is followed by a first name ("Ms. Dana") instead of the surname.',
    },
    {
      id: 'unlisted-nickname',
      defaultSeverity: 'info',
      description: 'An interviewer is called by a short form the context does not list ("Joe" for Joseph).',
    },
    {
      id: 'no-interviewer-named',
      defaultSeverity: 'warning',
      description: 'With several interviewers, the letter names none of them.',
    },
    {
      id: 'company-name-misspelled',
      defaultSeverity: 'error',
      fixable: true,
      description: 'The company\'s name is misspelt or wrongly cased ("Hubspot" for "HubSpot").',
    },
    {
      id: 'wrong-company',
      defaultSeverity: 'error',
      description:
        'Another company is named as the one the letter is for ("excited to join Pfizer"), even one not in otherCompanies; a warning when it may be a site of the employer.',
      fixable: true,
    },
    {
      id: 'company-not-mentioned',
      defaultSeverity: 'info',
      description: 'The letter never names the company.',
    },
    {
      id: 'wrong-position',
      defaultSeverity: 'error',
      fixable: true,
      description:
        'The letter gives the role another job title ("Marketing Manager" for "Marketing Coordinator").',
    },
    {
      id: 'position-not-mentioned',
      defaultSeverity: 'info',
      description: 'The letter never names the role.',
    },
    {
      id: 'candidate-name-misspelled',
      defaultSeverity: 'error',
      fixable: true,
      description: "The signature misspells the candidate's own name.",
    },
  ],
  validateOptions(options, path) {
    const max = options.maxEditDistance
    if (!Number.isInteger(max) || max > 3) {
      throw new TypeError(`${path}.maxEditDistance must be a whole number from 0 to 3, got ${max}`)
    }
  },
  check(document, environment, options) {
    const { context } = environment
    const terms = contextTerms(document, context)
    if (terms.terms.length === 0 || document.text.trim() === '') return []
    const tokens = tokensOf(document)
    const max = options.maxEditDistance
    const { greeting, signatureName } = document.parts
    const slots = environment.template ? templateSlots(document) : new Set<string>()
    const term = (kind: ContextTerm['kind']) => terms.terms.find((item) => item.kind === kind)

    // Interviewers' names as written first, so the company search leaves them alone; then the
    // company, so the guesses at misspelt names leave it alone.
    const people = peopleOf(context, terms)
    const matches = matchNamesExactly(tokens, people)
    const company = term('company')
    const companies = findCompanies(tokens, terms, company, new Set(matches.keys()), max)
    const otherKeys = otherContextKeys(terms, people)
    matchNamesLoosely(tokens, people, matches, companies.claimed, otherKeys, greeting?.addressee, max)
    const named = new Set([...companies.claimed, ...matches.keys()])

    const issues = personIssues(
      document.text,
      tokens,
      people,
      matches,
      companies.claimed,
      otherKeys,
      greeting?.addressee,
    )
    if (people.length > 1 && matches.size === 0 && !slots.has('interviewer')) {
      issues.push(noInterviewerNamed(people))
    }

    const candidate = term('candidate')
    if (candidate && signatureName) {
      issues.push(...candidateIssues(document.text, tokens, candidate, signatureName, max))
    }

    issues.push(...otherCompanyIssues(document, tokens, companies.others, company?.text))
    if (company) {
      issues.push(...misspelledCompanyIssues(document, tokens, companies.hits, company.text))
      if (companies.hits.length === 0 && !slots.has('company')) issues.push(companyNotMentioned(company.text))
      if (environment.isRuleEnabled('wrong-company')) {
        const slotted = targetOrganisationIssues(
          document,
          tokens,
          named,
          otherKeys,
          company.text,
          people.length > 0,
        )
        slotted.push(...greetingTeamIssues(document, tokens, named, otherKeys, company.text))
        issues.push(...slotted)
        // The copied letter names the company it was first written for, and never this one.
        if (companies.hits.length === 0 && !slots.has('company')) {
          issues.push(
            ...leftoverCompanyIssues(
              document,
              tokens,
              named,
              otherKeys,
              company.text,
              tokensIn(tokens, slotted),
            ),
          )
        }
      }
    }

    const position = term('position')
    if (position) {
      const interviewerTitles = new Set(
        terms.terms.filter((item) => item.kind === 'title').map((item) => item.words.map(keyOf).join(' ')),
      )
      const role = roleOf(position.text, position.words)
      const found = positionIssues(document, tokens, role, named, interviewerTitles)
      issues.push(...found.issues)
      if (!found.mentioned && !slots.has('position')) issues.push(positionNotMentioned(position.text))
    }
    return issues
  },
})

/** Where the letter writes the company (name, aliases, short form) and the other companies. */
function findCompanies(
  tokens: readonly Token[],
  terms: ContextTerms,
  company: ContextTerm | undefined,
  taken: ReadonlySet<number>,
  max: number,
): { hits: CompanyHit[]; others: CompanyHit[]; claimed: Set<number> } {
  const aliases = terms.terms.filter((item) => item.kind === 'alias')
  const hits = company ? findCompany(tokens, companyTerms(company, aliases), taken, true, max) : []
  const claimed = new Set<number>()
  const claim = (hit: CompanyHit) => {
    for (let i = hit.first; i <= hit.last; i++) claimed.add(i)
  }
  hits.forEach(claim)
  const otherTerms = terms.terms
    .filter((item) => item.kind === 'other-company')
    .flatMap((item) => companyTerms(item))
    .filter((other) => !company || keyOf(other.text) !== keyOf(company.text))
  const others = findCompany(tokens, otherTerms, new Set([...taken, ...claimed]), false, max)
  others.forEach(claim)
  return { hits, others, claimed }
}

/** Keys of every context word that is not an interviewer's name: the company, the role, topics, titles. */
function otherContextKeys(terms: ContextTerms, people: readonly Person[]): Set<string> {
  const keys = new Set<string>()
  for (const item of terms.terms) {
    if (item.kind === 'interviewer' || item.kind === 'nickname' || item.kind === 'honorific') continue
    for (const word of item.words) keys.add(keyOf(word))
  }
  for (const person of people) for (const word of person.words) keys.delete(word.key)
  return keys
}

function companyNotMentioned(company: string): Issue {
  return {
    ruleId: 'company-not-mentioned',
    message: `The letter never names ${company}; name the company once, where you say why you want to join it`,
    expected: [company],
  }
}

function positionNotMentioned(position: string): Issue {
  return {
    ruleId: 'position-not-mentioned',
    message: `The letter never names the role; mention the ${position} position once`,
    expected: [position],
  }
}

function noInterviewerNamed(people: readonly Person[]): Issue {
  const names = people.map((person) => person.name)
  return {
    ruleId: 'no-interviewer-named',
    message: `The letter names none of your interviewers (${names.join(', ')}); greet or thank them by name`,
    expected: names,
  }
}

/**
 * In template mode, which of `interviewer`, `company` and `position` a `{{…}}` slot fills: a
 * filled slot counts as a mention of it. (A `{{candidate}}` slot needs no such allowance: nothing
 * requires the candidate's name in the body.)
 */
function templateSlots(document: ThankYouDocument): Set<string> {
  const slots = new Set<string>()
  for (const literal of document.literals) {
    if (literal.variable === undefined) continue
    const head = literal.variable.split('.')[0] as string
    if (head === 'interviewer' || head === 'company' || head === 'position') slots.add(head)
  }
  return slots
}

/** The indexes of the tokens inside the issues' spans. */
function tokensIn(tokens: readonly Token[], issues: readonly Issue[]): Set<number> {
  const inside = new Set<number>()
  let t = 0
  const spans = issues.flatMap((issue) => (issue.span ? [issue.span] : [])).sort((a, b) => a.start - b.start)
  for (const span of spans) {
    while (t < tokens.length && (tokens[t] as Token).start < span.start) t++
    for (let i = t; i < tokens.length && (tokens[i] as Token).end <= span.end; i++) inside.add(i)
  }
  return inside
}
