import { defineConfig } from 'vitest/config';

/** `npm run bench`: speed of the plan core, reported, never asserted. */
export default defineConfig({
  test: { benchmark: { include: ['tests/bench/**/*.bench.ts'] } },
});
