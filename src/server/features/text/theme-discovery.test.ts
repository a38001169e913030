import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Caller, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { settlePipeline } from '../../../../test/helpers/pipeline.js';
import type {
  TDiscoveryResult,
  TOwnThemeChange,
  TOwnThemes,
  TThemeCandidate,
} from '../../../shared/contracts/theme-discovery.js';
import type { TFeedbackItem } from '../../../shared/contracts/feedback.js';
import type { TThemes } from '../../../shared/contracts/themes.js';

type Rows<T> = { rows: T[] };

/** A pet shop's comments about things no curated theme names: dog toys and cat food, German and English. */
const DOG = [
  'Mein Hund liebt das Spielzeug, er kaut jeden Tag darauf.',
  'Der Hund spielt gern mit dem Ball.',
  'Unser Hund mag das Kauspielzeug sehr.',
  'Das Hundespielzeug hält unser Hund kaum einen Tag aus.',
  'My dog loves the chew toy.',
  'The dog plays with the ball every day.',
  'Our puppy chews the toy all day long.',
  'The dog toy squeaks and my dog adores it.',
];
const CAT = [
  'Die Katze frisst das Futter nicht mehr.',
  'Unsere Katze mag das Trockenfutter nicht.',
  'Meine Katze verweigert das Nassfutter.',
  'Das neue Katzenfutter frisst die Katze gern.',
  'My cat refuses the wet food.',
  'The cat will not eat the dry food anymore.',
  'Our kitten hates the new cat food.',
  'The cat food smells and my cat leaves it.',
];
/** Comments a curated theme claims: never grouped. */
const CURATED = [
  'Die Lieferung kam zwei Wochen zu spät.',
  'The invoice was wrong and I was charged twice.',
  'Der Versand dauert ewig, das Paket ist verschollen.',
];

