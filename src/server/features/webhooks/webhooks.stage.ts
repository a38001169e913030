import { defineStage } from '../../pipeline/stage.js';
import { emitWebhookEvents } from './emit-webhook-events.js';

/**
 * Webhooks as a pipeline stage: new items (response.created, feedback.created), entries of case
 * logs (case.*) and erased contacts (contact.erased) become deliveries in the stage's transaction;
 * each delivery's first attempt is queued once that has committed (each attempt is a job of its
 * own, `webhooks.attempt`). An organization without endpoints costs one indexed read per batch.
 */
export const webhooksStage = defineStage({
  name: 'webhooks',
  consumes: ['item.created', 'case.event', 'contact.erased'],
  batchSize: 500,
  async handle(organizationId, events, ctx) {
    const deliveryIds = await emitWebhookEvents(
      { db: ctx.db, now: ctx.now(), publicUrl: ctx.config.publicUrl },
      organizationId,
      events,
    );
    if (deliveryIds.length === 0) return;
    // One insert for the batch's first attempts; a job delivered twice finds its attempt claimed.
    ctx.afterCommit(() =>
      ctx.enqueueMany(
        'webhooks.attempt',
        deliveryIds.map((deliveryId) => ({ organizationId, deliveryId, attempt: 1 })),
      ),
    );
    ctx.logger.info({ organizationId, deliveries: deliveryIds.length }, 'webhook deliveries queued');
  },
});
