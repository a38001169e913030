import type { TCaseDetail } from '../../../shared/contracts/cases.js';
import { notFound } from '../../common/app-error.js';
import type { Db } from '../../db/client.js';
import { verdictsOf } from '../text/tag-verdicts.repo.js';
import { caseDetailDto } from './case-dto.js';
import { findCaseEvents, findCaseItems } from './case-events.repo.js';
import { findCaseView, findContactCases } from './cases.repo.js';
import { loadOrgContext } from './load-org-context.js';
import { computeCaseSla, type OrgContext } from './refresh-case-sla.js';

/** The case page's data, its SLA computed now from the log (a changed policy shows at once). */
export async function readCaseDetail(
  db: Db,
  org: OrgContext,
  organizationId: string,
  id: string,
  now: Date,
): Promise<TCaseDetail> {
  const view = await findCaseView(db, organizationId, id);
  if (!view) throw notFound('case');
  const { sla } = await computeCaseSla(db, org, view.case, now);
  const [items, events, contactCases] = await Promise.all([
    findCaseItems(db, organizationId, id),
    findCaseEvents(db, organizationId, id),
    view.case.contactId ? findContactCases(db, organizationId, view.case.contactId, id) : Promise.resolve([]),
  ]);
  const verdicts = await verdictsOf(
    db,
    organizationId,
    items.filter((i) => i.analysis).map((i) => i.id),
  );
  return caseDetailDto(view, sla, org.settings, items, events, contactCases, verdicts);
}

export async function getCase(
  deps: { db: Db; now: () => Date },
  organizationId: string,
  id: string,
): Promise<TCaseDetail> {
  const org = await loadOrgContext(deps.db, organizationId);
  return readCaseDetail(deps.db, org, organizationId, id, deps.now());
}
