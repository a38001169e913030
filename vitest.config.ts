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
  // The second run is for what touches a database: the pure code (domain, dashboard, shared
  // contracts, widget) opens none, so running its tests again would only repeat them.
  const dbFree = ['src/domain/**', 'src/web/**', 'src/shared/**', 'src/widget/**'];
  projects.push({
    test: {
      ...shared,
      name: 'postgres',
      exclude: [...shared.exclude, ...dbFree],
      env: { RESONANCE_TEST_DB: 'postgres' },
    },
  });
}

export default defineConfig({
  test: {
    projects,
    pool: 'forks',
    maxWorkers: 2,
  },
});
