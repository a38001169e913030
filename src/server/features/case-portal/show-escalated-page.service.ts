import type { CaseDeps } from '../cases/change-case.js';
import { casePage, isOutcome, redirectTo, type CasePortalOutcome } from './case-portal-outcome.js';
import { caseAnswerTimes } from './case-page-model.js';
import { openCaseLink, type CaseRequest } from './open-case-link.js';

/** GET /c/:token/escalated: the confirmation of an escalation; a case never escalated shows its page instead. */
export async function showEscalatedPage(deps: CaseDeps, req: CaseRequest): Promise<CasePortalOutcome> {
  const opened = await openCaseLink(deps, req);
  if (isOutcome(opened)) return opened;
  if (!opened.c.customerEscalatedAt) return redirectTo(opened.caseUrl);
  const times = await caseAnswerTimes(deps, opened);
  return casePage(200, {
    page: 'escalated',
    model: { ...opened.base, ...times, caseNumber: opened.c.number, caseUrl: opened.caseUrl },
  });
}
