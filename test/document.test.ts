import { describe, expect, it } from 'vitest'
import { parseDocument } from '../src/document.js'

const letter = `Subject: Thank you – Marketing Coordinator

Dear Ms. O'Connor,

Thank you for yesterday. I enjoyed it!

I'd love to help with the spring campaign.

Best regards,
Jordan Lee
+1 555 0100`

describe('parseDocument', () => {
  const document = parseDocument(letter)
  const text = (span: { start: number; end: number } | undefined) => (span ? document.slice(span) : undefined)

  it('marks subject, greeting, body, sign-off and signature', () => {
    const { parts } = document
    expect(text(parts.subject)).toBe('Thank you – Marketing Coordinator')
    expect(text(parts.greeting)).toBe("Dear Ms. O'Connor,")
    expect(text(parts.greeting?.opener)).toBe('Dear')
    expect(text(parts.greeting?.addressee)).toBe("Ms. O'Connor")
    expect(text(parts.signOff)).toBe('Best regards,')
    expect(text(parts.signatureName)).toBe('Jordan Lee')
    expect(text(parts.signature)).toBe('Jordan Lee\n+1 555 0100')
    expect(parts.bodyParagraphs.map(text)).toEqual([
      'Thank you for yesterday. I enjoyed it!',
      "I'd love to help with the spring campaign.",
    ])
  })

  it('cuts sentences where parts meet and gives each word its part', () => {
    const sentences = document.sentences.map((sentence) => [sentence.part, text(sentence)])
    expect(sentences).toEqual([
      ['subject', 'Subject: Thank you – Marketing Coordinator'],
      ['greeting', "Dear Ms. O'Connor"],
      ['body', 'Thank you for yesterday.'],
      ['body', 'I enjoyed it!'],
      ['body', "I'd love to help with the spring campaign."],
      ['sign-off', 'Best regards'],
      ['signature', 'Jordan Lee\n+1 555 0100'],
    ])
    const oconnor = document.words.find((word) => word.text === "O'Connor")
    expect(oconnor).toMatchObject({
      part: 'greeting',
      start: letter.indexOf("O'Connor"),
      sentenceStart: false,
    })
    expect(document.words.find((word) => word.text === 'Thank' && word.part === 'body')?.sentenceStart).toBe(
      true,
    )
  })

  it('marks words inside addresses, placeholders and quotes', () => {
    const doc = parseDocument(
      'Mail jo@example.com, see https://example.com/a, meet [Name], read "Zentrix Flow" today.',
    )
    const literalWords = doc.words
      .filter((word) => word.literal)
      .map((word) => [word.text, word.literal?.kind])
    expect(literalWords).toEqual([
      ['jo@example.com', 'email'],
      ['https', 'url'],
      ['example.com', 'url'],
      ['a', 'url'],
      ['Name', 'placeholder'],
      ['Zentrix', 'quote'],
      ['Flow', 'quote'],
    ])
  })

  it('reads a one-line greeting and sign-off with a name', () => {
    const doc = parseDocument(
      'Hi Dana, thank you so much for the long and friendly conversation we had about the design role.\nBest, Jo',
    )
    expect(doc.slice(doc.parts.greeting ?? { start: 0, end: 0 })).toBe('Hi Dana,')
    expect(doc.slice(doc.parts.signOff ?? { start: 0, end: 0 })).toBe('Best,')
    expect(doc.slice(doc.parts.signatureName ?? { start: 0, end: 0 })).toBe('Jo')
  })

  it('reads "Thanks so much." as a sign-off above a name, and as a sentence above more prose', () => {
    const above = 'Dear Ms. Lee,\n\nI enjoyed our talk about the clinic.\n\n'
    const signed = parseDocument(`${above}Thanks so much!\nSam Ortiz`)
    expect(signed.parts.signOff).toEqual({ start: 53, end: 68 })
    expect(signed.slice(signed.parts.signature ?? { start: 0, end: 0 })).toBe('Sam Ortiz')
    const prose = `${above}Thanks so much.\nI am glad to bring five years of triage work to your team, as I said on the phone.`
    const unsigned = parseDocument(prose)
    expect(unsigned.parts.signOff).toBeUndefined()
    expect(unsigned.parts.signature).toBeUndefined()
    expect(unsigned.parts.body).toEqual({ start: 13, end: prose.length })
    // A comma still marks a sign-off, whatever follows it.
    const comma = parseDocument(`${above}Best regards,\nSam Ortiz\nNurse, Ward 4, St Mary's Hospital`)
    expect(comma.slice(comma.parts.signOff ?? { start: 0, end: 0 })).toBe('Best regards,')
  })

  it('finds the words of a span', () => {
    const span = document.parts.signature ?? { start: 0, end: 0 }
    expect(document.wordsIn(span).map((word) => word.text)).toEqual(['Jordan', 'Lee', '1', '555', '0100'])
  })
})

describe('parseDocument: no-break spaces', () => {
  // Rich-text mail writes `&nbsp;` between an honorific and a name, in a sign-off, and on the
  // "blank" line between paragraphs.
  const nbsp = letter
    .replace("Ms. O'Connor", "Ms.\u00a0O'Connor")
    .replace('Best regards', 'Best\u00a0regards')
    .replace('it!\n\n', 'it!\n\u00a0\n')
  const document = parseDocument(nbsp)

  it('reads them as plain spaces, offset for offset', () => {
    expect(document.text).toBe(nbsp.replace(/\u00a0/g, ' '))
    expect(document.text.length).toBe(nbsp.length)
  })

  it('finds the addressee, the sign-off and the paragraphs as with plain spaces', () => {
    const plain = parseDocument(letter.replace('it!\n\n', 'it!\n \n'))
    expect(document.parts.greeting?.addressee).toEqual(plain.parts.greeting?.addressee)
    expect(document.slice(document.parts.signOff as { start: number; end: number })).toBe('Best regards,')
    expect(document.parts.signOff).toEqual(plain.parts.signOff)
    expect(document.parts.bodyParagraphs).toHaveLength(2)
    expect(document.parts.bodyParagraphs).toEqual(plain.parts.bodyParagraphs)
    expect(document.words.map((word) => word.text)).toEqual(plain.words.map((word) => word.text))
  })

  it('reads U+202F and U+2007 as spaces too', () => {
    expect(parseDocument('Dear Mr.\u202fOkoro,\u2007hi').text).toBe('Dear Mr. Okoro, hi')
  })
})
