import { dispatchInvitationPage, throwFirst } from '../features/sending/dispatch-invitations.service.js';
import { defineJob } from './job.js';
import { mailingDeps } from './survey-mailing.js';

/** Mails the invitations that are due now; queued right after a send so nobody waits for the next tick. */
export const dispatchSurveysJob = defineJob('surveys.dispatch', {
  retryLimit: 3,
  // Up to 100 pages of 200 mails, each delivered before the job ends.
  expireInSeconds: 1800,
  async handler(_data, ctx) {
    // Drain in pages: a send to 5,000 people is 25 pages, each its own short transactions. A
    // page is written while the one before it is still being delivered (at most one behind, so
    // memory holds two pages of mail); every delivery is awaited before the job ends.
    let delivering: Promise<unknown[]> = Promise.resolve([]);
    try {
      for (let page = 0; page < 100; page++) {
        const { sent, skipped, delivered } = await dispatchInvitationPage(mailingDeps(ctx), 200);
        throwFirst(await delivering);
        delivering = delivered;
        if (sent + skipped === 0) break;
      }
    } finally {
      throwFirst(await delivering);
    }
  },
});
