import type { TNotificationKind } from '../../../shared/contracts/notifications.js';

/** Interim plain wording of the agents' case mails (replaced by the branded template). */
export function renderCaseNotice(i: {
  kind: TNotificationKind;
  language: string;
  orgName: string;
  caseNumber: number;
  subject: string;
  caseUrl: string;
  data: Record<string, unknown>;
}): { subject: string; text: string; html: string | undefined } {
  const de = i.language === 'de';
  const what: Record<TNotificationKind, string> = de
    ? {
        'case.assigned': 'Ihnen zugewiesen',
        'case.joined': 'neues Feedback',
        'case.customer-message': 'Antwort des Kunden',
        'case.warned': 'SLA bald fällig',
        'case.breached': 'SLA überschritten',
        'case.escalated': 'eskaliert',
        'case.mentioned': 'Sie wurden erwähnt',
      }
    : {
        'case.assigned': 'assigned to you',
        'case.joined': 'new feedback',
        'case.customer-message': 'the customer replied',
        'case.warned': 'SLA due soon',
        'case.breached': 'SLA breached',
        'case.escalated': 'escalated',
        'case.mentioned': 'you were mentioned',
      };
  const subject = `[#${i.caseNumber}] ${what[i.kind]}: ${i.subject}`.replace(/[\r\n]+/g, ' ').slice(0, 200);
  return { subject, text: `${i.orgName}\n\n${subject}\n\n${i.caseUrl}\n`, html: undefined };
}
