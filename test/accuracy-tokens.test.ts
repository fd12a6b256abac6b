// The accuracy checker's view of a draft's words: what each token holds decides which words can
// be parts of one name (`joined`), which are names at all (`capitalised`), and where a finding
// starts and ends. Every span below is counted by hand from the draft.
import { describe, expect, it } from 'vitest'
import { inScope, phraseEndsBefore, type Token, tokensOf } from '../src/checks/accuracy/tokens.js'
import { parseDocument } from '../src/document.js'

const tokens = (draft: string) => tokensOf(parseDocument(draft))
const byText = (list: readonly Token[], text: string, nth = 0) => {
  const found = list.filter((token) => token.text === text)[nth]
  if (!found) throw new Error(`no token ${text}`)
  return found
}

describe('tokensOf', () => {
  const draft =
    "Dear Dana,\n\nI met Anne-\nMarie and Dana's team at McKinsey & Company about {{topic}} with O’Connor.\n\nBest\nJordan"
  const list = tokens(draft)

  it('numbers the tokens from 0 and leaves out the words of a literal', () => {
    expect(list.map((token) => token.index)).toEqual(list.map((_, index) => index))
    expect(list.map((token) => token.text)).toEqual([
      'Dear',
      'Dana',
      'I',
      'met',
      'Anne-Marie',
      'and',
      'Dana',
      'team',
      'at',
      'McKinsey',
      'Company',
      'about',
      'with',
      "O'Connor",
      'Best',
      'Jordan',
    ])
  })

  it('rejoins a name hyphenated across a line break, with the span of both halves', () => {
    const name = byText(list, 'Anne-Marie')
    expect([name.start, name.end]).toEqual([18, 29])
    expect(name.key).toBe('anne-marie')
    expect(byText(list, 'and').start).toBe(30)
  })

  it('keeps a hyphen followed by a space, or by a line in another part, as two words', () => {
    const spaced = tokens('Hi,\n\nWe met Anne- Marie today.\n\nThanks,\nJo')
    expect(spaced.map((token) => token.text)).toContain('Anne-')
    expect(spaced.map((token) => token.text)).toContain('Marie')
    const subject = tokens('Subject: Thanks from Jordan-\nDear Dana,\n\nWe met today.\n\nThanks,\nJo')
    expect(subject.slice(3, 5).map((token) => [token.text, token.part])).toEqual([
      ['Jordan-', 'subject'],
      ['Dear', 'greeting'],
    ])
  })

  it('drops a possessive and ends the span before it; an apostrophe inside a name is no possessive', () => {
    const possessive = byText(list, 'Dana', 1)
    expect([possessive.start, possessive.end, possessive.possessive]).toEqual([34, 38, true])
    expect(byText(list, 'Dana', 0).possessive).toBe(false)
    const irish = byText(list, "O'Connor")
    expect([irish.start, irish.end, irish.possessive, irish.key]).toEqual([89, 97, false, "o'connor"])
    const curly = tokens('Hi,\n\nI thank O’Connor’s team.\n\nThanks,\nJo')
    const owner = byText(curly, "O'Connor")
    expect([owner.start, owner.end, owner.possessive]).toEqual([13, 21, true])
  })

  it('joins words separated by spaces, a tab, one line break or one ampersand, within a sentence', () => {
    expect(byText(list, 'Dear').joined).toBe(false)
    expect(byText(list, 'Dana').joined).toBe(true)
    expect(byText(list, 'Company')).toMatchObject({ joined: true, ampersand: true })
    expect(byText(list, 'McKinsey')).toMatchObject({ joined: true, ampersand: false })
    // After a literal, the next word starts afresh.
    expect(byText(list, 'with').joined).toBe(false)
    // A sign-off and the signature below it are two sentences.
    expect(byText(list, 'Jordan').joined).toBe(false)
    const gaps = tokens(
      'Hi,\n\nA &&B C & & D, E\tF\r\nG met H            I and J             K.\n\nThanks,\nJo',
    )
    const joined = (text: string) => byText(gaps, text).joined
    expect(['B', 'C', 'D', 'E', 'F', 'G'].map(joined)).toEqual([false, true, false, false, true, true])
    // Twelve spaces still join two words; thirteen do not.
    expect([joined('I'), joined('K')]).toEqual([true, false])
    expect(gaps.filter((token) => token.ampersand)).toEqual([])
  })

  it('keeps the full stop of an abbreviation out of the text', () => {
    const inc = byText(tokens('Hi,\n\nI met Acme Inc. staff.\n\nThanks,\nJo'), 'Inc')
    expect([inc.text, inc.lower, inc.start]).toEqual(['Inc', 'inc', 16])
  })

  it('calls a word capitalised when it starts with a capital or a digit, or has a capital after a lowercase start', () => {
    const words = tokens(
      'Hi,\n\nThe eBay and iOS and 3M and Émile and mÜller and éclair and naïve and mp3 and e-mail and x.\n\nThanks,\nJo',
    )
    const capitalised = (text: string) => byText(words, text).capitalised
    expect(['eBay', 'iOS', '3M', 'Émile', 'mÜller', 'The'].map(capitalised)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ])
    expect(['éclair', 'naïve', 'mp3', 'e-mail', 'x', 'and'].map(capitalised)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ])
    expect(byText(words, 'Émile').key).toBe('emile')
  })
})

describe('inScope', () => {
  it('leaves out the sign-off and the signature, which are the candidate’s', () => {
    const list = tokens('Dear Dana,\n\nThank you.\n\nBest regards,\nJordan Lee')
    expect(list.filter(inScope).map((token) => token.text)).toEqual(['Dear', 'Dana', 'Thank', 'you'])
  })
})

describe('phraseEndsBefore', () => {
  const list = tokens("Dear Ms Dana Lee,\n\nI met Dana's team and A &&B C today.\n\nThanks,\nJo")
  const at = (text: string, nth = 0) => byText(list, text, nth).index

  it('finds the words just before a token, from the first token of the draft on', () => {
    expect(phraseEndsBefore(list, at('Dana'), ['dear', 'ms'])).toBe(true)
    expect(phraseEndsBefore(list, at('Lee'), ['ms', 'dana'])).toBe(true)
    expect(phraseEndsBefore(list, at('Dana'), ['dear'])).toBe(false)
    expect(phraseEndsBefore(list, at('Ms'), ['so', 'dear'])).toBe(false)
  })

  it('needs the words in one run: not possessive, not parted, not across sentences', () => {
    expect(phraseEndsBefore(list, at('team'), ['dana'])).toBe(false)
    expect(phraseEndsBefore(list, at('C'), ['a', 'b'])).toBe(false)
    expect(phraseEndsBefore(list, at('C'), ['b'])).toBe(true)
    expect(phraseEndsBefore(list, at('I'), ['lee'])).toBe(false)
  })
})
