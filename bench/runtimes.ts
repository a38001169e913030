import { loadConfig } from '../src/server/config.js';
import { createLogger } from '../src/server/logger.js';
import { createRuntime, type Runtime } from '../src/server/runtime.js';
import {
  createPostgresTestDatabase,
  ensurePostgresTemplate,
  openPgliteFromTemplate,
} from '../test/helpers/test-database.js';

/**
 * Runs a bench on a fresh PGlite runtime (unless BENCH_SKIP_PGLITE is set), then on a fresh
 * PostgreSQL database when BENCH_DATABASE_URL (or TEST_DATABASE_URL) names a server; each
 * runtime is closed (and the database dropped) after its run.
 */
/** The benches' webhook receivers listen on loopback, which an operator must allow. */
const BENCH_ENV = { LOG_LEVEL: 'silent', WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8' };

export async function onEachDatabase(
  run: (rt: Runtime, label: 'pglite' | 'postgres') => Promise<void>,
): Promise<void> {
  const logger = createLogger('silent');
  if (!process.env.BENCH_SKIP_PGLITE) {
    const pglite = await openPgliteFromTemplate();
    const rt = await createRuntime(loadConfig(BENCH_ENV), { logger, pglite, transport: null });
    await run(rt, 'pglite');
    await rt.close();
  }
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    await ensurePostgresTemplate(pgUrl);
    const db = await createPostgresTestDatabase(pgUrl);
    const prt = await createRuntime(loadConfig({ ...BENCH_ENV, DATABASE_URL: db.url }), {
      logger,
      transport: null,
    });
    await run(prt, 'postgres');
    await prt.close();
    await db.drop();
  } else {
    console.log('(set BENCH_DATABASE_URL=postgres://… to measure on PostgreSQL too)');
  }
}
