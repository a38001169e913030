import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseItems } from '../../src/server/features/text/analyse-items.js';
import { buildTestApp, type Caller, type TestApp } from '../helpers/build-test-app.js';

/** Text an attacker might send: NUL, lone surrogates, huge, emoji, markup. */
const awkward = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc
    .tuple(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('\u0000', '\ud800', '\udfff', '\u200b'),
      fc.string({ maxLength: 20 }),
    )
    .map(([a, bad, b]) => `${a}${bad}${b}`),
  fc.constantFrom('', 'agree', 'disagree', 'positive', 'x'.repeat(100_000), '<b>agree</b>', '__proto__'),
);

/** No lone surrogate (with the u flag a pair is one code point, a lone half matches \p{Cs}). */
const wellFormed = (s: string) => !/\p{Cs}/u.test(s);

/** Any JSON a client might send as a verdict. */
const body = fc.oneof(
  fc.record({ verdict: awkward }, { requiredKeys: [] }),
  fc.record({ label: awkward, verdict: awkward }, { requiredKeys: [] }),
  fc.dictionary(awkward, fc.oneof(awkward, fc.integer(), fc.constant(null))),
  fc.constantFrom(null, [], 'agree', 42),
);

type ErrorBody = { error: { code: string; details?: Array<{ field?: string }> } };

describe('verdicts on tags under fuzzed input', () => {
  let t: TestApp;
  let caller: Caller;
  let itemId = '';

  beforeAll(async () => {
    t = await buildTestApp({ rateLimitPerMinute: 100_000 });
    const person = await t.signUp();
    caller = { cookie: person.cookie };
    const org = await t.createOrg(person.cookie);
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/feedback',
      payload: { channel: 'review', text: 'Die Rechnung war falsch.', occurredAt: new Date().toISOString() },
      as: caller,
    });
    itemId = (res.json() as { items: Array<{ id: string }> }).items[0]?.id ?? '';
    await analyseItems(t.runtime.deps.db, org.id, [itemId]);
  });
  afterAll(() => t?.close());

  /** 200, a 404 for a theme the item does not have, or a 400 naming a field; never a 5xx. */
  const expectHandled = (res: { statusCode: number; body: string; json: () => unknown }, fields: RegExp) => {
    expect(res.statusCode, res.body).toBeLessThan(500);
    if (res.statusCode === 400) {
      const details = (res.json() as ErrorBody).error.details ?? [];
      expect(
        details.some((d) => fields.test(d.field ?? '')),
        res.body,
      ).toBe(true);
    } else expect([200, 404], res.body).toContain(res.statusCode);
  };

  it('answers any theme verdict with 200, 404 or a 400 naming the field', async () => {
    const themeId = fc.oneof(
      fc.constantFrom('billing', 'claims', 'x'.repeat(101), '%00', '..', 'billing%2F..'),
      fc.string({ maxLength: 40 }).filter((s) => s.length > 0 && wellFormed(s)),
    );
    await fc.assert(
      fc.asyncProperty(themeId, body, async (theme, payload) => {
        const res = await t.request({
          method: 'PUT',
          url: `/api/v1/feedback/${itemId}/analysis/themes/${encodeURIComponent(theme)}`,
          payload: JSON.stringify(payload),
          headers: { 'content-type': 'application/json' },
          as: caller,
        });
        // Fastify refuses a path parameter over 100 characters before routing (414 URI Too Long).
        if (encodeURIComponent(theme).length > 100) expect(res.statusCode, res.body).toBe(414);
        else expectHandled(res, /^(body|params)/);
      }),
      { numRuns: 80 },
    );
  });

  it('answers any sentiment verdict with 200 or a 400 naming the field', async () => {
    await fc.assert(
      fc.asyncProperty(body, async (payload) => {
        const res = await t.request({
          method: 'PUT',
          url: `/api/v1/feedback/${itemId}/analysis/sentiment`,
          payload: JSON.stringify(payload),
          headers: { 'content-type': 'application/json' },
          as: caller,
        });
        expectHandled(res, /^body/);
      }),
      { numRuns: 80 },
    );
  });

  it('answers any labelled-set format with 200 or a 400 naming it', async () => {
    await fc.assert(
      fc.asyncProperty(awkward, async (format) => {
        if (!wellFormed(format)) return;
        const res = await t.request({
          method: 'GET',
          url: `/api/v1/themes/labels?${new URLSearchParams({ format }).toString()}`,
          as: caller,
        });
        expectHandled(res, /^querystring\.format/);
      }),
      { numRuns: 40 },
    );
  });
});
