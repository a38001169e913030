import type { Language } from '../../shared/contracts/common.js';
import { SUMMARY_LISTED } from './alert-pacing.js';
import type { AlertFacts } from './alert-facts.js';
import { alertTexts, headline, labelledFacts, openLabel, summaryHeadline, utcText } from './alert-texts.js';

/**
 * Microsoft Teams messages for an incoming webhook (or a Workflows "post to a channel when a
 * webhook request is received" URL): a message with one attachment, an Adaptive Card with the
 * same facts as the Slack message. TextBlocks render a Markdown subset, so customer text is
 * escaped with backslashes (emphasis, links, headings, lists, HTML-looking tags such as <at>)
 * and cut to the same lengths as for Slack; the whole message stays far below Teams' 28 KB.
 */

export const TEAMS_LIMITS = {
  text: 3_000,
  title: 150,
  /** Teams refuses connector messages over 28 KB. */
  messageBytes: 28 * 1024,
} as const;

export type TeamsElement =
  | {
      type: 'TextBlock';
      text: string;
      wrap: true;
      size?: 'Large' | 'Medium';
      weight?: 'Bolder';
      isSubtle?: boolean;
      spacing?: 'Medium';
    }
  | { type: 'FactSet'; facts: Array<{ title: string; value: string }> };

export interface TeamsMessage {
  type: 'message';
  attachments: [
    {
      contentType: 'application/vnd.microsoft.card.adaptive';
      contentUrl: null;
      content: {
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
        type: 'AdaptiveCard';
        version: '1.4';
        msteams: { width: 'Full' };
        body: TeamsElement[];
        actions: Array<{ type: 'Action.OpenUrl'; title: string; url: string }>;
      };
    },
  ];
}

/** Backslash before every character Teams' Markdown gives a meaning, so text shows as typed. */
export function escapeTeams(text: string): string {
  return text
    .replace(/[\\`*_~[\]()#<>|!{}]/g, (ch) => `\\${ch}`)
    .replace(/^(\s*)([-+])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** `raw` escaped and cut to at most `max` characters ("…" when cut), never splitting an escape or a surrogate pair. */
export function fitTeams(raw: string, max: number): string {
  const whole = escapeTeams(raw);
  if (whole.length <= max) return whole;
  let cut = whole.slice(0, max - 1);
  // A trailing lone backslash would escape the ellipsis; a lone high surrogate is no character.
  const trailing = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (trailing % 2 === 1) cut = cut.slice(0, -1);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut}…`;
}

const title = (text: string): TeamsElement => ({
  type: 'TextBlock',
  text: fitTeams(text, TEAMS_LIMITS.title),
  wrap: true,
  size: 'Large',
  weight: 'Bolder',
});

function factSet(facts: AlertFacts, language: Language): TeamsElement {
  const t = alertTexts(language);
  const rows = labelledFacts(facts, language).map((f) => ({
    title: fitTeams(f.label, 100),
    value: fitTeams(f.value, 500),
  }));
  if (facts.subject === 'case' && facts.slaDueAt)
    rows.push({ title: t.slaDue, value: utcText(facts.slaDueAt) });
  return { type: 'FactSet', facts: rows };
}

function message(body: TeamsElement[], actions: Array<{ title: string; url: string }>): TeamsMessage {
  const m: TeamsMessage = {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          msteams: { width: 'Full' },
          body,
          actions: actions.map((a) => ({ type: 'Action.OpenUrl', title: a.title, url: a.url })),
        },
      },
    ],
  };
  const problems = teamsMessageProblems(m);
  if (problems.length > 0) throw new Error(`Teams message breaks its limits: ${problems.join('; ')}`);
  return m;
}

export function teamsAlert(facts: AlertFacts, language: Language): TeamsMessage {
  const body: TeamsElement[] = [title(headline(facts, language)), factSet(facts, language)];
  if (facts.subject === 'item' && facts.comment && facts.comment.trim() !== '')
    body.push({
      type: 'TextBlock',
      text: fitTeams(facts.comment, TEAMS_LIMITS.text),
      wrap: true,
      spacing: 'Medium',
    });
  return message(body, [{ title: openLabel(facts, language), url: facts.url }]);
}

export function teamsSummary(
  all: readonly AlertFacts[],
  language: Language,
  now: Date,
  listUrl: string,
): TeamsMessage {
  const t = alertTexts(language);
  const body: TeamsElement[] = [title(summaryHeadline(all, language, now))];
  for (const facts of all.slice(0, SUMMARY_LISTED)) {
    const line = [
      `**[${fitTeams(headline(facts, language), TEAMS_LIMITS.title)}](${facts.url})**`,
      labelledFacts(facts, language)
        .map((f) => `${fitTeams(f.label, 100)}: ${fitTeams(f.value, 300)}`)
        .join(' · '),
    ];
    if (facts.subject === 'item' && facts.comment && facts.comment.trim() !== '')
      line.push(fitTeams(facts.comment, 300));
    body.push({ type: 'TextBlock', text: line.join('\n\n'), wrap: true, spacing: 'Medium' });
  }
  if (all.length > SUMMARY_LISTED)
    body.push({
      type: 'TextBlock',
      text: escapeTeams(t.more(all.length - SUMMARY_LISTED)),
      wrap: true,
      isSubtle: true,
    });
  return message(body, [{ title: t.openAll, url: listUrl }]);
}

/** What in a message breaks the card's shape or Teams' limits (empty when nothing does). */
export function teamsMessageProblems(m: TeamsMessage): string[] {
  const p: string[] = [];
  const bytes = new TextEncoder().encode(JSON.stringify(m)).byteLength;
  if (bytes > TEAMS_LIMITS.messageBytes) p.push(`${bytes} bytes`);
  const card = m.attachments[0]?.content;
  if (!card || card.body.length === 0) p.push('empty card');
  for (const [i, e] of (card?.body ?? []).entries()) {
    if (e.type === 'TextBlock' && (e.text.length === 0 || e.text.length > TEAMS_LIMITS.text))
      p.push(`body ${i}: text of ${e.text.length}`);
    if (e.type === 'FactSet' && e.facts.some((f) => f.title.length === 0 || f.value.length === 0))
      p.push(`body ${i}: empty fact`);
  }
  for (const a of card?.actions ?? []) if (!/^https?:\/\//.test(a.url)) p.push('action url');
  return p;
}
