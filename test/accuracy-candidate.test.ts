// The signature checked against the candidate's own name, on the function that does it: each
// letter ends in a signature, and each span is counted from the start of its last line.
import { describe, expect, it } from 'vitest'
import { candidateIssues } from '../src/checks/accuracy/people.js'
import { tokensOf } from '../src/checks/accuracy/tokens.js'
import { parseDocument } from '../src/document.js'
import { spanOf } from './helpers.js'

const BODY = 'Dear Dana,\n\nThank you for the talk, Jordon.\n\nBest regards,\n'

function signatureIssues(signature: string, candidate: string, maxDistance = 2) {
  const document = parseDocument(`${BODY}${signature}`)
  const signatureName = document.parts.signatureName
  if (!signatureName) throw new Error('no signature name')
  return candidateIssues(
    document.text,
    tokensOf(document),
    { text: candidate, words: candidate.split(' ') },
    signatureName,
    maxDistance,
  ).map(({ fix, ...issue }) => ({
    ...issue,
    span: [spanOf(issue).start - BODY.length, spanOf(issue).end - BODY.length],
    // The repair, as [start, end, text] in the signature.
    fix: fix && [fix.span.start - BODY.length, fix.span.end - BODY.length, fix.text],
  }))
}

describe('candidateIssues', () => {
  it('reports a misspelt word of the signature with the word to write', () => {
    expect(signatureIssues('Jordan Lea', 'Jordan Lee')).toEqual([
      {
        ruleId: 'candidate-name-misspelled',
        span: [7, 10],
        actual: 'Lea',
        expected: ['Lee'],
        message: '"Lea" in your signature misspells your name; write "Lee" as in Jordan Lee',
        fix: [7, 10, 'Lee'],
      },
    ])
    expect(signatureIssues('Jordan Lee', 'Jordan Lee')).toEqual([])
  })

  it('reads only the signature name: not the body, not the lines under it', () => {
    // "Jordon" in the body and "Lea" on the address line are close to the name too.
    expect(signatureIssues('Jordan Lee\nLea Street 5', 'Jordan Lee')).toEqual([])
  })

  it('takes an initial of the name, or its accents dropped, as the writer’s choice', () => {
    // An initial that is no initial of the name is replaced with its full stop: "L." → "Al".
    expect(signatureIssues('A. Smith', 'Al Smith')).toEqual([])
    expect(signatureIssues('L. Smith', 'Al Smith')).toMatchObject([
      { actual: 'L.', expected: ['Al'], span: [0, 2], fix: [0, 2, 'Al'] },
    ])
    expect(signatureIssues('Jose Nunez', 'José Núñez')).toEqual([])
  })

  it('reports a word in other case as a slip, and picks the first of two equally close words', () => {
    expect(signatureIssues('JOrdan Lee', 'Jordan Lee')).toMatchObject([
      { actual: 'JOrdan', expected: ['Jordan'] },
    ])
    expect(signatureIssues('Dana Dant', 'Dana Dane')).toMatchObject([{ actual: 'Dant', expected: ['Dana'] }])
    expect(signatureIssues('Dana Danne', 'Dana Dane')).toMatchObject([
      { actual: 'Danne', expected: ['Dane'] },
    ])
  })

  it('leaves a word further from every part of the name than the bound', () => {
    expect(signatureIssues('Jordan Lee Smith', 'Jordan Lee')).toEqual([])
    expect(signatureIssues('Jordan Lea', 'Jordan Lee', 0)).toEqual([])
  })
})
