import { deliverCaseMails, type CaseTx } from './case-tx.js';
import type { CaseDeps } from './change-case.js';
import { findCasesDueForSla, inTransaction, lockDueCases } from './cases.repo.js';
import { loadOrgContext } from './load-org-context.js';
import type { OrgContext } from './refresh-case-sla.js';
import { refreshCasesSla } from './refresh-case-sla.js';

/**
 * Due cases refreshed per transaction, and per handful of statements (their logs read, their
 * events, notifications, mails and columns written, each for the whole chunk at once). One case
 * at a time paid ~10 round trips and a commit each; a chunk holds its rows' locks for well under a
 * second. A case that fails rolls back its chunk, which the next tick takes up again.
 */
const CHUNK = 250;

/**
 * The SLA tick: every open case whose stored next check (warning, breach or escalation) has come
 * is recomputed from its log and acted on, a chunk of one organization's cases per transaction.
 * Only due cases are read (a partial index), so a quiet backlog of open cases costs nothing; a
 * case another worker holds or refreshed meanwhile is skipped. The page's mails are queued for
 * delivery once its transactions have committed.
 */
export async function tickCaseSla(deps: CaseDeps, pageSize = 500): Promise<number> {
  const now = deps.now();
  const orgs = new Map<string, Promise<OrgContext>>();
  let refreshed = 0;
  for (;;) {
    const due = await findCasesDueForSla(deps.db, now, pageSize);
    const byOrganization = new Map<string, string[]>();
    for (const { id, organizationId } of due)
      byOrganization.set(organizationId, [...(byOrganization.get(organizationId) ?? []), id]);
    const mailIds: string[] = [];
    let changed = 0;
    for (const [organizationId, ids] of byOrganization) {
      if (!orgs.has(organizationId)) orgs.set(organizationId, loadOrgContext(deps.db, organizationId));
      const org = await (orgs.get(organizationId) as Promise<OrgContext>);
      for (let i = 0; i < ids.length; i += CHUNK) {
        const done = await inTransaction(deps.db, async (tx) => {
          const cx: CaseTx = {
            db: tx,
            now,
            publicUrl: deps.config.publicUrl,
            hasSmtp: deps.hasSmtp,
            mailIds: [],
          };
          const rows = await lockDueCases(tx, organizationId, ids.slice(i, i + CHUNK), now);
          await refreshCasesSla(cx, org, rows);
          return { count: rows.length, mailIds: cx.mailIds };
        });
        changed += done.count;
        mailIds.push(...done.mailIds);
      }
    }
    await deliverCaseMails(deps.enqueue, { hasSmtp: deps.hasSmtp, mailIds });
    refreshed += changed;
    // A page whose cases were all taken by another worker, or the last page: done for this tick.
    if (due.length < pageSize || changed === 0) return refreshed;
  }
}
