import { z } from 'zod';
import { dispatchDueInvitations } from '../features/sending/dispatch-invitations.service.js';
import { defineJob } from './job.js';
import { mailingDeps } from './survey-mailing.js';

/** Mails the invitations that are due now; queued right after a send so nobody waits for the next tick. */
export const dispatchSurveysJob = defineJob({
  name: 'surveys.dispatch',
  schema: z.object({}),
  retryLimit: 3,
  async handler(_data, ctx) {
    // Drain in pages: a send to 5,000 people is 25 pages, each its own short transactions.
    for (let page = 0; page < 100; page++) {
      const { sent, skipped } = await dispatchDueInvitations(mailingDeps(ctx), 200);
      if (sent + skipped === 0) break;
    }
  },
});
