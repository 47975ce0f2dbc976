import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests and built-bundle tests are CPU-bound; the machine has 2 cores.
    pool: 'threads',
    testTimeout: 60_000,
  },
});