describe('theme discovery and own themes', () => {
  let t: TestApp;
  let owner: Caller;
  let orgId: string;
  let key: string;
  let other: Caller;
  const day = '2026-11-10';
  const at = (i: number) => new Date(Date.parse(`${day}T08:00:00Z`) + i * 60_000).toISOString();

  const send = async (texts: readonly string[], tag: string) => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/feedback',
      payload: texts.map((text, i) => ({
        channel: 'review',
        text,
        occurredAt: at(i),
        externalRef: `${tag}-${i}`,
      })),
      as: { key },
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
    return (res.json() as { items: Array<{ id: string }> }).items.map((i) => i.id);
  };
  const themesOf = async (itemId: string) =>
    (
      (await t.runtime.deps.db.execute(
        sql`select theme_id from item_themes where item_id = ${itemId} order by theme_id`,
      )) as unknown as Rows<{ theme_id: string }>
    ).rows.map((r) => r.theme_id);
  const replayDone = async (as: Caller) => {
    // The replay job runs on this app's workers; wait until it says it is done.
    for (let i = 0; i < 300; i++) {
      const own = (await t.request({ method: 'GET', url: '/api/v1/themes/own', as })).json() as TOwnThemes;
      if (own.replay?.status === 'done') return own;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the replay did not finish');
  };
  const discover = async (as: Caller = owner) => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/themes/discover',
      payload: { from: '2026-11-01', to: '2026-12-01' },
      as,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TDiscoveryResult;
  };

  let dogIds: string[] = [];
  let catIds: string[] = [];
  let curatedIds: string[] = [];

  beforeAll(async () => {
    t = await buildTestApp({ workers: true });
    const person = await t.signUp({ name: 'Petra Pet' });
    orgId = (await t.createOrg(person.cookie, 'Pet Shop')).id;
    owner = { cookie: person.cookie };
    key = (await t.createApiKey(person.cookie)).key;
    const stranger = await t.signUp({ name: 'Otto Other' });
    await t.createOrg(stranger.cookie, 'Other Shop');
    other = { cookie: stranger.cookie };
    dogIds = await send([...DOG, ...DOG.map((d) => `${d} Wirklich!`)], 'dog');
    catIds = await send([...CAT, ...CAT.map((c) => `${c} Really.`)], 'cat');
    curatedIds = await send(CURATED, 'curated');
    await settlePipeline(t);
  });
  afterAll(() => t?.close());

  let catCandidate: TThemeCandidate;

  it('groups only the comments no theme claimed, into candidates named by their words', async () => {
    const result = await discover();
    expect(result.grouped).toBe(dogIds.length + catIds.length);
    expect(result.candidates.length).toBeGreaterThanOrEqual(2);
    const labels = result.candidates.map((c) => c.terms.join(' ').toLowerCase());
    expect(labels.some((l) => /katze|cat|futter|food/.test(l))).toBe(true);
    expect(labels.some((l) => /hund|dog|spielzeug|toy/.test(l))).toBe(true);
    for (const c of result.candidates) {
      expect(c.examples.length).toBeGreaterThan(0);
      expect(c.examples.length).toBeLessThanOrEqual(3);
      for (const e of c.examples) expect(curatedIds).not.toContain(e.itemId);
    }
    const listed = (
      await t.request({ method: 'GET', url: '/api/v1/themes/candidates', as: owner })
    ).json() as {
      candidates: TThemeCandidate[];
    };
    expect(listed.candidates.map((c) => c.id).sort()).toEqual(result.candidates.map((c) => c.id).sort());
    catCandidate = result.candidates.find((c) =>
      /katze|cat|futter|food/.test(c.terms.join(' ').toLowerCase()),
    )!;
    // The same comments give the same candidates again.
    const again = await discover();
    expect(again.candidates.map((c) => [c.id, c.size])).toEqual(result.candidates.map((c) => [c.id, c.size]));
  });

  it('promotes a candidate: old comments carry the theme after the replay, new ones from the stage', async () => {
    const curatedBefore = await themesOf(curatedIds[0]!);
    expect(curatedBefore).toContain('delivery');
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/themes/candidates/${catCandidate.id}/promote`,
      payload: {
        name: { en: 'Cat food', de: 'Katzenfutter' },
        terms: { de: ['Katze', 'Futter'], en: ['cat', 'food'] },
      },
      as: owner,
    });
    expect(res.statusCode, res.body).toBe(201);
    const change = res.json() as TOwnThemeChange;
    expect(change.theme?.id).toBe('org-cat-food');
    expect(change.replay.total).toBe(dogIds.length + catIds.length + curatedIds.length);
    const own = await replayDone(owner);
    expect(own.themes.map((th) => th.id)).toEqual(['org-cat-food']);
    expect(own.replay?.done).toBe(own.replay?.total);
    for (const id of catIds) expect(await themesOf(id)).toContain('org-cat-food');
    for (const id of dogIds) expect(await themesOf(id)).not.toContain('org-cat-food');
    // The curated themes of the other comments are untouched.
    expect(await themesOf(curatedIds[0]!)).toEqual(curatedBefore);

    // A new comment with an old one's text: the stage gives it exactly what the replay gave the old one.
    const [fresh] = await send([CAT[2]!], 'fresh');
    await settlePipeline(t);
    expect(await themesOf(fresh!)).toEqual(await themesOf(catIds[2]!));
    const analyses = (await t.runtime.deps.db.execute(
      sql`select analysis from item_analyses where item_id in (${fresh}, ${catIds[2]})`,
    )) as unknown as Rows<{ analysis: unknown }>;
    expect(analyses.rows[0]?.analysis).toEqual(analyses.rows[1]?.analysis);

    const themes = (
      await t.request({ method: 'GET', url: '/api/v1/themes?from=2026-11-01&to=2026-12-01', as: owner })
    ).json() as TThemes;
    const cat = themes.themes.find((th) => th.id === 'org-cat-food');
    expect(cat?.name).toEqual({ en: 'Cat food', de: 'Katzenfutter' });
    expect(cat?.mentions).toBe(catIds.length + 1);
    // Promoted: not offered again, also when the same group is found again.
    const candidates = (await discover()).candidates;
    expect(candidates.map((c) => c.id)).not.toContain(catCandidate.id);
  });

  it('renames and deletes an own theme, each replayed over the stored comments', async () => {
    const renamed = await t.request({
      method: 'PATCH',
      url: '/api/v1/themes/own/org-cat-food',
      payload: { name: { en: 'Cat nutrition', de: 'Katzenernährung' } },
      as: owner,
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    await replayDone(owner);
    const themes = (
      await t.request({ method: 'GET', url: '/api/v1/themes?from=2026-11-01&to=2026-12-01', as: owner })
    ).json() as TThemes;
    expect(themes.themes.find((th) => th.id === 'org-cat-food')?.name.de).toBe('Katzenernährung');
    // An answer's tags name the own theme as renamed, in both languages.
    const item = (
      await t.request({ method: 'GET', url: `/api/v1/feedback/${catIds[0] ?? ''}`, as: owner })
    ).json() as TFeedbackItem;
    expect(item.analysis?.themes.find((th) => th.id === 'org-cat-food')).toMatchObject({
      name: 'Cat nutrition',
      names: { en: 'Cat nutrition', de: 'Katzenernährung' },
    });

    const deleted = await t.request({ method: 'DELETE', url: '/api/v1/themes/own/org-cat-food', as: owner });
    expect(deleted.statusCode, deleted.body).toBe(200);
    const own = await replayDone(owner);
    expect(own.themes).toEqual([]);
    for (const id of catIds) expect(await themesOf(id)).not.toContain('org-cat-food');
    const gone = await t.request({ method: 'DELETE', url: '/api/v1/themes/own/org-cat-food', as: owner });
    expect(gone.statusCode).toBe(404);
  });

  it('merges candidates into one and splits one in two', async () => {
    const { candidates } = await discover();
    expect(candidates.length).toBeGreaterThanOrEqual(2);
    const [a, b] = candidates as [TThemeCandidate, TThemeCandidate];
    const merged = await t.request({
      method: 'POST',
      url: '/api/v1/themes/candidates/merge',
      payload: { ids: [a.id, b.id] },
      as: owner,
    });
    expect(merged.statusCode, merged.body).toBe(200);
    const one = merged.json() as TThemeCandidate;
    expect(one.size).toBe(a.size + b.size);
    const listed = (
      await t.request({ method: 'GET', url: '/api/v1/themes/candidates', as: owner })
    ).json() as {
      candidates: TThemeCandidate[];
    };
    expect(listed.candidates.map((c) => c.id)).toContain(one.id);
    expect(listed.candidates.map((c) => c.id)).not.toContain(a.id === one.id ? b.id : a.id);

    const split = await t.request({
      method: 'POST',
      url: `/api/v1/themes/candidates/${one.id}/split`,
      as: owner,
    });
    expect(split.statusCode, split.body).toBe(200);
    const halves = (split.json() as { candidates: TThemeCandidate[] }).candidates;
    expect(halves.length).toBe(2);
    expect(halves[0]!.size + halves[1]!.size).toBe(one.size);

    const renamed = await t.request({
      method: 'PATCH',
      url: `/api/v1/themes/candidates/${halves[0]!.id}`,
      payload: { name: 'Hundespielzeug' },
      as: owner,
    });
    expect((renamed.json() as TThemeCandidate).name).toBe('Hundespielzeug');
    const dismissed = await t.request({
      method: 'POST',
      url: `/api/v1/themes/candidates/${halves[1]!.id}/dismiss`,
      as: owner,
    });
    expect((dismissed.json() as TThemeCandidate).status).toBe('dismissed');
    const after = (
      await t.request({ method: 'GET', url: '/api/v1/themes/candidates', as: owner })
    ).json() as {
      candidates: TThemeCandidate[];
    };
    expect(after.candidates.map((c) => c.id)).not.toContain(halves[1]!.id);
    // A dismissed candidate cannot be promoted.
    const refused = await t.request({
      method: 'POST',
      url: `/api/v1/themes/candidates/${halves[1]!.id}/promote`,
      payload: { name: { en: 'Dogs', de: 'Hunde' } },
      as: owner,
    });
    expect(refused.statusCode).toBe(409);
  });

  it('refuses bad input naming the field, other organizations’ ids and non-admins', async () => {
    const bad = await t.request({
      method: 'PATCH',
      url: '/api/v1/themes/candidates/cand-abc',
      payload: { name: '' },
      as: owner,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('name');
    const badId = await t.request({
      method: 'POST',
      url: '/api/v1/themes/candidates/nope/dismiss',
      as: owner,
    });
    expect(badId.statusCode).toBe(400);
    const noTerms = await t.request({
      method: 'POST',
      url: '/api/v1/themes/candidates/cand-abc/promote',
      payload: { name: { en: 'X', de: 'X' }, terms: { de: [], en: [] } },
      as: owner,
    });
    expect(noTerms.statusCode).toBe(400);
    const badPeriod = await t.request({
      method: 'POST',
      url: '/api/v1/themes/discover',
      payload: { from: '2026-12-01', to: '2026-11-01' },
      as: owner,
    });
    expect(badPeriod.statusCode).toBe(400);
    expect(badPeriod.body).toContain('to');

    const { candidates } = (
      await t.request({ method: 'GET', url: '/api/v1/themes/candidates', as: owner })
    ).json() as {
      candidates: TThemeCandidate[];
    };
    const mine = candidates[0]!;
    const foreign = await t.request({
      method: 'POST',
      url: `/api/v1/themes/candidates/${mine.id}/dismiss`,
      as: other,
    });
    expect(foreign.statusCode).toBe(404);
    expect(
      (
        (await t.request({ method: 'GET', url: '/api/v1/themes/candidates', as: other })).json() as {
          candidates: unknown[];
        }
      ).candidates,
    ).toEqual([]);
    const analyst = await t.addMember(orgId, 'analyst');
    const forbidden = await t.request({
      method: 'POST',
      url: '/api/v1/themes/discover',
      payload: { from: '2026-11-01', to: '2026-12-01' },
      as: { cookie: analyst.cookie },
    });
    expect(forbidden.statusCode).toBe(403);
  });
});
