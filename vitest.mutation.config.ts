import { defineConfig } from 'vitest/config'

// The tests Stryker runs against each mutant of src/checks. `npm run mutation` scopes each run to
// one checker and sets MUTATION_TESTS to that checker's own test files: every lint runs all
// checkers, so without the scope each mutant would also run every other checker's tests, which
// cover its lines but were not written to check them, and a run would take hours on two cores.
// Without MUTATION_TESTS, every checker test runs. The reliability properties, the parser
// equivalence and the build checks are left out either way: they cover every line and are slow;
// so are the tests that spawn the built CLI or pack the package, which run dist/, not the
// mutated sources.
const scoped = process.env.MUTATION_TESTS?.split(',').filter(Boolean)

export default defineConfig({
  test: {
    include: scoped && scoped.length > 0 ? scoped : ['test/**/*.test.ts'],
    exclude: [
      'test/reliability*.test.ts',
      'test/parse-nlcst.test.ts',
      'test/cli.test.ts',
      'test/build.test.ts',
      'test/package.test.ts',
      'test/example.test.ts',
      '**/node_modules/**',
    ],
    // Empties the process-wide caches before each test: see the file.
    setupFiles: ['test/mutation-setup.ts'],
    testTimeout: 30_000,
  },
})
