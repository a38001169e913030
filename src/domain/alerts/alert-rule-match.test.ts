import { describe, expect, it } from 'vitest';
import { ZAlertConditions } from '../../shared/contracts/alerts.js';
import { scoreBand, withoutPersonalData } from './alert-facts.js';
import { gapAfter, nextSendAt } from './alert-pacing.js';
import { ruleMatches, type AlertSubject } from './alert-rule-match.js';
import { caseFacts, itemFacts } from './alert-test-facts.js';

const detractor: AlertSubject = {
  eventType: 'response.created',
  band: 'detractor',
  hasComment: true,
  segment: 'Enterprise',
  channel: 'survey',
  surveyId: '11111111-1111-4111-8111-111111111111',
};
const rule = (eventTypes: string[], conditions: Record<string, unknown> = {}) => ({
  eventTypes,
  conditions: ZAlertConditions.parse(conditions),
});

describe('alert rules', () => {
  it.each([
    ['any response', rule(['response.created']), detractor, true],
    ['another type', rule(['feedback.created']), detractor, false],
    [
      'detractor with comment in Enterprise',
      rule(['response.created'], { bands: ['detractor'], hasComment: true, segments: ['enterprise '] }),
      detractor,
      true,
    ],
    ['promoters only', rule(['response.created'], { bands: ['promoter'] }), detractor, false],
    ['without comment only', rule(['response.created'], { hasComment: false }), detractor, false],
    ['another segment', rule(['response.created'], { segments: ['SMB'] }), detractor, false],
    [
      'a segment but no contact',
      rule(['response.created'], { segments: ['Enterprise'] }),
      { ...detractor, segment: null },
      false,
    ],
    [
      'no score and a band asked',
      rule(['response.created'], { bands: ['detractor'] }),
      { ...detractor, band: null },
      false,
    ],
    ['its channel', rule(['response.created'], { channels: ['Survey'] }), detractor, true],
    [
      'another survey',
      rule(['response.created'], { surveyIds: ['22222222-2222-4222-8222-222222222222'] }),
      detractor,
      false,
    ],
    [
      'a breached case in Enterprise',
      rule(['case.breached'], { segments: ['Enterprise'] }),
      { ...detractor, eventType: 'case.breached' as const, band: null, surveyId: null },
      true,
    ],
    [
      'a case and an item-only condition',
      rule(['case.breached'], { bands: ['detractor'] }),
      { ...detractor, eventType: 'case.breached' as const },
      false,
    ],
  ])('%s', (_name, r, subject, expected) => {
    expect(ruleMatches(r, subject)).toBe(expected);
  });
});

describe('score bands', () => {
  it.each([
    ['nps', 0, 0, 10, 'detractor'],
    ['nps', 6, 0, 10, 'detractor'],
    ['nps', 7, 0, 10, 'passive'],
    ['nps', 9, 0, 10, 'promoter'],
    ['csat', 2, 1, 5, 'detractor'],
    ['csat', 3, 1, 5, 'passive'],
    ['csat', 4, 1, 5, 'promoter'],
    ['ces', 3, 1, 7, 'detractor'],
    ['ces', 5, 1, 7, 'passive'],
    ['ces', 6, 1, 7, 'promoter'],
    ['rating', 2, 1, 5, 'detractor'],
    ['rating', 4, 1, 5, 'passive'],
    ['rating', 5, 1, 5, 'promoter'],
    ['rating', 5, 5, 5, null],
    ['nps', null, 0, 10, null],
  ] as const)('%s %s on %s–%s is %s', (metric, score, min, max, band) => {
    expect(scoreBand(metric, score, min, max)).toBe(band);
  });
});

describe('ids-only facts', () => {
  it('drop names, e-mail addresses, comments and case subjects, and keep ids, scores and links', () => {
    const item = withoutPersonalData(
      itemFacts({ customer: { contactId: 'c1', name: 'Erika', email: 'e@x.test', segment: 'Enterprise' } }),
    );
    expect(item).toMatchObject({
      comment: null,
      score: 2,
      url: itemFacts().url,
      customer: { contactId: 'c1', name: null, email: null, segment: 'Enterprise' },
    });
    expect(withoutPersonalData(caseFacts())).toMatchObject({
      caseSubject: null,
      number: 12,
      customer: { name: null },
    });
  });
});

describe('pacing per channel', () => {
  const now = new Date('2026-11-02T09:00:00Z');
  const at = (ms: number) => new Date(now.getTime() + ms);
  it.each([
    ['a quiet Slack channel: now', 'slack', null, null, null, 0],
    ['a second after the last message', 'slack', at(-200), 1_000, null, 800],
    ['the gap a burst left', 'slack', at(-1_000), 4_000, null, 3_000],
    ['long after the last message', 'slack', at(-60_000), 1_000, null, 0],
    ['while a message waits out a Retry-After', 'slack', at(-2_000), 1_000, at(30_000), 31_000],
    ['a mail list: a minute between mails', 'email', at(-10_000), null, null, 50_000],
    ['Teams like Slack', 'teams', at(-500), 1_000, null, 500],
  ] as const)('%s', (_name, kind, lastSentAt, gapMs, retryingUntil, waitMs) => {
    expect(nextSendAt({ kind, lastSentAt, gapMs, retryingUntil, now }).getTime() - now.getTime()).toBe(
      waitMs,
    );
  });

  it.each([
    ['the first message: the base gap', 'slack', null, null, 1_000],
    ['right after a message (a burst): doubled', 'slack', at(-1_000), 1_000, 2_000],
    ['a burst going on: doubled again', 'slack', at(-4_000), 4_000, 8_000],
    ['never more than a minute', 'slack', at(-60_000), 60_000, 60_000],
    ['after a quiet spell: the base gap again', 'slack', at(-10_000), 4_000, 1_000],
    ['a mail list stays at a minute', 'email', at(-60_000), 60_000, 60_000],
  ] as const)('gap after a message: %s', (_name, kind, sentAt, gapMs, expected) => {
    expect(gapAfter(kind, { sentAt, gapMs }, now)).toBe(expected);
  });

  it('turns a steady burst of one alert every 200 ms into a handful of messages', () => {
    let sentAt: Date | null = null;
    let gapMs: number | null = null;
    const sent: number[] = [];
    for (let ms = 0; ms <= 20_000; ms += 200) {
      const t = at(ms);
      const slot = nextSendAt({ kind: 'slack', lastSentAt: sentAt, gapMs, retryingUntil: null, now: t });
      if (slot.getTime() > t.getTime()) continue;
      gapMs = gapAfter('slack', { sentAt, gapMs }, t);
      sentAt = t;
      sent.push(ms);
    }
    expect(sent).toEqual([0, 1_000, 3_000, 7_000, 15_000]);
  });
});
