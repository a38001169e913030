import { casePageTexts, type CasePageTexts } from './case-page-texts.js';
import { escapeHtml } from './escape-html.js';
import { formatCaseDay, formatCaseTime } from './format-case-time.js';
import { hiddenInput, renderPage, type PageBase } from './page-layout.js';
import { paragraphsHtml } from './text-paragraphs.js';

export type CasePageStatus = 'new' | 'open' | 'waiting' | 'resolved' | 'closed';

/** The longest message and escalation reason the forms accept; the routes check the same. */
export const CASE_PAGE_LIMITS = { message: 20_000, reason: 2_000 } as const;

/** A message the customer may see: an agent's reply or their own. Internal notes never get here. */
export interface CaseMessageView {
  author: 'agent' | 'customer';
  /** The agent's or customer's name; null: the organization's name, or "You". */
  name: string | null;
  at: Date;
  /** Plain text, escaped with its paragraphs kept. */
  body: string;
}

/**
 * `available`: the form that escalates (one POST to `action`); `escalated`: when it happened;
 * `unavailable`: neither (the server decides, e.g. for a case with no agent answer yet).
 */
export type CaseEscalationView =
  | { state: 'available'; action: string }
  | { state: 'escalated'; at: Date }
  | { state: 'unavailable' };

export interface CasePageView extends PageBase {
  /** The customer's IANA time zone: every date on the page is written in it. */
  timeZone: string;
  caseNumber: number;
  subject: string;
  status: CasePageStatus;
  /** New or open: when an agent answers at the latest (the next running SLA target); null: none. */
  answerDueAt: Date | null;
  /** Resolved or closed: when it was resolved. */
  resolvedAt: Date | null;
  /** Oldest first. */
  messages: CaseMessageView[];
  /** Where the reply form posts (`message`). */
  replyAction: string;
  escalation: CaseEscalationView;
  /** Posted back as hidden inputs with both forms (e.g. a form nonce). */
  hiddenFields?: Record<string, string>;
  /** What was typed, when a form comes back with an error. */
  values?: { message?: string; reason?: string };
  errors?: { message?: string; reason?: string };
}

const CSS =
  '.meta{margin:-8px 0 20px;color:#57606a}' +
  '.status{display:inline-block;padding:1px 10px;border:1px solid var(--ink);border-radius:999px;color:var(--ink);font-weight:700;font-size:.9rem}' +
  'h2{font-size:1.1rem;line-height:1.3;margin:28px 0 12px}' +
  '.next{padding:12px 16px;border-radius:10px;background:#f6f8fa}.next h2{margin-top:0}.next p:last-child{margin:0}' +
  '.msgs{list-style:none;margin:0;padding:0}' +
  '.msg{margin:0 0 12px;padding:12px 14px;border:1px solid #d0d7de;border-radius:10px;overflow-wrap:anywhere}' +
  '.msg.customer{background:#f6f8fa}.msg p:last-child{margin:0}' +
  '.msg-head{display:flex;flex-wrap:wrap;justify-content:space-between;gap:4px 12px;margin-bottom:6px;font-size:.875rem;color:#57606a}' +
  '.msg-head strong{color:#1f2328}' +
  'label{display:block;font-weight:700;margin-bottom:8px}textarea{margin-bottom:16px}' +
  '.escalate{margin-top:32px;padding:4px 16px 16px;border:2px solid var(--ink);border-radius:10px}';

function nextStep(m: CasePageView, t: CasePageTexts): string {
  const due = m.answerDueAt ? formatCaseTime(m.answerDueAt, m.timeZone, m.language) : null;
  const day = m.resolvedAt ? formatCaseDay(m.resolvedAt, m.timeZone, m.language) : null;
  switch (m.status) {
    case 'new':
    case 'open':
      return t.next[m.status](due);
    case 'waiting':
      return t.next.waiting;
    default:
      return t.next[m.status](day);
  }
}

function message(m: CasePageView, t: CasePageTexts, msg: CaseMessageView): string {
  const name = msg.name?.trim() || (msg.author === 'agent' ? m.branding.orgName : t.you);
  return (
    `<li class="msg ${msg.author}"><div class="msg-head"><strong>${escapeHtml(name)}</strong>` +
    `<time datetime="${escapeHtml(msg.at.toISOString())}">${escapeHtml(formatCaseTime(msg.at, m.timeZone, m.language))}</time></div>` +
    `${paragraphsHtml(msg.body)}</li>`
  );
}

