import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseText } from '../../src/domain/text/analyse-text.js';
import { buildTestApp, type Caller, type TestApp } from '../helpers/build-test-app.js';

/** Text a customer (or an attacker) might send: NUL, lone surrogates, huge, emoji, markup. */
const awkward = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc
    .tuple(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('\u0000', '\ud800', '\udfff', '\u200b', '\u0301'),
      fc.string({ maxLength: 30 }),
    )
    .map(([a, bad, b]) => `${a}${bad}${b}`),
  fc.constantFrom(
    '',
    '   ',
    '<script>alert(1)</script> nicht gut',
    'x'.repeat(100_000),
    'Rechnung '.repeat(5_000),
    '👍👍👍',
    'NICHT!!! GUT!!!',
  ),
);

describe('the text analyser on any input', () => {
  it('never throws, keeps its scores in range, and its evidence slices back to the words', () => {
    fc.assert(
      fc.property(awkward, (text) => {
        const a = analyseText(text);
        expect(['de', 'en', 'other']).toContain(a.language);
        expect(a.sentiment.score).toBeGreaterThanOrEqual(-1);
        expect(a.sentiment.score).toBeLessThanOrEqual(1);
        for (const e of [...a.sentiment.evidence, ...a.themes.flatMap((t) => t.evidence)])
          expect(text.slice(e.start, e.end)).toBe(e.text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('GET /api/v1/themes fuzzing', () => {
  let t: TestApp;
  let caller: Caller;
  beforeAll(async () => {
    t = await buildTestApp({ rateLimitPerMinute: 100_000 });
    const person = await t.signUp();
    caller = { cookie: person.cookie };
    await t.createOrg(person.cookie);
  });
  afterAll(() => t?.close());

  it('answers any period with 200 or a 400 naming the field, never a 5xx', async () => {
    const day = fc.oneof(
      awkward,
      fc.constantFrom('0000-01-01', '0001-01-01', '9999-12-31'),
      fc
        .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    );
    await fc.assert(
      fc.asyncProperty(day, day, async (from, to) => {
        const res = await t.request({
          method: 'GET',
          url: `/api/v1/themes?${new URLSearchParams({ from, to }).toString()}`,
          as: caller,
        });
        expect(res.statusCode, res.body).toBeLessThan(500);
        if (res.statusCode === 400) {
          const fields =
            (res.json() as { error: { details?: Array<{ field?: string }> } }).error.details ?? [];
          expect(
            fields.some((f) => f.field === 'querystring.from' || f.field === 'querystring.to'),
            res.body,
          ).toBe(true);
        } else expect(res.statusCode, res.body).toBe(200);
      }),
      { numRuns: 60 },
    );
  });
});

/** A path segment as a raw client could send it: a lone surrogate as its (invalid) 3 UTF-8 bytes. */
function pathSegment(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff)
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    else out += encodeURIComponent(char);
  }
  return out;
}

describe('GET /api/v1/themes/{themeId} fuzzing', () => {
  let t: TestApp;
  let caller: Caller;
  beforeAll(async () => {
    t = await buildTestApp({ rateLimitPerMinute: 100_000 });
    const person = await t.signUp();
    caller = { cookie: person.cookie };
    await t.createOrg(person.cookie);
  });
  afterAll(() => t?.close());

  it('answers any theme id and period with 200, 404, 414 or a 400 naming the field, never a 5xx', async () => {
    const day = fc.oneof(
      awkward,
      fc.constantFrom('0000-01-01', '0001-01-01', '9999-12-31', '2026-02-29', '2024-02-29'),
      fc
        .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    );
    const themeId = fc.oneof(awkward, fc.constantFrom('billing', 'claims', 'no_such_theme', '%2F', '..'));
    await fc.assert(
      fc.asyncProperty(themeId, day, day, async (id, from, to) => {
        const res = await t.request({
          method: 'GET',
          url: `/api/v1/themes/${pathSegment(id)}?${new URLSearchParams({ from, to }).toString()}`,
          as: caller,
        });
        expect(res.statusCode, res.body).toBeLessThan(500);
        if (
          res.statusCode === 400 &&
          /[\ud800-\udfff]/.test(id.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''))
        ) {
          // Bytes that are no UTF-8 are not a path at all: Fastify's router refuses them itself.
          expect(res.json()).toMatchObject({ code: 'FST_ERR_BAD_URL' });
        } else if (res.statusCode === 400) {
          const fields =
            (res.json() as { error: { details?: Array<{ field?: string }> } }).error.details ?? [];
          expect(
            fields.some((f) =>
              ['querystring.from', 'querystring.to', 'params.themeId'].includes(f.field ?? ''),
            ),
            res.body.slice(0, 500),
          ).toBe(true);
        } else if (res.statusCode === 414) {
          // Fastify's router refuses a path parameter over its length limit before any handler.
          expect(pathSegment(id).length).toBeGreaterThan(100);
        } else expect([200, 404], res.body.slice(0, 500)).toContain(res.statusCode);
      }),
      { numRuns: 80 },
    );
  });
});
