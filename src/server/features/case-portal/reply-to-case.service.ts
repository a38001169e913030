import { CASE_PAGE_LIMITS, caseFormErrorText, type CaseFormError } from '../../../survey-pages/index.js';
import { caseToken } from '../cases/case-token.js';
import type { CaseDeps } from '../cases/change-case.js';
import { recordCustomerMessage } from '../cases/record-customer-message.service.js';
import { casePage, isOutcome, redirectTo, type CasePortalOutcome } from './case-portal-outcome.js';
import { casePageModel } from './case-page-model.js';
import { openCaseLink, type CaseRequest, type OpenedCase } from './open-case-link.js';

function problem(message: string): CaseFormError | null {
  if (message.trim() === '') return 'message-missing';
  if (message.length > CASE_PAGE_LIMITS.message) return 'message-too-long';
  return null;
}

async function pageWithError(
  deps: CaseDeps,
  opened: OpenedCase,
  status: number,
  message: string,
  error: CaseFormError,
) {
  const text = caseFormErrorText(opened.base.language, error, CASE_PAGE_LIMITS.message);
  const model = await casePageModel(deps, opened, { values: { message }, errors: { message: text } });
  return casePage(status, { page: 'case', model });
}

/**
 * POST /c/:token/reply (field `message`): the customer's message into the case, then a redirect
 * to the confirmation (of the case it landed in, which is another open one of the same topic when
 * this one is closed). An empty or too long message, or one too many this hour, shows the page
 * again with what was typed.
 */
export async function replyToCase(
  deps: CaseDeps,
  req: CaseRequest,
  form: Record<string, string>,
): Promise<CasePortalOutcome> {
  const opened = await openCaseLink(deps, req);
  if (isOutcome(opened)) return opened;
  const message = form.message ?? '';
  const error = problem(message);
  if (error) return pageWithError(deps, opened, 400, message, error);
  const outcome = await recordCustomerMessage(deps, {
    organizationId: opened.c.organizationId,
    caseId: opened.c.id,
    body: message.trim(),
    via: 'page',
  });
  if (outcome.kind === 'limited') return pageWithError(deps, opened, 429, message, 'too-many-messages');
  const token =
    outcome.caseId === opened.c.id ? opened.token : caseToken(deps.config.authSecret, outcome.caseId);
  return redirectTo(`/c/${token}/received${outcome.reopened ? '?reopened=1' : ''}`);
}
