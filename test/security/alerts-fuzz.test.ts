import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Caller, type TestApp } from '../helpers/build-test-app.js';
import { stubOutbound } from '../helpers/outbound-stub.js';

/** Text with a NUL or an unpaired surrogate somewhere in it (the database can store neither). */
const unstorable = fc
  .tuple(
    fc.string({ maxLength: 20 }),
    fc.constantFrom('\u0000', '\ud800', '\udfff'),
    fc.string({ maxLength: 20 }),
  )
  .map(([a, bad, b]) => `${a}${bad}${b}`);
const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  unstorable,
  fc.constantFrom(
    '',
    ' ',
    '<!channel>',
    '@here',
    '<script>alert(1)</script>',
    'x'.repeat(201),
    'y'.repeat(100_000),
  ),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);
const anything = fc.oneof(
  text,
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.string(), { maxLength: 3 }),
);

/** URLs meant to reach somewhere they should not, in the spellings parsers disagree on. */
const url = fc.oneof(
  fc.constantFrom(
    'http://127.0.0.1:9/slack',
    'https://127.0.0.2/teams?x=1',
    'http://10.0.0.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]/',
    'http://[::ffff:10.0.0.1]/',
    'http://[fe80::1]/',
    'http://0.0.0.0/',
    'http://2130706433/',
    'http://0x7f.1/',
    'http://100.64.0.1/',
    'http://localhost/',
    'http://metadata.google.internal/',
    'gopher://127.0.0.1/',
    'http://user@127.0.0.1/',
    `http://127.0.0.1/${'a'.repeat(2001)}`,
    'http://127.0.0.1/\u0000',
  ),
  fc.webUrl(),
  text,
);
const target = fc.oneof(
  fc.record({ kind: fc.constantFrom('slack', 'teams'), url }),
  fc.record({
    kind: fc.constant('email'),
    emails: fc.oneof(fc.array(fc.oneof(fc.emailAddress(), text), { maxLength: 25 }), anything),
  }),
  fc.record({ kind: fc.constant('webhook'), endpointId: fc.oneof(fc.uuid(), text) }),
  fc.record({ kind: anything, url: anything }, { requiredKeys: [] }),
  anything,
);
const list = <T>(item: fc.Arbitrary<T>) => fc.oneof(fc.array(item, { maxLength: 4 }), anything);
const conditions = fc.oneof(
  fc.record(
    {
      bands: list(fc.oneof(fc.constantFrom('detractor', 'passive', 'promoter'), text)),
      hasComment: fc.oneof(fc.boolean(), fc.constant(null), anything),
      segments: list(text),
      channels: list(text),
      surveyIds: list(fc.oneof(fc.uuid(), text)),
    },
    { requiredKeys: [] },
  ),
  anything,
);
const eventTypes = fc.oneof(
  fc.subarray(['response.created', 'feedback.created', 'case.created', 'case.breached', 'contact.erased']),
  fc.array(anything, { maxLength: 3 }),
  anything,
);
const rule = fc.record(
  {
    name: text,
    eventTypes,
    conditions,
    language: fc.oneof(fc.constantFrom('de', 'en'), anything),
    target,
    isEnabled: anything,
  },
  { requiredKeys: [] },
);

/**
 * The alert routes fuzzed: never a 5xx; a refusal is a 400 naming a body field; a Slack or Teams
 * rule is only ever saved with a URL whose host the policy allows (loopback, allowed here), however
 * the address is spelled; nothing is connected to meanwhile.
 */
describe('alert routes fuzzing', () => {
  let t: TestApp;
  let caller: Caller;
  let ruleId = '';
  const net = stubOutbound();

  beforeAll(async () => {
    t = await buildTestApp({
      rateLimitPerMinute: 100_000,
      env: { WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8' },
      outbound: net.outbound,
    });
    const person = await t.signUp();
    caller = { cookie: person.cookie };
    await t.createOrg(person.cookie);
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/alert-rules',
      payload: {
        name: 'fuzz',
        eventTypes: ['case.created'],
        target: { kind: 'slack', url: 'http://127.0.0.1:9/fuzz' },
      },
      as: caller,
    });
    ruleId = (res.json() as { id: string }).id;
  });
  afterAll(async () => {
    await t.close();
    expect(net.violations).toEqual([]);
    expect(net.connected).toEqual([]);
  });

  const refusedNamingField = (status: number, body: string) => {
    expect(status, body.slice(0, 300)).toBeLessThan(500);
    if (status >= 400) {
      const err = (JSON.parse(body) as { error: { details?: Array<{ field?: string }> } }).error;
      expect(err.details?.[0]?.field ?? '', body.slice(0, 300)).toMatch(/^body/);
    }
  };
  const savedTargetIsAllowed = (saved: { target: { kind: string; urlHint?: string } }) => {
    if (saved.target.kind === 'slack' || saved.target.kind === 'teams')
      expect(saved.target.urlHint ?? '').toMatch(/^127\./);
  };

  it('saves a rule only with a target the policy allows, or refuses naming the field', async () => {
    await fc.assert(
      fc.asyncProperty(rule, async (payload) => {
        const res = await t.request({ method: 'POST', url: '/api/v1/alert-rules', payload, as: caller });
        refusedNamingField(res.statusCode, res.body);
        if (res.statusCode === 201) {
          const saved = res.json() as {
            id: string;
            name: string;
            target: { kind: string; urlHint?: string };
          };
          savedTargetIsAllowed(saved);
          expect(saved.name).toBe(typeof payload.name === 'string' ? payload.name.trim() : '');
          await t.request({ method: 'DELETE', url: `/api/v1/alert-rules/${saved.id}`, as: caller });
        }
      }),
      { numRuns: 120 },
    );
  });

  it('patches a rule and sets the integration settings with any body, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        rule,
        fc.record({ idsOnly: anything }, { requiredKeys: [] }),
        async (patch, settings) => {
          const p = await t.request({
            method: 'PATCH',
            url: `/api/v1/alert-rules/${ruleId}`,
            payload: patch,
            as: caller,
          });
          refusedNamingField(p.statusCode, p.body);
          if (p.statusCode === 200)
            savedTargetIsAllowed(p.json() as { target: { kind: string; urlHint?: string } });
          const s = await t.request({
            method: 'PUT',
            url: '/api/v1/settings/integrations',
            payload: settings,
            as: caller,
          });
          refusedNamingField(s.statusCode, s.body);
          const q = await t.request({
            method: 'GET',
            url: `/api/v1/alert-rules/${ruleId}/deliveries?cursor=${Buffer.from(String(settings.idsOnly)).toString('base64url')}`,
            as: caller,
          });
          expect(q.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: 80 },
    );
  });
});
