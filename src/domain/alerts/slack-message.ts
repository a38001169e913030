import type { Language } from '../../shared/contracts/common.js';
import { SUMMARY_LISTED } from './alert-pacing.js';
import type { AlertFacts } from './alert-facts.js';
import { alertTexts, headline, labelledFacts, openLabel, summaryHeadline, utcText } from './alert-texts.js';

/**
 * Slack messages in Block Kit for an incoming webhook: one alert (header, facts, the comment as
 * a quote, the SLA deadline, a button to the case or answer) or a burst's summary (how many, the
 * first few, a button to all). Customer text is escaped for mrkdwn — &, < and > become entities,
 * so no `<!channel>`, `<@U…>` or link can be written by a customer, and @channel/@here typed as
 * plain words are broken with a zero-width space — and every text is cut to Slack's limits.
 */

export const SLACK_LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3_000,
  contextText: 2_000,
  buttonText: 75,
  url: 3_000,
  fallbackText: 3_000,
} as const;

export type SlackText =
  | { type: 'plain_text'; text: string; emoji?: boolean }
  | { type: 'mrkdwn'; text: string };
export type SlackBlock =
  | { type: 'header'; text: { type: 'plain_text'; text: string; emoji: boolean } }
  | { type: 'section'; text: SlackText }
  | { type: 'context'; elements: SlackText[] }
  | {
      type: 'actions';
      elements: Array<{
        type: 'button';
        text: { type: 'plain_text'; text: string };
        url: string;
        action_id: string;
      }>;
    }
  | { type: 'divider' };

export interface SlackMessage {
  /** Shown in notifications and where blocks cannot be: the headline. */
  text: string;
  blocks: SlackBlock[];
  unfurl_links: false;
  unfurl_media: false;
}

const MENTION_WORDS = /@(channel|here|everyone)/gi;

/** "@channel" typed as a word stays a word: a zero-width space after the @. */
const defuse = (text: string) => text.replace(MENTION_WORDS, '@\u200b$1');
const entity = (ch: string) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch);

/** Text for mrkdwn: the three characters Slack reserves as entities, and mention words defused. */
export function escapeMrkdwn(text: string): string {
  return defuse(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * `raw` escaped and cut so the result has at most `max` characters (UTF-16 units, as Slack
 * counts), ending in "…" when cut; never inside an entity or a surrogate pair.
 */
export function fitMrkdwn(raw: string, max: number): { text: string; isCut: boolean } {
  const whole = escapeMrkdwn(raw);
  if (whole.length <= max) return { text: whole, isCut: false };
  let out = '';
  for (const ch of defuse(raw)) {
    const piece = entity(ch);
    if (out.length + piece.length > max - 1) break;
    out += piece;
  }
  return { text: `${out}…`, isCut: true };
}

/** Plain text (headers, buttons) cut to `max` characters with "…". */
export function fitPlain(text: string, max: number): string {
  const single = text.replace(/\s+/g, ' ').trim();
  if (single.length <= max) return single;
  let cut = single.slice(0, max - 1);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** A comment as a mrkdwn quote, every line prefixed, within `max` characters. */
export function quoteMrkdwn(raw: string, max: number): string {
  const lines = raw.split(/\r\n|\r|\n/);
  const out: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const separator = out.length > 0 ? 1 : 0;
    const room = max - used - separator - 2;
    const isLast = i === lines.length - 1;
    if (room < 2) {
      if (out.length > 0) out[out.length - 1] = `${(out.at(-1) ?? '').slice(0, -1)}…`;
      break;
    }
    // Leave room for "…" on a later line being cut off.
    const fitted = fitMrkdwn(line, isLast ? room : Math.max(1, room - 1));
    out.push(`> ${fitted.text}`);
    used += separator + 2 + fitted.text.length;
    if (fitted.isCut) break;
  }
  return out.join('\n');
}

/** A link in mrkdwn to one of our own URLs (never a customer's). */
function link(url: string, label: string): string {
  const safeUrl = url
    .replaceAll('&', '&amp;')
    .replaceAll('<', '%3C')
    .replaceAll('>', '%3E')
    .replaceAll('|', '%7C');
  return `<${safeUrl}|${escapeMrkdwn(label).replaceAll('|', '¦')}>`;
}

/** A deadline Slack shows in the reader's own time zone, with a UTC fallback. */
function slackDate(iso: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return escapeMrkdwn(iso);
  return `<!date^${Math.floor(at / 1000)}^{date_short_pretty} {time}|${utcText(iso)}>`;
}

function factsText(facts: AlertFacts, language: Language, max: number): string {
  const t = alertTexts(language);
  const lines = labelledFacts(facts, language).map(
    (f) => `*${escapeMrkdwn(f.label)}:* ${escapeMrkdwn(f.value)}`,
  );
  if (facts.subject === 'case' && facts.slaDueAt) lines.push(`*${t.slaDue}:* ${slackDate(facts.slaDueAt)}`);
  return fitLines(lines, max);
}

/** Lines joined while they fit in `max`; a line too long for what is left is cut (escaped text: cut on a boundary). */
function fitLines(lines: readonly string[], max: number): string {
  let out = '';
  for (const line of lines) {
    const next = out === '' ? line : `${out}\n${line}`;
    if (next.length <= max) {
      out = next;
      continue;
    }
    const room = max - out.length - (out === '' ? 0 : 1) - 1;
    if (room > 0) {
      let cut = line.slice(0, room);
      // Never end inside an entity (&amp;) or one of our own <link|…> or <!date…> constructs.
      const amp = cut.lastIndexOf('&');
      if (amp >= 0 && !cut.slice(amp).includes(';')) cut = cut.slice(0, amp);
      const open = cut.lastIndexOf('<');
      if (open > cut.lastIndexOf('>')) cut = cut.slice(0, open);
      const last = cut.charCodeAt(cut.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
      out = out === '' ? `${cut}…` : `${out}\n${cut}…`;
    }
    break;
  }
  return out === '' ? '…' : out;
}

const button = (text: string, url: string, id: string) => ({
  type: 'button' as const,
  text: { type: 'plain_text' as const, text: fitPlain(text, SLACK_LIMITS.buttonText) },
  url,
  action_id: id,
});

const header = (text: string): SlackBlock => ({
  type: 'header',
  text: { type: 'plain_text', text: fitPlain(text, SLACK_LIMITS.headerText), emoji: true },
});

/** One alert. */
export function slackAlert(facts: AlertFacts, language: Language): SlackMessage {
  const title = headline(facts, language);
  const blocks: SlackBlock[] = [
    header(title),
    { type: 'section', text: { type: 'mrkdwn', text: factsText(facts, language, SLACK_LIMITS.sectionText) } },
  ];
  if (facts.subject === 'item' && facts.comment && facts.comment.trim() !== '')
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: quoteMrkdwn(facts.comment, SLACK_LIMITS.sectionText) },
    });
  blocks.push({ type: 'actions', elements: [button(openLabel(facts, language), facts.url, 'open')] });
  return finish(title, blocks);
}

