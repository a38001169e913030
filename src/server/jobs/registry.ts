import { cleanupAuthJob } from './cleanup-auth.job.js';
import { deliverEmailJob } from './deliver-email.job.js';
import { dispatchSurveysJob } from './dispatch-surveys.job.js';
import { drainFeedbackOutboxJob } from './drain-feedback-outbox.job.js';
import { feedbackIngestedJob } from './feedback-ingested.job.js';
import { importContactsJob } from './import-contacts.job.js';
import { importFeedbackJob } from './import-feedback.job.js';
import { planRecurringSurveysJob } from './plan-recurring-surveys.job.js';
import { sendWeeklyDigestsJob } from './send-weekly-digests.job.js';
import { surveyFollowUpsJob } from './survey-follow-ups.job.js';

/** Every job Resonance runs. A worker registers all of them; web nodes only enqueue. */
export const JOBS = [deliverEmailJob, drainFeedbackOutboxJob, cleanupAuthJob, feedbackIngestedJob, importContactsJob, importFeedbackJob, dispatchSurveysJob, surveyFollowUpsJob, planRecurringSurveysJob, sendWeeklyDigestsJob] as const;

export type JobName = (typeof JOBS)[number]['name'];
export type JobData<N extends JobName> = Parameters<Extract<(typeof JOBS)[number], { name: N }>['handler']>[0];
