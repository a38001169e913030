import { defineConfig } from 'vitest/config';

/** Browser tests: real server processes, Debian's Chromium through playwright-core. */
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A page after a server start or under a loaded CI machine can take seconds to show what a
    // poll waits for; vitest's default of one second made such polls flaky.
    expect: { poll: { timeout: 15_000 } },
    pool: 'forks',
    // Two files at a time: each brings its own server process, data directory and free port, so
    // they share nothing; on CI's two cores this took the browser tests from 865 s to 657 s.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
