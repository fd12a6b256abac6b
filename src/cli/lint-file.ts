import type { FileResult } from '../formatters/types.js'
import { lintThankYou } from '../index.js'
import { pointAt, splitLines } from '../text/lines.js'
import type { CoverageReport, Finding, LintOptions, Position, ThankYouContext } from '../types.js'
import { checkContext, loadContextFile, mergeContexts, type SidecarFinder } from './context.js'
import { parseData } from './data-file.js'
import { CliError, messageOf } from './errors.js'
import { extract, formatOf } from './formats/index.js'
import { mapSpan, type SourceMap } from './formats/source-map.js'
import { decodeSource } from './read.js'

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
  const format = formatOf(formatPath)
  const source = decodeSource(bytes, label, format === 'email')
  let extracted: Awaited<ReturnType<typeof extract>>
  try {
    extracted = await extract(format, source.text, bytes)
  } catch (error) {
    throw new CliError(`${label}: cannot read it as ${format}: ${messageOf(error)}`)
  }

  const sidecar = path === undefined ? undefined : settings.sidecars.find(path)
  const sidecarContext = sidecar ? await loadContextFile(sidecar, settings.display(sidecar)) : undefined
  let frontMatterContext: ThankYouContext | undefined
  if (extracted.frontMatter) {
    const where = `${label}: front matter`
    const data = await parseData(extracted.frontMatter.yaml, 'front-matter.yaml', where)
    if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
      throw new CliError(`${where}: must be a mapping of context fields (interviewers, company, position, …)`)
    }
    frontMatterContext = checkContext(data, where)
  }
  const context = mergeContexts([...settings.contexts, sidecarContext, frontMatterContext])

  const report = lintThankYou(extracted.text, context, settings.options)
  if (!extracted.map) {
    return { file: label, findings: report.findings, stats: report.stats, coverage: report.coverage }
  }
  const toSource = sourcePositions(extracted.map, source.text)
  return {
    file: label,
    findings: report.findings.map((finding) => remapFinding(finding, toSource)),
    stats: report.stats,
    coverage: remapCoverage(report.coverage, toSource),
  }
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

function remapFinding(finding: Finding, toSource: (position: Position) => Position): Finding {
  return finding.position ? { ...finding, position: toSource(finding.position) } : finding
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
