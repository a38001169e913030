import type { TWebhookDelivery } from '../../../shared/contracts/webhooks.js';
import { notFound } from '../../common/app-error.js';
import { toDeliveryDto } from '../webhooks/webhook-dto.js';
import { readCursor, writeCursor } from '../webhooks/webhook-deliveries.service.js';
import { attemptsOf, listDeliveries } from '../webhooks/webhook-deliveries.repo.js';
import { findRule } from './alert-rules.repo.js';
import type { AlertRulesDeps } from './manage-alert-rules.service.js';

/**
 * A rule's delivery log: its Slack or Teams messages (kept 30 days) with their attempts, the same
 * rows and shape as a webhook endpoint's log. A mail list's alerts are in the mail outbox instead,
 * and a webhook target's in its endpoint's log.
 */
export async function listAlertDeliveries(
  deps: AlertRulesDeps,
  organizationId: string,
  ruleId: string,
  query: { limit: number; cursor?: string | undefined },
): Promise<{ deliveries: TWebhookDelivery[]; nextCursor: string | null }> {
  if (!(await findRule(deps.db, organizationId, ruleId))) throw notFound('Alert rule');
  const after = query.cursor === undefined ? null : readCursor(query.cursor);
  const rows = await listDeliveries(deps.db, organizationId, { alertRuleId: ruleId }, query.limit + 1, after);
  const page = rows.slice(0, query.limit);
  const attempts = await attemptsOf(
    deps.db,
    organizationId,
    page.map((r) => r.id),
  );
  const last = page[page.length - 1];
  return {
    deliveries: page.map((r) =>
      toDeliveryDto(
        r,
        attempts.filter((a) => a.deliveryId === r.id),
      ),
    ),
    nextCursor: rows.length > query.limit && last ? writeCursor(last) : null,
  };
}
