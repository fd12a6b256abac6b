import { describe, expect, it } from 'vitest'
import { SidecarFinder } from '../src/cli/context.js'
import { blankHandlebarsHelpers } from '../src/cli/formats/html.js'
import { extract, formatOf } from '../src/cli/formats/index.js'
import { type LintSettings, lintBytes } from '../src/cli/lint-file.js'
import type { FileResult } from '../src/formatters/types.js'
import { alignText, decodeCharacterReference, mapSpan, TextBuilder } from '../src/markup/source-map.js'
import type { ThankYouContext } from '../src/types.js'

const encoder = new TextEncoder()

function settings(context?: ThankYouContext, template = false): LintSettings {
  return {
    options: template ? { template: true } : {},
    contexts: [context],
    sidecars: new SidecarFinder(),
    display: (path) => path,
  }
}

/** Lints `source` as file `name` and returns each finding of `ruleId` with the source text it points at. */
async function flagged(name: string, source: string, ruleId: string, template = false) {
  const result: FileResult = await lintBytes(
    encoder.encode(source),
    name,
    name,
    undefined,
    settings(undefined, template),
  )
  return result.findings
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => {
      const position = finding.position
      if (!position) return { text: undefined, line: undefined, column: undefined }
      return {
        text: source.slice(position.start.offset, position.end.offset),
        line: position.start.line,
        column: position.start.column,
      }
    })
}

/** The source text under the extracted text's first occurrence of `needle`. */
async function sourceOf(name: string, source: string, needle: string): Promise<string> {
  const extracted = await extract(formatOf(name), source, encoder.encode(source))
  const at = extracted.text.indexOf(needle)
  expect(at).toBeGreaterThanOrEqual(0)
  if (!extracted.map) return source.slice(at, at + needle.length)
  const span = mapSpan(extracted.map, at, at + needle.length)
  return source.slice(span.start, span.end)
}

describe('formatOf', () => {
  it('reads the format from the extension, plain text otherwise', () => {
    expect(formatOf('a/thanks.MD')).toBe('markdown')
    expect(formatOf('thanks.markdown')).toBe('markdown')
    expect(formatOf('thanks.htm')).toBe('html')
    expect(formatOf('thanks.hbs')).toBe('handlebars')
    expect(formatOf('thanks.eml')).toBe('email')
    expect(formatOf('thanks.txt')).toBe('text')
    expect(formatOf('THANKS')).toBe('text')
  })
})

describe('alignText', () => {
  it('maps decoded character references to the whole reference', () => {
    const source = '<p>Tom &amp; Jerry caf&eacute; &#x1F600;!</p>'
    const value = 'Tom & Jerry café 😀!'
    const mapped = alignText(value, source, 3, source.length - 4, decodeCharacterReference)
    const ampersand = value.indexOf('&')
    expect(source.slice(mapped.starts[ampersand], mapped.ends[ampersand])).toBe('&amp;')
    const e = value.indexOf('é')
    expect(source.slice(mapped.starts[e], mapped.ends[e])).toBe('&eacute;')
    const emoji = value.indexOf('😀')
    expect(source.slice(mapped.starts[emoji], mapped.ends[emoji + 1])).toBe('&#x1F600;')
    expect(source.slice(mapped.starts.at(-1), mapped.ends.at(-1))).toBe('!')
  })

  it('skips markup between lines and maps what it cannot find to an empty range', () => {
    const source = '> one\n> two'
    const mapped = alignText('one\ntwo?', source, 2, source.length)
    expect(mapped.starts.slice(0, 7)).toEqual([2, 3, 4, 5, 8, 9, 10])
    expect(mapped.starts[7]).toBe(mapped.ends[7])
  })
})

describe('TextBuilder', () => {
  it('puts one blank line between paragraphs and collapses whitespace like a browser', () => {
    const builder = new TextBuilder()
    builder.paragraphBreak()
    builder.append(alignText('  Hello   there \n', '  Hello   there \n', 0, 17), true)
    builder.paragraphBreak()
    builder.append(alignText('Next', 'Next', 0, 4), true)
    builder.lineBreak()
    builder.paragraphBreak()
    const { text, map } = builder.build()
    expect(text).toBe('Hello there\n\nNext')
    expect(map.starts[5]).toBe(7)
  })
})

