import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { settlePipeline } from '../../../../test/helpers/pipeline.js';
import type { TFeedbackItem } from '../../../shared/contracts/feedback.js';
import type { TSentimentModelState } from '../../../shared/contracts/sentiment-model.js';

/**
 * A telecom whose customers complain in words the lexicon does not weigh ("Funkloch",
 * "Warteschleife") and praise in others ("Glasfaser", "Blitzinstallation"): its own model, trained
 * on the scores, must read them; the lexicon cannot.
 */
const NEGATIVE = ['Funkloch', 'Warteschleife'];
const POSITIVE = ['Glasfaser', 'Blitzinstallation'];
const PLACES = ['in Kassel', 'in Bremen', 'am Montag', 'im Büro', 'zu Hause'];

describe('an organization’s own sentiment model', () => {
  let t: TestApp;
  let key: string;
  let other: string;
  beforeAll(async () => {
    t = await buildTestApp({ workers: true });
    const owner = await t.signUp();
    await t.createOrg(owner.cookie);
    key = (await t.createApiKey(owner.cookie)).key;
    const stranger = await t.signUp();
    await t.createOrg(stranger.cookie);
    other = (await t.createApiKey(stranger.cookie)).key;
  });
  afterAll(() => t.close());

  const post = async (as: string, items: unknown[]) => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/feedback',
      payload: items as object,
      as: { key: as },
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json() as { items: Array<{ id: string }> };
  };
  const state = async (as: string) => {
    const res = await t.request({ method: 'GET', url: '/api/v1/themes/sentiment-model', as: { key: as } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TSentimentModelState;
  };

  it('is trained on the scored comments, chosen where it beats the lexicon, and reads new comments', async () => {
    expect(await state(key)).toEqual({ model: null });
    const day = Date.parse('2026-11-01T10:00:00Z');
    const items = Array.from({ length: 420 }, (_, i) => {
      const positive = i % 2 === 0;
      const word = (positive ? POSITIVE : NEGATIVE)[Math.floor(i / 2) % 2];
      return {
        channel: 'review',
        text: `${word} ${PLACES[i % PLACES.length]}`,
        rating: { value: positive ? 10 : 2, scaleMin: 0, scaleMax: 10, metric: 'nps' },
        occurredAt: new Date(day + i * 60_000).toISOString(),
        externalRef: `m-${i}`,
      };
    });
    for (let i = 0; i < items.length; i += 200) await post(key, items.slice(i, i + 200));
    await settlePipeline(t);

    const train = await t.request({
      method: 'POST',
      url: '/api/v1/themes/sentiment-model/train',
      as: { key },
    });
    expect(train.statusCode, train.body).toBe(202);
    await expect.poll(async () => (await state(key)).model?.chosen, { timeout: 30_000 }).toBe('model');
    const { model } = await state(key);
    expect(model?.reason).toBe('model-better');
    expect(model?.comments).toEqual({ positive: 210, negative: 210 });
    expect(model?.model?.auc).toBeGreaterThan(model?.lexicon?.auc ?? 1);
    expect(model?.model?.low).toBeLessThanOrEqual(model?.model?.auc ?? 0);
    // The other organization trained nothing and sees nothing of it.
    expect(await state(other)).toEqual({ model: null });

    // A new comment without a score is read with the model.
    const [created] = (
      await post(key, [{ channel: 'chat', text: 'Funkloch in Kassel', occurredAt: new Date().toISOString() }])
    ).items;
    await settlePipeline(t);
    const item = (
      await t.request({ method: 'GET', url: `/api/v1/feedback/${created?.id ?? ''}`, as: { key } })
    ).json() as TFeedbackItem;
    expect(item.analysis?.sentiment.label).toBe('negative');
    expect(item.analysis?.analyser).toMatch(/^org-model-/);
  });

  it('lets only admins start a training', async () => {
    const owner = await t.signUp();
    const org = await t.createOrg(owner.cookie);
    const analyst = await t.addMember(org.id, 'analyst');
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/themes/sentiment-model/train',
      as: { cookie: analyst.cookie },
    });
    expect(res.statusCode).toBe(403);
  });
});
