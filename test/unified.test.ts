import rehypeParse from 'rehype-parse'
import { remark } from 'remark'
import { retext } from 'retext'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { describe, expect, it } from 'vitest'
import type { ThankYouContext } from '../src/types.js'
import { thankYouLint } from '../src/unified.js'

const context: ThankYouContext = {
  interviewers: [{ name: 'Dana Whitfield', honorific: 'Ms.' }],
  company: { name: 'Acme' },
  position: 'data engineer',
}

const letter = [
  'Dear Ms. Whitfeld,',
  '',
  'Thank you for meeting me on Tuesday to talk about the data engineer role at Acme. I enjoyed',
  'hearing how your team rebuilt the billing pipeline, and I am even more excited to join Acme.',
  'My experience moving batch jobs to streaming would help your team ship the new reports sooner.',
  '',
  'Best regards,',
  'Sam Patel',
].join('\n')

/** rehype without a compiler: parse and run, as a lint-only pipeline does. */
async function lintWithRehype(html: string, fragment: boolean): Promise<VFile> {
  const processor = unified().use(rehypeParse, { fragment }).use(thankYouLint, context)
  const file = new VFile(html)
  await processor.run(processor.parse(file), file)
  return file
}

describe('thankYouLint, the unified plugin', () => {
  it('adds each finding to a retext file as a vfile message at its place in the text', async () => {
    const file = await retext()
      .use(thankYouLint, context)
      .process(new VFile({ path: 'a.txt', value: letter }))
    const misspelt = file.messages.find((message) => message.ruleId === 'interviewer-name-misspelled')
    expect(misspelt).toBeDefined()
    expect(misspelt?.source).toBe('thank-you-lint')
    expect(misspelt?.place).toEqual({
      start: { line: 1, column: 10, offset: 9 },
      end: { line: 1, column: 18, offset: 17 },
    })
    expect(misspelt?.actual).toBe('Whitfeld')
    expect(misspelt?.expected).toEqual(['Whitfield'])
    expect(misspelt?.url).toMatch(/interviewer-name-misspelled/)
    expect(misspelt?.fatal).toBe(true)
    expect(letter.slice(9, 17)).toBe('Whitfeld')
  })

  it('marks warnings not fatal and information undefined, as file.message and file.info do', async () => {
    const file = await retext()
      .use(thankYouLint, context, { rules: { 'interviewer-name-misspelled': 'warning' } })
      .process(letter)
    expect(file.messages.find((m) => m.ruleId === 'interviewer-name-misspelled')?.fatal).toBe(false)
    const info = await retext()
      .use(thankYouLint, context, { rules: { 'interviewer-name-misspelled': 'info' } })
      .process(letter)
    expect(info.messages.find((m) => m.ruleId === 'interviewer-name-misspelled')?.fatal).toBeUndefined()
  })

  it('adds nothing for a letter with no finding', async () => {
    const clean = letter.replace('Whitfeld', 'Whitfield')
    const file = await retext().use(thankYouLint, context).process(clean)
    expect(file.messages.map((message) => message.ruleId)).toEqual([])
  })

  it('lints only the prose of a Markdown file and places findings in the Markdown source', async () => {
    const markdown = [
      'Dear Ms. Whitfeld,',
      '',
      'Thank you for meeting me on Tuesday to talk about the **data engineer** role at',
      '[Acme](https://acme.example/jobs?id=teh). I enjoyed hearing how your team rebuilt the billing',
      'pipeline, and I am even more excited to join Acme. My experience moving batch jobs to',
      'streaming would help your team ship the new reports sooner. Teh `kafka_cnsumer` code was fun.',
      '',
      '```',
      'recieve()',
      '```',
      '',
      'Best regards,  ',
      'Sam Patel',
    ].join('\n')
    const file = await remark().use(thankYouLint, context).process(markdown)
    const places = file.messages.map((message) => [
      message.ruleId,
      message.place && 'start' in message.place ? message.place.start.offset : undefined,
      message.place && 'end' in message.place ? message.place.end.offset : undefined,
    ])
    const teh = markdown.lastIndexOf('Teh')
    expect(places).toEqual([
      ['interviewer-name-misspelled', 9, 17],
      ['unknown-word', teh, teh + 3],
    ])
    // Neither the link target, the inline code's identifier nor the code block is linted.
    expect(file.messages.some((message) => message.actual === 'recieve')).toBe(false)
  })

  it('lints only the visible text of an HTML document (rehype) and places findings in the HTML', async () => {
    const html = [
      '<!doctype html><html><head><title>Teh draft</title><style>p { color: red }</style></head>',
      '<body><p>Dear Ms. Whitfeld,</p>',
      '<p>Thank you for meeting me on Tuesday to talk about the <b>data engineer</b> role at',
      '<a href="https://acme.example/jobs?id=teh">Acme</a>. I enjoyed hearing how your team rebuilt the',
      'billing pipeline, and I am even more excited to join Acme. My experience moving batch jobs to',
      'streaming would help your team ship the new reports sooner. Teh rest&nbsp;was fun.</p>',
      '<script>recieve()</script>',
      '<p>Best regards,<br>Sam Patel</p></body></html>',
    ].join('\n')
    const file = await lintWithRehype(html, false)
    const places = file.messages.map((message) => [
      message.ruleId,
      message.place && 'start' in message.place ? message.place.start.offset : undefined,
      message.place && 'end' in message.place ? message.place.end.offset : undefined,
    ])
    const name = html.indexOf('Whitfeld')
    const teh = html.lastIndexOf('Teh')
    expect(places).toEqual([
      ['interviewer-name-misspelled', name, name + 8],
      ['unknown-word', teh, teh + 3],
    ])
    // Neither the title, the style, the link target nor the script is linted.
    expect(file.messages.some((message) => message.actual === 'recieve')).toBe(false)
    expect(file.messages.filter((message) => message.actual === 'Teh')).toHaveLength(1)
  })

  it('reads a rehype fragment of inline text as HTML too', async () => {
    const fragment = 'Dear Ms. Whitfeld, <i>thank you</i> for the interview.'
    const file = await lintWithRehype(fragment, true)
    const misspelt = file.messages.find((message) => message.ruleId === 'interviewer-name-misspelled')
    expect(misspelt?.place).toEqual({
      start: { line: 1, column: 10, offset: 9 },
      end: { line: 1, column: 18, offset: 17 },
    })
  })

  it('prints through vfile-reporter like any other unified lint', async () => {
    const file = await retext()
      .use(thankYouLint, context)
      .process(new VFile({ path: 'a.txt', value: letter }))
    const report = reporter(file, { color: false })
    expect(report).toContain('a.txt')
    expect(report).toMatch(
      /1:10-1:18\s+error\s+"Whitfeld" misspells Dana Whitfield's name.*interviewer-name-misspelled\s+thank-you-lint/,
    )
    expect(report).toContain('1 error')
  })

  it('throws a TypeError naming the field for a bad context', async () => {
    const bad: ThankYouContext = JSON.parse('{"company":"Acme"}')
    await expect(retext().use(thankYouLint, bad).process(letter)).rejects.toThrow(/context\.company/)
  })
})
