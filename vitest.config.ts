import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    environment: 'node',
    // Timeouts catch a hung test, they measure nothing (speed is for `npm run bench:*`): generous, because a loaded
    // two-core machine stretches a 5 s test past 30 s (seen: 20 processes runnable on 2 cores while others test).
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Store and queue suites each open real connections; two cores, so keep it modest.
    maxWorkers: 2,
    minWorkers: 1,
    // Each worker process runs file after file with one module cache, instead of a new process per file: the
    // product's modules (zod schemas, compromise's lexicons, Fastify) load once per worker, and so does the
    // initdb of the first in-memory PGlite (later ones load its dump), which cost seconds of CPU per file.
    // Test files share no mutable state (no stubs, mocks, fake timers or process.env writes), and every
    // fixture closes what it opens; a leaked listener or handle now shows across files, as it would in a server.
    isolate: false,
  },
});
