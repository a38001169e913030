import { drainOutbox } from '../pipeline/drain-outbox.js';
import { defineJob } from './job.js';

/** The pipeline outbox, fanned out into one job per registered stage, four times a second in every worker. */
export const drainPipelineOutboxJob = defineJob('pipeline.outbox', {
  everyMs: 250,
  async handler(_data, ctx) {
    await drainOutbox(ctx, ctx.stages);
  },
});
