import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THEME_ID_PATTERN } from '../../src/shared/contracts/text-analysis.js';
import { buildTestApp, type Caller, type TestApp } from '../helpers/build-test-app.js';

/** What someone might put in `theme` or `sentiment`: NUL, lone surrogates, 100,000 characters, SQL, near-misses. */
const awkward = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,70}$/),
  fc
    .tuple(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('\u0000', '\ud800', '\udfff', '\u200b', '\u0301', "'", '%', '\\'),
      fc.string({ maxLength: 20 }),
    )
    .map(([a, bad, b]) => `${a}${bad}${b}`),
  fc.constantFrom(
    '',
    ' ',
    'billing',
    'Billing',
    'billing ',
    'support_reach',
    'negative',
    'NEGATIVE',
    "billing' or '1'='1",
    'x'.repeat(100_000),
    'a'.repeat(64),
    'a'.repeat(65),
  ),
);

/** Every route that takes the drill-down's or the metrics' filters. */
const ROUTES = [
  '/api/v1/responses',
  '/api/v1/exports/responses.csv',
  '/api/v1/feedback',
  '/api/v1/metrics',
  '/api/v1/metrics/compare?aFrom=2026-01-01&aTo=2026-02-01&bFrom=2026-02-01&bTo=2026-03-01',
];

describe('theme and sentiment filters fuzzing', () => {
  let t: TestApp;
  let caller: Caller;
  beforeAll(async () => {
    t = await buildTestApp({ rateLimitPerMinute: 100_000 });
    const person = await t.signUp();
    caller = { cookie: person.cookie };
    await t.createOrg(person.cookie);
  });
  afterAll(() => t?.close());

  it('answers any theme and sentiment with 200 or a 400 naming the field, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES),
        fc.option(awkward, { nil: undefined }),
        fc.option(fc.oneof(awkward, fc.constantFrom('positive', 'neutral', 'negative')), { nil: undefined }),
        async (route, theme, sentiment) => {
          const params = new URLSearchParams();
          if (theme !== undefined) params.set('theme', theme);
          if (sentiment !== undefined) params.set('sentiment', sentiment);
          const url = `${route}${route.includes('?') ? '&' : '?'}${params.toString()}`;
          const res = await t.request({ method: 'GET', url, as: caller });
          expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
          const themeOk = theme === undefined || THEME_ID_PATTERN.test(theme);
          // URLSearchParams writes a lone surrogate as U+FFFD, which the contract then refuses as any other character.
          const sentimentOk =
            sentiment === undefined || ['positive', 'neutral', 'negative'].includes(sentiment);
          if (themeOk && sentimentOk) {
            expect(res.statusCode, `${url.slice(0, 200)}: ${res.body.slice(0, 300)}`).toBe(200);
            return;
          }
          expect(res.statusCode, `${url.slice(0, 200)}: ${res.body.slice(0, 300)}`).toBe(400);
          const fields = (
            (res.json() as { error: { details?: Array<{ field?: string }> } }).error.details ?? []
          ).map((d) => d.field);
          const named = [
            ...(themeOk ? [] : ['querystring.theme']),
            ...(sentimentOk ? [] : ['querystring.sentiment']),
          ];
          expect(
            fields.some((f) => f !== undefined && named.includes(f)),
            `${url.slice(0, 200)}: ${res.body.slice(0, 300)}`,
          ).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
