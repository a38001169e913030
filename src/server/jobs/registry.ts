import { alertsStage } from '../features/alerts/alerts.stage.js';
import { casesStage } from '../features/cases/cases.stage.js';
import { textAnalysisStage } from '../features/text/text-analysis.stage.js';
import { rollupsStage } from '../features/metrics/rollups.stage.js';
import { eventTriggersStage } from '../features/sending/event-triggers.stage.js';
import { webhooksStage } from '../features/webhooks/webhooks.stage.js';
import type { Stage } from '../pipeline/stage.js';
import { attemptWebhookJob } from './attempt-webhook.job.js';
import { cleanupAuthJob } from './cleanup-auth.job.js';
import { cleanupWebhooksJob } from './cleanup-webhooks.job.js';
import { deliverEmailJob } from './deliver-email.job.js';
import { dispatchSurveysJob } from './dispatch-surveys.job.js';
import { drainPipelineOutboxJob } from './drain-pipeline-outbox.job.js';
import { flushAlertsJob } from './flush-alerts.job.js';
import { importContactsJob } from './import-contacts.job.js';
import { importFeedbackJob } from './import-feedback.job.js';
import { planRecurringSurveysJob } from './plan-recurring-surveys.job.js';
import { replayThemesJob } from './replay-themes.job.js';
import { resumeWebhooksJob } from './resume-webhooks.job.js';
import { sendWeeklyDigestsJob } from './send-weekly-digests.job.js';
import { surveyFollowUpsJob } from './survey-follow-ups.job.js';
import { sweepAlertsJob } from './sweep-alerts.job.js';
import { tickCaseSlaJob } from './tick-case-sla.job.js';
import { trainTextModelsJob } from './train-text-models.job.js';

/** Every job Resonance runs, paired with its handler (names and payloads: `pipeline/catalog.ts`). A worker registers all of them; web nodes only enqueue. */
export const JOBS = [
  deliverEmailJob,
  drainPipelineOutboxJob,
  cleanupAuthJob,
  importContactsJob,
  importFeedbackJob,
  dispatchSurveysJob,
  surveyFollowUpsJob,
  planRecurringSurveysJob,
  sendWeeklyDigestsJob,
  tickCaseSlaJob,
  attemptWebhookJob,
  cleanupWebhooksJob,
  resumeWebhooksJob,
  flushAlertsJob,
  sweepAlertsJob,
  trainTextModelsJob,
  replayThemesJob,
] as const;

/**
 * The pipeline's stages, in no particular order (each runs on its own queue). A later capability
 * (text analytics, case rules, webhooks, churn features) adds its stage here and nothing else.
 */
export const STAGES: readonly Stage[] = [
  rollupsStage,
  textAnalysisStage,
  eventTriggersStage,
  casesStage,
  webhooksStage,
  alertsStage,
];
