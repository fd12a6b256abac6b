/**
 * The rule documentation in `docs/rules/`: one page per checker, `<checker>.md`, with a rule
 * table and one `` ## `rule-id` `` section per rule, and an index of every rule, `README.md`.
 *
 * The parts generated from `rules` sit between markers; everything else is written by hand.
 * These functions are pure: `scripts/build-rule-docs.ts` writes their output, and
 * `test/rule-docs.test.ts` checks that the pages on disk equal it.
 */
import type { CheckerName, RuleMeta } from '../src/types.ts'

export const TABLE_START = '<!-- rules:start -->'
export const TABLE_END = '<!-- rules:end -->'
export const META_START = '<!-- rule-meta:start -->'
export const META_END = '<!-- rule-meta:end -->'
export const INDEX_FILE = 'README.md'

/** Level-2 headings of a page that are not rule sections. */
export const PAGE_HEADINGS: readonly string[] = ['Options', 'Rules']

/**
 * Rules the usual `rules: { id: 'off' }` setting does not silence, with what to say instead.
 * `draft-too-large` is reported before any rule setting is read.
 */
const NOT_SILENCEABLE: Readonly<Record<string, string>> = {
  'draft-too-large':
    'Cannot be turned off: the draft is refused before any rule setting is read. Raise `maxLength` (`{ maxLength: 200_000 }` in the options of `lintThankYou` or in a config file) to lint a longer draft.',
}

export interface Section {
  /** The heading's text, without `## `. */
  heading: string
  /** The rule the heading names (`` `rule-id` `` or `rule-id`), if it has that shape. */
  ruleId?: string
  /** Index of the heading line. */
  start: number
  /** Index of the line after the section's last line. */
  end: number
}

export interface Example {
  kind: 'wrong' | 'right'
  text: string
  /** The `json context` block in force for this example, if any. */
  context?: unknown
  /** The `json options` block in force for this example, if any. */
  options?: unknown
  /** 1-based line of the example's opening fence in the page. */
  line: number
}

/** Splits a page into lines, as the generator writes them (`\n`). */
function lines(page: string): string[] {
  return page.replace(/\r\n?/g, '\n').split('\n')
}

const FENCE = /^\s*(`{3,}|~{3,})(.*)$/

/** The page's level-2 sections, ignoring headings inside fenced code. */
export function sections(page: string): Section[] {
  const all = lines(page)
  const found: Section[] = []
  let fence: string | undefined
  all.forEach((line, index) => {
    const fenceMatch = FENCE.exec(line)
    if (fenceMatch?.[1]) {
      const marker = fenceMatch[1]
      if (fence === undefined) fence = marker
      else if (marker[0] === fence[0] && marker.length >= fence.length && !fenceMatch[2]?.trim())
        fence = undefined
      return
    }
    if (fence !== undefined) return
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line)
    if (!heading?.[1] || line.startsWith('###')) return
    const previous = found.at(-1)
    if (previous) previous.end = index
    const text = heading[1]
    const id = /^`?([a-z0-9]+(?:-[a-z0-9]+)*)`?$/.exec(text)?.[1]
    found.push({ heading: text, ...(id !== undefined && { ruleId: id }), start: index, end: all.length })
  })
  return found
}

/**
 * The anchor GitHub gives a heading: lower case, punctuation other than `-` and `_` dropped,
 * spaces to `-`. For `` ## `rule-id` `` it is `rule-id`.
 */
export function githubAnchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

/** The examples of one section, each with the `json context` and `json options` in force for it. */
export function examples(page: string, section: Section): Example[] {
  const all = lines(page)
  const found: Example[] = []
  let context: unknown
  let options: unknown
  for (let index = section.start + 1; index < section.end; index++) {
    const open = FENCE.exec(all[index] ?? '')
    if (!open?.[1]) continue
    const marker = open[1]
    const info = (open[2] ?? '').trim().split(/\s+/)
    let close = index + 1
    while (close < section.end && !isClosingFence(all[close] ?? '', marker)) close++
    const body = all.slice(index + 1, close).join('\n')
    if (info[0] === 'json' && info[1] === 'context') context = JSON.parse(body)
    else if (info[0] === 'json' && info[1] === 'options') options = JSON.parse(body)
    else if (info[1] === 'wrong' || info[1] === 'right') {
      found.push({
        kind: info[1],
        text: body,
        ...(context !== undefined && { context }),
        ...(options !== undefined && { options }),
        line: index + 1,
      })
    }
    index = close
  }
  return found
}

function isClosingFence(line: string, marker: string): boolean {
  const match = FENCE.exec(line)
  return (
    match?.[1] !== undefined &&
    match[1][0] === marker[0] &&
    match[1].length >= marker.length &&
    !match[2]?.trim()
  )
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

/** The rule table of a checker's page. */
export function ruleTable(pageRules: readonly RuleMeta[]): string {
  const rows = pageRules.map(
    (rule) =>
      `| [\`${rule.id}\`](#${rule.id}) | ${rule.defaultSeverity} | ${rule.fixable ? 'yes' : ''} | ${escapeCell(rule.description)} |`,
  )
  return [
    '| Rule | Default severity | Fixable | What it catches |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n')
}

