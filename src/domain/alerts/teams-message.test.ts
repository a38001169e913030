import { describe, expect, it } from 'vitest';
import { caseFacts, itemFacts } from './alert-test-facts.js';
import {
  escapeTeams,
  fitTeams,
  TEAMS_LIMITS,
  teamsAlert,
  teamsMessageProblems,
  teamsSummary,
} from './teams-message.js';

const now = new Date('2026-11-02T09:00:30Z');

describe('Teams Markdown escaping', () => {
  it.each([
    ['**bold** _it_', '\\*\\*bold\\*\\* \\_it\\_'],
    ['[click](https://evil.test)', '\\[click\\]\\(https://evil.test\\)'],
    ['<at>Everyone</at>', '\\<at\\>Everyone\\</at\\>'],
    ['# heading', '\\# heading'],
    ['- item\n+ item\n1. item', '\\- item\n\\+ item\n1\\. item'],
    ['back\\slash', 'back\\\\slash'],
    ['plain words, 3.5 stars', 'plain words, 3.5 stars'],
  ])('%j → %j', (raw, escaped) => {
    expect(escapeTeams(raw)).toBe(escaped);
  });

  it.each([
    [5, '*****', '\\*\\*…'],
    [6, '*****', '\\*\\*…'],
    [4, 'ab😀c', 'ab…'],
  ])('cuts to %i characters without a dangling backslash or half a pair', (max, raw, out) => {
    const fitted = fitTeams(raw, max);
    expect(fitted).toBe(out);
    expect(fitted.length).toBeLessThanOrEqual(max);
  });
});

describe('Teams Adaptive Cards', () => {
  it('is a message with one Adaptive Card: headline, facts, comment and a button', () => {
    const m = teamsAlert(itemFacts({ comment: 'Mein **Paket** <at>fehlt</at>' }), 'en');
    expect(teamsMessageProblems(m)).toEqual([]);
    expect(m.type).toBe('message');
    expect(m.attachments).toHaveLength(1);
    const [attachment] = m.attachments;
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(attachment.content).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
    expect(attachment.content.body).toEqual([
      { type: 'TextBlock', text: 'Detractor · NPS 2/10', wrap: true, size: 'Large', weight: 'Bolder' },
      {
        type: 'FactSet',
        facts: [
          { title: 'Customer', value: 'Erika Muster · erika@example.test' },
          { title: 'Segment', value: 'Enterprise' },
          { title: 'Score', value: 'NPS 2/10' },
          { title: 'Channel', value: 'survey' },
        ],
      },
      {
        type: 'TextBlock',
        text: 'Mein \\*\\*Paket\\*\\* \\<at\\>fehlt\\</at\\>',
        wrap: true,
        spacing: 'Medium',
      },
    ]);
    expect(attachment.content.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Open in Resonance', url: itemFacts().url },
    ]);
  });

  it('shows a breached case’s deadline in UTC, in German', () => {
    const m = teamsAlert(caseFacts(), 'de');
    const facts = m.attachments[0].content.body[1];
    expect(facts?.type === 'FactSet' && facts.facts.at(-1)).toEqual({
      title: 'SLA fällig',
      value: '2026-11-02 08:30 UTC',
    });
  });

  it.each([
    ['a comment of 100,000 characters', [itemFacts({ comment: '*'.repeat(100_000) })]],
    [
      'a name of 10,000 characters',
      [itemFacts({ customer: { contactId: null, name: '['.repeat(10_000), email: null, segment: null } })],
    ],
    [
      'a burst of 10,000 alerts with huge text',
      Array.from({ length: 10_000 }, () => itemFacts({ comment: '_'.repeat(50_000) })),
    ],
  ])('stays within its limits with %s', (_name, all) => {
    const m =
      all.length === 1 && all[0]
        ? teamsAlert(all[0], 'en')
        : teamsSummary(all, 'en', now, 'https://resonance.example/feedback');
    expect(teamsMessageProblems(m)).toEqual([]);
    expect(new TextEncoder().encode(JSON.stringify(m)).byteLength).toBeLessThan(TEAMS_LIMITS.messageBytes);
  });

  it('summarises a burst: how many, the first five, the rest counted', () => {
    const m = teamsSummary(
      Array.from({ length: 9 }, () => itemFacts()),
      'en',
      now,
      'https://resonance.example/feedback',
    );
    const body = m.attachments[0].content.body;
    expect(body[0]).toMatchObject({ text: '9 detractors in the last minute' });
    expect(body).toHaveLength(7);
    expect(body.at(-1)).toMatchObject({ text: 'and 4 more', isSubtle: true });
    expect(m.attachments[0].content.actions[0]?.url).toBe('https://resonance.example/feedback');
  });
});
