import { sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { stubOutbound } from '../../../../test/helpers/outbound-stub.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../../../test/helpers/webhook-receiver.js';
import type { TWebhookDelivery, TWebhookEndpoint } from '../../../shared/contracts/webhooks.js';

/**
 * `/api/v1/webhooks` through the real app and worker: endpoints, secrets shown once and rotated,
 * the URL policy when saving, test events, the delivery log, redelivery and replay, each delivered
 * to a real receiver on loopback and verified with the reference library.
 */
describe('webhook endpoints API', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  let owner: { cookie: string };
  let key: string;
  const net = stubOutbound({
    'hooks.example.test': ['127.0.0.1'],
    'private.example.test': ['10.0.0.7'],
    'metadata.example.test': ['169.254.169.254'],
    'v6-loopback.example.test': ['::1'],
    'mixed.example.test': ['127.0.0.1', '192.168.1.20'],
  });

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    // Loopback is where test receivers live; the operator allows it as they would an intranet.
    t = await buildTestApp({
      env: { WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8' },
      outbound: net.outbound,
      workers: true,
    });
    owner = await t.signUp({ name: 'Hook Owner' });
    await t.createOrg(owner.cookie, 'Hooks');
    key = (await t.createApiKey(owner.cookie)).key;
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
    expect(net.violations).toEqual([]);
  });

  async function create(payload: Record<string, unknown>, as: { cookie?: string; key?: string } = { key }) {
    return t.request({ method: 'POST', url: '/api/v1/webhooks', payload, as });
  }

  async function createEndpoint(eventTypes = ['response.created']) {
    const res = await create({ url: receiver.url, eventTypes, description: 'CRM' });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { endpoint: TWebhookEndpoint; secret: string };
  }

  async function log(endpointId: string): Promise<TWebhookDelivery[]> {
    const res = await t.request({
      method: 'GET',
      url: `/api/v1/webhooks/${endpointId}/deliveries`,
      as: { key },
    });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { deliveries: TWebhookDelivery[] }).deliveries;
  }

  async function settled(endpointId: string, n: number): Promise<TWebhookDelivery[]> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const deliveries = await log(endpointId);
      if (deliveries.length >= n && deliveries.every((d) => d.status !== 'pending')) return deliveries;
      if (Date.now() > deadline) throw new Error(`deliveries still pending: ${JSON.stringify(deliveries)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('creates an endpoint and shows its secret once, never again', async () => {
    const { endpoint, secret } = await createEndpoint(['response.created', 'case.created']);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(endpoint).toMatchObject({
      url: receiver.url,
      eventTypes: ['response.created', 'case.created'],
      description: 'CRM',
      isEnabled: true,
      disabledReason: null,
      previousSecretRetiresAt: null,
    });
    const read = await t.request({ method: 'GET', url: `/api/v1/webhooks/${endpoint.id}`, as: { key } });
    const list = await t.request({ method: 'GET', url: '/api/v1/webhooks', as: { cookie: owner.cookie } });
    for (const res of [read, list]) {
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain(secret);
      expect(res.body).not.toContain('whsec_');
    }
    expect((list.json() as { endpoints: TWebhookEndpoint[] }).endpoints.map((e) => e.id)).toContain(
      endpoint.id,
    );
    // The secret is sealed at rest: the database holds no whsec_ text.
    const stored = await t.runtime.deps.db.execute(
      sql`select secrets_sealed from webhook_endpoints where id = ${endpoint.id}`,
    );
    expect(JSON.stringify(stored)).not.toContain(secret.slice('whsec_'.length));
  });

  it('sends a signed test event that the reference verifier accepts, and logs it', async () => {
    const { endpoint, secret } = await createEndpoint();
    const before = receiver.received.length;
    const sent = await t.request({
      method: 'POST',
      url: `/api/v1/webhooks/${endpoint.id}/test`,
      as: { key },
    });
    expect(sent.statusCode, sent.body).toBe(202);
    const [got] = (await receiver.waitFor(before + 1)).slice(before);
    const payload = new Webhook(secret).verify(got?.body ?? '', got?.headers as Record<string, string>);
    expect(payload).toMatchObject({ type: 'webhook.test', data: { endpointId: endpoint.id } });
    expect(got?.headers['content-type']).toBe('application/json');
    const [delivery] = await settled(endpoint.id, 1);
    expect(delivery).toMatchObject({
      origin: 'test',
      eventType: 'webhook.test',
      status: 'delivered',
      attempts: 1,
      messageId: got?.headers['webhook-id'],
      payload: got?.body,
      attemptLog: [{ attempt: 1, outcome: 'delivered', statusCode: 200, responseExcerpt: 'ok' }],
    });
  });

  it('tells when an endpoint last delivered and last failed, test events included', async () => {
    const { endpoint } = await createEndpoint();
    const read = async () =>
      (
        await t.request({ method: 'GET', url: `/api/v1/webhooks/${endpoint.id}`, as: { key } })
      ).json() as TWebhookEndpoint;
    expect(await read()).toMatchObject({ lastDeliveredAt: null, lastFailedAt: null });

    // 410 ends a test delivery at once; a test never disables the endpoint.
    receiver.answerWith({ status: 410, body: 'gone' });
    await t.request({ method: 'POST', url: `/api/v1/webhooks/${endpoint.id}/test`, as: { key } });
    await settled(endpoint.id, 1);
    const failed = await read();
    expect(failed).toMatchObject({ isEnabled: true, lastDeliveredAt: null });
    expect(failed.lastFailedAt).not.toBeNull();

    await t.request({ method: 'POST', url: `/api/v1/webhooks/${endpoint.id}/test`, as: { key } });
    await settled(endpoint.id, 2);
    const listed = (
      (await t.request({ method: 'GET', url: '/api/v1/webhooks', as: { key } })).json() as {
        endpoints: TWebhookEndpoint[];
      }
    ).endpoints.find((e) => e.id === endpoint.id);
    expect(listed?.lastFailedAt).toBe(failed.lastFailedAt);
    expect(Date.parse(listed?.lastDeliveredAt ?? '')).toBeGreaterThanOrEqual(
      Date.parse(failed.lastFailedAt ?? ''),
    );
  });

  it('signs with the old and the new secret while a rotation overlaps, and with the new one only after', async () => {
    const { endpoint, secret: old } = await createEndpoint();
    const rotated = await t.request({
      method: 'POST',
      url: `/api/v1/webhooks/${endpoint.id}/secret`,
      payload: { overlapHours: 24 },
      as: { key },
    });
    expect(rotated.statusCode, rotated.body).toBe(200);
    const { secret: fresh, previousSecretRetiresAt } = rotated.json() as {
      secret: string;
      previousSecretRetiresAt: string;
    };
    expect(fresh).not.toBe(old);
    expect(Date.parse(previousSecretRetiresAt) - Date.now()).toBeGreaterThan(23 * 3_600_000);

    const before = receiver.received.length;
    await t.request({ method: 'POST', url: `/api/v1/webhooks/${endpoint.id}/test`, as: { key } });
    const [got] = (await receiver.waitFor(before + 1)).slice(before);
    const headers = got?.headers as Record<string, string>;
    expect(headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(new Webhook(old).verify(got?.body ?? '', headers)).toBeTruthy();
    expect(new Webhook(fresh).verify(got?.body ?? '', headers)).toBeTruthy();

    // A leaked secret: overlap 0 stops the old ones at once.
    const urgent = await t.request({
      method: 'POST',
      url: `/api/v1/webhooks/${endpoint.id}/secret`,
      payload: { overlapHours: 0 },
      as: { key },
    });
    const { secret: newest } = urgent.json() as { secret: string };
    const n = receiver.received.length;
    await t.request({ method: 'POST', url: `/api/v1/webhooks/${endpoint.id}/test`, as: { key } });
    const [later] = (await receiver.waitFor(n + 1)).slice(n);
    const laterHeaders = later?.headers as Record<string, string>;
    // The first rotation's old secret retires in a day, so it still signs; the second's is gone.
    expect(laterHeaders['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(new Webhook(newest).verify(later?.body ?? '', laterHeaders)).toBeTruthy();
    expect(new Webhook(old).verify(later?.body ?? '', laterHeaders)).toBeTruthy();
    expect(() => new Webhook(fresh).verify(later?.body ?? '', laterHeaders)).toThrow();
  });

  it('sends one delivery again, and replays everything since a date, with the original webhook-id', async () => {
    const { endpoint, secret } = await createEndpoint();
    await t.request({ method: 'POST', url: `/api/v1/webhooks/${endpoint.id}/test`, as: { key } });
    const [first] = await settled(endpoint.id, 1);
    const before = receiver.received.length;
    const again = await t.request({
      method: 'POST',
      url: `/api/v1/webhooks/${endpoint.id}/deliveries/${first?.id}/redeliver`,
      as: { key },
    });
    expect(again.statusCode, again.body).toBe(202);
    expect(again.json()).toMatchObject({
      origin: 'redelivery',
      messageId: first?.messageId,
      status: 'pending',
    });
    const [got] = (await receiver.waitFor(before + 1)).slice(before);
    expect(got?.headers['webhook-id']).toBe(first?.messageId);
    expect(new Webhook(secret).verify(got?.body ?? '', got?.headers as Record<string, string>)).toBeTruthy();
    const logged = await settled(endpoint.id, 2);
    expect(logged.map((d) => d.origin)).toEqual(['redelivery', 'test']);

    // Replay sends events again; a test event is none, so nothing is queued here.
    const replay = await t.request({
      method: 'POST',
      url: `/api/v1/webhooks/${endpoint.id}/replay`,
      payload: { since: new Date(Date.now() - 3_600_000).toISOString() },
      as: { key },
    });
    expect(replay.statusCode, replay.body).toBe(202);
    expect(replay.json()).toEqual({ queued: 0 });
  });

  it('refuses URLs that resolve to loopback, private, link-local or metadata addresses the operator did not allow', async () => {
    for (const url of [
      'http://10.0.0.5/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]:8080/hook',
      'http://[fd00::1]/hook',
      'http://0.0.0.0:9/',
      'http://private.example.test/hook',
      'http://metadata.example.test/',
      'http://v6-loopback.example.test/',
      'http://mixed.example.test/',
      'http://nowhere.example.test/',
    ]) {
      const res = await create({ url, eventTypes: ['case.created'] });
      expect(res.statusCode, `${url} → ${res.body}`).toBe(400);
      expect(res.json()).toMatchObject({
        error: { code: 'VALIDATION_FAILED', details: [{ field: 'body.url' }] },
      });
    }
    const named = await create({ url: 'https://hooks.example.test/x', eventTypes: ['case.created'] });
    expect(named.statusCode, named.body).toBe(201);
  });

  it('answers bad input with 400 naming the field', async () => {
    const ok = { url: receiver.url, eventTypes: ['case.created'] };
    for (const [payload, field] of [
      [{ ...ok, url: 'ftp://example.com/x' }, 'body.url'],
      [{ ...ok, url: 'not a url' }, 'body.url'],
      [{ ...ok, url: `http://user:pw@127.0.0.1:${receiver.port}/` }, 'body.url'],
      [{ ...ok, url: `${receiver.url}#frag` }, 'body.url'],
      [{ ...ok, url: `http://127.0.0.1/${'x'.repeat(2000)}` }, 'body.url'],
      [{ ...ok, eventTypes: [] }, 'body.eventTypes'],
      [{ ...ok, eventTypes: ['case.created', 'case.created'] }, 'body.eventTypes'],
      [{ ...ok, eventTypes: ['case.deleted'] }, 'body.eventTypes.0'],
      [{ ...ok, description: 'x'.repeat(501) }, 'body.description'],
      [{ ...ok, secret: 'whsec_mine' }, 'body'],
    ] as const) {
      const res = await create(payload);
      expect(res.statusCode, `${JSON.stringify(payload).slice(0, 80)} → ${res.body}`).toBe(400);
      const details = (res.json() as { error: { details: { field: string }[] } }).error.details;
      expect(details.map((d) => d.field)).toContain(field);
    }
    const { endpoint } = await createEndpoint();
    for (const [url, payload, field] of [
      [`/api/v1/webhooks/${endpoint.id}/secret`, { overlapHours: 169 }, 'body.overlapHours'],
      [`/api/v1/webhooks/${endpoint.id}/replay`, { since: 'yesterday' }, 'body.since'],
      [`/api/v1/webhooks/${endpoint.id}/replay`, { since: '2000-01-01T00:00:00Z' }, 'body.since'],
    ] as const) {
      const res = await t.request({ method: 'POST', url, payload, as: { key } });
      expect(res.statusCode, `${url} → ${res.body}`).toBe(400);
      expect((res.json() as { error: { details: { field: string }[] } }).error.details[0]?.field).toBe(field);
    }
    const patch = await t.request({
      method: 'PATCH',
      url: `/api/v1/webhooks/${endpoint.id}`,
      payload: {},
      as: { key },
    });
    expect(patch.statusCode).toBe(400);
    const cursor = await t.request({
      method: 'GET',
      url: `/api/v1/webhooks/${endpoint.id}/deliveries?cursor=bogus`,
      as: { key },
    });
    expect(cursor.statusCode).toBe(400);
  });

  it('lets owners, admins and API keys manage endpoints, and refuses analysts and agents', async () => {
    const orgId = (
      (await t.request({ method: 'GET', url: '/api/v1/organization', as: { key } })).json() as { id: string }
    ).id;
    const admin = await t.addMember(orgId, 'admin');
    expect(
      (await create({ url: receiver.url, eventTypes: ['case.created'] }, { cookie: admin.cookie }))
        .statusCode,
    ).toBe(201);
    for (const role of ['analyst', 'agent'] as const) {
      const person = await t.addMember(orgId, role);
      for (const req of [
        { method: 'GET' as const, url: '/api/v1/webhooks' },
        {
          method: 'POST' as const,
          url: '/api/v1/webhooks',
          payload: { url: receiver.url, eventTypes: ['case.created'] },
        },
      ]) {
        const res = await t.request({ ...req, as: { cookie: person.cookie } });
        expect(res.statusCode, `${role} ${req.method}`).toBe(403);
      }
    }
  });

  it('turns an endpoint off and on, and removes it with its log', async () => {
    const { endpoint } = await createEndpoint();
    const off = await t.request({
      method: 'PATCH',
      url: `/api/v1/webhooks/${endpoint.id}`,
      payload: { isEnabled: false, description: null },
      as: { key },
    });
    expect(off.json()).toMatchObject({ isEnabled: false, disabledReason: 'manual', description: null });
    const redeliverWhileOff = await t.request({
      method: 'POST',
      url: `/api/v1/webhooks/${endpoint.id}/replay`,
      payload: { since: new Date(Date.now() - 60_000).toISOString() },
      as: { key },
    });
    expect(redeliverWhileOff.statusCode).toBe(409);
    const on = await t.request({
      method: 'PATCH',
      url: `/api/v1/webhooks/${endpoint.id}`,
      payload: { isEnabled: true, eventTypes: ['contact.erased'] },
      as: { key },
    });
    expect(on.json()).toMatchObject({
      isEnabled: true,
      disabledReason: null,
      eventTypes: ['contact.erased'],
    });
    const gone = await t.request({ method: 'DELETE', url: `/api/v1/webhooks/${endpoint.id}`, as: { key } });
    expect(gone.statusCode).toBe(200);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/webhooks/${endpoint.id}`, as: { key } })).statusCode,
    ).toBe(404);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/webhooks/${endpoint.id}/deliveries`, as: { key } }))
        .statusCode,
    ).toBe(404);
  });
});
