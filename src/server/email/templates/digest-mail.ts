import { escapeHtml } from '../../../survey-pages/escape-html.js';
import { contentLanguage } from '../../../survey-pages/page-texts.js';
import { digestMailTexts, type DigestMailTexts } from './digest-mail-texts.js';
import { FONT, MUTED_COLOR, TEXT_COLOR, mailParagraph, oneLine } from './mail-layout.js';
import { mailSubject } from './mail-subject.js';
import type { RenderedMail } from './scale-mail.js';

export type DigestMetric = 'nps' | 'csat' | 'ces';

export interface DigestInterval {
  readonly low: number;
  readonly high: number;
}

/** One period's figure: NPS in points, CSAT/CES as % (top-2-box, % agree); score null without answers. */
export interface DigestFigure {
  readonly n: number;
  readonly score: number | null;
  readonly ci: DigestInterval | null;
}

/**
 * `up`/`down`: significant at the mail's false-discovery rate; `none`: tested, not
 * significant; `too-few`: a period had fewer answers than the threshold, so it was not tested.
 */
export type DigestMark = 'up' | 'down' | 'none' | 'too-few';

/** The week minus the baseline, in points (NPS) or percentage points (CSAT, CES). */
export interface DigestChange {
  readonly difference: number;
  readonly ci: DigestInterval;
  readonly pValue: number;
  readonly mark: DigestMark;
}

export interface DigestMetricRow {
  readonly metric: DigestMetric;
  readonly week: DigestFigure;
  readonly baseline: DigestFigure;
  /** null when a period has no answers. */
  readonly change: DigestChange | null;
}

export interface DigestGroupChange {
  readonly metric: DigestMetric;
  readonly dimension: 'segment' | 'channel';
  /** The group's value ('' = unknown); user-provided text, escaped here. */
  readonly key: string;
  readonly week: DigestFigure;
  readonly baseline: DigestFigure;
  readonly change: DigestChange;
}

export interface DigestMailInput {
  /** 'de' → German, else English. */
  readonly language: string;
  readonly orgName: string;
  readonly recipientName: string | null;
  /** ISO week key (`2026-W45`) and its UTC days, `to` exclusive. */
  readonly week: { readonly key: string; readonly from: string; readonly to: string };
  readonly baseline: { readonly from: string; readonly to: string; readonly weeks: number };
  readonly metrics: readonly DigestMetricRow[];
  /** Breakdown groups whose change is significant (only those). */
  readonly groupChanges: readonly DigestGroupChange[];
  /** How many comparisons were tested together (the false-discovery family). */
  readonly comparisons: number;
  readonly fdr: number;
  readonly thinBelow: number;
  /** NPS states of STATS.md worth an alert; null for anything less. */
  readonly npsDrop: 'material-drop' | 'confirmed-drop' | null;
  /** When the NPS change is not significant: the smallest change these answers could detect (points). */
  readonly npsDetectable: number | null;
  /** The week's e-mail invitations; null when none were sent. */
  readonly invitations: { readonly sent: number; readonly answered: number } | null;
  readonly dashboardUrl: string;
  readonly settingsUrl: string;
}

const DAY_MS = 86_400_000;

class Format {
  private readonly one: Intl.NumberFormat;
  private readonly signedOne: Intl.NumberFormat;
  readonly count: Intl.NumberFormat;

  constructor(readonly t: DigestMailTexts) {
    this.one = new Intl.NumberFormat(t.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    this.signedOne = new Intl.NumberFormat(t.locale, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
    this.count = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 0 });
  }

  number = (value: number) => this.one.format(value);
  signed = (value: number) => this.signedOne.format(value);
  n = (value: number) => this.count.format(value);
  percent = (value: number, digits: Intl.NumberFormat = this.one) =>
    this.t.locale === 'de-DE' ? `${digits.format(value)} %` : `${digits.format(value)}%`;
  score = (metric: DigestMetric, value: number) =>
    metric === 'nps' ? this.number(value) : this.percent(value);
  interval = (metric: DigestMetric, ci: DigestInterval) =>
    this.t.ci(this.t.intervalRange(this.score(metric, ci.low), this.score(metric, ci.high)));
  changeInterval = (ci: DigestInterval) =>
    this.t.ci(this.t.intervalRange(this.signed(ci.low), this.signed(ci.high)));
  /** Inclusive UTC day range from an exclusive end. */
  range = (from: string, toExclusive: string) =>
    this.t.dayRange(new Date(`${from}T00:00:00Z`), new Date(Date.parse(`${toExclusive}T00:00:00Z`) - DAY_MS));
  week = (key: string) => {
    const [year, week] = key.split('-W').map(Number);
    return this.t.weekLabel(week ?? 0, year ?? 0);
  };
}

