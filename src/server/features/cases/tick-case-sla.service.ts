import { deliverCaseMails, type CaseTx } from './case-tx.js';
import type { CaseDeps } from './change-case.js';
import { findCase, findCasesDueForSla, inTransaction } from './cases.repo.js';
import { loadOrgContext } from './load-org-context.js';
import type { OrgContext } from './refresh-case-sla.js';
import { refreshCaseSla } from './refresh-case-sla.js';

/**
 * The SLA tick: every open case whose stored next check (warning, breach or escalation) has come
 * is recomputed from its log and acted on, one transaction per case. Only due cases are read (a
 * partial index), so a quiet backlog of open cases costs nothing; a case another worker refreshed
 * meanwhile is found no longer due and skipped.
 */
export async function tickCaseSla(deps: CaseDeps, pageSize = 500): Promise<number> {
  const now = deps.now();
  const orgs = new Map<string, Promise<OrgContext>>();
  let refreshed = 0;
  for (;;) {
    const due = await findCasesDueForSla(deps.db, now, pageSize);
    let changed = 0;
    for (const { id, organizationId } of due) {
      if (!orgs.has(organizationId)) orgs.set(organizationId, loadOrgContext(deps.db, organizationId));
      const org = await (orgs.get(organizationId) as Promise<OrgContext>);
      const cx: CaseTx = {
        db: deps.db,
        now,
        publicUrl: deps.config.publicUrl,
        hasSmtp: deps.hasSmtp,
        mailIds: [],
      };
      const did = await inTransaction(deps.db, async (tx) => {
        const c = await findCase(tx, organizationId, id, { forUpdate: true });
        if (!c?.slaNextCheckAt || c.slaNextCheckAt > now) return false;
        const inner = { ...cx, db: tx };
        await refreshCaseSla(inner, org, c);
        cx.mailIds = inner.mailIds;
        return true;
      });
      if (did) {
        changed += 1;
        await deliverCaseMails(deps.enqueue, cx);
      }
    }
    refreshed += changed;
    // A page whose cases were all taken by another worker, or the last page: done for this tick.
    if (due.length < pageSize || changed === 0) return refreshed;
  }
}