/** Characters of each listed alert's comment in a summary. */
const SUMMARY_COMMENT = 300;

/** A burst as one message: how many in which window, the first few, the rest counted, a button to all. */
export function slackSummary(
  all: readonly AlertFacts[],
  language: Language,
  now: Date,
  listUrl: string,
): SlackMessage {
  const t = alertTexts(language);
  const title = summaryHeadline(all, language, now);
  const blocks: SlackBlock[] = [header(title)];
  for (const facts of all.slice(0, SUMMARY_LISTED)) {
    const lines = [
      `*${link(facts.url, headline(facts, language))}*`,
      labelledFacts(facts, language)
        .map((f) => `${escapeMrkdwn(f.label)}: ${escapeMrkdwn(f.value)}`)
        .join(' · '),
    ];
    if (facts.subject === 'case' && facts.slaDueAt) lines.push(`${t.slaDue}: ${slackDate(facts.slaDueAt)}`);
    let text = fitLines(lines, SLACK_LIMITS.sectionText - SUMMARY_COMMENT - 4);
    if (facts.subject === 'item' && facts.comment && facts.comment.trim() !== '')
      text = `${text}\n${quoteMrkdwn(facts.comment, SUMMARY_COMMENT)}`;
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
  }
  if (all.length > SUMMARY_LISTED)
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: escapeMrkdwn(t.more(all.length - SUMMARY_LISTED)) }],
    });
  blocks.push({ type: 'actions', elements: [button(t.openAll, listUrl, 'open-all')] });
  return finish(title, blocks);
}

function finish(title: string, blocks: SlackBlock[]): SlackMessage {
  const message: SlackMessage = {
    text: fitMrkdwn(title, SLACK_LIMITS.fallbackText).text,
    blocks,
    unfurl_links: false,
    unfurl_media: false,
  };
  const problems = slackMessageProblems(message);
  if (problems.length > 0) throw new Error(`Slack message breaks its limits: ${problems.join('; ')}`);
  return message;
}

/** What in a message breaks Slack's published limits (empty when none does). */
export function slackMessageProblems(message: SlackMessage): string[] {
  const p: string[] = [];
  const L = SLACK_LIMITS;
  if (message.text.length === 0 || message.text.length > L.fallbackText) p.push('text length');
  if (message.blocks.length === 0 || message.blocks.length > L.blocks)
    p.push(`${message.blocks.length} blocks`);
  for (const [i, b] of message.blocks.entries()) {
    if (b.type === 'header' && (b.text.text.length === 0 || b.text.text.length > L.headerText))
      p.push(`block ${i}: header of ${b.text.text.length}`);
    if (b.type === 'section' && (b.text.text.length === 0 || b.text.text.length > L.sectionText))
      p.push(`block ${i}: section of ${b.text.text.length}`);
    if (b.type === 'context')
      for (const e of b.elements)
        if (e.text.length === 0 || e.text.length > L.contextText) p.push(`block ${i}: context`);
    if (b.type === 'actions')
      for (const e of b.elements) {
        if (e.text.text.length === 0 || e.text.text.length > L.buttonText) p.push(`block ${i}: button text`);
        if (e.url.length > L.url || !/^https?:\/\//.test(e.url)) p.push(`block ${i}: button url`);
      }
  }
  return p;
}
