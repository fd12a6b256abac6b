// The job titles the accuracy checker reads as the role applied for, tested on the function that
// finds them: each sentence below is a body paragraph of a short letter, and each span is the
// title's place in that sentence.
import { describe, expect, it } from 'vitest'
import { positionIssues, roleOf } from '../src/checks/accuracy/position.js'
import { tokensOf } from '../src/checks/accuracy/tokens.js'
import { parseDocument } from '../src/document.js'
import { spanOf } from './helpers.js'

const OPENING = 'Dear Dana,\n\n'
const CLOSING = '\n\nBest regards,\nJordan Lee'

/** Findings as [title written, offset of the title in `sentence`], and whether the role was named. */
function titles(
  sentence: string,
  position = 'Marketing Coordinator',
  interviewerTitles: readonly string[] = [],
): { wrong: [string, number][]; mentioned: boolean } {
  const document = parseDocument(`${OPENING}${sentence}${CLOSING}`)
  const role = roleOf(position, position.split(/[^\p{L}\p{N}&]+/u).filter(Boolean))
  const { issues, mentioned } = positionIssues(
    document,
    tokensOf(document),
    role,
    new Set(),
    new Set(interviewerTitles),
  )
  for (const issue of issues) {
    expect(issue.ruleId).toBe('wrong-position')
    expect(issue.expected).toEqual([position])
    expect(issue.message).toBe(`"${issue.actual}" is not the role you interviewed for; write "${position}"`)
    expect(document.slice(spanOf(issue))).toBe(issue.actual)
  }
  return {
    wrong: issues.map((issue) => [issue.actual as string, spanOf(issue).start - OPENING.length]),
    mentioned,
  }
}

describe('positionIssues: titles before a trigger word', () => {
  it('reports a different title before "role", and finds none of the role', () => {
    expect(titles('I am keen on the Marketing Manager role.')).toEqual({
      wrong: [['Marketing Manager', 17]],
      mentioned: false,
    })
  })

  it('takes the role itself, or a longer form of it, as a mention', () => {
    expect(titles('I am keen on the Senior Marketing Coordinator role.')).toEqual({
      wrong: [],
      mentioned: true,
    })
    expect(titles('I am keen on the marketing coordinator job.')).toEqual({ wrong: [], mentioned: true })
  })

  it('counts the head noun alone as a mention of a two-word role, and does not report it', () => {
    // Writers shorten the title ("the nurse role"); position-not-mentioned only asks for a name.
    expect(titles('I am keen on the Coordinator role.')).toEqual({ wrong: [], mentioned: true })
    expect(titles('I am keen on the Marketing role.')).toEqual({ wrong: [], mentioned: false })
    // A one-word role is mentioned by its one word.
    expect(titles('I am keen on the Coordinator role.', 'Coordinator')).toEqual({
      wrong: [],
      mentioned: true,
    })
  })

  it('leaves a title within two edits of the role to the misspelling rules', () => {
    expect(titles('I am keen on the Markting Coordinator role.').wrong).toEqual([])
    expect(titles('I am keen on the Marking Coordinator role.').wrong).toEqual([])
    expect(titles('I am keen on the Maring Coordinator role.').wrong).toEqual([['Maring Coordinator', 17]])
  })

  it('reads a lowercase title only when it shares a word with the role', () => {
    expect(titles('I am keen on the manager role.').wrong).toEqual([])
    expect(titles('I am keen on the marketing manager role.').wrong).toEqual([['marketing manager', 17]])
    // A lowercase word outside the role is no part of a title: only "coordinator" is read.
    expect(titles('I am keen on the sales coordinator role.')).toEqual({ wrong: [], mentioned: true })
  })

  it('leaves alone a title the writer gives an interviewer, or their own job', () => {
    expect(
      titles('I am keen on the Marketing Manager role.', undefined, ['marketing manager']).wrong,
    ).toEqual([])
    expect(titles('I enjoyed my Product Manager role at Acme.').wrong).toEqual([])
    expect(titles('I enjoyed the previous Product Manager position at Acme.').wrong).toEqual([])
  })

  it('keeps a connector inside a title but not at its start, and stops at a word that is no title', () => {
    expect(titles('I am keen on the Head of Sales Manager role.').wrong).toEqual([
      ['Head of Sales Manager', 17],
    ])
    expect(titles('I talked about Sales and Manager roles and the Sales Manager position.').wrong).toEqual([
      ['Sales Manager', 47],
    ])
    expect(titles('I am keen on this great Sales Manager opening.').wrong).toEqual([['Sales Manager', 24]])
  })

  it('looks back at most six words, within the sentence', () => {
    expect(titles('I am keen on the Lead Sales And Field Marketing Manager role.').wrong).toEqual([
      ['Lead Sales And Field Marketing Manager', 17],
    ])
    expect(titles('I am keen on the Chief Lead Sales And Field Marketing Manager role.').wrong).toEqual([
      ['Lead Sales And Field Marketing Manager', 23],
    ])
    expect(titles('We met the Sales Manager. Role play was fun.').wrong).toEqual([])
  })

  it('reads titles in the subject line and the body only', () => {
    const document = parseDocument(
      `Subject: Sales Manager role\n${OPENING}Thank you.${CLOSING}\nSales Manager role`,
    )
    const { issues } = positionIssues(
      document,
      tokensOf(document),
      roleOf('Marketing Coordinator', ['Marketing', 'Coordinator']),
      new Set(),
      new Set(),
    )
    expect(issues.map((issue) => [issue.actual, spanOf(issue).start])).toEqual([['Sales Manager', 9]])
  })
})

