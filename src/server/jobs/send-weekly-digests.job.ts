import { sendWeeklyDigests } from '../features/digest/send-weekly-digests.service.js';
import { defineJob } from './job.js';
import { mailingDeps } from './survey-mailing.js';

/**
 * Mondays 06:00 UTC (pg-boss schedules in UTC): the digest of the ISO week that just ended.
 * The week comes from the job clock, so a retry later in the week reports the same week, and
 * each subscriber's `last_period` keeps a retry from mailing anyone twice.
 */
export const sendWeeklyDigestsJob = defineJob('digest.weekly', {
  cron: '0 6 * * 1',
  retryLimit: 5,
  // Every subscriber of the installation in one run.
  expireInSeconds: 1800,
  retryDelaySeconds: 300,
  async handler(_data, ctx) {
    await sendWeeklyDigests(mailingDeps(ctx));
  },
});
