import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TResponseList } from '../../src/shared/contracts/responses.js';
import type { TSendResult } from '../../src/shared/contracts/sending.js';
import { invitationToken } from '../../src/server/features/sending/invitation-token.js';
import { dispatchDueInvitations } from '../../src/server/features/sending/dispatch-invitations.service.js';
import { mailingDeps } from '../../src/server/jobs/survey-mailing.js';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.js';
import { liveSurvey, upsertContacts } from '../helpers/survey-fixtures.js';

/**
 * Random forms and JSON on the public survey pages and the answer APIs: never a 5xx, and
 * whatever arrives, one invitation holds at most one answer and every stored score is on its scale.
 */
describe('bad input on survey routes', () => {
  let t: TestApp;
  let key: string;
  let surveyId: string;
  let token: string;
  let linkPath: string;

  beforeAll(async () => {
    t = await buildTestApp({ transport: null });
    const owner = await t.signUp();
    await t.createOrg(owner.cookie);
    key = (await t.createApiKey(owner.cookie)).key;
    await upsertContacts(t, key, [{ externalId: 'F1', email: 'f1@example.test' }]);
    surveyId = (await liveSurvey(t, key, 'relationship-nps')).id;
    const sent = (
      await t.request({
        method: 'POST',
        url: `/api/v1/surveys/${surveyId}/send`,
        payload: { contacts: ['F1'] },
        as: { key },
      })
    ).json() as TSendResult;
    await dispatchDueInvitations(mailingDeps(t.runtime.jobContext));
    token = invitationToken(t.runtime.deps.config.authSecret, sent.results[0]?.invitationId ?? '');
    const delivery = (
      await t.request({
        method: 'PUT',
        url: `/api/v1/surveys/${surveyId}/delivery`,
        payload: { isLinkEnabled: true },
        as: { key },
      })
    ).json() as { linkUrl: string };
    linkPath = new URL(delivery.linkUrl).pathname;
  });
  afterAll(() => t.close());

  const formField = fc.oneof(
    fc.constantFrom('q_nps', 'q_why', 'q_unknown', 'nonce', 'hf_plan', 'auto', '__proto__', 'q_constructor'),
    fc.string({ maxLength: 12 }),
  );
  const formValue = fc.oneof(
    fc.integer({ min: -20, max: 20 }).map(String),
    fc.string({ maxLength: 300 }),
    fc.constantFrom(
      '',
      ' ',
      '9.5',
      '1e3',
      '\u0000',
      'a\u0000b',
      '\ud800',
      'x\udfffy',
      'é'.repeat(20_000),
      'Cafe\u0301 Café',
      '<script>alert(1)</script>',
    ),
  );
  const formBody = fc
    .dictionary(formField, formValue, { maxKeys: 6 })
    .map((d) => new URLSearchParams(d).toString());

  it('answers random forms on the e-mail landing, follow-up and link pages without a 5xx, and keeps one valid answer per invitation', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(`/s/${token}`, `/s/${token}/why`, linkPath, `/u/${'A'.repeat(43)}`),
        formBody,
        async (url, body) => {
          const res = await t.request({
            method: 'POST',
            url,
            payload: body,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
          });
          expect(res.statusCode, `${url} ${body}`).toBeLessThan(500);
          expect(res.body).not.toContain('<script>alert(1)</script>');
        },
      ),
      { numRuns: 120 },
    );
    const stored = (
      await t.request({
        method: 'GET',
        url: `/api/v1/responses?surveyId=${surveyId}&channel=email`,
        as: { key },
      })
    ).json() as TResponseList;
    expect(stored.items.length).toBeLessThanOrEqual(1);
    const all = (
      await t.request({ method: 'GET', url: `/api/v1/responses?surveyId=${surveyId}&limit=200`, as: { key } })
    ).json() as TResponseList;
    for (const r of all.items)
      if (r.score !== null) expect(r.score >= 0 && r.score <= 10 && Number.isInteger(r.score)).toBe(true);
  });

  it('answers random paths and tokens with a page, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('s', 'u', 'l'),
        fc.string({ minLength: 1, maxLength: 80 }),
        fc.string({ maxLength: 10 }),
        async (kind, raw, score) => {
          const res = await t.request({
            method: 'GET',
            url: `/${kind}/${encodeURIComponent(raw.replace(/[\ud800-\udfff]/g, ''))}?score=${encodeURIComponent(score.replace(/[\ud800-\udfff]/g, ''))}%00&hf_x=a%00b`,
          });
          expect(res.statusCode).toBeLessThan(500);
          expect([200, 400, 404, 410]).toContain(res.statusCode);
        },
      ),
      { numRuns: 80 },
    );
  });

  it("answers NUL, lone surrogates and long values in the link page's follow-up and thanks steps with a page, never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('why?r=', 'thanks?lang='),
        fc.oneof(
          fc.constant('\u0000'),
          fc.constant('a\ud800'),
          fc.constant('\udfffb'),
          fc.string({ minLength: 200, maxLength: 2000 }),
          fc.string(),
        ),
        async (step, value) => {
          const res = await t.request({
            method: 'GET',
            url: `${linkPath}/${step}${encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '\ufffd'))}%00`,
          });
          expect(res.statusCode, `${step}${JSON.stringify(value)}`).toBeLessThan(500);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('answers random JSON on the send and responses APIs with a 4xx in the error shape', async () => {
    const routes = [
      `/api/v1/surveys/${surveyId}/send`,
      '/api/v1/responses',
      `/api/v1/surveys/${surveyId}/sends`,
      '/api/public/widget/identify',
      '/api/public/widget/answer',
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.jsonValue(), async (url, body) => {
        const res = await t.request({
          method: 'POST',
          url,
          payload: JSON.stringify(body),
          headers: { 'content-type': 'application/json' },
          as: { key },
        });
        expect(res.statusCode, `${url} ${JSON.stringify(body)}`).toBeLessThan(500);
        if (res.statusCode >= 400)
          expect((res.json() as { error: { code: string } }).error.code).toMatch(/^[A-Z_]+$/);
      }),
      { numRuns: 100 },
    );
  });

  it('names the field of a bad answer sent through the API and stores nothing', async () => {
    const bad = await t.request({
      method: 'POST',
      url: '/api/v1/responses',
      payload: { surveyId, answers: { nps: 11, why: 'x' } },
      as: { key },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      error: {
        code: 'VALIDATION_FAILED',
        details: [{ field: 'body.answers.nps', message: '11 is outside the scale 0–10' }],
      },
    });
    const lang = await t.request({
      method: 'POST',
      url: '/api/v1/responses',
      payload: { surveyId, answers: { nps: 5 }, language: 'xx' },
      as: { key },
    });
    expect(lang.statusCode).toBe(400);
    expect(lang.json()).toMatchObject({ error: { details: [{ field: 'body.language' }] } });
    const before = (
      (
        await t.request({
          method: 'GET',
          url: `/api/v1/responses?surveyId=${surveyId}&channel=api`,
          as: { key },
        })
      ).json() as TResponseList
    ).items.length;
    const ok = await t.request({
      method: 'POST',
      url: '/api/v1/responses',
      payload: { surveyId, answers: { nps: 5 }, externalRef: 'call-7' },
      as: { key },
    });
    expect(ok.statusCode).toBe(201);
    const repeat = await t.request({
      method: 'POST',
      url: '/api/v1/responses',
      payload: { surveyId, answers: { nps: 9 }, externalRef: 'call-7' },
      as: { key },
    });
    expect(repeat.statusCode).toBe(200);
    expect(repeat.json()).toMatchObject({ score: 5, channel: 'api' });
    const after = (
      (
        await t.request({
          method: 'GET',
          url: `/api/v1/responses?surveyId=${surveyId}&channel=api`,
          as: { key },
        })
      ).json() as TResponseList
    ).items.length;
    expect(after).toBe(before + 1);
  });
});
