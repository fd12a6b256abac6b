import { defineConfig } from 'vitest/config'

// The tests Stryker runs against each mutant of src/checks: the checkers' own tests. The
// reliability properties, the parser equivalence and the build checks are left out: they cover
// every line, so each mutant would run them, and they are slow; so are the tests that spawn the
// built CLI or pack the package, which run dist/, not the mutated sources.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      'test/reliability*.test.ts',
      'test/parse-nlcst.test.ts',
      'test/cli.test.ts',
      'test/build.test.ts',
      'test/package.test.ts',
      'test/example.test.ts',
      '**/node_modules/**',
    ],
    testTimeout: 30_000,
  },
})
