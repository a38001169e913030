import { escapeHtml } from '../../../survey-pages/escape-html.js';
import type { CaseNotificationMailInput } from './case-notification-mail.js';
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

export interface CaseNotificationDigestInput {
  language: string;
  orgName: string;
  recipientName?: string | null;
  /** The dashboard's case list. */
  casesUrl: string;
  /** What happened, oldest first: each one line with its case and link. */
  notices: readonly Pick<
    CaseNotificationMailInput,
    'kind' | 'caseNumber' | 'caseSubject' | 'caseUrl' | 'details'
  >[];
}

/** The case list is cut here: past it the mail says how many more, the dashboard has them all. */
export const DIGEST_MAX_LINES = 50;

/**
 * Several notifications for one person at once (a batch of new cases assigned to them, a morning's
 * breaches when business hours begin) as one mail with a line per case, instead of a mail each.
 */
export function renderCaseNotificationDigest(m: CaseNotificationDigestInput): RenderedMail {
  const t = caseNotificationTexts(m.language);
  const org = oneLine(m.orgName);
  const branding = { orgName: org, brandColor: null, logoUrl: null };
  const count = m.notices.length;
  const subject = t.digest.subject(count);
  const greeting = t.greeting(greetingName(m.recipientName ?? null));
  const intro = t.digest.intro(count);
  const lines = m.notices.slice(0, DIGEST_MAX_LINES).map((n) => {
    const lead =
      n.kind === 'case.escalated'
        ? t.subject[n.kind](n.details?.escalation?.level ?? 1)
        : n.kind === 'case.mentioned'
          ? t.subject[n.kind](greetingName(n.details?.actorName ?? null))
          : t.subject[n.kind]();
    return { heading: t.caseHeading(n.caseNumber, oneLine(n.caseSubject)), lead, url: n.caseUrl };
  });
  const more = count - lines.length;
  const cell = `${FONT}font-size:15px;line-height:22px;color:${TEXT_COLOR}`;
  const content =
    mailParagraph(greeting) +
    mailParagraph(intro) +
    '<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 20px">' +
    lines
      .map(
        (l) =>
          `<tr><td valign="top" style="padding:4px 16px 4px 0;${cell};color:${MUTED_COLOR}">${escapeHtml(l.lead)}</td>` +
          `<td valign="top" style="padding:4px 0;${cell}"><a href="${escapeHtml(l.url)}" style="color:${TEXT_COLOR}">${escapeHtml(l.heading)}</a></td></tr>`,
      )
      .join('') +
    (more > 0
      ? `<tr><td colspan="2" style="padding:4px 0;${cell};color:${MUTED_COLOR}">+ ${more}</td></tr>`
      : '') +
    '</table>' +
    mailButton(t.digest.button, m.casesUrl, mailPalette(branding));
  const html = renderMailFrame({
    language: m.language,
    branding,
    subject,
    preheader: intro,
    content,
    footer: { text: t.footer(org), link: null },
    openPixelUrl: null,
  });
  const text = [
    greeting,
    '',
    intro,
    '',
    ...lines.flatMap((l) => [`${l.lead}: ${l.heading}`, `  ${l.url}`]),
    ...(more > 0 ? [`+ ${more}`] : []),
    '',
    `${t.digest.textOpen} ${m.casesUrl}`,
    '',
    '-- ',
    t.footer(org),
  ].join('\n');
  return { subject, html, text };
}
