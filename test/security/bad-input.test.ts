import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.js';
import { operationsOf, valueFor, type OpenApiDoc, type Operation } from '../helpers/openapi-requests.js';
import { liveSurvey, upsertContacts } from '../helpers/survey-fixtures.js';
import type { TSendResult } from '../../src/shared/contracts/sending.js';

const UNSTORABLE = 'contains a NUL character or an unpaired surrogate, which cannot be stored';

/** Text with a NUL or an unpaired surrogate somewhere in it (the database can store neither). */
const unstorable = fc
  .tuple(
    fc.string({ maxLength: 20 }),
    fc.constantFrom('\u0000', '\ud800', '\udfff', 'x\udbff'),
    fc.string({ maxLength: 20 }),
  )
  .map(([a, bad, b]) => ({
    kind: 'unstorable' as const,
    text: `${a.replaceAll('\u0000', '')}${bad}${b.replaceAll('\u0000', '')}`,
  }));
/** Storable but awkward: far beyond any field's limit, or the same words in NFC and NFD side by side. */
const awkward = fc.oneof(
  fc.integer({ min: 5_000, max: 200_000 }).map((n) => ({ kind: 'awkward' as const, text: 'é'.repeat(n) })),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map((s) => ({
    kind: 'awkward' as const,
    text: `${s.normalize('NFC')} ${s.normalize('NFD')} Cafe\u0301 Café ﬁ Å Å`,
  })),
);

