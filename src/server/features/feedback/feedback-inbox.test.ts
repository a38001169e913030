import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import type { TFeedbackItem, TFeedbackList } from '../../../shared/contracts/feedback.js';
import type { TResponseList } from '../../../shared/contracts/responses.js';
import { listInboxItems } from './feedback-inbox.repo.js';

type Rows<T> = { rows: T[] };
const day = (d: number) => new Date(Date.UTC(2026, 2, d, 10)).toISOString();

describe('the feedback inbox: every channel, filtered and searched in German and English', () => {
  let t: TestApp;
  let owner: { cookie: string };
  let key: { key: string };
  let stranger: { cookie: string; key: string };
  let surveyId: string;

  const list = async (query: string, as: { cookie: string } | { key: string } = owner) => {
    const res = await t.request({ method: 'GET', url: `/api/v1/feedback?${query}`, as });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TFeedbackList;
  };
  const texts = async (query: string, as?: { cookie: string } | { key: string }) =>
    (await list(query, as)).items.map((i) => i.text);

  beforeAll(async () => {
    t = await buildTestApp();
    const o = await t.signUp();
    await t.createOrg(o.cookie, 'Inbox Org');
    owner = { cookie: o.cookie };
    key = { key: (await t.createApiKey(o.cookie)).key };
    const s = await t.signUp();
    await t.createOrg(s.cookie, 'Stranger Org');
    stranger = { cookie: s.cookie, key: (await t.createApiKey(s.cookie)).key };

    for (const c of [
      { externalId: 'c-anna', name: 'Anna Weber', segment: 'SMB', region: 'DACH' },
      { externalId: 'c-bob', name: 'Bob Smith', segment: 'Enterprise', region: 'UK' },
    ]) {
      const res = await t.request({ method: 'POST', url: '/api/v1/contacts', payload: c, as: key });
      expect(res.statusCode, res.body).toBeLessThan(300);
    }
    const items = [
      {
        channel: 'review',
        source: 'Google Reviews',
        language: 'de',
        text: 'Die Rechnung kam doppelt, sonst alles gut.',
        rating: { value: 3, scaleMin: 1, scaleMax: 5 },
        occurredAt: day(1),
        contactExternalId: 'c-anna',
        product: 'Shop',
        externalRef: 'g-1',
      },
      {
        channel: 'ticket',
        source: 'Zendesk',
        language: 'de',
        text: 'Warum fehlen meine Rechnungen im Portal?',
        occurredAt: day(2),
        contactExternalId: 'c-anna',
        touchpoint: 'billing',
        externalRef: 'zd-1',
      },
      {
        channel: 'chat',
        source: 'Intercom',
        language: 'en',
        text: 'The invoice total looks wrong.',
        occurredAt: day(3),
        contactExternalId: 'c-bob',
        externalRef: 'ic-1',
      },
      {
        channel: 'social',
        source: 'Instagram',
        language: 'en',
        text: 'Paying invoices is painless now!',
        occurredAt: day(4),
        author: { handle: '@fan' },
      },
      // English comment with a German word in it: stemmed as English, so it keeps "rechnungen" whole.
      {
        channel: 'review',
        source: 'Trustpilot',
        language: 'en',
        text: 'Rechnungen? Never heard of them.',
        rating: { value: 5, scaleMin: 1, scaleMax: 5 },
        occurredAt: day(5),
        externalRef: 'tp-1',
      },
      // No language: word by word (simple), no stemming.
      { channel: 'other', text: 'invoices everywhere', occurredAt: day(6) },
      {
        channel: 'review',
        source: 'Google Reviews',
        language: 'de',
        text: 'Lieferung schnell und freundlich.',
        rating: { value: 5, scaleMin: 1, scaleMax: 5 },
        occurredAt: day(7),
        contactExternalId: 'c-bob',
        externalRef: 'g-2',
      },
    ];
    const res = await t.request({ method: 'POST', url: '/api/v1/feedback', payload: items, as: key });
    expect(res.json()).toMatchObject({ created: items.length, errors: [] });

    const survey = await t.request({
      method: 'POST',
      url: '/api/v1/surveys',
      payload: { name: 'Relationship', template: 'relationship-nps' },
      as: key,
    });
    surveyId = (survey.json() as { id: string }).id;
    await t.request({
      method: 'POST',
      url: `/api/v1/surveys/${surveyId}/status`,
      payload: { status: 'live' },
      as: key,
    });
    const answer = await t.request({
      method: 'POST',
      url: '/api/v1/responses',
      payload: {
        surveyId,
        contactExternalId: 'c-bob',
        language: 'en',
        answers: { nps: 4, why: 'Your invoices are confusing.' },
        occurredAt: day(8),
      },
      as: key,
    });
    expect(answer.statusCode, answer.body).toBe(201);

    // The other organization has the same words: none of them may ever appear.
    await t.request({
      method: 'POST',
      url: '/api/v1/feedback',
      payload: [
        { channel: 'review', language: 'de', text: 'Fremde Rechnung, fremde Firma.', occurredAt: day(2) },
        { channel: 'chat', language: 'en', text: 'Foreign invoice', occurredAt: day(3) },
      ],
      as: { key: stranger.key },
    });
  });
  afterAll(() => t.close());

  it('lists every channel, survey answers included, newest first with a total', async () => {
    const page = await list('limit=50');
    expect(page.total).toBe(8);
    expect(page.items.map((i) => i.channel)).toEqual([
      'survey',
      'review',
      'other',
      'review',
      'social',
      'chat',
      'ticket',
      'review',
    ]);
    const answer = page.items[0] as TFeedbackItem;
    expect(answer).toMatchObject({
      survey: { id: surveyId, name: 'Relationship' },
      metric: 'nps',
      score: 4,
      text: 'Your invoices are confusing.',
      contact: { externalId: 'c-bob', name: 'Bob Smith' },
    });
    const review = page.items.find((i) => i.externalRef === 'g-1');
    expect(review).toMatchObject({
      survey: null,
      score: 3,
      scaleMin: 1,
      scaleMax: 5,
      source: 'Google Reviews',
      contact: { externalId: 'c-anna', name: 'Anna Weber' },
    });
  });

  it('finds German comments by German stems: "Rechnungen" finds "Rechnung" and the other way round', async () => {
    // (The English comment holds the word "Rechnungen" as written, so it is found as well.)
    expect(await texts('q=Rechnungen')).toEqual([
      'Rechnungen? Never heard of them.',
      'Warum fehlen meine Rechnungen im Portal?',
      'Die Rechnung kam doppelt, sonst alles gut.',
    ]);
    expect(await texts('q=rechnung')).toEqual([
      'Warum fehlen meine Rechnungen im Portal?',
      'Die Rechnung kam doppelt, sonst alles gut.',
    ]);
  });

  it('finds English comments by English stems: "invoices" finds "invoice", and the survey answer too', async () => {
    expect(await texts('q=invoices')).toEqual([
      'Your invoices are confusing.',
      'invoices everywhere',
      'Paying invoices is painless now!',
      'The invoice total looks wrong.',
    ]);
    // The language-less comment is read word by word: "invoice" is not "invoices" there.
    expect(await texts('q=invoice')).toEqual([
      'Your invoices are confusing.',
      'Paying invoices is painless now!',
      'The invoice total looks wrong.',
    ]);
  });

  it('stems each comment in its own language only', async () => {
    // "Rechnungen" in an English comment is not stemmed as German: the German stem "rechnung" does not find it…
    expect(await texts('q=Rechnung')).toEqual([
      'Warum fehlen meine Rechnungen im Portal?',
      'Die Rechnung kam doppelt, sonst alles gut.',
    ]);
    // …while the word as written does.
    expect(await texts('q=Rechnungen')).toContain('Rechnungen? Never heard of them.');
    expect(await texts('q=%22Rechnungen%20never%20heard%22')).toEqual(['Rechnungen? Never heard of them.']);
    // English stemming is not applied to German comments: "Lieferungen" finds "Lieferung" (German), "painful" finds nothing.
    expect(await texts('q=Lieferungen')).toEqual(['Lieferung schnell und freundlich.']);
    expect(await texts('q=painful')).toEqual([]);
  });

  it('combines the search with the drill-down filters', async () => {
    expect(await texts('q=Rechnung&channel=review')).toEqual(['Die Rechnung kam doppelt, sonst alles gut.']);
    expect(await texts('q=Rechnung&channel=ticket&touchpoint=billing')).toEqual([
      'Warum fehlen meine Rechnungen im Portal?',
    ]);
    expect(await texts('q=invoice&segment=Enterprise')).toEqual([
      'Your invoices are confusing.',
      'The invoice total looks wrong.',
    ]);
    expect(await texts('q=invoice&channel=survey')).toEqual(['Your invoices are confusing.']);
    expect(await texts(`q=invoice&surveyId=${surveyId}&metric=nps&category=detractor`)).toEqual([
      'Your invoices are confusing.',
    ]);
    expect(await texts('q=invoice&language=en&from=2026-03-04&to=2026-03-05')).toEqual([
      'Paying invoices is painless now!',
    ]);
    expect(await texts('region=DACH&hasComment=true&product=Shop')).toEqual([
      'Die Rechnung kam doppelt, sonst alles gut.',
    ]);
    expect(await texts('metric=rating&score=5')).toEqual([
      'Lieferung schnell und freundlich.',
      'Rechnungen? Never heard of them.',
    ]);
    expect(await texts('q=Rechnung&contactExternalId=c-bob')).toEqual([]);
    expect((await list('q=invoice&channel=chat')).total).toBe(1);
  });

  it('pages the search with a keyset cursor that visits each item once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: TFeedbackList = await list(`q=invoices&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      if (pages === 0) expect(page.total).toBe(4);
      else expect(page.total).toBeNull();
      seen.push(...page.items.map((i) => i.text ?? ''));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual([
      'Your invoices are confusing.',
      'invoices everywhere',
      'Paying invoices is painless now!',
      'The invoice total looks wrong.',
    ]);
  });

  it("never shows another organization's items, and the other organization never sees ours", async () => {
    expect(await texts('q=fremde')).toEqual([]);
    expect(await texts('q=foreign')).toEqual([]);
    expect(await texts('q=Rechnung', { cookie: stranger.cookie })).toEqual([
      'Fremde Rechnung, fremde Firma.',
    ]);
    expect((await list('limit=50', { key: stranger.key })).total).toBe(2);
    const mine = (await list('limit=1')).items[0]?.id;
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/feedback/${mine}`, as: { cookie: stranger.cookie } }))
        .statusCode,
    ).toBe(404);
  });

  it('gives the Responses list the same search', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/responses?q=Rechnungen', as: owner });
    expect((res.json() as TResponseList).items).toEqual([]);
    const answers = (
      await t.request({ method: 'GET', url: '/api/v1/responses?q=invoice', as: owner })
    ).json() as TResponseList;
    expect(answers.items.map((i) => i.comment)).toEqual(['Your invoices are confusing.']);
    expect(answers.total).toBe(1);
    const none = (
      await t.request({ method: 'GET', url: '/api/v1/responses?q=painless', as: owner })
    ).json() as TResponseList;
    expect(none.total).toBe(0);
  });

  it('answers a search that is too long or holds a NUL byte with 400 naming the field', async () => {
    for (const url of ['/api/v1/feedback', '/api/v1/responses']) {
      const long = await t.request({ method: 'GET', url: `${url}?q=${'a'.repeat(201)}`, as: owner });
      expect(long.statusCode).toBe(400);
      expect(long.json()).toMatchObject({
        error: { code: 'VALIDATION_FAILED', details: [{ field: 'querystring.q' }] },
      });
      const nul = await t.request({ method: 'GET', url: `${url}?q=Rech%00nung`, as: owner });
      expect(nul.statusCode).toBe(400);
      expect(nul.json()).toMatchObject({ error: { details: [{ field: 'querystring.q' }] } });
    }
    const category = await t.request({ method: 'GET', url: '/api/v1/feedback?category=promoter', as: owner });
    expect(category.json()).toMatchObject({ error: { details: [{ field: 'querystring.category' }] } });
  });

  it('exists as text search configurations on this database (PGlite too)', async () => {
    const rows = (await t.runtime.deps.db.execute(
      sql`select cfgname from pg_ts_config where cfgname in ('german', 'english', 'simple') order by cfgname`,
    )) as unknown as Rows<{ cfgname: string }>;
    expect(rows.rows.map((r) => r.cfgname)).toEqual(['english', 'german', 'simple']);
  });

  it('can answer the search from the GIN index', async () => {
    const db = t.runtime.deps.db;
    const query = listInboxItems(db, 'any-org', { q: 'Rechnungen' }, null, 50);
    const rollback = new Error('rollback');
    const plan = await db
      .transaction(async (tx) => {
        // With a handful of rows the organization's index wins; without it (dropped inside this
        // transaction, which is rolled back) and without sequential scans, the search index
        // must carry the query: it matches the expression the search writes.
        await tx.execute(sql`drop index feedback_items_org_time_idx`);
        await tx.execute(sql`drop index feedback_items_org_ref_idx`);
        await tx.execute(sql`set local enable_seqscan = off`);
        const rows = (await tx.execute(sql`explain ${query}`)) as unknown as Rows<Record<string, string>>;
        throw Object.assign(rollback, { plan: rows.rows.map((r) => Object.values(r)[0]).join('\n') });
      })
      .catch((e: unknown) =>
        e === rollback ? (rollback as Error & { plan: string }).plan : Promise.reject(e),
      );
    expect(plan).toContain('Bitmap Index Scan on feedback_items_search_idx');
    expect(plan).toContain('BitmapOr');
    const indexes = (await db.execute(
      sql`select indexname, indexdef from pg_indexes where tablename = 'feedback_items'`,
    )) as unknown as Rows<{ indexname: string; indexdef: string }>;
    expect(indexes.rows.map((r) => r.indexname)).toContain('feedback_items_org_time_idx');
    // Only items with a comment are indexed: a survey answer's score (its comment comes later)
    // adds no GIN entry to the statement every answer queues for.
    expect(indexes.rows.find((r) => r.indexname === 'feedback_items_search_idx')?.indexdef).toMatch(
      /WHERE \(text IS NOT NULL\)$/,
    );
  });
});
