import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { settlePipeline } from '../../../../test/helpers/pipeline.js';
import { upsertContacts } from '../../../../test/helpers/survey-fixtures.js';
import type { TThemeDetail } from '../../../shared/contracts/theme-detail.js';
import type { TThemes } from '../../../shared/contracts/themes.js';

type Rows<T> = { rows: T[] };

const NEGATIVE = 'Die Rechnung war schon wieder falsch, zweimal abgebucht.';
const POSITIVE = 'Die Rechnung war diesmal klar und verständlich, super!';
const PRAISE = 'Tolles Produkt, sehr zufrieden.';
const TICKET = 'Invoice was wrong again, charged twice.';

/**
 * One theme's page through the real pipeline: comments are read by the text stage, critical
 * scores open cases through the cases stage, and the page counts them per day, channel, segment
 * and touchpoint, tests the rise against the baseline and shows mixed recent examples.
 */
describe('GET /api/v1/themes/{themeId}', () => {
  let t: TestApp;
  let key: string;
  let otherKey: string;
  const period = 'from=2026-11-01&to=2026-12-01';

  const send = async (apiKey: string, entries: object[]) => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/feedback',
      payload: entries,
      as: { key: apiKey },
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
  };
  const detail = async (themeId: string, query = period, apiKey = key) => {
    const res = await t.request({
      method: 'GET',
      url: `/api/v1/themes/${themeId}?${query}`,
      as: { key: apiKey },
    });
    return { status: res.statusCode, body: res.body, json: () => res.json() as TThemeDetail };
  };

  beforeAll(async () => {
    t = await buildTestApp({ workers: true });
    const owner = await t.signUp({ name: 'Dora Detail' });
    await t.createOrg(owner.cookie, 'Detail Org');
    key = (await t.createApiKey(owner.cookie)).key;
    const other = await t.signUp({ name: 'Olga Other' });
    await t.createOrg(other.cookie, 'Other Detail Org');
    otherKey = (await t.createApiKey(other.cookie)).key;

    await upsertContacts(
      t,
      key,
      Array.from({ length: 36 }, (_, i) => ({
        externalId: `c-${i}`,
        email: `c-${i}@example.test`,
        segment: i < 30 ? 'Enterprise' : 'SMB',
      })),
    );
    // Baseline (October, inside the 90 days before November): 3 of 60 comments on billing (5 %).
    await send(
      key,
      Array.from({ length: 60 }, (_, i) => ({
        channel: 'review',
        text: i < 3 ? NEGATIVE : PRAISE,
        occurredAt: `2026-10-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`,
        externalRef: `base-${i}`,
      })),
    );
    // November: 36 reviews at checkout from contacts (18 on billing, half of them praise) …
    await send(
      key,
      Array.from({ length: 36 }, (_, i) => {
        const billing = i % 2 === 0;
        const negative = i % 4 === 0;
        return {
          channel: 'review',
          rating: { value: billing ? (negative ? 2 : 9) : 10, scaleMin: 0, scaleMax: 10, metric: 'nps' },
          text: billing ? (negative ? NEGATIVE : POSITIVE) : PRAISE,
          touchpoint: 'checkout',
          contactExternalId: `c-${i}`,
          occurredAt: `2026-11-${String(1 + (i % 10)).padStart(2, '0')}T${String(8 + (i % 9)).padStart(2, '0')}:00:00Z`,
          externalRef: `rev-${i}`,
        };
      }),
    );
    // … and 6 tickets without contact or touchpoint, all on billing, plus a few NPS answers
    // without a comment so the impact has answers on both sides.
    await send(key, [
      ...Array.from({ length: 6 }, (_, i) => ({
        channel: 'ticket',
        text: TICKET,
        occurredAt: `2026-11-2${i}T09:00:00Z`,
        externalRef: `tic-${i}`,
      })),
      ...Array.from({ length: 10 }, (_, i) => ({
        channel: 'review',
        rating: { value: i < 7 ? 10 : 7, scaleMin: 0, scaleMax: 10, metric: 'nps' },
        occurredAt: `2026-11-15T0${i}:00:00Z`,
        externalRef: `score-${i}`,
      })),
    ]);
    await send(otherKey, [
      { channel: 'review', text: TICKET, occurredAt: '2026-11-03T10:00:00Z', externalRef: 'o-1' },
    ]);
    await settlePipeline(t);
  });
  afterAll(() => t?.close());

  it('gives the theme’s figures as the list does, its rise against the baseline and a bootstrap interval', async () => {
    const res = await detail('billing');
    expect(res.status, res.body).toBe(200);
    const d = res.json();
    const list = (
      await t.request({ method: 'GET', url: `/api/v1/themes?${period}`, as: { key } })
    ).json() as TThemes;
    expect(d.theme).toEqual(list.themes.find((x) => x.id === 'billing'));
    expect(d.analysedComments).toBe(42);
    expect(d.theme.mentions).toBe(24);
    // 24 of 42 against 3 of 60: a rise no false-discovery control can explain away.
    expect(d.theme.rising).toMatchObject({ baselineShare: 5, rising: true });
    expect(d.theme.rising?.qValue).toBeLessThan(0.001);
    // Praise is not rising: it fell from 57 of 60 to 18 of 42.
    expect(list.themes.find((x) => x.id === 'product_quality')?.rising?.rising).toBe(false);
    const nps = d.theme.nps;
    expect(nps?.impact).toBeLessThan(0);
    expect(nps?.ci.low).toBeLessThanOrEqual(nps?.impact ?? Number.NaN);
    expect(nps?.ci.high).toBeGreaterThanOrEqual(nps?.impact ?? Number.NaN);
    expect(nps?.ci).not.toEqual(nps?.analyticCi);
    // The seed is fixed: the same call gives the same interval.
    expect((await detail('billing')).json().theme.nps?.ci).toEqual(nps?.ci);
  });

  it('counts mentions and comments per day, adding up to the period', async () => {
    const d = (await detail('billing')).json();
    expect(d.grain).toBe('day');
    expect(d.series).toHaveLength(30);
    expect(d.series[0]).toMatchObject({ key: '2026-11-01', from: '2026-11-01', to: '2026-11-02' });
    expect(d.series.reduce((s, p) => s + p.mentions, 0)).toBe(24);
    expect(d.series.reduce((s, p) => s + p.comments, 0)).toBe(42);
    // 1 November: reviews 0, 10, 20, 30 — billing are 0, 10, 20, 30 (all even).
    expect(d.series[0]).toMatchObject({ mentions: 4, comments: 4, isThin: true });
    expect(d.series[0]?.share?.percent).toBe(100);
    const quiet = d.series.find((p) => p.key === '2026-11-30');
    expect(quiet).toMatchObject({ mentions: 0, comments: 0, share: null, sentiment: null });

    const weekly = (await detail('billing', 'from=2026-09-01&to=2026-12-01')).json();
    expect(weekly.grain).toBe('week');
    expect(weekly.series[0]?.key).toBe('2026-W36');
    expect(weekly.series.reduce((s, p) => s + p.mentions, 0)).toBe(27);
    const monthly = (await detail('billing', 'from=2025-06-01&to=2026-12-01')).json();
    expect(monthly.grain).toBe('month');
    expect(monthly.series.map((p) => p.key).slice(-2)).toEqual(['2026-10', '2026-11']);
    expect(monthly.series.at(-2)).toMatchObject({ mentions: 3, comments: 60 });
  });

  it('breaks the mentions down by channel, segment and touchpoint, summing groups under 30 comments', async () => {
    const { breakdowns } = (await detail('billing')).json();
    expect(breakdowns.channel.groups).toEqual([
      { key: 'review', mentions: 18, comments: 36, share: expect.objectContaining({ percent: 50 }) },
    ]);
    expect(breakdowns.channel.hidden).toEqual({ groups: 1, mentions: 6 });
    expect(breakdowns.segment.groups.map((g) => [g.key, g.mentions, g.comments])).toEqual([
      ['Enterprise', 15, 30],
    ]);
    expect(breakdowns.segment.hidden).toEqual({ groups: 2, mentions: 9 });
    expect(breakdowns.touchpoint.groups.map((g) => [g.key, g.mentions, g.comments])).toEqual([
      ['checkout', 18, 36],
    ]);
    const ci = breakdowns.touchpoint.groups[0]?.share?.ci;
    expect(ci?.low).toBeLessThan(50);
    expect(ci?.high).toBeGreaterThan(50);
  });

  it('shows eight recent comments, negative and positive mixed, with their evidence and case', async () => {
    const { examples } = (await detail('billing')).json();
    expect(examples).toHaveLength(8);
    expect(examples.filter((e) => e.sentiment < 0)).toHaveLength(4);
    expect(examples.filter((e) => e.sentiment > 0)).toHaveLength(4);
    const times = examples.map((e) => e.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    for (const e of examples) {
      expect(e.evidence.length).toBeGreaterThan(0);
      for (const w of e.evidence) expect(e.text.slice(w.start, w.end)).toBe(w.text);
      expect(e.analysis.themes.map((x) => x.id)).toContain('billing');
    }
    // The newest negative comments are the six tickets, after the 10 November reviews.
    expect(examples.filter((e) => e.sentiment < 0).every((e) => e.channel === 'ticket')).toBe(true);
    // A detractor's review opened a case through the cases stage: its example names it.
    const all = (await detail('billing', 'from=2026-11-01&to=2026-11-11')).json();
    const detractor = all.examples.find((e) => e.score === 2);
    expect(detractor?.caseId).toBeTruthy();
    const held = (await t.runtime.deps.db.execute(
      sql`select case_id from case_items where item_id = ${detractor?.itemId ?? ''}`,
    )) as unknown as Rows<{ case_id: string }>;
    expect(detractor?.caseId).toBe(held.rows[0]?.case_id);
    expect(all.examples.find((e) => e.score === 9)?.caseId).toBeNull();
    // The page's link to an example's answer is the inbox narrowed to its instant: that item alone.
    const at = new Date(detractor?.occurredAt ?? 0);
    const inbox = await t.request({
      method: 'GET',
      url: `/api/v1/feedback?${new URLSearchParams({ from: at.toISOString(), to: new Date(at.getTime() + 1).toISOString() }).toString()}`,
      as: { key },
    });
    expect(inbox.statusCode, inbox.body).toBe(200);
    expect((inbox.json() as { items: Array<{ id: string }> }).items.map((i) => i.id)).toEqual([
      detractor?.itemId,
    ]);
  });

  it('shows a curated theme without mentions as empty, and refuses unknown themes and bad periods', async () => {
    const claims = await detail('claims');
    expect(claims.status, claims.body).toBe(200);
    const c = claims.json();
    expect(c.theme).toMatchObject({ id: 'claims', mentions: 0, rising: null, nps: null });
    expect(c.examples).toEqual([]);
    expect(c.series.every((p) => p.mentions === 0)).toBe(true);

    const unknown = await detail('no_such_theme');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toContain('no_such_theme');

    const backwards = await detail('billing', 'from=2026-12-01&to=2026-11-01');
    expect(backwards.status).toBe(400);
    expect(backwards.body).toContain('querystring.to');
    const long = await detail('billing', 'from=2000-01-01&to=2020-02-01');
    expect(long.status).toBe(400);
    expect(long.body).toContain('at most 20 years');
    expect((await detail('billing', 'from=2000-01-01&to=2020-01-31')).status).toBe(200);
    const yearZero = await detail('billing', 'from=0000-06-01&to=2026-12-01');
    expect(yearZero.status).toBe(400);
    expect(yearZero.body).toContain('querystring.from');
    const missing = await detail('billing', 'from=2026-11-01');
    expect(missing.status).toBe(400);
    expect(missing.body).toContain('to');
  });

  it('counts only the organization’s own comments', async () => {
    const own = (await detail('billing', period, otherKey)).json();
    expect(own.theme.mentions).toBe(1);
    expect(own.examples.map((e) => e.text)).toEqual([TICKET]);
    expect(own.breakdowns.channel.hidden).toEqual({ groups: 1, mentions: 1 });
    // A theme only another organization's comments ever had is unknown here.
    await t.runtime.deps.db.execute(sql`
      insert into item_themes (organization_id, item_id, theme_id, sentiment, occurred_at)
      select organization_id, id, 'found_elsewhere', 0, occurred_at from feedback_items
      where external_ref = 'rev-0'`);
    expect((await detail('found_elsewhere')).status).toBe(200);
    expect((await detail('found_elsewhere', period, otherKey)).status).toBe(404);
  });
});
