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
