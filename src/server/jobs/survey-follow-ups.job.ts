import { dispatchDueInvitations } from '../features/sending/dispatch-invitations.service.js';
import { sendDueCommentNudges, sendDueReminders } from '../features/sending/follow-ups.service.js';
import { defineJob } from './job.js';
import { mailingDeps } from './survey-mailing.js';

/**
 * Every minute: invitations whose delay has passed (and held ones in a new quota month), the
 * one reminder, the one comment nudge. Each step reads its due rows with the job's clock, so
 * the schedule is data, not timers, and survives restarts.
 */
export const surveyFollowUpsJob = defineJob('surveys.tick', {
  cron: '* * * * *',
  retryLimit: 0,
  async handler(_data, ctx) {
    const deps = mailingDeps(ctx);
    await dispatchDueInvitations(deps, 500);
    const reminded = await sendDueReminders(deps);
    const nudged = await sendDueCommentNudges(deps);
    if (reminded + nudged > 0) ctx.logger.info({ reminded, nudged }, 'survey follow-ups sent');
  },
});
