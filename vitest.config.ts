import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ when a source is newer, for the tests that run the built command and package.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
  },
})
