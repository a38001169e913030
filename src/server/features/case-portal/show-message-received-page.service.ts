import type { CaseDeps } from '../cases/change-case.js';
import { casePage, isOutcome, type CasePortalOutcome } from './case-portal-outcome.js';
import { caseAnswerTimes } from './case-page-model.js';
import { openCaseLink, type CaseRequest } from './open-case-link.js';

/** GET /c/:token/received: the message is in the case, and by when we answer. Reads only. */
export async function showMessageReceivedPage(
  deps: CaseDeps,
  req: CaseRequest,
  reopened: boolean,
): Promise<CasePortalOutcome> {
  const opened = await openCaseLink(deps, req);
  if (isOutcome(opened)) return opened;
  const times = await caseAnswerTimes(deps, opened);
  return casePage(200, {
    page: 'message-received',
    model: { ...opened.base, ...times, caseNumber: opened.c.number, caseUrl: opened.caseUrl, reopened },
  });
}
