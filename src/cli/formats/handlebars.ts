/**
 * Handlebars `{{#each interviewers}}` blocks. Inside one, `{{this}}` is an interviewer and
 * `{{name}}`, `{{title}}`, `{{honorific}}` (also as `{{this.name}}`…) and `{{@index}}`, `{{@first}}`,
 * `{{@last}}` are its fields and loop variables: valid template slots, not unknown variables.
 */

/** The slots valid inside `{{#each interviewers}}`, as written between the braces. */
const ITEM_SLOTS: ReadonlySet<string> = new Set([
  'this',
  'this.name',
  'this.title',
  'this.honorific',
  'name',
  'title',
  'honorific',
  '@index',
  '@first',
  '@last',
  '@key',
])

/** Source ranges `[start, end)` of the bodies of `{{#each interviewers}}` blocks, nested or not. */
export function eachInterviewerScopes(source: string): [number, number][] {
  const scopes: [number, number][] = []
  const open: { helper: string; body: number | undefined }[] = []
  for (let tag = nextHandlebarsTag(source, 0); tag; tag = nextHandlebarsTag(source, tag.end)) {
    const { start: at, end } = tag
    const name = slotName(source.slice(at, end))
    if (name.startsWith('#')) {
      const [helper = '', argument] = name.slice(1).trim().split(/\s+/, 2)
      open.push({ helper, body: helper === 'each' && argument === 'interviewers' ? end : undefined })
    } else if (name.startsWith('/')) {
      const helper = name.slice(1).trim()
      // Close the innermost block of that helper; a stray closing tag closes nothing.
      for (let k = open.length - 1; k >= 0; k--) {
        if (open[k]?.helper !== helper) continue
        const body = open[k]?.body
        if (body !== undefined) scopes.push([body, at])
        open.length = k
        break
      }
    }
  }
  return scopes
}

/**
 * The next `{{…}}` tag (or `{{!-- … --}}` comment) at or after `from`: where it starts, where its
 * closing braces start, and where it ends. Scans by hand, so a tag with no closing `}}` ends the
 * scan instead of costing a regular expression's backtracking.
 */
export function nextHandlebarsTag(
  source: string,
  from: number,
): { start: number; close: number; end: number } | undefined {
  const start = source.indexOf('{{', from)
  if (start === -1) return undefined
  const comment = source.startsWith('{{!--', start)
  const close = comment ? source.indexOf('--}}', start + 5) : source.indexOf('}}', start + 2)
  if (close === -1) return undefined
  return { start, close, end: close + (comment ? 4 : 2) }
}

/** What a `{{…}}` tag holds, without braces, `~` whitespace control or surrounding spaces. */
function slotName(tag: string): string {
  let inner = tag.replace(/^\{\{\{?/, '').replace(/\}?\}\}$/, '')
  if (inner.startsWith('~')) inner = inner.slice(1)
  if (inner.endsWith('~')) inner = inner.slice(0, -1)
  return inner.trim()
}

/** Whether the tag `source[start, end)` is an interviewer slot inside one of `scopes`. */
export function isEachSlot(
  source: string,
  start: number,
  end: number,
  scopes: readonly [number, number][],
): boolean {
  if (!scopes.some(([from, to]) => start >= from && end <= to)) return false
  return ITEM_SLOTS.has(slotName(source.slice(start, end)))
}
