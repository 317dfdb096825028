import { defineConfig } from 'vitest/config';

// Unit tests run in plain Node: main/core directly, Electron glue with `electron` mocked.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
  },
});
