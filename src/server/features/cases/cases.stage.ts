import { defineStage } from '../../pipeline/stage.js';
import { deliverCaseMails, type CaseTx } from './case-tx.js';
import { loadOrgContext } from './load-org-context.js';
import { openCasesForItems } from './open-cases-for-items.js';

/**
 * Case rules as a pipeline stage: every new or changed item is read against the organization's
 * rules in the stage's transaction, so a redelivered event opens nothing twice; the mails the
 * cases wrote (assignee, team) are delivered once it has committed.
 */
export const casesStage = defineStage({
  name: 'cases',
  consumes: ['item.created', 'item.updated'],
  batchSize: 200,
  async handle(organizationId, events, ctx) {
    const cx: CaseTx = {
      db: ctx.db,
      now: ctx.now(),
      publicUrl: ctx.config.publicUrl,
      hasSmtp: ctx.hasSmtp,
      mailIds: [],
    };
    const org = await loadOrgContext(ctx.db, organizationId);
    const itemIds = [...new Set(events.map((e) => e.subjectId))];
    const { opened, joined } = await openCasesForItems(cx, org, organizationId, itemIds);
    if (cx.mailIds.length > 0) ctx.afterCommit(() => deliverCaseMails(ctx.enqueue, cx));
    if (opened + joined > 0) ctx.logger.info({ organizationId, opened, joined }, 'cases opened and joined');
  },
});
