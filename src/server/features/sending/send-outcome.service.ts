import { SKIP_REASONS, type SkipReason, type TSendOutcomeTotals } from '../../../shared/contracts/sending.js';
import type { Db } from '../../db/client.js';
import { notFound } from '../../common/app-error.js';
import { iso } from '../../common/iso.js';
import { findSend, outcomeGroups } from './sends.repo.js';

const isSkipReason = (value: string | null): value is SkipReason =>
  value !== null && (SKIP_REASONS as readonly string[]).includes(value);
const earliest = (a: Date | null, b: Date | null): Date | null =>
  a === null ? b : b === null ? a : a < b ? a : b;

/**
 * `GET /api/v1/sends/{id}/outcome`: how many of a send's invitations were invited, held over
 * quota or skipped (by reason), counted by the database over all of them. The dashboard's result
 * card reads this instead of adding up a page of invitations, which under-counted large segments.
 */
export async function sendOutcome(
  deps: { db: Db },
  organizationId: string,
  sendId: string,
): Promise<TSendOutcomeTotals> {
  const send = await findSend(deps.db, organizationId, sendId);
  if (!send) throw notFound('Send');
  const totals = { invited: 0, held: 0, skipped: 0 };
  let heldUntil: Date | null = null;
  const reasons = new Map<SkipReason, { count: number; until: Date | null }>();
  for (const group of await outcomeGroups(deps.db, organizationId, sendId)) {
    totals[group.outcome] += group.count;
    if (group.outcome === 'held') heldUntil = earliest(heldUntil, group.until);
    if (group.outcome === 'skipped' && isSkipReason(group.reason)) {
      const sum = reasons.get(group.reason) ?? { count: 0, until: null };
      reasons.set(group.reason, { count: sum.count + group.count, until: earliest(sum.until, group.until) });
    }
  }
  return {
    sendId,
    total: totals.invited + totals.held + totals.skipped,
    ...totals,
    heldUntil: heldUntil ? iso(heldUntil) : null,
    reasons: [...reasons]
      .map(([reason, r]) => ({ reason, count: r.count, until: r.until ? iso(r.until) : null }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
  };
}
