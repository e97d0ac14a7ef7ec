import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Store and queue suites each open real connections; two cores, so keep it modest.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
