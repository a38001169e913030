import type { TCaseDetail } from '../../../shared/contracts/cases.js';
import { AppError, notFound } from '../../common/app-error.js';
import type { Db } from '../../db/client.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import type { Enqueue } from '../../pipeline/catalog.js';
import { deliverCaseMails, type CaseTx } from './case-tx.js';
import { findCase, inTransaction, type CaseRow } from './cases.repo.js';
import { readCaseDetail } from './get-case.service.js';
import { loadOrgContext } from './load-org-context.js';
import { refreshCaseSla, type OrgContext } from './refresh-case-sla.js';

/** What a change to a case from the API or a public page needs. */
export interface CaseDeps {
  db: Db;
  now: () => Date;
  enqueue: Enqueue;
  hasSmtp: boolean;
  config: {
    publicUrl: string;
    authSecret: string;
    MAIL_FROM: string;
    /** Set: replies to the customer carry `Reply-To: case+<token>@<domain>` (the inbound SMTP receiver). */
    INBOUND_MAIL_DOMAIN?: string | undefined;
  };
}

/**
 * One change to one case: the case locked in a transaction, the change written, its SLA
 * recomputed (and acted on), the mails it wrote delivered after commit, the case read back.
 * A reopen that would give a contact two open cases of one topic is a 409.
 */
export async function changeCase(
  deps: CaseDeps,
  organizationId: string,
  id: string,
  change: (cx: CaseTx, org: OrgContext, c: CaseRow) => Promise<CaseRow>,
): Promise<TCaseDetail> {
  const org = await loadOrgContext(deps.db, organizationId);
  const cx: CaseTx = {
    db: deps.db,
    now: deps.now(),
    publicUrl: deps.config.publicUrl,
    hasSmtp: deps.hasSmtp,
    mailIds: [],
  };
  await inTransaction(deps.db, async (tx) => {
    const inner = { ...cx, db: tx };
    const c = await findCase(tx, organizationId, id, { forUpdate: true });
    if (!c) throw notFound('case');
    const changed = await change(inner, org, c);
    await refreshCaseSla(inner, org, changed);
    cx.mailIds = inner.mailIds;
  }).catch((err: unknown) => {
    if (isUniqueViolation(err))
      throw new AppError('CONFLICT', 'The contact already has an open case of this topic; work on that one', [
        { field: 'body.status', message: 'another open case of this contact and topic exists' },
      ]);
    throw err;
  });
  await deliverCaseMails(deps.enqueue, cx);
  return readCaseDetail(deps.db, org, organizationId, id, cx.now);
}