describe('Markdown', () => {
  it('maps findings through front matter, emphasis, escapes and block quotes', async () => {
    const source = [
      '---',
      'company:',
      '  name: Brightline',
      '---',
      'Dear Ms. Okoro,',
      '',
      'Thank you for **meeting** me \\*today\\* about [Project Name].',
      '',
      '> We talked about',
      '> {{topic}} at length.',
      '',
      'Best regards,',
      'Jane Doe',
    ].join('\n')
    expect(await flagged('a.md', source, 'unresolved-placeholder')).toEqual([
      { text: '[Project Name]', line: 7, column: 46 },
      { text: '{{topic}}', line: 10, column: 3 },
    ])
    expect(await sourceOf('a.md', source, '*today*')).toBe('\\*today\\*')
  })

  it('takes the front matter as the context', async () => {
    const source = '---\ncompany:\n  name: Brightline\n---\nThanks for the chat at {{company}}.\n'
    expect(await flagged('a.md', source, 'unresolved-placeholder')).toEqual([
      { text: '{{company}}', line: 5, column: 24 },
    ])
    const [finding] = (
      await lintBytes(encoder.encode(source), 'a.md', 'a.md', undefined, settings())
    ).findings.filter((f) => f.ruleId === 'unresolved-placeholder')
    expect(finding?.message).toContain('Brightline')
  })

  it('keeps paragraphs apart, tight list items on their own lines, and leaves code blocks out', async () => {
    const extracted = await extract(
      'markdown',
      '# Hi\n\nOne *two*\nthree\n\n- a\n- b\n\n```\n[Name]\n```\n\n<div>[Raw]</div>\n\nEnd  \nNow<br>Then',
      new Uint8Array(),
    )
    expect(extracted.text).toBe('Hi\n\nOne two\nthree\n\na\nb\n\nEnd\nNow\nThen')
  })
})

describe('HTML and Handlebars', () => {
  it('maps findings through tags, entities and collapsed whitespace, ignoring scripts and styles', async () => {
    const source = [
      '<html><head><title>[Title]</title><style>p { color: red }</style></head><body>',
      '<p>Dear Ms. Okoro,</p>',
      '<p>Thanks &amp; caf&eacute;   for the <b>chat</b> with',
      '   [Name].</p><script>var x = "[Script]"</script>',
      '<p>Best regards,<br>Jane Doe</p>',
      '</body></html>',
    ].join('\n')
    expect(await flagged('a.html', source, 'unresolved-placeholder')).toEqual([
      { text: '[Name]', line: 4, column: 4 },
    ])
    const extracted = await extract('html', source, new Uint8Array())
    expect(extracted.text).toBe(
      'Dear Ms. Okoro,\n\nThanks & café for the chat with [Name].\n\nBest regards,\nJane Doe',
    )
  })

  it('reads .hbs variables as template slots and drops helpers and comments', async () => {
    const source = [
      '{{!-- greeting --}}',
      '<p>Dear {{interviewer.name}},</p>',
      '{{#if topic}}<p>We spoke about {{topic}} and {{{compnay}}}.</p>{{else}}<p>Hi</p>{{/if}}',
      '<p>Best,<br>{{> signature}}{{candidate.name}}</p>',
    ].join('\n')
    expect(await flagged('a.hbs', source, 'unknown-template-variable', true)).toEqual([
      { text: '{{compnay}}', line: 3, column: 47 },
    ])
    expect(await flagged('a.hbs', source, 'unresolved-placeholder', true)).toEqual([])
  })

  it('blanks helpers without moving offsets, and stops on an unclosed {{', () => {
    const source = 'a{{#if x}}\nb{{/if}}c{{{raw}}}{{else}}{{ name }}{{'
    const blanked = blankHandlebarsHelpers(source)
    expect(blanked).toHaveLength(source.length)
    expect(blanked).toBe('a         \nb       c {{raw}}         {{ name }}{{')
    expect(blankHandlebarsHelpers('{{'.repeat(50_000))).toHaveLength(100_000)
  })
})

describe('email (.eml)', () => {
  it('maps the subject and a quoted-printable body back into the raw message', async () => {
    const source = [
      'From: Jane Doe <jane@example.com>',
      'Subject: Lunch next week',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Hello,',
      '',
      'Thank you for the caf=C3=A9 chat about [Topic] and the soft-wrapped li=',
      'ne with [Name].',
      '',
      'Best regards,',
      'Jane Doe',
      '',
    ].join('\r\n')
    expect(await flagged('a.eml', source, 'vague-subject')).toEqual([
      { text: 'Lunch next week', line: 2, column: 10 },
    ])
    expect(await flagged('a.eml', source, 'generic-greeting')).toEqual([
      { text: 'Hello,', line: 6, column: 1 },
    ])
    expect(await flagged('a.eml', source, 'unresolved-placeholder')).toEqual([
      { text: '[Topic]', line: 8, column: 40 },
      { text: '[Name]', line: 9, column: 9 },
    ])
  })

  it('reads the HTML part when there is no plain-text part', async () => {
    const source = [
      'From: a@example.com',
      'Subject: Thank you',
      'Content-Type: multipart/alternative; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Dear Dana,</p>',
      '<p>Thank you &amp; [Name] here.</p>',
      '--b1--',
      '',
    ].join('\n')
    const extracted = await extract('email', source, encoder.encode(source))
    expect(extracted.text).toBe('Subject: Thank you\n\nDear Dana,\n\nThank you & [Name] here.')
    expect(await flagged('a.eml', source, 'unresolved-placeholder')).toEqual([
      { text: '[Name]', line: 9, column: 20 },
    ])
  })

  it('points a base64 body, which cannot be aligned, at the start of the body', async () => {
    const body = Buffer.from('Hello,\n\nThanks [Name].\n').toString('base64')
    const source = `Subject: Thanks\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${body}\n`
    const [finding] = await flagged('a.eml', source, 'unresolved-placeholder')
    expect(finding).toMatchObject({ line: 5, column: 1 })
  })
})
