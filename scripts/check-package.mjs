// Packs the package as npm would publish it and checks the tarball: publint for package.json and
// file layout, and Are the Types Wrong? for the types every resolver sees (ESM-only profile).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const directory = mkdtempSync(join(tmpdir(), 'thank-you-lint-pack-'))
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' })
try {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', directory], {
      encoding: 'utf8',
    }),
  )
  const tarball = join(directory, packed.filename)
  console.log(
    `packed ${packed.filename}: ${packed.entryCount} files, ${(packed.unpackedSize / 1024).toFixed(0)} KiB unpacked`,
  )
  run('npx', ['--no-install', 'publint', 'run', tarball, '--strict'])
  run('npx', ['--no-install', 'attw', tarball, '--profile', 'esm-only'])
} finally {
  rmSync(directory, { recursive: true, force: true })
}
