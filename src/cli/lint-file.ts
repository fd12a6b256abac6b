import { rules } from '../checkers.js'
import { applyDirectives, findDirectives } from '../directives.js'
import type { FileResult } from '../formatters/types.js'
import { lintThankYou } from '../index.js'
import { type Extracted, mapSpan, type SourceMap } from '../markup/source-map.js'
import { pointAt, splitLines } from '../text/lines.js'
import type { CoverageReport, Finding, LintOptions, LintReport, Position, ThankYouContext } from '../types.js'
import { checkContext, loadContextFile, mergeContexts, type SidecarFinder } from './context.js'
import { parseData } from './data-file.js'
import { CliError, messageOf } from './errors.js'
import { eachInterviewerScopes, isEachSlot } from './formats/handlebars.js'
import { extract, formatOf, type InputFormat } from './formats/index.js'
import { BOM, decodeSource, type Source } from './read.js'

export interface LintSettings {
  options: LintOptions
  /** Context from the config file and from `--context`, lowest precedence first. */
  contexts: readonly (ThankYouContext | undefined)[]
  sidecars: SidecarFinder
  /** Shows a path in messages (relative to the working directory). */
  display(path: string): string
}

/**
 * Lints one file's bytes: decodes them, extracts the letter for the file's format, gathers its
 * context (front matter > sidecar > `--context` > config) and maps every position back to the file.
 * `path` is the file on disk (for the sidecar), `formatPath` the name that decides the format.
 */
export async function lintBytes(
  bytes: Uint8Array,
  label: string,
  formatPath: string,
  path: string | undefined,
  settings: LintSettings,
): Promise<FileResult> {
  const prepared = await prepareBytes(bytes, label, formatPath, path, settings)
  return finishReport(
    prepared,
    lintThankYou(prepared.extracted.text, prepared.context, settings.options),
    settings,
  )
}

/** A file read and extracted, with its context, ready to lint alone or in a batch. */
export interface PreparedFile {
  label: string
  format: InputFormat
  source: Source
  extracted: Extracted
  context: ThankYouContext | undefined
  /** The arguments it was prepared from, to prepare it again after a fix. */
  formatPath: string
  path: string | undefined
}

export async function prepareBytes(
  bytes: Uint8Array,
  label: string,
  formatPath: string,
  path: string | undefined,
  settings: LintSettings,
): Promise<PreparedFile> {
  const format = formatOf(formatPath)
  const source = decodeSource(bytes, label, format === 'email')
  // A byte order mark is not part of the letter: extract without it, then count it in positions.
  const bom = source.text.startsWith(BOM) ? BOM.length : 0
  let extracted: Extracted
  try {
    extracted = shiftExtracted(await extract(format, source.text.slice(bom), bytes), bom)
  } catch (error) {
    throw new CliError(`${label}: cannot read it as ${format}: ${messageOf(error)}`)
  }

  const sidecar = path === undefined ? undefined : settings.sidecars.find(path)
  const sidecarContext = sidecar ? await loadContextFile(sidecar, settings.display(sidecar)) : undefined
  let frontMatterContext: ThankYouContext | undefined
  if (extracted.frontMatter) {
    const where = `${label}: front matter`
    const { yaml, yamlStart } = extracted.frontMatter
    const data = await parseData(yaml, 'front-matter.yaml', where, lineOf(source.text, yamlStart))
    if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
      throw new CliError(`${where}: must be a mapping of context fields (interviewers, company, position, …)`)
    }
    frontMatterContext = checkContext(data, where)
  }
  const context = mergeContexts([...settings.contexts, sidecarContext, frontMatterContext])
  return { label, format, source, extracted, context, formatPath, path }
}

/**
 * The extraction of a file's text after its first `by` code units (a byte order mark), with its
 * offsets moved to count them. Plain text, which has no map, gets one.
 */
function shiftExtracted(extracted: Extracted, by: number): Extracted {
  if (by === 0) return extracted
  const shifted: Extracted = { text: extracted.text }
  if (extracted.map) {
    shifted.map = {
      starts: extracted.map.starts.map((offset) => offset + by),
      ends: extracted.map.ends.map((offset) => offset + by),
    }
  } else {
    const starts = new Int32Array(extracted.text.length)
    const ends = new Int32Array(extracted.text.length)
    for (let i = 0; i < starts.length; i++) {
      starts[i] = i + by
      ends[i] = i + by + 1
    }
    shifted.map = { starts, ends }
  }
  if (extracted.frontMatter) {
    const { yaml, yamlStart, end } = extracted.frontMatter
    shifted.frontMatter = { yaml, yamlStart: yamlStart + by, end: end + by }
  }
  return shifted
}

