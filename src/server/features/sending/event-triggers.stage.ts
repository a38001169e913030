import { defineStage } from '../../pipeline/stage.js';
import { triggerOnEventIds } from './programs.service.js';

/**
 * Event-triggered programmes read the behaviour stream like every later stage (churn features,
 * audits): an announced event (`ticket_solved`) schedules the programmes listening for it. The
 * invitations are planned in the stage's transaction, so a redelivered event plans nothing twice.
 */
export const eventTriggersStage = defineStage({
  name: 'event-triggers',
  consumes: ['event.ingested'],
  batchSize: 500,
  async handle(organizationId, events, ctx) {
    const planned = await triggerOnEventIds(
      ctx,
      organizationId,
      events.map((e) => e.subjectId),
    );
    if (planned > 0)
      ctx.logger.info(
        { organizationId, events: events.length, planned },
        'event-triggered invitations planned',
      );
  },
});
