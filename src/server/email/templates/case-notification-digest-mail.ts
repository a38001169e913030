import { escapeHtml } from '../../../survey-pages/escape-html.js';
import type { CaseNotificationMailInput } from './case-notification-mail.js';
import { caseNotificationTexts } from './case-notification-texts.js';
import { NOTICE_CELL, noticeRow, renderCaseNotice } from './case-notice-frame.js';
import { MUTED_COLOR, TEXT_COLOR, oneLine } from './mail-layout.js';
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
  const count = m.notices.length;
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
  const bodyHtml =
    '<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 20px">' +
    lines
      .map((l) =>
        noticeRow(
          l.lead,
          `<a href="${escapeHtml(l.url)}" style="color:${TEXT_COLOR}">${escapeHtml(l.heading)}</a>`,
          '4px',
        ),
      )
      .join('') +
    (more > 0
      ? `<tr><td colspan="2" style="padding:4px 0;${NOTICE_CELL};color:${MUTED_COLOR}">+ ${more}</td></tr>`
      : '') +
    '</table>';
  return renderCaseNotice({
    language: m.language,
    orgName: m.orgName,
    recipientName: m.recipientName,
    subject: t.digest.subject(count),
    intro: t.digest.intro(count),
    bodyHtml,
    bodyText: [
      ...lines.flatMap((l) => [`${l.lead}: ${l.heading}`, `  ${l.url}`]),
      ...(more > 0 ? [`+ ${more}`] : []),
    ],
    button: { label: t.digest.button, textLabel: t.digest.textOpen, url: m.casesUrl },
  });
}