describe('positionIssues: titles after "as" and "role of"', () => {
  it('reads the title after "as" and its determiners', () => {
    expect(titles('I would thrive as your next Sales Manager.').wrong).toEqual([['Sales Manager', 28]])
    expect(titles('I would thrive as a Sales Manager.').wrong).toEqual([['Sales Manager', 20]])
    expect(titles('I would thrive as Head of Sales Manager.').wrong).toEqual([['Head of Sales Manager', 18]])
  })

  it('reads the title after "the role of"', () => {
    expect(titles('I am keen on the role of Sales Manager.').wrong).toEqual([['Sales Manager', 25]])
    expect(titles('I am keen on the role of the Sales Manager.').wrong).toEqual([['Sales Manager', 29]])
    expect(titles('I am keen on the role of Marketing Coordinator.')).toEqual({ wrong: [], mentioned: true })
  })

  it('stops a title at a word that is no title or at the end of the sentence; a possessive is no title', () => {
    expect(titles('I would thrive as Sales Manager. Design matters.').wrong).toEqual([['Sales Manager', 18]])
    expect(titles('I would thrive as Sales Manager in your team.').wrong).toEqual([['Sales Manager', 18]])
    expect(titles("I would thrive as Sales Manager's aide.").wrong).toEqual([])
  })

  it('skips "as well as", "such as" and someone\'s own role before "as"', () => {
    expect(titles('I bring data skills as well.').wrong).toEqual([])
    expect(titles('I bring tools such as Sales Manager dashboards.').wrong).toEqual([])
    expect(titles('I valued your insight as Sales Manager.').wrong).toEqual([])
    expect(titles('I learned a lot in my time as Sales Manager.').wrong).toEqual([])
    expect(titles('I worked for years as Sales Manager.').wrong).toEqual([])
  })
})

describe("positionIssues: the context's own title, shortened", () => {
  it.each([
    ['I am keen on the Data Analyst position.', 'Data Analyst (Level 3)'],
    [
      'I am keen on the Physiotherapist post and the Physiotherapist role.',
      'Band 6 Physiotherapist – Outpatients',
    ],
    ['I am keen on the Associate role.', 'Associate Attorney – Real Estate'],
    ['I am keen on the Maintenance Engineer position.', 'Maintenance Engineer (PLC)'],
    ['I am keen on the Registered Nurse role.', 'Registered Nurse, Medical ICU (nights)'],
    ['I am keen on the Data Scientist II role.', 'Data Scientist II'],
    ['I am keen on the Data Scientist role.', 'Data Scientist II'],
  ])('takes %j as naming %j', (sentence, position) => {
    expect(titles(sentence, position).wrong).toEqual([])
  })

  it('counts the shortened title as a mention of the role', () => {
    expect(titles('I am keen on the Data Analyst position.', 'Data Analyst (Level 3)').mentioned).toBe(true)
    expect(
      titles('I am keen on the Physiotherapist role.', 'Band 6 Physiotherapist – Outpatients').mentioned,
    ).toBe(true)
  })

  it('takes the initials of the title as the title, grades and all', () => {
    expect(titles('I am keen on the RN role.', 'Registered Nurse, Medical ICU (nights)')).toEqual({
      wrong: [],
      mentioned: true,
    })
    expect(titles('I am keen on the CRC II position.', 'Clinical Research Coordinator II')).toEqual({
      wrong: [],
      mentioned: true,
    })
    // Initials of other words are another role.
    expect(titles('I am keen on the LPN role.', 'Registered Nurse')).toEqual({ wrong: [], mentioned: false })
  })

  it('reads the head from the title proper, not from the qualifier after it', () => {
    // "nights" is no head: a lowercase "nurse" role is the context's own.
    expect(titles('I am keen on the nurse role.', 'Registered Nurse, Medical ICU (nights)').wrong).toEqual([])
    expect(
      titles('I am keen on the Staff Nurse role.', 'Registered Nurse, Medical ICU (nights)').wrong,
    ).toEqual([['Staff Nurse', 17]])
  })
})

