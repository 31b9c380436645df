import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['renderer/src/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Property tests run hundreds of cases; a busy 2-core CI machine needs more than the 5 s default.
    testTimeout: 30_000,
  },
});
