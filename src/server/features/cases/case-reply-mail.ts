import { escapeHtml } from '../../../survey-pages/escape-html.js';

/** Interim wording of the customer's reply mail (replaced by the branded template). */
export function renderCaseReply(i: {
  language: string;
  orgName: string;
  caseNumber: number;
  subject: string;
  body: string;
  agentName: string;
  caseUrl: string;
}): { subject: string; text: string; html: string } {
  const de = i.language === 'de';
  const subject = `[#${i.caseNumber}] ${i.subject}`.replace(/[\r\n]+/g, ' ').slice(0, 200);
  const more = de ? 'Antworten oder nicht gelöst? Eskalieren:' : 'Reply, or not solved? Escalate:';
  const text = `${i.body}\n\n${i.agentName}, ${i.orgName}\n\n${more} ${i.caseUrl}\n`;
  const html = `<p>${escapeHtml(i.body).replace(/\n/g, '<br>')}</p><p>${escapeHtml(i.agentName)}, ${escapeHtml(i.orgName)}</p><p><a href="${escapeHtml(i.caseUrl)}">${escapeHtml(more)}</a></p>`;
  return { subject, text, html };
}
