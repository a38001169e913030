import { describe, expect, it } from 'vitest';
import { caseFacts, itemFacts } from './alert-test-facts.js';
import {
  escapeMrkdwn,
  fitMrkdwn,
  quoteMrkdwn,
  SLACK_LIMITS,
  slackAlert,
  slackMessageProblems,
  slackSummary,
  type SlackBlock,
  type SlackMessage,
} from './slack-message.js';

const now = new Date('2026-11-02T09:00:30Z');
const texts = (m: SlackMessage) =>
  m.blocks.flatMap((b: SlackBlock) =>
    b.type === 'header' || b.type === 'section'
      ? [b.text.text]
      : b.type === 'context'
        ? b.elements.map((e) => e.text)
        : b.type === 'actions'
          ? b.elements.map((e) => e.text.text)
          : [],
  );

/** No text a customer wrote may open a Slack control sequence: every < in the message is one we wrote. */
function ourAngles(m: SlackMessage): string[] {
  return texts(m).flatMap((t) => t.match(/<[^>]*>/g) ?? []);
}

describe('Slack mrkdwn escaping', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<!channel> now', '&lt;!channel&gt; now'],
    ['<@U024BE7LH> look', '&lt;@U024BE7LH&gt; look'],
    ['<https://evil.test|click>', '&lt;https://evil.test|click&gt;'],
    ['hey @channel and @here, @everyone', 'hey @\u200bchannel and @\u200bhere, @\u200beveryone'],
    ['&lt; typed', '&amp;lt; typed'],
    ['plain', 'plain'],
  ])('%j → %j', (raw, escaped) => {
    expect(escapeMrkdwn(raw)).toBe(escaped);
  });

  it.each([
    [10, 'x'.repeat(10), 'x'.repeat(10), false],
    [10, 'x'.repeat(11), `${'x'.repeat(9)}…`, true],
    // An entity is never cut in half: 8 x and "&amp;" (5) would pass 10.
    [10, `${'x'.repeat(8)}&y`, `${'x'.repeat(8)}…`, true],
    // Nor a surrogate pair.
    [4, 'ab😀cd', 'ab…', true],
    [5, 'ab😀cd', 'ab😀…', true],
  ] as const)('fits to %i characters', (max, raw, text, isCut) => {
    const fitted = fitMrkdwn(raw, max);
    expect(fitted).toEqual({ text, isCut });
    expect(fitted.text.length).toBeLessThanOrEqual(max);
  });

  it('quotes every line of a comment and stays within the limit', () => {
    expect(quoteMrkdwn('one\ntwo <b>', 100)).toBe('> one\n> two &lt;b&gt;');
    const long = quoteMrkdwn(Array.from({ length: 2_000 }, (_, i) => `line ${i} &`).join('\n'), 3_000);
    expect(long.length).toBeLessThanOrEqual(3_000);
    expect(long.endsWith('…')).toBe(true);
    expect(long.split('\n').every((l) => l.startsWith('> '))).toBe(true);
  });
});

