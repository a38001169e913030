import { casePageTexts } from './case-page-texts.js';
import { escapeHtml } from './escape-html.js';
import { formatCaseTime } from './format-case-time.js';
import { renderPage, type PageBase } from './page-layout.js';

export interface CaseConfirmationView extends PageBase {
  timeZone: string;
  caseNumber: number;
  /** The case page, to go back to. */
  caseUrl: string;
  /** When an agent answers at the latest; null: no running target. */
  answerDueAt: Date | null;
}

function answerLine(m: CaseConfirmationView): string {
  const t = casePageTexts(m.language);
  return m.answerDueAt ? t.answerBy(formatCaseTime(m.answerDueAt, m.timeZone, m.language)) : t.answerSoon;
}

function confirmation(m: CaseConfirmationView, title: string, body: string): string {
  const t = casePageTexts(m.language);
  return renderPage(m, {
    title,
    main:
      `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p><p>${escapeHtml(answerLine(m))}</p>` +
      `<p><a href="${escapeHtml(m.caseUrl)}">${escapeHtml(t.backToCase)}</a></p>`,
  });
}

/** After the reply form: the message is in the case (`reopened`: it opened a resolved or closed one). */
export function renderCaseMessageReceivedPage(m: CaseConfirmationView & { reopened: boolean }): string {
  const t = casePageTexts(m.language);
  return confirmation(m, t.messageReceivedTitle, t.messageReceivedBody(m.caseNumber, m.reopened));
}

/** After the escalation form. */
export function renderCaseEscalatedPage(m: CaseConfirmationView): string {
  const t = casePageTexts(m.language);
  return confirmation(m, t.escalationReceivedTitle, t.escalationReceivedBody(m.caseNumber));
}

/** After an escalation the server refused (resolved or closed, or escalated before): why, and nothing changed. */
export function renderCaseEscalationRefusedPage(
  m: PageBase & { caseUrl: string; reason: 'not-open' | 'already-escalated' },
): string {
  const t = casePageTexts(m.language);
  const { title, body } = t.escalationRefused[m.reason];
  return renderPage(m, {
    title,
    main:
      `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p>` +
      `<p><a href="${escapeHtml(m.caseUrl)}">${escapeHtml(t.backToCase)}</a></p>`,
  });
}

/** A case link that is forged, cut short or expired: the survey wording would not fit. */
export function renderCaseLinkErrorPage(m: PageBase & { kind: 'invalid' | 'expired' }): string {
  const { title, body } = casePageTexts(m.language).linkErrors[m.kind];
  return renderPage(m, { title, main: `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p>` });
}
