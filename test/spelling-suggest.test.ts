import { describe, expect, it } from 'vitest'
import { clearSuggestionCache, matchCase, suggest, WORK_PER_WORD } from '../src/checks/spelling/suggest.js'

const first = (word: string, dialect: 'en-US' | 'en-GB' = 'en-US') =>
  suggest(word, { dialect, limit: 5 }).map((s) => s.word)

describe('suggestion ranking', () => {
  // Misspellings of words a thank-you note uses, written for this test.
  it.each([
    ['recieve', 'receive'],
    ['definately', 'definitely'],
    ['seperate', 'separate'],
    ['occured', 'occurred'],
    ['tommorow', 'tomorrow'],
    ['goverment', 'government'],
    ['untill', 'until'],
    ['wich', 'which'],
    ['thier', 'their'],
    ['interveiw', 'interview'],
    ['oppurtunity', 'opportunity'],
    ['apreciate', 'appreciate'],
    ['appriciate', 'appreciate'],
    ['collegue', 'colleague'],
    ['enthusiam', 'enthusiasm'],
    ['sincerly', 'sincerely'],
    ['experiance', 'experience'],
    ['responsibilty', 'responsibility'],
    ['knowlege', 'knowledge'],
    ['excelent', 'excellent'],
    ['yesturday', 'yesterday'],
    ['postion', 'position'],
    ['comunication', 'communication'],
    ['teh', 'the'],
    ['thankyou', 'thank you'],
    ['alot', 'a lot'],
    ['dont', "don't"],
    ['youre', "you're"],
  ])('%s → %s first', (typo, word) => {
    expect(first(typo)[0]).toBe(word)
  })

  it.each([
    ['futher', 'further'],
    ['sence', 'sense'],
    ['wnat', 'want'],
  ])('%s → %s among the first three', (typo, word) => {
    expect(first(typo).slice(0, 3)).toContain(word)
  })

  it('offers at most five, best first, the same every time', () => {
    const once = suggest('stategy', { dialect: 'en-US', limit: 5 })
    clearSuggestionCache()
    const again = suggest('stategy', { dialect: 'en-US', limit: 5 })
    expect(once).toHaveLength(5)
    expect(once[0]?.word).toBe('strategy')
    expect(again).toEqual(once)
    for (let i = 1; i < once.length; i++)
      expect(once[i - 1]?.score).toBeGreaterThanOrEqual(once[i]?.score ?? 0)
  })

  it('keeps the capitals of the written word', () => {
    expect(first('Recieve')[0]).toBe('Receive')
    expect(first('RECIEVE')[0]).toBe('RECEIVE')
    expect(matchCase('Paris', 'pairs')).toBe('Paris')
  })

  it('suggests a proper noun with its capital for a lowercase word', () => {
    expect(first('monday')[0]).toBe('Monday')
    expect(first('english')[0]).toBe('English')
  })

  it('suggests in the dialect asked for', () => {
    expect(first('colur')[0]).toBe('color')
    expect(first('colur', 'en-GB')[0]).toBe('colour')
    expect(first('organisation')[0]).toBe('organization')
    expect(first('organization', 'en-GB')[0]).toBe('organisation')
  })

  it('never offers a word the dictionary marks not to suggest', () => {
    expect(first('fcuk')).not.toContain('fuck')
    expect(first('shiit')).not.toContain('shit')
  })

  it('offers extra words (context, personal) the dictionary lacks', () => {
    const extra = new Map([['quillworks', 'Quillworks']])
    expect(suggest('Quilworks', { dialect: 'en-US', limit: 5, extra })[0]?.word).toBe('Quillworks')
  })

  it('stays within the cost asked for, and offers names only close common words', () => {
    expect(suggest('qqxzvw', { dialect: 'en-US', limit: 5 })).toEqual([])
    const close = suggest('Salesforse', {
      dialect: 'en-US',
      limit: 5,
      name: true,
      maxCost: 1.5,
      commonWordCost: 0.6,
    })
    expect(close.map((s) => s.word)).toEqual(['Salesforce'])
    expect(close.every((s) => s.cost <= 1.5)).toBe(true)
  })

  it('charges a shared allowance of search steps the same whether or not the result is cached', () => {
    clearSuggestionCache()
    const fresh = { steps: 1_000_000 }
    const searched = suggest('definately', { dialect: 'en-US', limit: 5, allowance: fresh })
    const cached = { steps: 1_000_000 }
    expect(suggest('definately', { dialect: 'en-US', limit: 5, allowance: cached })).toEqual(searched)
    expect(cached.steps).toBe(fresh.steps)
    expect(fresh.steps).toBeLessThan(1_000_000)
    // Too few steps left: no dictionary suggestions, and nothing left for later words.
    const short = { steps: 10 }
    expect(suggest('definately', { dialect: 'en-US', limit: 5, allowance: short })).toEqual([])
    expect(short.steps).toBe(0)
    expect(suggest('recieve', { dialect: 'en-US', limit: 5, allowance: short })).toEqual([])
  })

  it('bounds the work on one word by table cells, and keeps what the bounded search found', () => {
    const used = (word: string) => {
      clearSuggestionCache()
      const allowance = { steps: 1_000_000 }
      const suggestions = suggest(word, { dialect: 'en-US', limit: 5, allowance }).map((s) => s.word)
      return { steps: 1_000_000 - allowance.steps, suggestions }
    }
    // Nothing is close to a row of consonants: the search runs until the bound, and stops there.
    const garbled = used('qwxzpvbnmtrk')
    expect(garbled.steps).toBe(Math.floor(WORK_PER_WORD / 13))
    expect(garbled.suggestions).toEqual([])
    // A long word with many near neighbours stops before it (children too rare to beat the finds
    // so far are skipped unsearched), with its correction found first.
    const long = used('accomadation')
    expect(long.steps).toBeGreaterThan(0)
    expect(long.steps).toBeLessThan(Math.floor(WORK_PER_WORD / 13))
    expect(long.suggestions[0]).toBe('accommodation')
    // A short word stops well before it.
    const short = used('recieve')
    expect(short.steps).toBeGreaterThan(0)
    expect(short.steps).toBeLessThan(Math.floor(WORK_PER_WORD / 8))
    expect(short.suggestions[0]).toBe('receive')
  })

  it('returns nothing for an empty or overlong word', () => {
    expect(first('')).toEqual([])
    expect(first('a'.repeat(200))).toEqual([])
  })
})
