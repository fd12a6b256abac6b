// Setup of the mutation run (vitest.mutation.config.ts), not of `npm test`. Stryker's vitest
// runner keeps modules loaded from one mutant to the next, so a result a process-wide cache
// remembered under an earlier mutant (or the dry run) would hide the active one: each test starts
// with the spelling caches empty, so the code under test runs again.
import { beforeEach } from 'vitest'
import { clearSuggestionCache } from '../src/checks/spelling/suggest.js'
import { clearDictionaryCache } from '../src/checks/spelling/words.js'

beforeEach(() => {
  clearDictionaryCache()
  clearSuggestionCache()
})
