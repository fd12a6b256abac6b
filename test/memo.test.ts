import { describe, expect, it } from 'vitest'
import { boundedMemo } from '../src/text/memo.js'

describe('boundedMemo', () => {
  const counting = (limit: number) => {
    const calls: string[] = []
    const memo = boundedMemo(limit, (key) => {
      calls.push(key)
      return key.length
    })
    return { memo, calls }
  }

  it('computes each key once while it is remembered', () => {
    const { memo, calls } = counting(10)
    expect([memo('ab'), memo('abc'), memo('ab')]).toEqual([2, 3, 2])
    expect(calls).toEqual(['ab', 'abc'])
  })

  it('remembers a falsy result as well', () => {
    const { memo, calls } = counting(10)
    expect([memo(''), memo('')]).toEqual([0, 0])
    expect(calls).toEqual([''])
  })

  it('forgets everything once it holds `limit` results, then remembers again', () => {
    const { memo, calls } = counting(2)
    memo('a')
    memo('bb')
    memo('ccc') // the cache was full: it is emptied before `ccc` is stored
    memo('a')
    memo('ccc')
    expect(calls).toEqual(['a', 'bb', 'ccc', 'a'])
  })

  it('computes afresh after clear()', () => {
    const { memo, calls } = counting(10)
    memo('a')
    memo.clear()
    memo('a')
    expect(calls).toEqual(['a', 'a'])
  })
})
