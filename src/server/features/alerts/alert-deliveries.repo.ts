import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { webhookDeliveries } from '../../db/schema/index.js';

/** A page of a rule's Slack or Teams messages, newest first, after the (createdAt, id) of `after`. */
export async function listRuleDeliveries(
  db: Db,
  organizationId: string,
  ruleId: string,
  limit: number,
  after: { createdAt: Date; id: string } | null,
) {
  return db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.organizationId, organizationId),
        eq(webhookDeliveries.alertRuleId, ruleId),
        after
          ? sql`(${webhookDeliveries.createdAt}, ${webhookDeliveries.id}) < (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(limit);
}
