import { escapeHtml } from '../../../survey-pages/escape-html.js';
import { caseNotificationTexts } from './case-notification-texts.js';
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
import { greetingName, type RenderedMail } from './scale-mail.js';

/** The body text of a notice's table cells. */
export const NOTICE_CELL = `${FONT}font-size:15px;line-height:22px;color:${TEXT_COLOR}`;

/** A label / value row of a notice's table (label muted); `valueHtml` is already escaped. */
export function noticeRow(label: string, valueHtml: string, padding: string): string {
  return (
    `<tr><td valign="top" style="padding:${padding} 16px ${padding} 0;${NOTICE_CELL};color:${MUTED_COLOR}">${escapeHtml(label)}</td>` +
    `<td valign="top" style="padding:${padding} 0;${NOTICE_CELL}">${valueHtml}</td></tr>`
  );
}

export interface CaseNoticeFrameInput {
  language: string;
  orgName: string;
  recipientName?: string | null | undefined;
  subject: string;
  intro: string;
  /** What stands between the intro and the button, already escaped. */
  bodyHtml: string;
  /** The same in the plain-text part, a line each. */
  bodyText: readonly string[];
  button: { label: string; textLabel: string; url: string };
  preferences?: { label: string; textLabel: string; url: string } | null;
}

/**
 * What every mail to agents, leads and admins about cases shares: greeting and intro, the body,
 * one button, the organization's footer — as HTML in the house frame and as plain text.
 */
export function renderCaseNotice(m: CaseNoticeFrameInput): RenderedMail {
  const t = caseNotificationTexts(m.language);
  const org = oneLine(m.orgName);
  const branding = { orgName: org, brandColor: null, logoUrl: null };
  const greeting = t.greeting(greetingName(m.recipientName ?? null));
  const html = renderMailFrame({
    language: m.language,
    branding,
    subject: m.subject,
    preheader: m.intro,
    content:
      mailParagraph(greeting) +
      mailParagraph(m.intro) +
      m.bodyHtml +
      mailButton(m.button.label, m.button.url, mailPalette(branding)),
    footer: {
      text: t.footer(org),
      link: m.preferences ? { label: m.preferences.label, url: m.preferences.url } : null,
    },
    openPixelUrl: null,
  });
  const text = [
    greeting,
    '',
    m.intro,
    '',
    ...m.bodyText,
    '',
    `${m.button.textLabel} ${m.button.url}`,
    '',
    '-- ',
    t.footer(org),
    ...(m.preferences ? [`${m.preferences.textLabel} ${m.preferences.url}`] : []),
  ].join('\n');
  return { subject: m.subject, html, text };
}
