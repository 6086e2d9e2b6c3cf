import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two test files at a time, also on a two-core machine (Vitest's default there is one). A browser test spends
    // much of its time waiting (for a page, a save, a state). On a clean clone on a two-core machine with one core
    // kept busy, this took Vitest from 22.5 to 18 minutes (all 1,261 tests passed both times); every wait is for a
    // state, not a time.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // The property tests run hundreds of cases; on a loaded two-core machine one took over 30 s.
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // A busy two-core machine (other jobs, CI) can take seconds to hydrate an island or move focus:
          // every wait is for a state, with room for that. expect.poll's default (1 s) is too short for it;
          // 20 s is the default here, for focus, saved drafts and texts that appear after hydration.
          expect: { poll: { timeout: 20_000, interval: 100 } },
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
