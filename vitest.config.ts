import { defineConfig } from 'vitest/config';

// Unit tests run in plain Node: main/core directly, Electron glue with `electron` mocked, and the
// renderer's pure modules next to their code (renderer/src/<feature>/*.test.ts).
export default defineConfig({
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/unit/**/*.test.tsx',
      'renderer/src/**/*.test.ts',
      'renderer/src/**/*.test.tsx',
    ],
    environment: 'node',
    pool: 'forks',
    // CI runs on a 2-core machine: slowness is not failure. Timed targets live in `npm run bench`.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
