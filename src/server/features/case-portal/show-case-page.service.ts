import type { CaseDeps } from '../cases/change-case.js';
import { casePage, isOutcome, type CasePortalOutcome } from './case-portal-outcome.js';
import { casePageModel } from './case-page-model.js';
import { openCaseLink, type CaseRequest } from './open-case-link.js';

/** GET /c/:token: the customer's case page. Changes nothing: mail scanners open every link. */
export async function showCasePage(deps: CaseDeps, req: CaseRequest): Promise<CasePortalOutcome> {
  const opened = await openCaseLink(deps, req);
  if (isOutcome(opened)) return opened;
  return casePage(200, { page: 'case', model: await casePageModel(deps, opened) });
}
