import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TResponseList } from '../../../shared/contracts/responses.js';
import type { TSurveyDeliveryState } from '../../../shared/contracts/sending.js';
import { buildTestApp, TEST_PUBLIC_URL, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { liveSurvey } from '../../../../test/helpers/survey-fixtures.js';

/**
 * The public link (`/l/<key>`) as a browser without JavaScript uses it: the score first, then
 * the same follow-up the e-mail path asks for that score, both landing in one anonymous answer.
 */
describe('public link', () => {
  let t: TestApp;
  let key: string;

  beforeAll(async () => {
    t = await buildTestApp();
    const owner = await t.signUp();
    await t.createOrg(owner.cookie, 'Kaffeerösterei Müller');
    key = (await t.createApiKey(owner.cookie)).key;
  });
  afterAll(async () => {
    await t.close();
  });

  async function linkedSurvey(template = 'relationship-nps') {
    const survey = await liveSurvey(t, key, template);
    const res = await t.request({
      method: 'PUT',
      url: `/api/v1/surveys/${survey.id}/delivery`,
      payload: { isLinkEnabled: true },
      as: { key },
    });
    expect(res.statusCode, res.body).toBe(200);
    const path = String((res.json() as TSurveyDeliveryState).linkUrl).replace(TEST_PUBLIC_URL, '');
    return { id: survey.id, path };
  }

  const post = (url: string, form: Record<string, string>) =>
    t.request({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      payload: new URLSearchParams(form).toString(),
    });
  const responses = async (surveyId: string) =>
    (
      (
        await t.request({ method: 'GET', url: `/api/v1/responses?surveyId=${surveyId}`, as: { key } })
      ).json() as TResponseList
    ).items;
  const formNonce = (html: string) =>
    /<input type="hidden" name="nonce" value="([0-9a-f-]{36})">/.exec(html)?.[1] ?? '';

  it('asks the score alone first, naming the organization once', async () => {
    const { path } = await linkedSurvey();
    const page = await t.request({ method: 'GET', url: `${path}?lang=en` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<h1 class="q">How likely are you to recommend Kaffeerösterei Müller/);
    expect(page.body).not.toContain('name="q_why"');
    expect(page.body.match(/>Kaffeerösterei Müller</g)).toHaveLength(1);
    expect(page.body).toContain('<input type="hidden" name="step" value="score">');
  });

  it('records the score, then asks a detractor what to improve, and adds the comment to the same answer', async () => {
    const { id, path } = await linkedSurvey();
    const first = await t.request({ method: 'GET', url: `${path}?lang=en&hf_store=berlin` });
    const nonce = formNonce(first.body);
    expect(nonce).not.toBe('');

    const scored = await post(path, { nonce, step: 'score', hf_store: 'berlin', hf_lang: 'en', q_nps: '3' });
    expect(scored.statusCode, scored.body).toBe(303);
    expect(scored.headers.location).toBe(`${path}/why?r=${nonce}`);
    expect(await responses(id)).toMatchObject([
      { channel: 'link', score: 3, comment: null, hiddenFields: { store: 'berlin', lang: 'en' } },
    ]);

    const why = await t.request({ method: 'GET', url: String(scored.headers.location) });
    expect(why.statusCode).toBe(200);
    expect(why.body).toContain('What is the one thing we should improve?');
    expect(why.body).not.toContain('What is the main reason for your score?');
    expect(why.body).toContain('We have recorded your score: 3 on a scale from 0 to 10.');
    expect(why.body).toContain(`<a href="${path}?r=${nonce}">Change score</a>`);

    const done = await post(path, { nonce, step: 'why', q_why: 'Faster delivery, please' });
    expect(done.statusCode, done.body).toBe(303);
    expect(done.headers.location).toBe(`${path}/thanks?lang=en`);
    expect(await responses(id)).toMatchObject([
      {
        score: 3,
        comment: 'Faster delivery, please',
        answers: { nps: 3, why: 'Faster delivery, please' },
        hiddenFields: { store: 'berlin', lang: 'en' },
      },
    ]);
  });

  it('asks a German promoter what went especially well', async () => {
    const { path } = await linkedSurvey();
    const first = await t.request({ method: 'GET', url: `${path}?lang=de` });
    const nonce = formNonce(first.body);
    const scored = await post(path, { nonce, step: 'score', hf_lang: 'de', q_nps: '10' });
    const why = await t.request({ method: 'GET', url: String(scored.headers.location) });
    expect(why.body).toContain('Was haben wir besonders gut gemacht?');
    expect(why.body).toContain('Wir haben Ihre Bewertung gespeichert: 10');
    expect(why.body).toContain('<html lang="de">');
    const back = await t.request({ method: 'GET', url: `${path}?r=${nonce}` });
    expect(back.body).toContain('<html lang="de">');
    expect(back.body).toMatch(/value="10" checked/);
  });

  it('lets the score be changed: the same answer, the new score', async () => {
    const { id, path } = await linkedSurvey();
    const nonce = formNonce((await t.request({ method: 'GET', url: path })).body);
    await post(path, { nonce, step: 'score', q_nps: '6' });
    const again = await t.request({ method: 'GET', url: `${path}?r=${nonce}` });
    expect(again.body).toMatch(/value="6" checked/);
    expect(formNonce(again.body)).toBe(nonce);
    const changed = await post(path, { nonce, step: 'score', q_nps: '9' });
    expect(changed.statusCode).toBe(303);
    const why = await t.request({ method: 'GET', url: String(changed.headers.location) });
    expect(why.body).toContain('What did we do especially well?');
    expect(await responses(id)).toMatchObject([{ score: 9 }]);
  });

  it('refuses a score step without a score, and sends an unknown answer reference back to the start', async () => {
    const { id, path } = await linkedSurvey();
    const nonce = formNonce((await t.request({ method: 'GET', url: path })).body);
    const empty = await post(path, { nonce, step: 'score' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('class="error"');
    expect(empty.body).not.toContain('name="q_why"');
    const unknown = await t.request({
      method: 'GET',
      url: `${path}/why?r=00000000-0000-4000-8000-000000000000`,
    });
    expect(unknown.statusCode).toBe(303);
    expect(unknown.headers.location).toBe(path);
    const orphan = await post(path, {
      nonce: '00000000-0000-4000-8000-000000000000',
      step: 'why',
      q_why: 'hello',
    });
    expect(orphan.statusCode).toBe(303);
    expect(orphan.headers.location).toBe(path);
    expect(await responses(id)).toEqual([]);
  });

  it('still takes every answer in one post from a scripted client', async () => {
    const { id, path } = await linkedSurvey();
    const res = await t.request({
      method: 'POST',
      url: path,
      headers: { accept: 'application/json' },
      payload: { q_nps: 8, q_why: 'ok' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await responses(id)).toMatchObject([{ score: 8, comment: 'ok' }]);
  });
});
