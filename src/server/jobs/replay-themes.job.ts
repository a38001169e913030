import { runThemeReplay } from '../features/text/theme-replay.js';
import { defineJob } from './job.js';

/** The text analysis again over an organization's comments after its own themes changed. */
export const replayThemesJob = defineJob('themes.replay', {
  retryLimit: 2,
  retryDelaySeconds: 15,
  expireInSeconds: 3600,
  async handler({ organizationId, replayId }, ctx) {
    await runThemeReplay({ db: ctx.db, now: ctx.now }, organizationId, replayId);
  },
});
