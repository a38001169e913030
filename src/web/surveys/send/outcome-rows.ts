import type {
  SkipReason,
  TInvitation,
  TSendOutcomeTotals,
  TSendResult,
} from '../../../shared/contracts/sending.js';

/** What happened to one customer of a send, from the send API's answer or from the invitations. */
export interface OutcomeRow {
  contact: string;
  status: TInvitation['status'];
  reason: SkipReason | null;
  until: string | null;
}

export function rowsFromResult(result: TSendResult): OutcomeRow[] {
  return result.results.map((r) => ({
    contact: r.contact,
    status: r.status,
    reason: r.reason,
    until: r.until,
  }));
}

export function rowsFromInvitations(items: readonly TInvitation[]): OutcomeRow[] {
  return items.map((i) => ({
    contact: i.contact?.name ?? i.contact?.externalId ?? '—',
    status: i.status,
    reason: i.skipReason,
    until: i.skipUntil,
  }));
}

export interface ReasonGroup {
  reason: SkipReason;
  count: number;
  /** The earliest time one of them could be asked again, for throttled sends. */
  until: string | null;
}

export interface OutcomeCounts {
  invited: number;
  held: number;
  skipped: number;
  /** The earliest date a held invitation goes out. */
  heldUntil: string | null;
  reasons: ReasonGroup[];
}

const earliest = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : a < b ? a : b;

/**
 * The counts of a send to a segment, as the server summed them over all its invitations (a
 * segment can be far larger than the page of invitations the card lists).
 */
export function countsFromTotals(totals: TSendOutcomeTotals): OutcomeCounts {
  return {
    invited: totals.invited,
    held: totals.held,
    skipped: totals.skipped,
    heldUntil: totals.heldUntil,
    reasons: totals.reasons.map((r) => ({ ...r })),
  };
}

/**
 * Invited (whatever became of the mail since), held over quota, and not sent grouped by reason,
 * most frequent first. Only for rows that are the whole send: the answer of a send to customer
 * IDs, which lists every contact named.
 */
export function countOutcomes(rows: readonly OutcomeRow[]): OutcomeCounts {
  const counts: OutcomeCounts = { invited: 0, held: 0, skipped: 0, heldUntil: null, reasons: [] };
  const byReason = new Map<SkipReason, ReasonGroup>();
  for (const row of rows) {
    if (row.status === 'held') {
      counts.held += 1;
      counts.heldUntil = earliest(counts.heldUntil, row.until);
    } else if (row.status === 'skipped') {
      counts.skipped += 1;
      if (row.reason) {
        const group = byReason.get(row.reason) ?? { reason: row.reason, count: 0, until: null };
        group.count += 1;
        group.until = earliest(group.until, row.until);
        byReason.set(row.reason, group);
      }
    } else counts.invited += 1;
  }
  counts.reasons = [...byReason.values()].sort((a, b) => b.count - a.count);
  return counts;
}
