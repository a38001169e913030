import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverThemes } from '../../src/domain/text/discover-themes.js';
import { compileOrgThemes } from '../../src/domain/text/org-themes.js';
import { analyseText } from '../../src/domain/text/analyse-text.js';
import { buildTestApp, type Caller, type TestApp } from '../helpers/build-test-app.js';

/** Text an admin (or an attacker) might send: NUL, lone surrogates, huge, emoji, markup. */
const awkward = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc
    .tuple(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('\u0000', '\ud800', '\udfff', '\u200b', '\u0301'),
      fc.string({ maxLength: 20 }),
    )
    .map(([a, bad, b]) => `${a}${bad}${b}`),
  fc.constantFrom('', '   ', '<script>alert(1)</script>', 'x'.repeat(100_000), '👍', 'Kündigung'),
);

describe('discovery and own themes on any text', () => {
  it('never throw, and own-theme evidence slices back to the words', () => {
    fc.assert(
      fc.property(
        fc.array(awkward, { maxLength: 12 }),
        fc.array(awkward, { maxLength: 4 }),
        (texts, terms) => {
          const result = discoverThemes(texts.map((text) => ({ text })));
          expect(result.assignments.length).toBe(texts.length);
          const themes = compileOrgThemes([{ id: 'org-fuzz', terms: { de: terms, en: terms } }]);
          for (const text of texts.slice(0, 3)) {
            const a = analyseText(text, { themes });
            for (const e of a.themes.flatMap((t) => t.evidence))
              expect(text.slice(e.start, e.end)).toBe(e.text);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('theme discovery routes fuzzing', () => {
  let t: TestApp;
  let caller: Caller;
  beforeAll(async () => {
    t = await buildTestApp({ rateLimitPerMinute: 100_000 });
    const person = await t.signUp();
    caller = { cookie: person.cookie };
    const org = await t.createOrg(person.cookie);
    await t.runtime.deps.db.execute(sql`
      insert into theme_candidates (organization_id, id, terms, examples, item_ids, size, status, run_id, run_at)
      values (${org.id}, 'cand-fuzz', '["fuzz"]'::jsonb, '[]'::jsonb, '[]'::jsonb, 0, 'candidate', gen_random_uuid(), now())`);
  });
  afterAll(() => t?.close());

  const fieldsOf = (body: string) =>
    ((JSON.parse(body) as { error: { details?: Array<{ field?: string }> } }).error.details ?? []).map(
      (d) => d.field ?? '',
    );

  it('answers any candidate name with 200 or a 400 naming body.name, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(awkward, async (name) => {
        const res = await t.request({
          method: 'PATCH',
          url: '/api/v1/themes/candidates/cand-fuzz',
          payload: { name },
          as: caller,
        });
        expect(res.statusCode, res.body).toBeLessThan(500);
        if (res.statusCode === 400)
          expect(
            fieldsOf(res.body).some((f) => f.startsWith('body.name')),
            res.body,
          ).toBe(true);
        else expect(res.statusCode, res.body).toBe(200);
      }),
      { numRuns: 60 },
    );
  });

  it('answers any promotion or merge input with a 4xx naming the field, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(awkward, awkward, fc.array(awkward, { maxLength: 3 }), async (en, term, ids) => {
        const promote = await t.request({
          method: 'POST',
          url: '/api/v1/themes/candidates/cand-missing/promote',
          payload: { name: { en, de: en }, terms: { de: [term], en: [] } },
          as: caller,
        });
        expect(promote.statusCode, promote.body).toBeLessThan(500);
        if (promote.statusCode === 400)
          expect(
            fieldsOf(promote.body).some((f) => f.startsWith('body.')),
            promote.body,
          ).toBe(true);
        else expect(promote.statusCode, promote.body).toBe(404);
        const merge = await t.request({
          method: 'POST',
          url: '/api/v1/themes/candidates/merge',
          payload: { ids },
          as: caller,
        });
        expect(merge.statusCode, merge.body).toBeLessThan(500);
        if (merge.statusCode === 400)
          expect(
            fieldsOf(merge.body).some((f) => f.startsWith('body.ids')),
            merge.body,
          ).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
