import type { MailingDeps } from '../features/sending/mailing-deps.js';
import type { JobContext } from './job.js';

/** What the survey mailing services need, from a job's context. */
export function mailingDeps(ctx: JobContext): MailingDeps {
  return {
    db: ctx.db,
    now: ctx.now,
    enqueue: ctx.enqueue,
    enqueueMany: ctx.enqueueMany,
    logger: ctx.logger,
    config: ctx.config,
    hasSmtp: ctx.transport !== null,
    transport: ctx.transport,
  };
}
