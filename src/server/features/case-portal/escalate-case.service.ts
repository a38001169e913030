import { CASE_PAGE_LIMITS, caseFormErrorText } from '../../../survey-pages/index.js';
import type { CaseDeps } from '../cases/change-case.js';
import {
  customerEscalationRefusal,
  escalateByCustomer,
  type CustomerEscalationRefusal,
} from '../cases/escalate-by-customer.service.js';
import { casePage, isOutcome, redirectTo, type CasePortalOutcome } from './case-portal-outcome.js';
import { casePageModel } from './case-page-model.js';
import { openCaseLink, type CaseRequest, type OpenedCase } from './open-case-link.js';

const refused = (opened: OpenedCase, reason: CustomerEscalationRefusal) =>
  casePage(409, { page: 'escalation-refused', model: { ...opened.base, caseUrl: opened.caseUrl, reason } });

/**
 * POST /c/:token/escalate (field `reason`): the customer escalates once, while the case is open;
 * otherwise a page says why and nothing changes. A missing or too long reason shows the case page
 * again with what was typed.
 */
export async function escalateCase(
  deps: CaseDeps,
  req: CaseRequest,
  form: Record<string, string>,
): Promise<CasePortalOutcome> {
  const opened = await openCaseLink(deps, req);
  if (isOutcome(opened)) return opened;
  const early = customerEscalationRefusal(opened.c);
  if (early) return refused(opened, early);
  const reason = form.reason ?? '';
  const error =
    reason.trim() === ''
      ? 'reason-missing'
      : reason.length > CASE_PAGE_LIMITS.reason
        ? 'reason-too-long'
        : null;
  if (error) {
    const text = caseFormErrorText(opened.base.language, error, CASE_PAGE_LIMITS.reason);
    const model = await casePageModel(deps, opened, { values: { reason }, errors: { reason: text } });
    return casePage(400, { page: 'case', model });
  }
  const outcome = await escalateByCustomer(deps, opened.c.organizationId, opened.c.id, reason.trim());
  if (outcome.kind === 'refused') return refused(opened, outcome.reason);
  return redirectTo(`${opened.caseUrl}/escalated`);
}
