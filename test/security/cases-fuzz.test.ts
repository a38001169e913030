import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Caller, type TestApp } from '../helpers/build-test-app.js';

/** Text with a NUL or an unpaired surrogate somewhere in it (the database can store neither). */
const unstorable = fc
  .tuple(
    fc.string({ maxLength: 20 }),
    fc.constantFrom('\u0000', '\ud800', '\udfff', 'x\udbff'),
    fc.string({ maxLength: 20 }),
  )
  .map(([a, bad, b]) => `${a}${bad}${b}`);
const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  unstorable,
  fc.constantFrom('', ' ', '<script>alert(1)</script>', '=1+1', 'x'.repeat(20_001), 'Ä'.repeat(201)),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);
const anything = fc.oneof(
  text,
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.string(), { maxLength: 3 }),
);

/**
 * The case routes fuzzed: creating a case, patching it and writing on it with any body. Never a
 * 5xx; a refusal is a 400 (or the 409 of a reply without an addressable customer) naming a body
 * field; whatever is accepted is stored as given and read back the same.
 */
describe('case routes fuzzing', () => {
  let t: TestApp;
  let caller: Caller;
  let caseId = '';
  beforeAll(async () => {
    t = await buildTestApp({ rateLimitPerMinute: 100_000 });
    const person = await t.signUp();
    caller = { cookie: person.cookie };
    await t.createOrg(person.cookie);
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: { subject: 'Fuzz' },
      as: caller,
    });
    caseId = (res.json() as { id: string }).id;
  });
  afterAll(() => t.close());

  const refusedNamingField = (status: number, body: string) => {
    expect(status, body).toBeLessThan(500);
    if (status >= 400) {
      const err = (JSON.parse(body) as { error: { code: string; details?: Array<{ field?: string }> } })
        .error;
      expect(err.details?.[0]?.field ?? '', body).toMatch(/^body/);
    }
  };

  it('creates a case from any body or refuses it naming the field', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            subject: text,
            channel: anything,
            priority: anything,
            topic: anything,
            body: text,
            externalRef: text,
          },
          { requiredKeys: [] },
        ),
        async (payload) => {
          const res = await t.request({ method: 'POST', url: '/api/v1/cases', payload, as: caller });
          refusedNamingField(res.statusCode, res.body);
          if (res.statusCode === 201) {
            const created = res.json() as { subject: string; events: Array<{ body: string | null }> };
            expect(created.subject).toBe((payload.subject ?? '').trim());
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('patches and writes on a case with any body, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            status: anything,
            priority: anything,
            assigneeId: anything,
            rootCause: anything,
            action: anything,
          },
          { requiredKeys: [] },
        ),
        fc.record(
          { kind: fc.oneof(fc.constantFrom('note', 'reply'), anything), body: text },
          { requiredKeys: [] },
        ),
        async (patch, message) => {
          const p = await t.request({
            method: 'PATCH',
            url: `/api/v1/cases/${caseId}`,
            payload: patch,
            as: caller,
          });
          refusedNamingField(p.statusCode, p.body);
          const m = await t.request({
            method: 'POST',
            url: `/api/v1/cases/${caseId}/messages`,
            payload: message,
            as: caller,
          });
          refusedNamingField(m.statusCode, m.body);
          if (m.statusCode === 200 && message.kind === 'note') {
            const events = (m.json() as { events: Array<{ type: string; body: string | null }> }).events;
            expect(events.filter((e) => e.type === 'note').at(-1)?.body).toBe(String(message.body).trim());
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
