import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { settlePipeline } from '../../../../test/helpers/pipeline.js';
import { upsertContacts } from '../../../../test/helpers/survey-fixtures.js';
import type { TFeedbackItem } from '../../../shared/contracts/feedback.js';
import type { TThemes } from '../../../shared/contracts/themes.js';

type Rows<T> = { rows: T[] };

/**
 * The text stage through the real pipeline: comments of every channel are read where they are
 * stored, the API shows what was found and why, and the themes report counts them per organization.
 */
describe('text analysis through the pipeline', () => {
  let t: TestApp;
  let key: string;
  let otherKey: string;
  const day = '2026-11-10';

  beforeAll(async () => {
    t = await buildTestApp({ workers: true });
    const owner = await t.signUp({ name: 'Tara Text' });
    await t.createOrg(owner.cookie, 'Text Org');
    key = (await t.createApiKey(owner.cookie)).key;
    const other = await t.signUp({ name: 'Otto Other' });
    await t.createOrg(other.cookie, 'Other Org');
    otherKey = (await t.createApiKey(other.cookie)).key;
  });
  afterAll(() => t?.close());

  const send = async (apiKey: string, entries: object[]) => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/feedback',
      payload: entries,
      as: { key: apiKey },
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
    return (res.json() as { items: Array<{ id: string }> }).items.map((i) => i.id);
  };
  const item = async (apiKey: string, id: string) => {
    const res = await t.request({ method: 'GET', url: `/api/v1/feedback/${id}`, as: { key: apiKey } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TFeedbackItem;
  };
  const at = (h: number) => `${day}T${String(h).padStart(2, '0')}:00:00Z`;

  it('reads German and English comments of every channel, with the words that decided each label', async () => {
    const [de, en, chat, scoreOnly] = await send(key, [
      {
        channel: 'review',
        rating: { value: 2, scaleMin: 0, scaleMax: 10, metric: 'nps' },
        text: 'Die Lieferung kam zwei Wochen zu spät und die Rechnung war falsch.',
        occurredAt: at(8),
        externalRef: 'r-1',
      },
      {
        channel: 'ticket',
        text: 'I was charged twice and support never answered my emails.',
        occurredAt: at(9),
        externalRef: 't-1',
      },
      {
        channel: 'chat',
        text: 'Super freundliche Beratung, vielen Dank!',
        occurredAt: at(10),
        externalRef: 'c-1',
      },
      {
        channel: 'review',
        rating: { value: 9, scaleMin: 0, scaleMax: 10, metric: 'nps' },
        occurredAt: at(11),
        externalRef: 'r-2',
      },
    ]);
    await settlePipeline(t);

    const german = await item(key, de ?? '');
    expect(german.analysis?.language).toBe('de');
    expect(german.analysis?.sentiment.label).toBe('negative');
    const germanThemes = german.analysis?.themes.map((x) => x.id) ?? [];
    expect(germanThemes).toEqual(expect.arrayContaining(['delivery', 'billing']));
    // Evidence is offsets into the comment as stored: slicing gives back the words.
    for (const theme of german.analysis?.themes ?? [])
      for (const e of theme.evidence) expect(german.text?.slice(e.start, e.end)).toBe(e.text);

    const english = await item(key, en ?? '');
    expect(english.analysis).toMatchObject({ language: 'en', sentiment: { label: 'negative' } });
    expect(english.analysis?.themes.map((x) => x.id)).toEqual(expect.arrayContaining(['billing']));
    for (const e of english.analysis?.sentiment.evidence ?? [])
      expect(english.text?.slice(e.start, e.end)).toBe(e.text);

    const praise = await item(key, chat ?? '');
    expect(praise.analysis).toMatchObject({ language: 'de', sentiment: { label: 'positive' } });
    expect(praise.analysis?.themes.map((x) => x.id)).toContain('staff');

    // A score without a comment has nothing to read.
    expect((await item(key, scoreOnly ?? '')).analysis).toBeNull();
  });

  it('forgets an erased comment’s analysis and themes', async () => {
    await upsertContacts(t, key, [{ externalId: 'erika', email: 'erika@example.test' }]);
    const [id] = await send(key, [
      {
        channel: 'social',
        text: 'Alles bestens, danke!',
        occurredAt: at(12),
        externalRef: 's-1',
        contactExternalId: 'erika',
      },
    ]);
    await settlePipeline(t);
    expect((await item(key, id ?? '')).analysis?.sentiment.label).toBe('positive');

    const erased = await t.request({ method: 'DELETE', url: '/api/v1/contacts/erika', as: { key } });
    expect(erased.statusCode, erased.body).toBeLessThan(300);
    await settlePipeline(t);
    const after = await item(key, id ?? '');
    expect(after.text).toBeNull();
    expect(after.analysis).toBeNull();
    const themes = (await t.runtime.deps.db.execute(
      sql`select count(*)::int as n from item_themes where item_id = ${id}`,
    )) as unknown as Rows<{ n: number }>;
    expect(Number(themes.rows[0]?.n)).toBe(0);
  });

  it('counts themes per organization with shares, sentiment and NPS impact', async () => {
    // Enough NPS answers for an impact: billing complaints from detractors, praise from promoters.
    await send(
      key,
      Array.from({ length: 24 }, (_, i) => {
        const billing = i % 2 === 0;
        // Mostly detractors on billing, mostly promoters praising; neither group all alike.
        const score = billing ? [1, 3, 8, 2, 5, 10][(i / 2) % 6] : [10, 9, 6, 10, 8, 9][((i - 1) / 2) % 6];
        return {
          channel: 'review',
          rating: { value: score, scaleMin: 0, scaleMax: 10, metric: 'nps' },
          text: billing
            ? `Rechnung ${i} war schon wieder falsch, zweimal abgebucht.`
            : `Tolles Produkt, sehr zufrieden (${i}).`,
          occurredAt: at(13),
          externalRef: `bulk-${i}`,
        };
      }),
    );
    await send(otherKey, [
      { channel: 'review', text: 'The invoice was wrong again.', occurredAt: at(13), externalRef: 'o-1' },
    ]);
    await settlePipeline(t);

    const res = await t.request({
      method: 'GET',
      url: '/api/v1/themes?from=2026-11-01&to=2026-12-01',
      as: { key },
    });
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as TThemes;
    const billing = report.themes.find((x) => x.id === 'billing');
    expect(billing?.name).toEqual({ de: 'Rechnung und Zahlung', en: 'Billing and payment' });
    expect(billing?.mentions).toBeGreaterThanOrEqual(13);
    expect(billing?.sentiment).toBeLessThan(0);
    expect(billing?.share?.ci.low).toBeLessThanOrEqual(billing?.share?.percent ?? -1);
    expect(billing?.nps?.impact).toBeLessThan(0);
    expect(billing?.nps?.ci.low).toBeLessThan(billing?.nps?.impact ?? 0);
    // Every curated theme is listed; unmentioned ones with zero.
    expect(report.themes.length).toBeGreaterThanOrEqual(18);
    expect(report.themes.find((x) => x.id === 'claims')?.mentions).toBe(0);

    // The other organization's comment is not counted here, and this one's not there.
    const other = (
      await t.request({
        method: 'GET',
        url: '/api/v1/themes?from=2026-11-01&to=2026-12-01',
        as: { key: otherKey },
      })
    ).json() as TThemes;
    expect(other.analysedComments).toBe(1);
    expect(other.themes.find((x) => x.id === 'billing')?.mentions).toBe(1);
  });

  it('names the field of a bad period', async () => {
    const res = await t.request({
      method: 'GET',
      url: '/api/v1/themes?from=yesterday&to=2026-12-01',
      as: { key },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('from');
  });
});