/** The 1-based line of `offset` in `text`. */
function lineOf(text: string, offset: number): number {
  return pointAt(splitLines(text.slice(0, offset + 1)), offset).line
}

/** Formats whose comments the extraction drops: their directives are read from the file itself. */
const COMMENT_FORMATS: ReadonlySet<InputFormat> = new Set(['markdown', 'html', 'handlebars'])

const KNOWN_RULES: ReadonlySet<string> = new Set(rules.map((rule) => rule.id))

/**
 * Maps a report on the extracted text back to the file, and applies the file's own directives
 * (`<!-- … -->`, `{{!-- … --}}`) that extraction left out of the text.
 */
export function finishReport(prepared: PreparedFile, report: LintReport, settings: LintSettings): FileResult {
  const { extracted, source, label } = prepared
  if (!extracted.map) {
    return { file: label, findings: report.findings, stats: report.stats, coverage: report.coverage }
  }
  const toSource = sourcePositions(extracted.map, source.text)
  let findings = report.findings.map((finding) => remapFinding(finding, toSource, extracted, source.text))
  if (prepared.format === 'handlebars') findings = withoutEachSlots(findings, source.text)
  if (COMMENT_FORMATS.has(prepared.format) && settings.options.allowInlineConfig !== false) {
    const directives = findDirectives(source.text)
    if (directives.length > 0) {
      const outcome = applyDirectives(
        findings,
        directives,
        source.text,
        (ruleId) => KNOWN_RULES.has(ruleId),
        settings.options.reportUnusedDisableDirectives === true,
      )
      findings = [...outcome.findings, ...outcome.problems.filter((problem) => isReported(problem, settings))]
      findings.sort(byPosition)
    }
  }
  return { file: label, findings, stats: report.stats, coverage: remapCoverage(report.coverage, toSource) }
}

/** Drops `unknown-template-variable` for `{{this}}`, `{{name}}`, `{{@index}}`… in `{{#each interviewers}}`. */
function withoutEachSlots(findings: Finding[], source: string): Finding[] {
  if (!findings.some((finding) => finding.ruleId === 'unknown-template-variable')) return findings
  const scopes = eachInterviewerScopes(source)
  if (scopes.length === 0) return findings
  return findings.filter(
    (finding) =>
      finding.ruleId !== 'unknown-template-variable' ||
      !finding.position ||
      !isEachSlot(source, finding.position.start.offset, finding.position.end.offset, scopes),
  )
}

function isReported(finding: Finding, settings: LintSettings): boolean {
  const setting = settings.options.rules?.[finding.ruleId]
  if (settings.options.checkers?.[finding.checker] === false || setting === 'off' || setting === false)
    return false
  if (setting === 'error' || setting === 'warning' || setting === 'info') finding.severity = setting
  return true
}

function byPosition(a: Finding, b: Finding): number {
  return (a.position?.start.offset ?? -1) - (b.position?.start.offset ?? -1)
}

/** Maps a position in the extracted text to the same text in the source file. */
function sourcePositions(map: SourceMap, source: string): (position: Position) => Position {
  let lines: ReturnType<typeof splitLines> | undefined
  return (position) => {
    lines ??= splitLines(source)
    const span = mapSpan(map, position.start.offset, position.end.offset)
    return { start: pointAt(lines, span.start), end: pointAt(lines, span.end) }
  }
}

/**
 * The finding at its place in the file. Its fix is kept only when the text it replaces is in the
 * file as it is in the extracted text: a fix over markup, an entity or an encoded byte is dropped.
 */
function remapFinding(
  finding: Finding,
  toSource: (position: Position) => Position,
  extracted: Extracted,
  source: string,
): Finding {
  const moved = finding.position ? { ...finding, position: toSource(finding.position) } : { ...finding }
  if (finding.fix && extracted.map) {
    const [start, end] = finding.fix.range
    const span = mapSpan(extracted.map, start, end)
    const plain = end > start && source.slice(span.start, span.end) === extracted.text.slice(start, end)
    if (plain) moved.fix = { range: [span.start, span.end], text: finding.fix.text }
    else delete moved.fix
  }
  return moved
}

function remapCoverage(coverage: CoverageReport, toSource: (position: Position) => Position): CoverageReport {
  const mapped = { ...coverage }
  for (const [point, result] of Object.entries(coverage) as [
    keyof CoverageReport,
    CoverageReport[keyof CoverageReport],
  ][]) {
    if (result.evidence) mapped[point] = { ...result, evidence: toSource(result.evidence) }
  }
  return mapped
}