/** A rule's metadata lines: default severity, fixable, and how to turn it off. */
export function ruleMeta(rule: RuleMeta): string {
  const quoted = /^[a-z]+$/.test(rule.id) ? rule.id : `'${rule.id}'`
  const off =
    NOT_SILENCEABLE[rule.id] ??
    `Turn it off with \`{ rules: { ${quoted}: 'off' } }\` in the options of \`lintThankYou\`, or \`rules: { ${rule.id}: off }\` in a config file such as \`.thankyoulintrc.yaml\`; turn the whole checker off with \`checkers: { ${rule.checker}: false }\`.`
  const other = rule.defaultSeverity === 'error' ? 'warning' : 'error'
  const change = NOT_SILENCEABLE[rule.id] ? '' : `; change it with \`{ rules: { ${quoted}: '${other}' } }\``
  return [
    `- Default severity: \`${rule.defaultSeverity}\`${change}.`,
    `- Fixable: ${rule.fixable ? 'yes, when the repair is certain (`finding.fix`)' : 'no'}.`,
    `- ${off}`,
  ].join('\n')
}

function between(start: string, body: string, end: string): string {
  return `${start}\n${body}\n${end}`
}

/** A page for a checker that has none yet: the title and the rule table. */
export function emptyPage(checker: CheckerName): string {
  return `# Checker \`${checker}\`\n\n[All rules](README.md)\n\nWhat the checker does.\n\n## Rules\n\n${TABLE_START}\n${TABLE_END}\n`
}

/**
 * The page with its generated parts brought up to date: the rule table, and the metadata of each
 * rule section (inserted under the heading when missing). A rule without a section gets a stub
 * at the end, for a person to fill in; the test fails until it has its examples.
 */
export function updatePage(page: string, checker: CheckerName, allRules: readonly RuleMeta[]): string {
  const pageRules = allRules.filter((rule) => rule.checker === checker)
  const byId = new Map(pageRules.map((rule) => [rule.id, rule]))
  const normalised = page.replace(/\r\n?/g, '\n')
  const tableStart = normalised.indexOf(TABLE_START)
  const tableEnd = normalised.indexOf(TABLE_END)
  if (tableStart < 0 || tableEnd < tableStart) {
    throw new Error(`docs/rules/${checker}.md: missing ${TABLE_START} … ${TABLE_END}`)
  }
  const withTable =
    normalised.slice(0, tableStart) +
    between(TABLE_START, ruleTable(pageRules), TABLE_END) +
    normalised.slice(tableEnd + TABLE_END.length)

  const all = lines(withTable)
  const documented = new Set<string>()
  // Last section first, so earlier line indices stay valid.
  for (const section of sections(withTable).reverse()) {
    const rule = section.ruleId === undefined ? undefined : byId.get(section.ruleId)
    if (!rule) continue
    documented.add(rule.id)
    const meta = between(META_START, ruleMeta(rule), META_END).split('\n')
    const startAt = all.findIndex(
      (line, index) => index > section.start && index < section.end && line === META_START,
    )
    const endAt = all.findIndex((line, index) => index > startAt && index < section.end && line === META_END)
    if (startAt >= 0 && endAt > startAt) all.splice(startAt, endAt - startAt + 1, ...meta)
    else all.splice(section.start + 1, 0, '', ...meta)
  }
  let result = all.join('\n')
  const missing = pageRules.filter((rule) => !documented.has(rule.id))
  if (missing.length > 0) {
    result = result.replace(/\n*$/, '\n')
    for (const rule of missing) {
      result += `\n## \`${rule.id}\`\n\n${between(META_START, ruleMeta(rule), META_END)}\n\n${rule.description}\n\nTODO: a Wrong and a Right example.\n`
    }
  }
  return result.endsWith('\n') ? result : `${result}\n`
}

