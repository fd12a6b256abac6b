import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

interface SizeReport {
  eager: { minified: number; gzipped: number }
  lazy: { minified: number; gzipped: number }
  modules: { name: string; minified: number; gzipped: number; lazy: boolean }[]
}

describe('the browser bundle (npm run size)', () => {
  const report: SizeReport = JSON.parse(
    execFileSync('node', ['scripts/size.mjs', '--json'], { cwd: root, encoding: 'utf8' }),
  )
  const module = (name: string) => report.modules.find((entry) => entry.name === name)

  it('leaves compromise out of what the page loads: it comes with prepare(), by a dynamic import', () => {
    expect(module('compromise')?.lazy).toBe(true)
    expect(report.modules.filter((entry) => entry.lazy && entry.name.startsWith('src/'))).toEqual([])
    expect(report.lazy.gzipped).toBeGreaterThan(0)
  })

  it('bundles no Node.js module and no command-line code for the browser', () => {
    expect(report.modules.filter((entry) => /^(node:|src\/cli\/)/.test(entry.name))).toEqual([])
    expect(module('src/checks/spelling/data/lexicon.ts')?.lazy).toBe(false)
  })

  it('adds up: the modules account for the minified output, and gzip makes each smaller', () => {
    const total = report.modules.reduce((sum, entry) => sum + entry.minified, 0)
    expect(total).toBeLessThanOrEqual(report.eager.minified + report.lazy.minified)
    expect(total).toBeGreaterThan(0.95 * (report.eager.minified + report.lazy.minified))
    for (const entry of report.modules.filter((e) => e.minified > 1000))
      expect(entry.gzipped, entry.name).toBeLessThan(entry.minified)
  })
})