describe('positionIssues: job titles from the occupation vocabulary', () => {
  it.each([
    'Sous Chef',
    'Phlebotomist',
    'Barista',
    'Welder',
    'Dental Hygienist',
    'Paralegal',
    'Actuary',
    'Underwriter',
    'Dispatcher',
    'Cashier',
    'Forklift Operator',
    'Copywriter',
  ])('reports "the %s position" for a Line Cook', (title) => {
    expect(titles(`I hope to hear news about the ${title} position soon.`, 'Line Cook').wrong).toEqual([
      [title, 30],
    ])
  })

  it('reads a title in the subject line before "interview"', () => {
    const document = parseDocument(`Subject: Thank you – Dental Hygienist interview
${OPENING}Thank you.${CLOSING}`)
    const { issues } = positionIssues(
      document,
      tokensOf(document),
      roleOf('Data Analyst', ['Data', 'Analyst']),
      new Set(),
      new Set(),
    )
    expect(issues.map((issue) => [issue.actual, spanOf(issue).start])).toEqual([['Dental Hygienist', 21]])
  })

  it('leaves capitalised words that are no title alone', () => {
    expect(titles('I enjoyed the Tuesday interview and the Sales position.', 'Line Cook').wrong).toEqual([])
    expect(titles('I am keen on the Acme position.', 'Line Cook').wrong).toEqual([])
  })
})

describe('positionIssues: grades, fields and practitioners', () => {
  it('reports a title with its grade', () => {
    expect(titles('I am keen on the Environmental Scientist II role.', 'Line Cook').wrong).toEqual([
      ['Environmental Scientist II', 17],
    ])
  })

  it('reports a title whose head comes first, with its field', () => {
    expect(titles('I am keen on the VP of Engineering role.', 'Line Cook').wrong).toEqual([
      ['VP of Engineering', 17],
    ])
    expect(titles('I am keen on the Lecturer in Physical Chemistry role.', 'Line Cook').wrong).toEqual([
      ['Lecturer in Physical Chemistry', 17],
    ])
    // "in" before a lowercase word is no part of a title.
    expect(titles('I am interested in the Line Cook role.', 'Line Cook')).toEqual({
      wrong: [],
      mentioned: true,
    })
  })

  it('takes a practitioner noun for a head, whatever the list holds', () => {
    expect(titles('I am keen on the Senior Exploration Geologist role.', 'Line Cook').wrong).toEqual([
      ['Senior Exploration Geologist', 17],
    ])
    expect(titles('I am keen on the Senior Stylist position.', 'Line Cook').wrong).toEqual([
      ['Senior Stylist', 17],
    ])
  })
})

describe('positionIssues: heads read from their suffix, possessives and slashes', () => {
  it.each([
    ['Assistant Brewer', 'position'],
    ['Senior Consultant', 'role'],
    ['Flight Attendant', 'position'],
    ['Management Trainee', 'opening'],
  ])('reports "the %s %s" for a Line Cook: a noun of agent ends the title', (title, trigger) => {
    expect(titles(`I hope to hear news about the ${title} ${trigger} soon.`, 'Line Cook').wrong).toEqual([
      [title, 30],
    ])
  })

  it('reads no lowercase noun of agent as a head', () => {
    expect(titles("I've done a number of executive interviews.", 'VP of Engineering').wrong).toEqual([])
  })

  it('keeps a possessive head or everyday word inside a title, never a name', () => {
    expect(titles("I hope to hear news about the Buyer's Agent position soon.", 'Line Cook').wrong).toEqual([
      ["Buyer's Agent", 30],
    ])
    expect(titles("I would love to join as a Buyer's Agent soon.", 'Line Cook').wrong).toEqual([
      ["Buyer's Agent", 26],
    ])
    // A person's possessive is not part of the title.
    expect(titles("I heard about Dana's Sous Chef role.", 'Line Cook').wrong).toEqual([['Sous Chef', 21]])
    // The role itself with a possessive is the role.
    expect(
      titles("I am excited about the Women's Basketball Coach role.", "Assistant Coach, Women's Basketball"),
    ).toEqual({ wrong: [], mentioned: true })
  })

  it('compares each part of a title with a slash alone, and reports the whole title', () => {
    const sentence = 'Thank you for considering me for the Teller / Personal Banker Trainee role.'
    expect(titles(sentence, 'Line Cook').wrong).toEqual([['Teller / Personal Banker Trainee', 37]])
    expect(titles(sentence, 'Personal Banker Trainee')).toEqual({ wrong: [], mentioned: true })
    expect(titles(sentence, 'Teller').wrong).toEqual([])
  })

  it('leaves a connector after the title to the sentence', () => {
    expect(
      titles('I hope to join Acme as Clinical Research Coordinator II and to learn.', 'Line Cook').wrong,
    ).toEqual([['Clinical Research Coordinator II', 23]])
  })
})

