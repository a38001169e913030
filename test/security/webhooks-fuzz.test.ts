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
  fc.constantFrom('', ' ', '<script>alert(1)</script>', 'x'.repeat(501)),
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
    'http://127.0.0.1:9/ok',
    'https://127.0.0.2/ok?x=1',
    'http://10.0.0.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]/',
    'http://[::ffff:10.0.0.1]/',
    'http://[::ffff:7f00:1]/',
    'http://[fe80::1]/',
    'http://0.0.0.0/',
    'http://0/',
    'http://2130706433/',
    'http://0x7f.1/',
    'http://017700000001/',
    'http://100.64.0.1/',
    'http://224.0.0.1/',
    'http://localhost/',
    'http://metadata.google.internal/',
    'http://internal.example.test/',
    'gopher://127.0.0.1/',
    'file:///etc/passwd',
    'http://user@127.0.0.1/',
    `http://127.0.0.1/${'a'.repeat(2001)}`,
  ),
  fc.webUrl(),
  text,
);
/**
 * Whether a saved URL's host is in 127.0.0.0/8, the network this test allows: as IPv4, or as the
 * IPv4-mapped IPv6 address of one (`[::ffff:7f00:1]`, `[::ffff:127.0.0.1]`), which is the same host.
 */
function isAllowedLoopback(hostname: string): boolean {
  if (/^127\./.test(hostname)) return true;
  const mapped = /^\[::ffff:(.+)\]$/i.exec(hostname)?.[1];
  if (!mapped) return false;
  if (/^127\./.test(mapped)) return true;
  const high = /^([0-9a-f]{1,4}):[0-9a-f]{1,4}$/i.exec(mapped)?.[1];
  return high !== undefined && parseInt(high, 16) >> 8 === 127;
}

const eventTypes = fc.oneof(
  fc.subarray(['response.created', 'feedback.created', 'case.created', 'case.resolved', 'contact.erased']),
  fc.array(anything, { maxLength: 3 }),
  anything,
);

/**
 * The webhook routes fuzzed: never a 5xx; a refusal is a 400 naming a body field; an endpoint is
 * only ever saved with a URL whose host is an address the policy allows (loopback, allowed here),
 * however the address is spelled; and nothing is connected to meanwhile.
 */
describe('webhook routes fuzzing', () => {
  let t: TestApp;
  let caller: Caller;
  let endpointId = '';
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
      url: '/api/v1/webhooks',
      payload: { url: 'http://127.0.0.1:9/fuzz', eventTypes: ['case.created'] },
      as: caller,
    });
    endpointId = (res.json() as { endpoint: { id: string } }).endpoint.id;
  });
  afterAll(async () => {
    await t.close();
    expect(net.violations).toEqual([]);
    expect(net.connected).toEqual([]);
  });

  const refusedNamingField = (status: number, body: string) => {
    expect(status, body).toBeLessThan(500);
    if (status >= 400) {
      const err = (JSON.parse(body) as { error: { details?: Array<{ field?: string }> } }).error;
      expect(err.details?.[0]?.field ?? '', body).toMatch(/^body/);
    }
  };

  it('counts an IPv4-mapped spelling of an allowed address as that address, and nothing else', () => {
    expect(
      ['127.0.0.1', '[::ffff:7f00:1]', '[::ffff:127.0.0.2]', '[::ffff:7fff:ffff]'].map(isAllowedLoopback),
    ).toEqual([true, true, true, true]);
    expect(
      ['10.0.0.1', '[::1]', '[::ffff:a00:1]', '[::ffff:10.0.0.1]', 'localhost'].map(isAllowedLoopback),
    ).toEqual([false, false, false, false, false]);
  });

  it('saves an endpoint only for an address the policy allows, or refuses naming the field', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          { url, eventTypes, description: fc.oneof(text, fc.constant(null)), isEnabled: anything },
          {
            requiredKeys: [],
          },
        ),
        async (payload) => {
          const res = await t.request({ method: 'POST', url: '/api/v1/webhooks', payload, as: caller });
          refusedNamingField(res.statusCode, res.body);
          if (res.statusCode === 201) {
            const { endpoint } = res.json() as {
              endpoint: { id: string; url: string; description: string | null };
            };
            expect(endpoint.url).toBe(payload.url);
            expect(isAllowedLoopback(new URL(endpoint.url).hostname), endpoint.url).toBe(true);
            expect(endpoint.description).toBe(
              typeof payload.description === 'string' ? payload.description.trim() : null,
            );
            await t.request({ method: 'DELETE', url: `/api/v1/webhooks/${endpoint.id}`, as: caller });
          }
        },
      ),
      // Always tried: the mapped spelling of an allowed address, and of a private one.
      {
        numRuns: 80,
        examples: [
          [{ url: 'http://[::ffff:7f00:1]/', eventTypes: ['case.resolved'] }],
          [{ url: 'http://[::ffff:a00:1]/', eventTypes: ['case.resolved'] }],
        ],
      },
    );
  });

  it('patches, rotates and replays with any body, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ url, eventTypes, description: anything, isEnabled: anything }, { requiredKeys: [] }),
        fc.record({ overlapHours: anything }, { requiredKeys: [] }),
        fc.record(
          {
            since: fc.oneof(
              anything,
              fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toISOString())),
            ),
          },
          {
            requiredKeys: [],
          },
        ),
        async (patch, rotate, replay) => {
          const p = await t.request({
            method: 'PATCH',
            url: `/api/v1/webhooks/${endpointId}`,
            payload: patch,
            as: caller,
          });
          refusedNamingField(p.statusCode, p.body);
          if (p.statusCode === 200)
            expect(isAllowedLoopback(new URL((p.json() as { url: string }).url).hostname)).toBe(true);
          const r = await t.request({
            method: 'POST',
            url: `/api/v1/webhooks/${endpointId}/secret`,
            payload: rotate,
            as: caller,
          });
          refusedNamingField(r.statusCode, r.body);
          const q = await t.request({
            method: 'POST',
            url: `/api/v1/webhooks/${endpointId}/replay`,
            payload: replay,
            as: caller,
          });
          // 409 while the fuzzed patch left the endpoint off.
          if (q.statusCode !== 409) refusedNamingField(q.statusCode, q.body);
        },
      ),
      { numRuns: 60 },
    );
  });
});
