import { afterEach, describe, expect, it, vi } from 'vitest';
import { addQuarters, quarterLabel, quarterStart } from './demo-time.js';
import type { DemoDataset, DemoFeedbackItem } from './demo-types.js';
import { generateDemoDataset } from './generate-demo-dataset.js';

const NOW = new Date('2026-03-10T09:00:00Z');
const DAY_MS = 86_400_000;

const nps = (items: DemoFeedbackItem[]) => {
  const scores = items.filter((i) => i.metric === 'nps').map((i) => i.score ?? -1);
  const p = scores.filter((s) => s >= 9).length;
  const d = scores.filter((s) => s <= 6).length;
  return {
    n: scores.length,
    p: p / scores.length,
    d: d / scores.length,
    nps: (100 * (p - d)) / scores.length,
  };
};

function byContact(ds: DemoDataset) {
  const map = new Map(ds.contacts.map((c) => [c.externalId, c]));
  return (item: DemoFeedbackItem) => (item.contactExternalId ? map.get(item.contactExternalId) : undefined);
}

describe('generateDemoDataset', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('gives identical data for the same seed and now, different data for another seed', () => {
    const a = generateDemoDataset({ now: NOW, seed: 7 });
    const b = generateDemoDataset({ now: new Date(NOW.getTime()), seed: 7 });
    expect(b).toEqual(a);
    const c = generateDemoDataset({ now: NOW, seed: 8 });
    expect(c.feedbackItems.map((i) => i.text)).not.toEqual(a.feedbackItems.map((i) => i.text));
  });

  it('reads neither the clock nor Math.random', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2001-01-01T00:00:00Z'));
    const first = generateDemoDataset({ now: NOW });
    vi.setSystemTime(new Date('2039-06-01T00:00:00Z'));
    expect(generateDemoDataset({ now: NOW })).toEqual(first);
  });

  const ds = generateDemoDataset({ now: NOW });
  const contactOf = byContact(ds);

  it('creates ~600 B2B contacts with unique ids, example domains and realistic attributes', () => {
    expect(ds.contacts).toHaveLength(600);
    expect(new Set(ds.contacts.map((c) => c.externalId)).size).toBe(600);
    expect(new Set(ds.contacts.map((c) => c.email)).size).toBe(600);
    for (const c of ds.contacts) {
      expect(c.externalId).toMatch(/^CUST-\d{5}$/);
      expect(c.email).toMatch(/^[a-z0-9.]+@example\.(com|de)$/);
      expect(c.attributes.productsUsed.length).toBeGreaterThan(0);
      expect(c.attributes.customerSince <= NOW.toISOString().slice(0, 10)).toBe(true);
    }
    const de = ds.contacts.filter((c) => c.language === 'de').length / 600;
    expect(de).toBeGreaterThan(0.48);
    expect(de).toBeLessThan(0.62);
    expect(new Set(ds.contacts.map((c) => c.region))).toEqual(
      new Set(['DACH', 'UK & Ireland', 'Nordics', 'North America']),
    );
    const revenue = (segment: string) =>
      ds.contacts.filter((c) => c.segment === segment).map((c) => c.attributes.revenue);
    expect(Math.max(...revenue('SMB'))).toBeLessThan(Math.min(...revenue('Enterprise')));
  });

  it('spans two years up to now with all metrics on their scales and several thousand items', () => {
    const times = ds.feedbackItems.map((i) => i.occurredAt.getTime());
    expect(Math.max(...times)).toBeLessThanOrEqual(NOW.getTime());
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(720 * DAY_MS);
    expect(Math.min(...times)).toBeGreaterThanOrEqual(NOW.getTime() - 730 * DAY_MS);
    expect(ds.feedbackItems.length).toBeGreaterThan(3000);
    expect(ds.feedbackItems.length).toBeLessThan(8000);
    const scales = { nps: [0, 10], csat: [1, 5], ces: [1, 7], rating: [1, 5] } as const;
    for (const item of ds.feedbackItems) {
      if (item.metric === null) {
        expect(item.score).toBeNull();
        continue;
      }
      expect([item.scaleMin, item.scaleMax]).toEqual(scales[item.metric]);
      expect(item.score).toBeGreaterThanOrEqual(scales[item.metric][0]);
      expect(item.score).toBeLessThanOrEqual(scales[item.metric][1]);
    }
    const others = ds.feedbackItems.filter((i) => i.channel !== 'survey');
    expect(others.length).toBeGreaterThan(200);
    expect(new Set(others.filter((i) => i.channel === 'review').map((i) => i.source))).toEqual(
      new Set(['Google Reviews', 'Trustpilot']),
    );
    for (const channel of ['ticket', 'chat']) expect(others.some((i) => i.channel === channel)).toBe(true);
    const refs = ds.feedbackItems.map((i) => `${i.channel}|${i.externalRef}`);
    expect(new Set(refs).size).toBe(refs.length);
  });

  it('lands near 45 % promoters / 30 % passives / 25 % detractors with Enterprise below SMB and a slow rise', () => {
    const all = nps(ds.feedbackItems);
    expect(all.n).toBeGreaterThan(1200);
    expect(all.p).toBeGreaterThan(0.4);
    expect(all.p).toBeLessThan(0.52);
    expect(all.d).toBeGreaterThan(0.18);
    expect(all.d).toBeLessThan(0.3);
    const segment = (s: string) => nps(ds.feedbackItems.filter((i) => contactOf(i)?.segment === s)).nps;
    expect(segment('SMB') - segment('Enterprise')).toBeGreaterThan(10);
    const yearAgo = NOW.getTime() - 365 * DAY_MS;
    const firstYear = nps(ds.feedbackItems.filter((i) => i.occurredAt.getTime() < yearAgo));
    const secondYear = nps(
      ds.feedbackItems.filter((i) => i.occurredAt.getTime() >= yearAgo && contactOf(i)?.region !== 'Nordics'),
    );
    expect(secondYear.nps).toBeGreaterThan(firstYear.nps);
  });

  it('drops Nordic NPS by more than 10 points in the last complete quarter, whatever the seed', () => {
    const dropQuarter = quarterLabel(addQuarters(quarterStart(NOW.getTime()), -1));
    const before = quarterLabel(addQuarters(quarterStart(NOW.getTime()), -2));
    for (const seed of [1, 2, 3, 42]) {
      const data = generateDemoDataset({ now: NOW, seed });
      const of = byContact(data);
      const nordic = (q: string) =>
        nps(
          data.feedbackItems.filter(
            (i) => of(i)?.region === 'Nordics' && quarterLabel(i.occurredAt.getTime()) === q,
          ),
        );
      expect(nordic(before).nps - nordic(dropQuarter).nps, `seed ${seed}`).toBeGreaterThan(10);
    }
  });

  it('comments on ~60 % of answers, in the contact’s language, with hundreds of distinct texts tied to the score', () => {
    const answers = ds.feedbackItems.filter((i) => i.channel === 'survey');
    const commented = answers.filter((i) => i.text !== null);
    expect(commented.length / answers.length).toBeGreaterThan(0.5);
    expect(commented.length / answers.length).toBeLessThan(0.7);
    for (const item of commented) expect(item.language).toBe(contactOf(item)?.language);
    expect(new Set(commented.map((i) => i.text)).size).toBeGreaterThan(500);
    expect(new Set(commented.filter((i) => i.language === 'de').map((i) => i.text)).size).toBeGreaterThan(
      200,
    );

    const mentions = (theme: string) => commented.filter((i) => i.themes.includes(theme as never));
    for (const theme of [
      'checkout_complicated',
      'invoice_unclear',
      'support_slow',
      'export_missing',
      'app_crashes',
    ]) {
      expect(mentions(theme).length, theme).toBeGreaterThanOrEqual(20);
    }
    const meanNps = (items: DemoFeedbackItem[]) => {
      const s = items.filter((i) => i.metric === 'nps').map((i) => i.score ?? 0);
      return s.reduce((a, b) => a + b, 0) / s.length;
    };
    expect(meanNps(mentions('invoice_unclear'))).toBeLessThan(7);
    expect(meanNps(mentions('reports_useful'))).toBeGreaterThan(8.5);
    expect(commented.some((i) => i.language === 'de' && /unklare Rechnung/i.test(i.text ?? ''))).toBe(true);
    expect(commented.some((i) => i.language === 'en' && /complicated checkout/i.test(i.text ?? ''))).toBe(
      true,
    );
  });

  it('records behaviour: monthly logins that fade before a cancellation, renewals with revenue, one cancellation per churned customer', () => {
    const data = generateDemoDataset({ now: NOW });
    const types = new Set(data.events.map((e) => e.type));
    expect([...types].sort()).toEqual([
      'feature_used',
      'login',
      'offer_ignored',
      'purchase',
      'subscription_cancelled',
      'ticket_solved',
    ]);
    expect(new Set(data.events.map((e) => e.eventId)).size).toBe(data.events.length);
    expect(data.events.every((e) => e.occurredAt.getTime() <= NOW.getTime())).toBe(true);

    const churned = data.contacts.filter((c) => c.attributes.churnedAt !== null);
    const cancellations = data.events.filter((e) => e.type === 'subscription_cancelled');
    expect(cancellations.map((e) => e.contactExternalId).sort()).toEqual(
      churned.map((c) => c.externalId).sort(),
    );
    expect(data.events.filter((e) => e.type === 'purchase').every((e) => (e.revenue ?? 0) > 0)).toBe(true);

    // Across churned customers, logins in the two months before leaving are far below their earlier months.
    let late = 0;
    let early = 0;
    let lateN = 0;
    let earlyN = 0;
    for (const c of churned) {
      const churnMs = new Date(`${c.attributes.churnedAt}T00:00:00Z`).getTime();
      for (const e of data.events) {
        if (e.contactExternalId !== c.externalId || e.type !== 'login') continue;
        const monthsBefore = (churnMs - e.occurredAt.getTime()) / (30 * 86_400_000);
        if (monthsBefore < 2) {
          late += e.value ?? 0;
          lateN++;
        } else if (monthsBefore > 5) {
          early += e.value ?? 0;
          earlyN++;
        }
      }
    }
    expect(lateN).toBeGreaterThan(10);
    expect(earlyN).toBeGreaterThan(10);
    expect(late / lateN).toBeLessThan(0.5 * (early / earlyN));
  });
});