describe('positionIssues: a title as the subject of what the role will do', () => {
  function warnings(sentence: string, position = 'Line Cook') {
    const document = parseDocument(`${OPENING}${sentence}${CLOSING}`)
    const role = roleOf(position, position.split(/[^\p{L}\p{N}&]+/u).filter(Boolean))
    const { issues, mentioned } = positionIssues(document, tokensOf(document), role, new Set(), new Set())
    return {
      wrong: issues.map((issue) => [
        issue.actual,
        spanOf(issue).start - OPENING.length,
        issue.severity,
        issue.fix,
        issue.message,
      ]),
      mentioned,
    }
  }

  it('warns, with no fix, on another title before "will" or "would"', () => {
    expect(warnings('I appreciated hearing about the challenges the Sous Chef will face.')).toEqual({
      wrong: [
        [
          'Sous Chef',
          47,
          'warning',
          undefined,
          'Is "Sous Chef" the role you interviewed for? This letter is for the Line Cook position',
        ],
      ],
      mentioned: false,
    })
    expect(
      warnings('I know what your Structural Welder would need.').wrong.map((row) => row.slice(0, 3)),
    ).toEqual([['Structural Welder', 17, 'warning']])
  })

  it('takes the role itself there as a mention', () => {
    expect(warnings('I appreciated hearing about the challenges the Line Cook will face.')).toEqual({
      wrong: [],
      mentioned: true,
    })
  })

  it('leaves deciders, lowercase titles, objects of "I" and names alone', () => {
    expect(warnings('I understand the Hiring Manager will be in touch.').wrong).toEqual([])
    expect(warnings('I understand the Director would decide by Friday.').wrong).toEqual([])
    expect(warnings('I understand the sous chef will decide.').wrong).toEqual([])
    expect(warnings('I enjoyed meeting the Engineering Manager I would work with.').wrong).toEqual([])
    expect(warnings('I hope the Acme team will like it.').wrong).toEqual([])
    // No determiner: a name, not a title ("Chef Ramsay will").
    expect(warnings('I hope Sous Chef Ramsay will like it.').wrong).toEqual([])
  })
})

describe('positionIssues: the subject line and more role nouns', () => {
  function subject(line: string, position = 'Line Cook') {
    const document = parseDocument(`Subject: ${line}\n\n${OPENING}Thank you.${CLOSING}`)
    const role = roleOf(position, position.split(/[^\p{L}\p{N}&]+/u).filter(Boolean))
    const { issues, mentioned } = positionIssues(document, tokensOf(document), role, new Set(), new Set())
    return { wrong: issues.map((issue) => [issue.actual, spanOf(issue).start, issue.severity]), mentioned }
  }

  it('reads a capitalised title between dashes, colons or commas of the subject line', () => {
    expect(subject('Data Scientist II – thank you')).toEqual({
      wrong: [['Data Scientist II', 9, undefined]],
      mentioned: false,
    })
    expect(subject('Thank you for the interview - Herd Manager').wrong).toEqual([
      ['Herd Manager', 39, undefined],
    ])
    expect(subject('Registered Veterinary Nurse, Solace Marina Bay').wrong).toEqual([
      ['Registered Veterinary Nurse', 9, undefined],
    ])
    expect(subject('Line Cook – thank you')).toEqual({ wrong: [], mentioned: true })
  })

  it('leaves a part with a lowercase word, a decider, or no head alone', () => {
    expect(subject('Thank You, Hiring Manager').wrong).toEqual([])
    expect(subject('Great Meeting Today').wrong).toEqual([])
    expect(subject('Follow-up – Jordan Lee').wrong).toEqual([])
  })

  it.each(['post', 'spot', 'application', 'appointment'])('reads a title before "%s"', (noun) => {
    expect(titles(`We met about the Journeyman Plumber ${noun} on Tuesday.`, 'Line Cook').wrong).toEqual([
      ['Journeyman Plumber', 17],
    ])
  })

  it('takes initials for the last words of the role as the role', () => {
    expect(titles('I loved talking about the Senior AE role.', 'Senior Account Executive')).toEqual({
      wrong: [],
      mentioned: true,
    })
  })
})