/** A labelled textarea; the newline after <textarea> is swallowed, so a value starting with one keeps it. */
function textarea(name: 'message' | 'reason', label: string, m: CasePageView, t: CasePageTexts): string {
  const error = m.errors?.[name];
  const value = m.values?.[name] ?? '';
  const aria = error ? ` aria-invalid="true" aria-describedby="err-${name}"` : '';
  return (
    `<label for="${name}">${escapeHtml(label)} <span class="req">${escapeHtml(t.required)}</span></label>` +
    (error ? `<p class="error" id="err-${name}">${escapeHtml(error)}</p>` : '') +
    `<textarea id="${name}" name="${name}" rows="${name === 'message' ? 6 : 4}" maxlength="${CASE_PAGE_LIMITS[name]}" required${aria}>\n${escapeHtml(value)}</textarea>`
  );
}

function escalation(m: CasePageView, t: CasePageTexts, hidden: string): string {
  // A resolved or closed case reopens with a message instead; the server refuses the POST too.
  if (m.status === 'resolved' || m.status === 'closed') return '';
  const e = m.escalation;
  if (e.state === 'escalated')
    return (
      `<section class="escalate"><h2>${escapeHtml(t.escalatedHeading)}</h2>` +
      `<p>${escapeHtml(t.escalatedBody(formatCaseTime(e.at, m.timeZone, m.language)))}</p></section>`
    );
  if (e.state !== 'available') return '';
  return (
    `<section class="escalate"><h2>${escapeHtml(t.escalateHeading)}</h2><p>${escapeHtml(t.escalateBody)}</p>` +
    `<form method="post" action="${escapeHtml(e.action)}">${hidden}${textarea('reason', t.reasonLabel, m, t)}` +
    `<button type="submit" class="btn">${escapeHtml(t.escalateButton)}</button></form></section>`
  );
}

/**
 * The customer's page for their case, opened from every case mail: status, what happens next and
 * by when, the conversation (agents' replies and the customer's messages only), a reply form and,
 * while it applies, the escalation. Opening it changes nothing: both actions are POSTs.
 */
export function renderCasePage(m: CasePageView): string {
  const t = casePageTexts(m.language);
  const hidden = Object.entries(m.hiddenFields ?? {})
    .map(([name, value]) => hiddenInput(name, value))
    .join('');
  // The type admits only these two authors; the filter keeps a note out even if one is cast in.
  const visible = m.messages.filter((msg) => msg.author === 'agent' || msg.author === 'customer');
  const conversation =
    visible.length > 0
      ? `<ol class="msgs">${visible.map((msg) => message(m, t, msg)).join('')}</ol>`
      : `<p class="muted">${escapeHtml(t.noMessages)}</p>`;
  const hasErrors = Boolean(m.errors?.message || m.errors?.reason);
  const main =
    `<h1>${escapeHtml(m.subject)}</h1>` +
    `<p class="meta">${escapeHtml(t.caseNumber(m.caseNumber))} · <span class="vh">${escapeHtml(t.statusLabel)}: </span><span class="status">${escapeHtml(t.status[m.status])}</span></p>` +
    (hasErrors ? `<p class="alert" role="alert">${escapeHtml(t.errorSummary)}</p>` : '') +
    `<section class="next"><h2>${escapeHtml(t.nextHeading)}</h2><p>${escapeHtml(nextStep(m, t))}</p></section>` +
    `<h2>${escapeHtml(t.conversationHeading)}</h2>${conversation}` +
    `<h2>${escapeHtml(t.writeHeading)}</h2>` +
    `<form method="post" action="${escapeHtml(m.replyAction)}">${hidden}${textarea('message', t.messageLabel, m, t)}` +
    `<button type="submit" class="btn">${escapeHtml(t.sendMessage)}</button></form>` +
    escalation(m, t, hidden);
  return renderPage(m, { title: t.caseNumber(m.caseNumber), main, css: CSS });
}