export const README_TABLE_START = '<!-- rules-table:start -->'
export const README_TABLE_END = '<!-- rules-table:end -->'

/**
 * The project README's table of every rule: one row per checker, linking the checker's page and
 * each rule's section through `prefix` (`docs/rules/` from the repository's root).
 */
export function readmeTable(
  checkers: readonly CheckerName[],
  allRules: readonly RuleMeta[],
  prefix: string,
): string {
  const rows = checkers.map((checker) => {
    const links = allRules
      .filter((rule) => rule.checker === checker)
      .map((rule) => `[\`${rule.id}\`](${prefix}${checker}.md#${rule.id})`)
    return `| [${checker}](${prefix}${checker}.md) | ${links.join(' · ')} |`
  })
  return ['| checker | rules |', '| --- | --- |', ...rows].join('\n')
}

/**
 * The project README with its table of every rule brought up to date, when it has the
 * `<!-- rules-table:start -->` and `<!-- rules-table:end -->` markers; unchanged otherwise.
 */
export function updateReadme(
  readme: string,
  checkers: readonly CheckerName[],
  allRules: readonly RuleMeta[],
): string {
  const start = readme.indexOf(README_TABLE_START)
  const end = readme.indexOf(README_TABLE_END)
  if (start < 0 || end < start) return readme
  return (
    readme.slice(0, start) +
    between(README_TABLE_START, readmeTable(checkers, allRules, 'docs/rules/'), README_TABLE_END) +
    readme.slice(end + README_TABLE_END.length)
  )
}

/** `docs/rules/README.md`: every rule, by checker, linked to its section. */
export function renderIndex(checkers: readonly CheckerName[], allRules: readonly RuleMeta[]): string {
  const parts = [
    '# Rules',
    '',
    '<!-- Generated by `npm run docs:rules` from `rules`; edit the checker pages or the rules, not this file. -->',
    '',
    `Every finding of \`lintThankYou\` and the CLI names one of these ${allRules.length} rules in \`ruleId\`, and links to its section in \`url\`. Each checker has a page: what it checks, its options, and for each rule what it catches, a wrong and a right example, and how to turn it off.`,
    '',
    "Turn a rule off or change its severity with `options.rules` (`{ rules: { 'too-long': 'off', 'vague-subject': 'info' } }`), or a whole checker off with `options.checkers` (`{ checkers: { timing: false } }`); a CLI config file takes the same keys.",
    '',
  ]
  for (const checker of checkers) {
    const own = allRules.filter((rule) => rule.checker === checker)
    parts.push(`## [\`${checker}\`](${checker}.md)`, '')
    parts.push('| Rule | Default severity | Fixable | What it catches |', '| --- | --- | --- | --- |')
    for (const rule of own) {
      parts.push(
        `| [\`${rule.id}\`](${checker}.md#${rule.id}) | ${rule.defaultSeverity} | ${rule.fixable ? 'yes' : ''} | ${escapeCell(rule.description)} |`,
      )
    }
    parts.push('')
  }
  return parts.join('\n')
}