/** Random bodies and headers on the public and key-authenticated routes: never a 5xx, always our error shape. */
describe('bad input', () => {
  let t: TestApp;
  let cookie: string;
  let key: string;
  beforeAll(async () => {
    t = await buildTestApp();
    const owner = await t.signUp();
    await t.createOrg(owner.cookie);
    cookie = owner.cookie;
    key = (await t.createApiKey(owner.cookie)).key;
  });
  afterAll(() => t.close());

  const routes: Array<{ method: 'POST' | 'PATCH' | 'PUT'; url: string }> = [
    { method: 'POST', url: '/api/v1/api-keys' },
    { method: 'PATCH', url: '/api/v1/organization/settings' },
    { method: 'PUT', url: '/api/v1/organization/plan' },
  ];

  it('answers random JSON with a 4xx that follows { error: { code, message } }', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.jsonValue(),
        fc.boolean(),
        async (route, body, asKey) => {
          const res = await t.request({
            method: route.method,
            url: route.url,
            payload: JSON.stringify(body),
            headers: { 'content-type': 'application/json' },
            as: asKey ? { key } : { cookie },
          });
          expect(res.statusCode).toBeLessThan(500);
          if (res.statusCode >= 400) {
            const parsed = res.json() as { error: { code: string; message: string } };
            expect(typeof parsed.error.code).toBe('string');
            expect(parsed.error.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('answers broken JSON, wrong media types and random bearer tokens with clear 4xx errors', async () => {
    const broken = await t.request({
      method: 'POST',
      url: '/api/v1/api-keys',
      payload: '{"name": ',
      headers: { 'content-type': 'application/json' },
      as: { cookie },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', details: [{ field: 'body' }] },
    });

    const xml = await t.request({
      method: 'POST',
      url: '/api/v1/api-keys',
      payload: '<name/>',
      headers: { 'content-type': 'application/xml' },
      as: { cookie },
    });
    expect(xml.statusCode).toBe(415);
    expect(xml.json()).toMatchObject({ error: { code: 'UNSUPPORTED_MEDIA_TYPE' } });

    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (token) => {
        const res = await t.app.inject({
          method: 'GET',
          url: '/api/v1/organization',
          headers: { authorization: `Bearer ${token}` },
        });
        expect([401]).toContain(res.statusCode);
      }),
      { numRuns: 40 },
    );
  });

  it('names the field and keeps the organization unchanged when a setting is invalid', async () => {
    const res = await t.request({
      method: 'PATCH',
      url: '/api/v1/organization/settings',
      payload: { defaultLanguage: 'klingon' },
      as: { cookie },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', details: [{ field: 'body.defaultLanguage' }] },
    });
    const org = await t.request({ method: 'GET', url: '/api/v1/organization', as: { cookie } });
    expect((org.json() as { defaultLanguage: string }).defaultLanguage).toBe('en');
  });

  it('answers unknown routes with a JSON 404', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});

/**
 * Text the database cannot store (U+0000, unpaired surrogates), overlong strings and mixed
 * normalisation on every route of the OpenAPI document; its own app, so that the failed sign-ins
 * of the tests above throttle nothing here.
 */
describe('unstorable and awkward text on every route', () => {
  let t: TestApp;
  let cookie: string;
  let key: string;
  beforeAll(async () => {
    // Hundreds of requests from one caller: the limit is tested in rate-limit.test.ts, not here.
    t = await buildTestApp({ rateLimitPerMinute: 100_000 });
    const owner = await t.signUp();
    await t.createOrg(owner.cookie);
    cookie = owner.cookie;
    key = (await t.createApiKey(owner.cookie)).key;
  });
  afterAll(() => t.close());

  it('answers a NUL, an unpaired surrogate, an overlong or a mixed-normalisation string on every route of the OpenAPI document without a 5xx', async () => {
    // Real rows, so that each path leads somewhere: the fuzzed text is what fails, not the id.
    await upsertContacts(t, key, [{ externalId: 'C1', email: 'c1@example.test' }]);
    const survey = await liveSurvey(t, key, 'relationship-nps');
    const send = (
      await t.request({
        method: 'POST',
        url: `/api/v1/surveys/${survey.id}/send`,
        payload: { contacts: ['C1'] },
        as: { key },
      })
    ).json() as TSendResult;
    const segment = (
      await t.request({
        method: 'POST',
        url: '/api/v1/segments',
        payload: { name: 'Fuzz', filter: {} },
        as: { key },
      })
    ).json() as { id: string };
    const feedback = (
      await t.request({
        method: 'POST',
        url: '/api/v1/feedback',
        payload: { channel: 'chat', text: 'hello', occurredAt: '2025-01-02T03:04:05Z' },
        as: { key },
      })
    ).json() as { items: Array<{ id: string }> };
    const upload = (
      await t.request({
        method: 'POST',
        url: '/api/v1/imports?kind=contacts&filename=f.csv',
        headers: { 'content-type': 'text/csv' },
        payload: 'id,email\nF1,f1@example.test\n',
        as: { key },
      })
    ).json() as { id: string };
    const benchmark = (
      await t.request({
        method: 'POST',
        url: '/api/v1/benchmarks',
        payload: {
          industry: 'all',
          metric: 'nps',
          score: 42,
          label: 'Fuzz',
          source: 'Fuzz study',
          year: 2025,
          method: 'panel',
          market: 'b2b',
        },
        as: { key },
      })
    ).json() as { id: string };
    const keyId = (await t.createApiKey(cookie, 'fuzz')).id;
    const idFor = (op: Operation, name: string): string => {
      if (name === 'externalId') return 'C1';
      if (name === 'providerId') return 'no-such-provider';
      const collection = op.path.split('/')[3];
      const ids: Record<string, string> = {
        'api-keys': keyId,
        segments: segment.id,
        surveys: survey.id,
        sends: send.sendId,
        imports: upload.id,
        feedback: feedback.items[0]?.id ?? '',
        benchmarks: benchmark.id,
      };
      return ids[collection ?? ''] ?? survey.id;
    };

    const doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json() as OpenApiDoc;
    // Deleting comes last, so the rows stay for the other routes; generating demo data is slow and needs no fuzzing beyond the edge check.
    const ops = operationsOf(doc).sort(
      (a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'),
    );
    expect(ops.length).toBeGreaterThan(60);
    for (const op of ops) {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(unstorable, awkward),
          fc.boolean(),
          fc.boolean(),
          async (input, inPath, asBatch) => {
            if (input.kind === 'awkward' && (op.method === 'DELETE' || op.path === '/api/v1/demo')) return;
            // A URL is bytes: an unpaired surrogate cannot be spelled in one (URLSearchParams sends U+FFFD instead).
            const urlSafe = !/[\ud800-\udfff]/.test(input.text);
            const badPath = input.kind === 'unstorable' && urlSafe && inPath && op.pathParams.length > 0;
            const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
              encodeURIComponent(badPath ? input.text : idFor(op, name)),
            );
            const query: Record<string, string> = {};
            for (const q of op.query) {
              const v = valueFor(doc, q.schema, input.text, { ids: { uuid: survey.id } });
              if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
                query[q.name] = String(v);
            }
            const body = op.body
              ? valueFor(doc, op.body, input.text, { asBatch, ids: { uuid: survey.id } })
              : undefined;
            const url = `${path}${op.query.length > 0 ? `?${new URLSearchParams(query).toString()}` : ''}`;
            const res = await t.request({
              method: op.method,
              url,
              ...(body !== undefined
                ? { payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } }
                : {}),
              as: { cookie },
            });
            const label = `${op.method} ${op.path} ${input.kind} ${JSON.stringify(input.text.slice(0, 40))}: ${res.body.slice(0, 300)}`;
            expect(res.statusCode, label).toBeLessThan(500);
            if (res.statusCode >= 400 && res.headers['content-type']?.toString().includes('json')) {
              const error = (
                res.json() as {
                  error: {
                    code: string;
                    message: string;
                    details?: Array<{ field?: string; message: string }>;
                  };
                }
              ).error;
              expect(error.code, label).toMatch(/^[A-Z_]+$/);
              if (error.details?.[0]?.message === UNSTORABLE)
                expect(error.details[0].field, label).toMatch(/^(params|querystring|body)(\.|$)/);
            }
            // Text the database cannot hold never gets through: refused at the edge, or named as a batch entry's error.
            const sentQuery = urlSafe && Object.values(query).some((v) => v === input.text);
            if (input.kind === 'unstorable' && (badPath || sentQuery))
              expect(res.statusCode, label).toBe(400);
            const badEntry =
              Array.isArray(body) &&
              JSON.stringify(body[1] ?? null).includes(JSON.stringify(input.text).slice(1, -1));
            if (input.kind === 'unstorable' && badEntry && res.statusCode === 200 && !sentQuery) {
              expect(
                (res.json() as { errors: Array<{ index: number; message: string }> }).errors,
                label,
              ).toContainEqual(expect.objectContaining({ index: 1, message: UNSTORABLE }));
            }
          },
        ),
        { numRuns: 4 },
      );
    }
  }, 300_000);

  it('keeps the valid entries of a feedback, events or contacts batch when some hold a NUL or an unpaired surrogate', async () => {
    await upsertContacts(t, key, [{ externalId: 'E1', email: 'e1@example.test' }]);
    let n = 0;
    const entry = (route: string, text: string): Record<string, unknown> => {
      n++;
      if (route === '/api/v1/feedback')
        return { channel: 'chat', text, occurredAt: '2025-01-02T03:04:05Z', externalRef: `fz-${n}` };
      if (route === '/api/v1/events')
        return {
          contactExternalId: 'E1',
          type: 'login',
          occurredAt: '2025-01-02T03:04:05Z',
          eventId: `ev-${n}`,
          properties: { note: text },
        };
      return { externalId: `BZ-${n}`, name: text };
    };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/api/v1/feedback', '/api/v1/events', '/api/v1/contacts'),
        fc.array(
          fc.oneof(
            fc
              .string({ minLength: 1, maxLength: 30 })
              .map((s) => ({ ok: true, text: `ok ${s.replaceAll('\u0000', '')}` })),
            unstorable.map((u) => ({ ok: false, text: u.text })),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        async (route, entries) => {
          const payload = entries.map((e) => entry(route, e.text));
          const res = await t.request({ method: 'POST', url: route, payload, as: { key } });
          expect(res.statusCode, res.body).toBe(200);
          const result = res.json() as {
            created: number;
            errors: Array<{ index: number; field: string; message: string }>;
          };
          const bad = entries.flatMap((e, i) => (e.ok ? [] : [i]));
          expect(
            result.errors.map((e) => e.index),
            res.body,
          ).toEqual(bad);
          for (const e of result.errors) expect(e.message).toBe(UNSTORABLE);
          expect(result.created, res.body).toBe(entries.length - bad.length);
        },
      ),
      { numRuns: 30 },
    );
  });
});
