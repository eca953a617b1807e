import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // A throwaway PostgreSQL for the suites that run against it (src/test/pgGlobalSetup.ts).
    globalSetup: ['src/test/pgGlobalSetup.ts'],
  },
});
