import type { CaseMessageView, CasePageStatus, CasePageView } from '../../../survey-pages/index.js';
import type { CaseDeps } from '../cases/change-case.js';
import { findCaseEvents } from '../cases/case-events.repo.js';
import { customerEscalationRefusal } from '../cases/escalate-by-customer.service.js';
import { computeCaseSla } from '../cases/refresh-case-sla.js';
import type { OpenedCase } from './open-case-link.js';

/**
 * When an agent answers at the latest, in the calendar's time zone the SLA counts in: the due
 * time of the running first- or next-response clock (resolution is not a promise to the customer).
 */
export async function caseAnswerTimes(deps: Pick<CaseDeps, 'db' | 'now'>, opened: OpenedCase) {
  const { sla, calendar } = await computeCaseSla(deps.db, opened.org, opened.c, deps.now());
  let answerDueAt: Date | null = null;
  for (const k of sla.clocks)
    if ((k.metric === 'firstResponse' || k.metric === 'nextResponse') && k.state === 'running' && k.dueAt)
      if (!answerDueAt || k.dueAt < answerDueAt) answerDueAt = k.dueAt;
  return { timeZone: calendar.timeZone, answerDueAt };
}

/** The conversation the customer may see: agents' replies and their own messages, never notes or the log. */
async function conversation(deps: Pick<CaseDeps, 'db'>, opened: OpenedCase): Promise<CaseMessageView[]> {
  const rows = await findCaseEvents(deps.db, opened.c.organizationId, opened.c.id);
  return rows.flatMap(({ event, actor }): CaseMessageView[] => {
    if (event.type === 'reply' && event.body)
      return [{ author: 'agent', name: actor?.name ?? null, at: event.at, body: event.body }];
    if (event.type === 'customer-message' && event.body)
      return [{ author: 'customer', name: null, at: event.at, body: event.body }];
    return [];
  });
}

/** The customer's case page as it stands, with what a form sent back (values, errors) when it did. */
export async function casePageModel(
  deps: Pick<CaseDeps, 'db' | 'now'>,
  opened: OpenedCase,
  form: Pick<CasePageView, 'values' | 'errors'> = {},
): Promise<CasePageView> {
  const { c, caseUrl } = opened;
  const [times, messages] = await Promise.all([caseAnswerTimes(deps, opened), conversation(deps, opened)]);
  const refusal = customerEscalationRefusal(c);
  return {
    ...opened.base,
    ...times,
    caseNumber: c.number,
    subject: c.subject,
    status: c.status as CasePageStatus,
    resolvedAt: c.resolvedAt,
    messages,
    replyAction: `${caseUrl}/reply`,
    escalation:
      refusal === null
        ? { state: 'available', action: `${caseUrl}/escalate` }
        : c.customerEscalatedAt
          ? { state: 'escalated', at: c.customerEscalatedAt }
          : { state: 'unavailable' },
    ...(form.values ? { values: form.values } : {}),
    ...(form.errors ? { errors: form.errors } : {}),
  };
}
