import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // The seeded convergence runs are CPU-bound; a busy 2-core machine can take several times longer.
    testTimeout: 60_000,
  },
});
