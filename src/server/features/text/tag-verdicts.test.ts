import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Caller, type TestApp } from '../../../../test/helpers/build-test-app.js';
import type { TFeedbackItem } from '../../../shared/contracts/feedback.js';
import type { TResponseList } from '../../../shared/contracts/responses.js';
import type { TLabelledItem, TThemePrecision } from '../../../shared/contracts/tag-verdicts.js';
import type { TTextAnalysis } from '../../../shared/contracts/text-analysis.js';
import type { TThemes } from '../../../shared/contracts/themes.js';
import { analyseItems } from './analyse-items.js';

type Rows<T> = { rows: T[] };

/**
 * "Why this tag": agents agree or disagree with what the text stage found. A disagreed theme stops
 * counting (now and after the comment is read again), a corrected sentiment label is the one every
 * answer shows, and the verdicts are the organization's labelled set.
 */
describe('verdicts on tags', () => {
  let t: TestApp;
  let orgId: string;
  let owner: Caller;
  let agent: Caller;
  let analyst: Caller;
  let key: string;
  let other: Caller;
  const day = '2026-11-10';
  const period = 'from=2026-11-01&to=2026-12-01';

  beforeAll(async () => {
    t = await buildTestApp();
    const o = await t.signUp({ name: 'Olga Owner' });
    orgId = (await t.createOrg(o.cookie, 'Verdict Org')).id;
    owner = { cookie: o.cookie };
    key = (await t.createApiKey(o.cookie)).key;
    agent = { cookie: (await t.addMember(orgId, 'agent')).cookie };
    analyst = { cookie: (await t.addMember(orgId, 'analyst')).cookie };
    const x = await t.signUp({ name: 'Xena Other' });
    await t.createOrg(x.cookie, 'Other Org');
    other = { cookie: x.cookie };
  });
  afterAll(() => t?.close());

  /** Stores comments and reads them as the text stage does (no workers in this test). */
  const send = async (entries: object[]) => {
    const res = await t.request({ method: 'POST', url: '/api/v1/feedback', payload: entries, as: { key } });
    expect(res.statusCode, res.body).toBeLessThan(300);
    const ids = (res.json() as { items: Array<{ id: string }> }).items.map((i) => i.id);
    await analyseItems(t.runtime.deps.db, orgId, ids);
    return ids;
  };
  const item = async (id: string) => {
    const res = await t.request({ method: 'GET', url: `/api/v1/feedback/${id}`, as: { key } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TFeedbackItem;
  };
  const judge = (as: Caller, method: 'PUT' | 'DELETE', url: string, payload?: object) =>
    t.request({ method, url, as, ...(payload ? { payload } : {}) });
  const billingMentions = async () => {
    const res = await t.request({ method: 'GET', url: `/api/v1/themes?${period}`, as: { key } });
    return (res.json() as TThemes).themes.find((x) => x.id === 'billing')?.mentions ?? 0;
  };
  const themeRows = async (id: string) =>
    (
      (await t.runtime.deps.db.execute(
        sql`select theme_id from item_themes where item_id = ${id} order by theme_id`,
      )) as unknown as Rows<{ theme_id: string }>
    ).rows.map((r) => r.theme_id);

  it('a disagreed theme stops counting, stays out after a new reading, and comes back on undo', async () => {
    const [id] = await send([
      {
        channel: 'review',
        text: 'Die Rechnung war falsch und die Lieferung kam zu spät.',
        occurredAt: `${day}T08:00:00Z`,
        externalRef: 'v-1',
      },
    ]);
    const itemId = id ?? '';
    const before = await item(itemId);
    expect(before.analysis?.themes.map((x) => [x.id, x.verdict])).toEqual(
      expect.arrayContaining([
        ['billing', null],
        ['delivery', null],
      ]),
    );
    const mentions = await billingMentions();
    expect(await themeRows(itemId)).toContain('billing');

    const res = await judge(agent, 'PUT', `/api/v1/feedback/${itemId}/analysis/themes/billing`, {
      verdict: 'disagree',
    });
    expect(res.statusCode, res.body).toBe(200);
    const billing = (res.json() as TTextAnalysis).themes.find((x) => x.id === 'billing');
    expect(billing?.verdict).toMatchObject({ value: 'disagree', by: { name: expect.any(String) as string } });
    expect(await themeRows(itemId)).not.toContain('billing');
    expect(await themeRows(itemId)).toContain('delivery');
    expect(await billingMentions()).toBe(mentions - 1);

    // The stage reads the comment again (a replay, a changed analyser): the verdict holds.
    await analyseItems(t.runtime.deps.db, orgId, [itemId]);
    expect(await themeRows(itemId)).toEqual(['delivery']);
    expect((await item(itemId)).analysis?.themes.find((x) => x.id === 'billing')?.verdict?.value).toBe(
      'disagree',
    );

    // Someone else's later verdict replaces it; taking it back restores the analyser's tag.
    const agreed = await judge(owner, 'PUT', `/api/v1/feedback/${itemId}/analysis/themes/billing`, {
      verdict: 'agree',
    });
    expect(agreed.statusCode, agreed.body).toBe(200);
    expect((agreed.json() as TTextAnalysis).themes.find((x) => x.id === 'billing')?.verdict).toMatchObject({
      value: 'agree',
      by: { name: 'Olga Owner' },
    });
    expect(await themeRows(itemId)).toEqual(['billing', 'delivery']);
    await judge(agent, 'PUT', `/api/v1/feedback/${itemId}/analysis/themes/billing`, { verdict: 'disagree' });
    expect(await billingMentions()).toBe(mentions - 1);
    const undone = await judge(agent, 'DELETE', `/api/v1/feedback/${itemId}/analysis/themes/billing`);
    expect(undone.statusCode, undone.body).toBe(200);
    expect((undone.json() as TTextAnalysis).themes.find((x) => x.id === 'billing')?.verdict).toBeNull();
    expect(await billingMentions()).toBe(mentions);
  });

  it('a corrected sentiment label is the one the answers show, also after a new reading', async () => {
    const [id] = await send([
      {
        channel: 'review',
        rating: { value: 3, scaleMin: 0, scaleMax: 10, metric: 'nps' },
        text: 'Alles super, wirklich toll gemacht.',
        occurredAt: `${day}T09:00:00Z`,
        externalRef: 'v-2',
      },
    ]);
    const itemId = id ?? '';
    expect((await item(itemId)).analysis?.sentiment.label).toBe('positive');

    const res = await judge(agent, 'PUT', `/api/v1/feedback/${itemId}/analysis/sentiment`, {
      label: 'negative',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as TTextAnalysis).sentiment).toMatchObject({
      label: 'negative',
      analyserLabel: 'positive',
      verdict: { value: 'negative' },
    });
    await analyseItems(t.runtime.deps.db, orgId, [itemId]);
    expect((await item(itemId)).analysis?.sentiment).toMatchObject({
      label: 'negative',
      analyserLabel: 'positive',
    });
    // What sentiment counts and filters read is the corrected label.
    const stored = (await t.runtime.deps.db.execute(
      sql`select sentiment_label, analysis->>'sentimentLabel' as label from item_analyses where item_id = ${itemId}`,
    )) as unknown as Rows<{ sentiment_label: string; label: string }>;
    expect(stored.rows[0]).toEqual({ sentiment_label: 'negative', label: 'negative' });
    const list = (
      await t.request({ method: 'GET', url: `/api/v1/responses?${period}&limit=200`, as: { key } })
    ).json() as TResponseList;
    expect(list.items.find((r) => r.id === itemId)?.analysis?.sentiment.label).toBe('negative');

    // Naming the analyser's own label is agreeing; taking the verdict back restores it.
    const agree = await judge(agent, 'PUT', `/api/v1/feedback/${itemId}/analysis/sentiment`, {
      label: 'positive',
    });
    expect((agree.json() as TTextAnalysis).sentiment).toMatchObject({
      label: 'positive',
      verdict: { value: 'agree' },
    });
    await judge(agent, 'PUT', `/api/v1/feedback/${itemId}/analysis/sentiment`, { label: 'neutral' });
    const back = await judge(agent, 'DELETE', `/api/v1/feedback/${itemId}/analysis/sentiment`);
    expect(back.statusCode, back.body).toBe(200);
    expect((back.json() as TTextAnalysis).sentiment).toMatchObject({
      label: 'positive',
      analyserLabel: 'positive',
      verdict: null,
    });
  });

  it('answers 404 for unknown items, themes not found and other organizations, 400 naming the field', async () => {
    const [id] = await send([
      {
        channel: 'chat',
        text: 'Die Rechnung stimmt nicht.',
        occurredAt: `${day}T10:00:00Z`,
        externalRef: 'v-3',
      },
    ]);
    const itemId = id ?? '';
    const cases: Array<[Caller, 'PUT' | 'DELETE', string, object | undefined, number]> = [
      [
        agent,
        'PUT',
        `/api/v1/feedback/${crypto.randomUUID()}/analysis/themes/billing`,
        { verdict: 'agree' },
        404,
      ],
      [agent, 'PUT', `/api/v1/feedback/${itemId}/analysis/themes/claims`, { verdict: 'agree' }, 404],
      [agent, 'DELETE', `/api/v1/feedback/${itemId}/analysis/themes/claims`, undefined, 404],
      [other, 'PUT', `/api/v1/feedback/${itemId}/analysis/themes/billing`, { verdict: 'disagree' }, 404],
      [other, 'PUT', `/api/v1/feedback/${itemId}/analysis/sentiment`, { label: 'positive' }, 404],
      [agent, 'PUT', `/api/v1/feedback/${itemId}/analysis/themes/billing`, { verdict: 'maybe' }, 400],
      [agent, 'PUT', `/api/v1/feedback/${itemId}/analysis/sentiment`, {}, 400],
      [
        agent,
        'PUT',
        `/api/v1/feedback/${itemId}/analysis/sentiment`,
        { verdict: 'agree', label: 'positive' },
        400,
      ],
      [analyst, 'PUT', `/api/v1/feedback/${itemId}/analysis/themes/billing`, { verdict: 'agree' }, 403],
    ];
    for (const [as, method, url, payload, status] of cases) {
      const res = await judge(as, method, url, payload);
      expect(res.statusCode, `${method} ${url} ${JSON.stringify(payload)} → ${res.body}`).toBe(status);
      if (status === 400) expect(res.body).toMatch(/body\.(verdict|label)/);
    }
    // Nothing of that reached the item.
    expect((await item(itemId)).analysis?.themes.find((x) => x.id === 'billing')?.verdict).toBeNull();
    // An item the stage has not read yet has nothing to judge.
    const raw = await t.request({
      method: 'POST',
      url: '/api/v1/feedback',
      payload: { channel: 'chat', text: 'Rechnung', occurredAt: `${day}T10:00:00Z`, externalRef: 'v-4' },
      as: { key },
    });
    const rawId = (raw.json() as { items: Array<{ id: string }> }).items[0]?.id ?? '';
    expect(
      (await judge(agent, 'PUT', `/api/v1/feedback/${rawId}/analysis/sentiment`, { verdict: 'agree' }))
        .statusCode,
    ).toBe(404);
  });

  it('exports the labelled set and the analyser’s precision on the organization’s verdicts', async () => {
    const ids = await send(
      Array.from({ length: 5 }, (_, i) => ({
        channel: 'ticket',
        text: `=Rechnung ${i} war doppelt, "zweimal" abgebucht`,
        occurredAt: `${day}T11:0${i}:00Z`,
        externalRef: `v-5-${i}`,
      })),
    );
    for (const [i, id] of ids.entries())
      await judge(agent, 'PUT', `/api/v1/feedback/${id}/analysis/themes/billing`, {
        verdict: i < 4 ? 'agree' : 'disagree',
      });
    await judge(agent, 'PUT', `/api/v1/feedback/${ids[0] ?? ''}/analysis/sentiment`, { label: 'positive' });

    const jsonl = await t.request({ method: 'GET', url: '/api/v1/themes/labels', as: owner });
    expect(jsonl.statusCode, jsonl.body).toBe(200);
    expect(jsonl.headers['content-type']).toContain('application/x-ndjson');
    const items = jsonl.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as TLabelledItem);
    const first = items.find((x) => x.itemId === ids[0]);
    expect(first).toMatchObject({
      text: '=Rechnung 0 war doppelt, "zweimal" abgebucht',
      sentiment: { label: 'positive', verdict: 'correct' },
      themes: [{ id: 'billing', verdict: 'agree', analyser: 'lexicon-1' }],
    });
    expect(items.find((x) => x.itemId === ids[4])?.themes).toEqual([
      expect.objectContaining({ id: 'billing', verdict: 'disagree' }),
    ]);

    const csv = await t.request({ method: 'GET', url: '/api/v1/themes/labels?format=csv', as: { key } });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.body.startsWith('\uFEFFitem_id,language,occurred_at,text,tag,verdict')).toBe(true);
    // Formula-safe, quotes doubled.
    expect(csv.body).toContain(
      `"'=Rechnung 0 war doppelt, ""zweimal"" abgebucht",sentiment,correct,positive,neutral`,
    );

    // Agents work feedback but do not take the organization's data away.
    expect((await t.request({ method: 'GET', url: '/api/v1/themes/labels', as: agent })).statusCode).toBe(
      403,
    );
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/themes/labels?format=xml', as: owner })).body,
    ).toContain('querystring.format');

    const precision = (
      await t.request({ method: 'GET', url: '/api/v1/themes/precision', as: analyst })
    ).json() as TThemePrecision;
    const billing = precision.themes.find((x) => x.id === 'billing');
    expect(billing).toMatchObject({ agreed: 4, disagreed: 1 });
    // Wilson 95 % for 4 of 5: 80 % [37.6, 96.4].
    expect(billing?.precision).toEqual({ percent: 80, ci: { low: 37.6, high: 96.4 } });
    expect(precision.themes.find((x) => x.id === 'claims')?.precision).toBeNull();
    const others = (
      await t.request({ method: 'GET', url: '/api/v1/themes/precision', as: other })
    ).json() as TThemePrecision;
    expect(others.themes.every((x) => x.agreed + x.disagreed === 0)).toBe(true);
  });

  it('an erased customer’s comments take their verdicts with them', async () => {
    await t.request({
      method: 'POST',
      url: '/api/v1/contacts',
      payload: { externalId: 'erase-me', email: 'erase-me@example.test' },
      as: { key },
    });
    const [id] = await send([
      {
        channel: 'review',
        text: 'Die Rechnung war falsch.',
        occurredAt: `${day}T12:00:00Z`,
        externalRef: 'v-6',
        contactExternalId: 'erase-me',
      },
    ]);
    const itemId = id ?? '';
    await judge(agent, 'PUT', `/api/v1/feedback/${itemId}/analysis/themes/billing`, { verdict: 'disagree' });
    await judge(agent, 'PUT', `/api/v1/feedback/${itemId}/analysis/sentiment`, { label: 'positive' });
    const erased = await t.request({ method: 'DELETE', url: '/api/v1/contacts/erase-me', as: owner });
    expect(erased.statusCode, erased.body).toBeLessThan(300);
    const left = (await t.runtime.deps.db.execute(
      sql`select (select count(*) from theme_verdicts where item_id = ${itemId})::int
               + (select count(*) from sentiment_verdicts where item_id = ${itemId})::int as n`,
    )) as unknown as Rows<{ n: number }>;
    expect(Number(left.rows[0]?.n)).toBe(0);
    const labels = await t.request({ method: 'GET', url: '/api/v1/themes/labels', as: owner });
    expect(labels.body).not.toContain(itemId);
  });

  it('a deleted item takes its verdicts with it', async () => {
    const [id] = await send([
      { channel: 'review', text: 'Rechnung falsch.', occurredAt: `${day}T13:00:00Z`, externalRef: 'v-7' },
    ]);
    await judge(agent, 'PUT', `/api/v1/feedback/${id ?? ''}/analysis/themes/billing`, { verdict: 'agree' });
    await t.runtime.deps.db.execute(sql`delete from feedback_items where id = ${id ?? ''}`);
    const left = (await t.runtime.deps.db.execute(
      sql`select count(*)::int as n from theme_verdicts where item_id = ${id ?? ''}`,
    )) as unknown as Rows<{ n: number }>;
    expect(Number(left.rows[0]?.n)).toBe(0);
  });
});
