import { escapeHtml } from '../../../survey-pages/escape-html.js';
import type { PageBranding } from '../../../survey-pages/page-layout.js';
import { paragraphsHtml, paragraphsText } from '../../../survey-pages/text-paragraphs.js';
import { caseMailTexts } from './case-mail-texts.js';
import {
  FONT,
  MUTED_COLOR,
  TEXT_COLOR,
  mailButton,
  mailPalette,
  mailParagraph,
  oneLine,
  renderMailFrame,
} from './mail-layout.js';
import { mailSubject } from './mail-subject.js';
import { greetingName, type RenderedMail } from './scale-mail.js';

export interface CaseReplyMailInput {
  /** 'de' → German, else English. */
  language: string;
  branding: PageBranding;
  recipientName: string | null;
  caseNumber: number;
  caseSubject: string;
  /** What the agent wrote, plain text: escaped, its paragraphs and line breaks kept. */
  body: string;
  agentName: string | null;
  /** The signed page where the customer writes back. */
  replyUrl: string;
  /** The public case page: status, what happens next, and the escalation (a POST there). */
  caseUrl: string;
}

/**
 * The subject of every mail of one case: `[#42] Parcel arrived damaged`. It never changes for a
 * case, so mail clients that thread by subject keep the conversation together alongside the
 * Message-ID/In-Reply-To headers; one line, cut like every other subject.
 */
export function caseMailSubject(caseNumber: number, caseSubject: string): string {
  const subject = oneLine(caseSubject);
  return mailSubject(subject === '' ? `[#${caseNumber}]` : `[#${caseNumber}] ${subject}`);
}

/**
 * An agent's reply to the customer: the reply, a button to answer, and a visible "not solved?
 * escalate" link. That link only opens the case page; the escalation itself is a POST there,
 * because mail scanners open every link in a mail.
 */
export function renderCaseReplyMail(m: CaseReplyMailInput): RenderedMail {
  const t = caseMailTexts(m.language);
  const org = oneLine(m.branding.orgName);
  const agent = greetingName(m.agentName);
  const greeting = t.greeting(greetingName(m.recipientName));
  const intro = t.intro(agent, org, m.caseNumber);
  const heading = t.caseHeading(m.caseNumber, oneLine(m.caseSubject));
  const signature = t.signature(agent, org);
  const palette = mailPalette(m.branding);
  const subject = caseMailSubject(m.caseNumber, m.caseSubject);
  const body = paragraphsHtml(
    m.body,
    `margin:0 0 12px;${FONT}font-size:16px;line-height:24px;color:${TEXT_COLOR}`,
  );
  const small = `font-size:14px;line-height:20px;color:${MUTED_COLOR}`;
  const content =
    mailParagraph(greeting) +
    mailParagraph(intro) +
    `<p style="margin:0 0 8px;${FONT}font-size:14px;line-height:20px;font-weight:bold;color:${MUTED_COLOR}">${escapeHtml(heading)}</p>` +
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 20px"><tr>' +
    `<td style="padding:4px 0 4px 16px;border-left:4px solid ${palette.brand}">${body}` +
    `<p style="margin:0;${FONT}font-size:15px;line-height:22px;color:${MUTED_COLOR}">– ${escapeHtml(signature)}</p></td>` +
    '</tr></table>' +
    mailButton(t.replyButton, m.replyUrl, palette, '0 0 8px') +
    mailParagraph(t.replyHint, small) +
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 16px"><tr>' +
    `<td style="padding:12px 14px;border:2px solid ${palette.ink};border-radius:8px;${FONT}font-size:16px;line-height:24px;color:${TEXT_COLOR}">` +
    `<a href="${escapeHtml(m.caseUrl)}" target="_blank" style="color:${palette.ink};font-weight:bold;text-decoration:underline">${escapeHtml(t.escalateLink)}</a>` +
    `<br><span style="${small}">${escapeHtml(t.escalateHint)}</span></td></tr></table>`;
  const html = renderMailFrame({
    language: m.language,
    branding: m.branding,
    subject,
    preheader: intro,
    content,
    footer: { text: t.footer(org, m.caseNumber), link: { label: t.casePage, url: m.caseUrl } },
    openPixelUrl: null,
  });
  const text = [
    greeting,
    '',
    intro,
    heading,
    '',
    paragraphsText(m.body),
    '',
    `– ${signature}`,
    '',
    `${t.textReply} ${m.replyUrl}`,
    '',
    `${t.textEscalate} ${m.caseUrl}`,
    t.escalateHint,
    '',
    '-- ',
    t.footer(org, m.caseNumber),
  ].join('\n');
  return { subject, html, text };
}
