import { runFeedbackImport } from '../features/imports/run-feedback-import.js';
import { defineJob } from './job.js';

/**
 * Runs a queued CSV feedback-history import. A retry starts over from zero: every row carries an
 * externalRef (its own or one derived from its line and cells), so rows written before the
 * interruption come back as duplicates instead of twice.
 */
export const importFeedbackJob = defineJob('imports.feedback.run', {
  retryLimit: 2,
  retryDelaySeconds: 15,
  // A 100 MB file through the pipeline seam; its heartbeat, not this bound, notices a worker that died.
  expireInSeconds: 3600,
  async handler({ organizationId, importId }, ctx) {
    await runFeedbackImport({ db: ctx.db, now: ctx.now, logger: ctx.logger }, organizationId, importId);
  },
});