const H2 = `margin:24px 0 12px;${FONT}font-size:18px;line-height:24px;font-weight:bold;color:${TEXT_COLOR}`;
const SMALL = `font-size:14px;line-height:20px;color:${MUTED_COLOR}`;
const MARK_COLOR: Record<DigestMark, string> = {
  up: '#1a7f37',
  down: '#cf222e',
  none: MUTED_COLOR,
  'too-few': MUTED_COLOR,
};

/** The lines of one metric, as plain text; the HTML part shows the same words. */
function metricLines(
  f: Format,
  row: DigestMetricRow,
  m: DigestMailInput,
): { title: string; lines: string[]; mark: string | null } {
  const { t } = f;
  const figure = (x: DigestFigure, withCi: boolean) =>
    x.n === 0 || x.score === null
      ? t.noAnswers
      : `${f.score(row.metric, x.score)} (${withCi && x.ci ? `${f.interval(row.metric, x.ci)}; ` : ''}n = ${f.n(x.n)})`;
  const lines = [
    `${t.thisWeek}: ${figure(row.week, true)}`,
    `${t.baseline(m.baseline.weeks)}: ${figure(row.baseline, false)}`,
  ];
  let mark: string | null = null;
  if (row.change) {
    lines.push(
      `${t.change}: ${f.signed(row.change.difference)} ${t.units[row.metric]} (${f.changeInterval(row.change.ci)})`,
    );
    mark = row.change.mark === 'too-few' ? t.mark['too-few'](m.thinBelow) : t.mark[row.change.mark];
  }
  return { title: t.metricTitle[row.metric], lines, mark };
}

/** "What changed significantly": headline changes first, then groups; or an honest "nothing". */
function changeSentences(f: Format, m: DigestMailInput): { lines: string[]; note: string[] } {
  const { t } = f;
  const lines: string[] = [];
  for (const row of m.metrics) {
    const c = row.change;
    if (!c || (c.mark !== 'up' && c.mark !== 'down')) continue;
    lines.push(
      t.headlineChange(
        t.metricShort[row.metric],
        c.mark === 'up',
        f.number(Math.abs(c.difference)),
        t.units[row.metric],
        f.changeInterval(c.ci),
      ),
    );
  }
  if (m.npsDrop)
    lines.push(m.npsDrop === 'confirmed-drop' ? `${t.materialDrop} ${t.confirmedDrop}` : t.materialDrop);
  for (const g of m.groupChanges) {
    const key = g.key === '' ? t.unknownGroup : oneLine(g.key);
    const score = (x: DigestFigure) => (x.score === null ? t.noAnswers : f.score(g.metric, x.score));
    lines.push(
      t.groupChange(
        t.dimension[g.dimension],
        key,
        t.metricShort[g.metric],
        score(g.baseline),
        score(g.week),
        f.signed(g.change.difference),
        t.units[g.metric],
        f.changeInterval(g.change.ci),
        f.n(g.week.n),
        f.n(g.baseline.n),
      ),
    );
  }
  const note: string[] = [];
  if (lines.length === 0) {
    note.push(m.comparisons === 0 ? t.allThin(m.thinBelow) : t.nothingChanged(m.baseline.weeks));
    if (m.npsDetectable !== null) note.push(t.detectable(f.number(m.npsDetectable)));
  }
  if (m.comparisons > 0) note.push(t.method(f.percent(100 * m.fdr, f.count), m.comparisons, m.thinBelow));
  return { lines, note };
}

function invitationLine(f: Format, m: DigestMailInput): string | null {
  if (!m.invitations || m.invitations.sent === 0) return null;
  const { sent, answered } = m.invitations;
  return f.t.invitations(f.n(sent), f.n(answered), f.percent((100 * answered) / sent));
}

function button(label: string, url: string): string {
  return (
    '<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:24px 0 16px"><tr>' +
    `<td style="border-radius:8px;background-color:${TEXT_COLOR}"><a href="${escapeHtml(url)}" style="display:inline-block;padding:12px 20px;${FONT}font-size:16px;line-height:20px;font-weight:bold;color:#ffffff;text-decoration:none;border-radius:8px">${escapeHtml(label)}</a></td>` +
    '</tr></table>'
  );
}

function layout(
  m: DigestMailInput,
  t: DigestMailTexts,
  subject: string,
  preheader: string,
  content: string,
): string {
  const lang = escapeHtml(contentLanguage(m.language));
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="x-apple-disable-message-reformatting">' +
    `<meta name="color-scheme" content="light"><title>${escapeHtml(subject)}</title></head>` +
    '<body style="margin:0;padding:0;background-color:#f4f5f7;-webkit-text-size-adjust:100%">' +
    `<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">${escapeHtml(preheader)}</div>` +
    `<div role="article" aria-roledescription="email" lang="${lang}" style="background-color:#f4f5f7">` +
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f4f5f7"><tr><td align="center" style="padding:16px 8px">' +
    '<!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->' +
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background-color:#ffffff;border-radius:12px">' +
    `<tr><td style="padding:20px 20px 16px;border-bottom:1px solid #d0d7de;${FONT}font-size:18px;line-height:24px;font-weight:bold;color:${TEXT_COLOR}">${escapeHtml(m.orgName)}</td></tr>` +
    `<tr><td style="padding:24px 20px 8px">${content}</td></tr>` +
    `<tr><td style="padding:16px 20px 24px;border-top:1px solid #d0d7de;${FONT}font-size:13px;line-height:20px;color:${MUTED_COLOR}">` +
    `${escapeHtml(t.footer(m.orgName))}<br><a href="${escapeHtml(m.settingsUrl)}" style="color:${TEXT_COLOR};text-decoration:underline">${escapeHtml(t.manage)}</a></td></tr>` +
    '</table><!--[if mso]></td></tr></table><![endif]-->' +
    '</td></tr></table></div></body></html>'
  );
}