describe('Slack alert messages', () => {
  it('shows a detractor with header, facts, the comment as a quote and a button to the answer', () => {
    const m = slackAlert(itemFacts(), 'en');
    expect(slackMessageProblems(m)).toEqual([]);
    expect(m.blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'actions']);
    expect(m.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Detractor · NPS 2/10', emoji: true },
    });
    expect(texts(m)[1]).toBe(
      '*Customer:* Erika Muster · erika@example.test\n*Segment:* Enterprise\n*Score:* NPS 2/10\n*Channel:* survey',
    );
    expect(texts(m)[2]).toBe('> Die Lieferung kam zu spät.');
    expect(m.blocks[3]).toMatchObject({
      type: 'actions',
      elements: [{ type: 'button', text: { text: 'Open in Resonance' }, url: itemFacts().url }],
    });
    expect(m).toMatchObject({ text: 'Detractor · NPS 2/10', unfurl_links: false, unfurl_media: false });
  });

  it('writes a case’s SLA deadline as a Slack date with a UTC fallback, in German', () => {
    const m = slackAlert(caseFacts(), 'de');
    expect(m.blocks[0]).toMatchObject({ text: { text: 'Fall #12 hat das SLA verpasst' } });
    const facts = texts(m)[1] ?? '';
    expect(facts).toContain('*Betreff:* Parcel missing');
    expect(facts).toContain(
      `*SLA fällig:* <!date^${Date.parse('2026-11-02T08:30:00Z') / 1000}^{date_short_pretty} {time}|2026-11-02 08:30 UTC>`,
    );
    expect(m.blocks.at(-1)).toMatchObject({ elements: [{ text: { text: 'Fall öffnen' } }] });
  });

  it('lets no customer text write a mention, a broadcast or a link', () => {
    const hostile = '<!channel> <!here|here> <@U123> <#C123> <https://evil.test|login> @channel @here *bold*';
    const m = slackAlert(
      itemFacts({
        comment: hostile,
        customer: { contactId: null, name: '<!everyone>', email: '<@U1>', segment: '<#C9|x>' },
        channel: '<!subteam^S1>',
      }),
      'en',
    );
    expect(ourAngles(m)).toEqual([]);
    expect(JSON.stringify(m)).not.toMatch(/@(channel|here|everyone)/);
    expect(slackMessageProblems(m)).toEqual([]);
  });

  it.each([
    ['a comment of 100,000 characters', itemFacts({ comment: '&'.repeat(100_000) })],
    ['a comment of 5,000 lines', itemFacts({ comment: 'line\n'.repeat(5_000) })],
    [
      'a customer name of 10,000 characters',
      itemFacts({
        customer: { contactId: null, name: '<'.repeat(10_000), email: null, segment: 'x'.repeat(5_000) },
      }),
    ],
    ['a case subject of 10,000 characters', caseFacts({ caseSubject: '>'.repeat(10_000) })],
    ['a channel name of 500 characters', itemFacts({ channel: 'c'.repeat(500), score: null, band: null })],
  ])('stays within Slack’s limits with %s', (_name, facts) => {
    const m = slackAlert(facts, 'en');
    expect(slackMessageProblems(m)).toEqual([]);
    for (const b of m.blocks) {
      if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
      if (b.type === 'section') expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    }
  });

  it('cuts a header at 150 characters exactly', () => {
    const m = slackAlert(itemFacts({ score: null, band: null, channel: 'k'.repeat(200) }), 'en');
    const header = m.blocks[0];
    expect(header?.type === 'header' && header.text.text.length).toBe(150);
    expect(header?.type === 'header' && header.text.text.endsWith('…')).toBe(true);
  });
});

describe('Slack summaries of a burst', () => {
  const burst = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      itemFacts({
        occurredAt: new Date(now.getTime() - 20_000 + i).toISOString(),
        comment: `Kommentar ${i}`,
      }),
    );

  it('says how many in which window, lists the first five and counts the rest', () => {
    const m = slackSummary(burst(12), 'en', now, 'https://resonance.example/feedback');
    expect(slackMessageProblems(m)).toEqual([]);
    expect(m.blocks[0]).toMatchObject({ text: { text: '12 detractors in the last minute' } });
    expect(m.blocks.filter((b) => b.type === 'section')).toHaveLength(5);
    expect(m.blocks.at(-2)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: 'and 7 more' }] });
    expect(m.blocks.at(-1)).toMatchObject({
      elements: [{ text: { text: 'Open all in Resonance' }, url: 'https://resonance.example/feedback' }],
    });
    expect(texts(m)[1]).toContain(`*<${itemFacts().url}|Detractor · NPS 2/10>*`);
  });

  it('names the kind of a mixed burst and its window in German', () => {
    const later = new Date(now.getTime() + 5 * 60_000);
    const m = slackSummary([itemFacts(), caseFacts()], 'de', later, 'https://resonance.example/feedback');
    expect(m.blocks[0]).toMatchObject({ text: { text: '2 Alarme in den letzten 6 Minuten' } });
  });

  it.each([1_000, 50_000])('stays within 50 blocks and every limit with %i alerts of huge text', (n) => {
    const all = Array.from({ length: n }, () =>
      itemFacts({
        comment: '<!channel>'.repeat(1_000),
        customer: { contactId: null, name: '&'.repeat(4_000), email: null, segment: null },
      }),
    );
    const m = slackSummary(all, 'en', now, 'https://resonance.example/feedback');
    expect(slackMessageProblems(m)).toEqual([]);
    expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    expect(ourAngles(m).every((a) => a.startsWith('<https://resonance.example/'))).toBe(true);
  });
});
