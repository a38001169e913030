import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TIngestResult } from '../../src/shared/contracts/feedback.js';
import type { TImportDetail, TUploadImportResponse } from '../../src/shared/contracts/imports.js';
import type { TResponseList } from '../../src/shared/contracts/responses.js';
import type { TUpsertContactsResult } from '../../src/shared/contracts/contacts.js';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.js';
import { liveSurvey, upsertContacts } from '../helpers/survey-fixtures.js';

const NUL = 'a\u0000b';
const LONE = 'x\ud800';
const AT = '2025-01-02T03:04:05Z';
const UNSTORABLE = 'contains a NUL character or an unpaired surrogate, which cannot be stored';

/**
 * U+0000 and unpaired surrogates, which PostgreSQL cannot store: the API answers 400 naming the
 * field, a batch keeps its good entries, the HTML pages drop the character, a CSV row names the
 * column and an export never starts a file it cannot finish.
 */
describe('text the database cannot store', () => {
  let t: TestApp;
  let key: string;
  let orgId: string;

  beforeAll(async () => {
    t = await buildTestApp({ workers: true, transport: null });
    const owner = await t.signUp();
    orgId = (await t.createOrg(owner.cookie)).id;
    key = (await t.createApiKey(owner.cookie)).key;
    await upsertContacts(t, key, [{ externalId: 'C1', email: 'c1@example.test' }]);
  });
  afterAll(() => t.close());

  const count = async (q: ReturnType<typeof sql>) =>
    Number(
      ((await t.runtime.deps.db.execute(q)) as unknown as { rows: Array<{ n: number | string }> }).rows[0]?.n,
    );

  it('answers a JSON body with a NUL or a lone surrogate with 400 naming the field', async () => {
    const nul = await t.request({
      method: 'POST',
      url: '/api/v1/segments',
      payload: { name: NUL, filter: {} },
      as: { key },
    });
    expect(nul.statusCode, nul.body).toBe(400);
    expect(nul.json()).toEqual({
      error: {
        code: 'VALIDATION_FAILED',
        message: `body.name: ${UNSTORABLE}`,
        details: [{ field: 'body.name', message: UNSTORABLE }],
      },
    });
    const lone = await t.request({
      method: 'POST',
      url: '/api/v1/contacts',
      payload: { externalId: 'C2', productsUsed: ['ok', LONE] },
      as: { key },
    });
    expect(lone.statusCode, lone.body).toBe(400);
    expect(lone.json()).toMatchObject({ error: { details: [{ field: 'body.productsUsed.1' }] } });
    const keyName = await t.request({
      method: 'PATCH',
      url: '/api/v1/organization/settings',
      payload: { [`k${NUL}`]: 1 },
      as: { key },
    });
    expect(keyName.statusCode, keyName.body).toBe(400);
  });

  it('keeps the good entries of a feedback, events and contacts batch and names the bad one by index and field', async () => {
    const feedback = await t.request({
      method: 'POST',
      url: '/api/v1/feedback',
      payload: [
        { channel: 'chat', text: 'first fine', occurredAt: AT },
        { channel: 'chat', text: NUL, occurredAt: AT },
        { channel: 'chat', text: 'second fine', occurredAt: AT },
      ],
      as: { key },
    });
    expect(feedback.statusCode, feedback.body).toBe(200);
    const fb = feedback.json() as TIngestResult;
    expect(fb.created, feedback.body).toBe(2);
    expect(fb.errors).toEqual([{ index: 1, field: 'text', message: UNSTORABLE }]);
    const inbox = (
      await t.request({ method: 'GET', url: '/api/v1/feedback?channel=chat', as: { key } })
    ).json() as { items: Array<{ text: string | null }> };
    expect(inbox.items.map((i) => i.text).sort()).toEqual(['first fine', 'second fine']);

    const events = await t.request({
      method: 'POST',
      url: '/api/v1/events',
      payload: [
        { contactExternalId: 'C1', type: 'login', occurredAt: AT },
        { contactExternalId: 'C1', type: 'login', occurredAt: AT, properties: { plan: LONE } },
      ],
      as: { key },
    });
    expect(events.statusCode, events.body).toBe(200);
    expect(events.json()).toMatchObject({
      created: 1,
      errors: [{ index: 1, field: 'properties.plan', message: UNSTORABLE }],
    });

    const contacts = await t.request({
      method: 'POST',
      url: '/api/v1/contacts',
      payload: [
        { externalId: 'B1' },
        { externalId: 'B2', productsUsed: [LONE] },
        { externalId: 'B3', name: NUL },
        { externalId: 'B4' },
      ],
      as: { key },
    });
    expect(contacts.statusCode, contacts.body).toBe(200);
    const c = contacts.json() as TUpsertContactsResult;
    expect(c.created).toBe(2);
    expect(c.errors.map((e) => [e.index, e.field, e.message])).toEqual([
      [1, 'productsUsed.0', UNSTORABLE],
      [2, 'name', UNSTORABLE],
    ]);

    const single = await t.request({
      method: 'POST',
      url: '/api/v1/feedback',
      payload: { channel: 'chat', text: NUL, occurredAt: AT },
      as: { key },
    });
    expect(single.statusCode).toBe(400);
    expect(single.json()).toMatchObject({
      error: { details: [{ field: 'body.text', message: UNSTORABLE }] },
    });
  });

  it('answers a query-string filter or path parameter with a NUL or a lone surrogate with 400 naming it', async () => {
    for (const url of [
      '/api/v1/feedback?source=%00',
      '/api/v1/responses?segment=a%00',
      '/api/v1/events?type=%00',
      '/api/v1/metrics?segment=%00',
    ]) {
      const res = await t.request({ method: 'GET', url, as: { key } });
      expect(res.statusCode, `${url} ${res.body}`).toBe(400);
      expect(
        (res.json() as { error: { details: Array<{ field: string }> } }).error.details[0]?.field,
      ).toMatch(/^querystring\./);
    }
    // A query string is bytes: an unpaired surrogate cannot be spelled in it (%ED%A0%80 is not UTF-8 and stays as typed).
    const undecodable = await t.request({
      method: 'GET',
      url: '/api/v1/feedback?source=%ED%A0%80',
      as: { key },
    });
    expect(undecodable.statusCode, undecodable.body).toBe(200);
    const param = await t.request({ method: 'GET', url: '/api/v1/contacts/C%00', as: { key } });
    expect(param.statusCode, param.body).toBe(400);
    expect(param.json()).toMatchObject({ error: { details: [{ field: 'params.externalId' }] } });
  });

  it('answers a bad export filter with a 400 before the file starts, never a cut-off stream', async () => {
    for (const url of [
      '/api/v1/exports/responses.csv?segment=%00',
      '/api/v1/exports/responses.xlsx?region=%00',
      '/api/v1/exports/metrics.csv?segment=%00',
    ]) {
      const res = await t.request({ method: 'GET', url, as: { key } });
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(res.json()).toMatchObject({
        error: {
          code: 'VALIDATION_FAILED',
          details: [{ field: expect.stringMatching(/^querystring\./) as unknown }],
        },
      });
    }
  });

  it('drops a NUL and repairs a lone surrogate in a form posted to the public pages, and stores the answer', async () => {
    const survey = await liveSurvey(t, key, 'relationship-nps');
    const delivery = (
      await t.request({
        method: 'PUT',
        url: `/api/v1/surveys/${survey.id}/delivery`,
        payload: { isLinkEnabled: true },
        as: { key },
      })
    ).json() as { linkUrl: string };
    const path = new URL(delivery.linkUrl).pathname;
    const page = await t.request({ method: 'GET', url: `${path}?hf_plan=${encodeURIComponent('pro')}%00` });
    expect(page.statusCode).toBe(200);
    const form = new URLSearchParams({
      q_nps: '9',
      q_why: `Great${'\u0000'} support ${'\ud800'}`,
      hf_plan: 'pro\u0000',
    }).toString();
    const res = await t.request({
      method: 'POST',
      url: path,
      payload: form,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode, res.body).toBeLessThan(400);
    const stored = (
      await t.request({ method: 'GET', url: `/api/v1/responses?surveyId=${survey.id}`, as: { key } })
    ).json() as TResponseList;
    expect(stored.items.map((r) => [r.score, r.comment, r.hiddenFields])).toEqual([
      [9, 'Great support \uFFFD', { plan: 'pro' }],
    ]);
  });

  it('refuses a CSV row with a NUL in a mapped column by naming the column, and imports the rest of the file', async () => {
    const csv =
      'id,email,name\nN-1,n1@example.test,Nina\nN-2,n2@example.test,Ni\u0000ls\nN-3,n3@example.test,Nora\n';
    const up = await t.request({
      method: 'POST',
      url: '/api/v1/imports?kind=contacts&filename=nul.csv',
      headers: { 'content-type': 'text/csv' },
      payload: csv,
      as: { key },
    });
    expect(up.statusCode, up.body).toBe(201);
    const { id } = up.json() as TUploadImportResponse;
    const start = await t.request({
      method: 'POST',
      url: `/api/v1/imports/${id}/start`,
      payload: { mapping: { id: 'externalId', email: 'email', name: 'name' } },
      as: { key },
    });
    expect(start.statusCode, start.body).toBe(202);
    let done: TImportDetail;
    // An import that breaks on the row is retried, never finished: a bounded wait shows it.
    for (let tries = 0; ; tries++) {
      done = (
        await t.request({ method: 'GET', url: `/api/v1/imports/${id}`, as: { key } })
      ).json() as TImportDetail;
      if (done.status === 'done' || (done.status === 'failed' && done.finishedAt) || tries === 200) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(done).toMatchObject({ status: 'done', okRows: 2, errorRows: 1 });
    expect(done.errors).toEqual([{ line: 3, field: 'name', reason: `name: ${UNSTORABLE}` }]);
    expect(
      await count(
        sql`select count(*) as n from contacts where organization_id = ${orgId} and external_id in ('N-1', 'N-3')`,
      ),
    ).toBe(2);
  });
});
