/**
 * Regenerates the generated parts of `docs/rules/`: each checker page's rule table and rule
 * metadata, a stub section for an undocumented rule, and the index `docs/rules/README.md`; and
 * the table of every rule in the project README, between `<!-- rules-table:start -->` and
 * `<!-- rules-table:end -->`, when it has those markers.
 *
 *   npm run docs:rules
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { CHECKERS, rules } from '../src/checkers.ts'
import { emptyPage, INDEX_FILE, renderIndex, updatePage, updateReadme } from './rule-docs.ts'

const directory = new URL('../docs/rules/', import.meta.url)
mkdirSync(directory, { recursive: true })

const changed: string[] = []
function write(name: string, text: string): void {
  const file = new URL(name, directory)
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined
  if (before === text) return
  writeFileSync(file, text)
  changed.push(`docs/rules/${name}`)
}

for (const checker of CHECKERS) {
  const name = `${checker.name}.md`
  const file = new URL(name, directory)
  const page = existsSync(file) ? readFileSync(file, 'utf8') : emptyPage(checker.name)
  write(name, updatePage(page, checker.name, rules))
}
write(
  INDEX_FILE,
  renderIndex(
    CHECKERS.map((checker) => checker.name),
    rules,
  ),
)

const readmeFile = new URL('../README.md', import.meta.url)
const readme = readFileSync(readmeFile, 'utf8')
const updatedReadme = updateReadme(
  readme,
  CHECKERS.map((checker) => checker.name),
  rules,
)
if (updatedReadme !== readme) {
  writeFileSync(readmeFile, updatedReadme)
  changed.push('README.md')
}

console.log(changed.length > 0 ? `Updated ${changed.join(', ')}` : 'docs/rules is up to date')