/** One metric as a bordered block: title and mark, then this week, the baseline and the change. */
function metricBlock(
  block: { title: string; lines: string[]; mark: string | null },
  mark: DigestMark | null,
): string {
  const badge = block.mark
    ? ` <span style="font-weight:normal;font-size:14px;color:${MARK_COLOR[mark ?? 'none']}">· ${escapeHtml(block.mark)}</span>`
    : '';
  return (
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 12px;border:1px solid #d0d7de;border-radius:8px"><tr>' +
    `<td style="padding:12px 14px;${FONT}font-size:15px;line-height:22px;color:${TEXT_COLOR}"><strong>${escapeHtml(block.title)}</strong>${badge}` +
    block.lines.map((l) => `<br>${escapeHtml(l)}`).join('') +
    '</td></tr></table>'
  );
}

/**
 * The weekly digest: headline numbers with n and intervals against the baseline, what changed
 * significantly (or that nothing did), and a link to the week in the dashboard. Pure: every
 * number arrives computed; this only words and escapes it.
 */
export function renderDigestMail(m: DigestMailInput): RenderedMail {
  const t = digestMailTexts(m.language);
  const f = new Format(t);
  const org = oneLine(m.orgName);
  const name = m.recipientName === null ? '' : oneLine(m.recipientName);
  const greeting = t.greeting(name === '' ? null : name);
  const week = f.week(m.week.key);
  const range = f.range(m.week.from, m.week.to);
  const answers = m.metrics.reduce((sum, row) => sum + row.week.n, 0);
  const invitations = invitationLine(f, m);
  const footer = ['-- ', t.footer(org), `${t.textManage} ${m.settingsUrl}`];

  if (answers === 0) {
    const subject = mailSubject(t.subjectEmpty(org, week));
    const intro = t.emptyIntro(org, week, range);
    const content =
      mailParagraph(greeting) +
      mailParagraph(intro) +
      mailParagraph(t.emptyHint) +
      (invitations ? mailParagraph(invitations) : '') +
      button(t.button, m.dashboardUrl);
    const text = [
      greeting,
      '',
      intro,
      t.emptyHint,
      ...(invitations ? ['', invitations] : []),
      '',
      `${t.button}: ${m.dashboardUrl}`,
      '',
      ...footer,
    ].join('\n');
    return { subject, html: layout(m, t, subject, intro, content), text };
  }

  const subject = mailSubject(t.subject(org, week, f.n(answers)));
  const intro = t.intro(org, week, range, m.baseline.weeks, f.range(m.baseline.from, m.baseline.to));
  const blocks = m.metrics.map((row) => ({ row, block: metricLines(f, row, m) }));
  const changes = changeSentences(f, m);

  const content =
    mailParagraph(greeting) +
    mailParagraph(intro) +
    blocks.map(({ row, block }) => metricBlock(block, row.change?.mark ?? null)).join('') +
    (invitations ? mailParagraph(invitations, SMALL) : '') +
    `<h2 style="${H2}">${escapeHtml(t.changedHeading)}</h2>` +
    (changes.lines.length > 0
      ? `<ul style="margin:0 0 16px;padding-left:20px;${FONT}font-size:15px;line-height:22px;color:${TEXT_COLOR}">${changes.lines.map((l) => `<li style="margin:0 0 6px">${escapeHtml(l)}</li>`).join('')}</ul>`
      : '') +
    changes.note.map((l) => mailParagraph(l, changes.lines.length > 0 ? SMALL : '')).join('') +
    button(t.button, m.dashboardUrl);

  const text = [
    greeting,
    '',
    intro,
    '',
    ...blocks.flatMap(({ block }) => [
      block.mark ? `${block.title} – ${block.mark}` : block.title,
      ...block.lines.map((l) => `  ${l}`),
      '',
    ]),
    ...(invitations ? [invitations, ''] : []),
    t.changedHeading,
    ...changes.lines.map((l) => `- ${l}`),
    ...changes.note,
    '',
    `${t.button}: ${m.dashboardUrl}`,
    '',
    ...footer,
  ].join('\n');
  return { subject, html: layout(m, t, subject, intro, content), text };
}
