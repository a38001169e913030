import type { TNotificationKind } from '../../../shared/contracts/notifications.js';
import { escapeHtml } from '../../../survey-pages/escape-html.js';
import { formatCaseTime } from '../../../survey-pages/format-case-time.js';
import { paragraphsHtml, paragraphsText } from '../../../survey-pages/text-paragraphs.js';
import { caseMailSubject } from './case-reply-mail.js';
import { caseNotificationTexts, type CaseNotificationTexts } from './case-notification-texts.js';
import { NOTICE_CELL, noticeRow, renderCaseNotice } from './case-notice-frame.js';
import { FONT, MUTED_COLOR, TEXT_COLOR, oneLine } from './mail-layout.js';
import { greetingName, type RenderedMail } from './scale-mail.js';

/** What a notification can show beyond its kind; each part only where it applies. */
export interface CaseNotificationDetails {
  /** The feedback's score on its scale; `metric` (nps, csat, ces, …) null when unknown. */
  score?: { value: number; min: number; max: number; metric: string | null };
  /** The customer's comment or message, or the note that mentions you: shown as an excerpt. */
  excerpt?: string;
  /** The SLA due time (warned: ahead, breached: passed), written in `timeZone` (IANA). */
  due?: { at: Date; timeZone: string };
  escalation?: { level: number; byCustomer: boolean; reason: string | null };
  /** Who assigned the case or mentioned you; null or absent: said without a name. */
  actorName?: string | null;
}

export interface CaseNotificationMailInput {
  /** 'de' → German, else English. */
  language: string;
  kind: TNotificationKind;
  orgName: string;
  recipientName?: string | null;
  caseNumber: number;
  caseSubject: string;
  /** The case in the dashboard. */
  caseUrl: string;
  /** Where the person chooses which notifications reach them by e-mail. */
  preferencesUrl?: string | null;
  details?: CaseNotificationDetails;
}

export const EXCERPT_MAX_LENGTH = 500;

const METRIC_NAMES: Record<string, string> = { nps: 'NPS', csat: 'CSAT', ces: 'CES' };

/** A long message is cut at a word boundary: the mail points to the case, it does not replace it. */
export function excerpt(text: string, max = EXCERPT_MAX_LENGTH): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function subjectAndIntro(m: CaseNotificationMailInput, t: CaseNotificationTexts) {
  const n = m.caseNumber;
  const actor = greetingName(m.details?.actorName ?? null);
  const level = m.details?.escalation?.level ?? 1;
  switch (m.kind) {
    case 'case.assigned':
      return { lead: t.subject[m.kind](), intro: t.intro[m.kind](n, actor) };
    case 'case.escalated':
      return {
        lead: t.subject[m.kind](level),
        intro: t.intro[m.kind](n, m.details?.escalation?.byCustomer ?? false, level),
      };
    case 'case.mentioned':
      return { lead: t.subject[m.kind](actor), intro: t.intro[m.kind](n, actor) };
    default:
      return { lead: t.subject[m.kind](), intro: t.intro[m.kind](n) };
  }
}

/** The details as label/value lines, the same in both parts. */
function detailLines(m: CaseNotificationMailInput, t: CaseNotificationTexts): Array<[string, string]> {
  const d = m.details ?? {};
  const lines: Array<[string, string]> = [];
  if (d.score) {
    const metric = d.score.metric === null ? null : (METRIC_NAMES[d.score.metric] ?? oneLine(d.score.metric));
    lines.push([t.labels.score, t.score(d.score.value, metric, d.score.min, d.score.max)]);
  }
  if (d.due)
    lines.push([
      m.kind === 'case.breached' ? t.labels.wasDue : t.labels.due,
      formatCaseTime(d.due.at, d.due.timeZone, m.language),
    ]);
  if (d.escalation && m.kind !== 'case.escalated') lines.push([t.labels.level, String(d.escalation.level)]);
  if (d.escalation?.reason) lines.push([t.labels.reason, oneLine(d.escalation.reason)]);
  return lines;
}

function excerptLabel(m: CaseNotificationMailInput, t: CaseNotificationTexts): string {
  if (m.kind === 'case.mentioned') return t.labels.note;
  return m.kind === 'case.customer-message' ? t.labels.message : t.labels.comment;
}

/**
 * A case notification by e-mail for the assignee, the team, leads and admins: what happened,
 * the few facts needed to judge how urgent it is, and one link to the case in the dashboard.
 */
export function renderCaseNotificationMail(m: CaseNotificationMailInput): RenderedMail {
  const t = caseNotificationTexts(m.language);
  const { lead, intro } = subjectAndIntro(m, t);
  const caseSubject = oneLine(m.caseSubject);
  const heading = t.caseHeading(m.caseNumber, caseSubject);
  const lines = detailLines(m, t);
  const quote = m.details?.excerpt ? excerpt(m.details.excerpt) : '';
  const label = excerptLabel(m, t);
  const bodyHtml =
    `<p style="margin:0 0 12px;${FONT}font-size:18px;line-height:26px;font-weight:bold;color:${TEXT_COLOR}">${escapeHtml(heading)}</p>` +
    (lines.length > 0
      ? '<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px">' +
        lines.map(([k, v]) => noticeRow(k, escapeHtml(v), '2px')).join('') +
        '</table>'
      : '') +
    (quote
      ? `<p style="margin:0 0 6px;${NOTICE_CELL};color:${MUTED_COLOR}">${escapeHtml(label)}</p>` +
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 20px"><tr>' +
        `<td style="padding:4px 0 4px 14px;border-left:4px solid #d0d7de">${paragraphsHtml(quote, `margin:0 0 8px;${NOTICE_CELL}`)}</td></tr></table>`
      : '');
  return renderCaseNotice({
    language: m.language,
    orgName: m.orgName,
    recipientName: m.recipientName,
    subject: caseMailSubject(m.caseNumber, caseSubject ? `${lead}: ${caseSubject}` : lead),
    intro,
    bodyHtml,
    bodyText: [
      heading,
      ...lines.map(([k, v]) => `${k}: ${v}`),
      ...(quote ? ['', `${label}:`, paragraphsText(quote)] : []),
    ],
    button: { label: t.button, textLabel: t.textOpen, url: m.caseUrl },
    preferences: m.preferencesUrl
      ? { label: t.preferences, textLabel: t.textPreferences, url: m.preferencesUrl }
      : null,
  });
}
