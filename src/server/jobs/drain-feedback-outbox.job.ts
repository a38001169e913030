import { z } from 'zod';
import { drainFeedbackOutbox } from '../features/feedback/feedback-outbox.service.js';
import { defineJob } from './job.js';

/** Survey answers' announcements, from the outbox into `feedback.ingested` jobs, four times a second in every worker. */
export const drainFeedbackOutboxJob = defineJob({
  name: 'feedback.outbox',
  schema: z.object({}),
  everyMs: 250,
  async handler(_data, ctx) {
    await drainFeedbackOutbox(ctx);
  },
});
