import { defineConfig } from 'vitest/config';

/**
 * The whole suite runs on PGlite, and a second time on PostgreSQL when TEST_DATABASE_URL is set.
 * Browser tests have their own config (vitest.e2e.config.ts).
 */
const shared = {
  include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  exclude: ['test/e2e/**', 'node_modules/**'],
  globalSetup: ['test/global-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 120_000,
};

const projects = [{ test: { ...shared, name: 'pglite', env: { RESONANCE_TEST_DB: 'pglite' } } }];
if (process.env.TEST_DATABASE_URL) {
  projects.push({ test: { ...shared, name: 'postgres', env: { RESONANCE_TEST_DB: 'postgres' } } });
}

export default defineConfig({
  test: {
    projects,
    pool: 'forks',
    maxWorkers: 2,
  },
});
