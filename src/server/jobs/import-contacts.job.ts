import { runContactImport } from '../features/imports/run-contact-import.js';
import { defineJob } from './job.js';

/** Runs a queued CSV contact import; a retry starts the run over from zero (upserts make that safe). */
export const importContactsJob = defineJob('imports.contacts.run', {
  retryLimit: 2,
  retryDelaySeconds: 15,
  // A 100 MB file of upserts; its heartbeat, not this bound, notices a worker that died.
  expireInSeconds: 3600,
  async handler({ organizationId, importId }, ctx) {
    // PostgreSQL overlaps a few batch writes on its pool; PGlite has one connection.
    const parallelWrites = ctx.config.DATABASE_URL ? 3 : 1;
    await runContactImport(
      { db: ctx.db, now: ctx.now, logger: ctx.logger, parallelWrites },
      organizationId,
      importId,
    );
  },
});
