import { defineStage } from '../../pipeline/stage.js';
import { captureAlertEvents } from './capture-alert-events.js';

/**
 * Alerts as a pipeline stage: new items and case log entries are matched against the
 * organization's alert rules in the stage's transaction (what matched waits as an alert event, or
 * is a webhook delivery); once committed, each rule with alerts waiting gets a flush job
 * (`alerts.flush`), which paces its channel and coalesces a burst into one message, and each
 * webhook delivery its first attempt. An erased contact's alerts go with the messages carrying them.
 */
export const alertsStage = defineStage({
  name: 'alerts',
  consumes: ['item.created', 'case.event', 'contact.erased'],
  batchSize: 500,
  async handle(organizationId, events, ctx) {
    const { ruleIds, deliveryIds } = await captureAlertEvents(
      { db: ctx.db, now: ctx.now(), publicUrl: ctx.config.publicUrl },
      organizationId,
      events,
    );
    if (ruleIds.length === 0 && deliveryIds.length === 0) return;
    // One insert per job name; a flush or attempt job delivered twice finds nothing left to do.
    ctx.afterCommit(async () => {
      if (ruleIds.length > 0)
        await ctx.enqueueMany(
          'alerts.flush',
          ruleIds.map((ruleId) => ({ organizationId, ruleId })),
        );
      if (deliveryIds.length > 0)
        await ctx.enqueueMany(
          'webhooks.attempt',
          deliveryIds.map((deliveryId) => ({ organizationId, deliveryId, attempt: 1 })),
        );
    });
  },
});
