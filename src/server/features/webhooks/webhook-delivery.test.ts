import { sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { stubOutbound } from '../../../../test/helpers/outbound-stub.js';
import { DAY, liveSurvey, manualClock, upsertContacts } from '../../../../test/helpers/survey-fixtures.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../../../test/helpers/webhook-receiver.js';
import type { TWebhookEndpoint } from '../../../shared/contracts/webhooks.js';
import { attemptDeliveries, attemptDelivery } from './attempt-delivery.service.js';
import { newMessageId } from './emit-webhook-events.js';
import { insertDeliveries } from './webhook-deliveries.repo.js';

type Rows<T> = { rows: T[] };

async function rows<T>(t: TestApp, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await t.runtime.deps.db.execute(query)) as unknown as Rows<T>).rows;
}

/**
 * Events to real receivers on loopback, end to end through the pipeline and the worker: a
 * detractor's answer, a case's life, an erased contact.
 */
describe('webhook delivery through the pipeline', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  let key: string;
  let endpoint: TWebhookEndpoint;
  let secret: string;
  const net = stubOutbound();

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    t = await buildTestApp({
      env: { WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8' },
      outbound: net.outbound,
      workers: true,
    });
    const owner = await t.signUp({ name: 'Pipeline Owner' });
    await t.createOrg(owner.cookie, 'Pipeline Hooks');
    key = (await t.createApiKey(owner.cookie)).key;
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/webhooks',
      payload: {
        url: receiver.url,
        eventTypes: ['response.created', 'case.created', 'case.updated', 'case.resolved', 'contact.erased'],
      },
      as: { key },
    });
    expect(res.statusCode, res.body).toBe(201);
    ({ endpoint, secret } = res.json() as { endpoint: TWebhookEndpoint; secret: string });
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
    expect(net.violations).toEqual([]);
  });

  /**
   * The next webhook of `type` (about the subject `about` accepts) the receiver gets, verified with
   * the reference library; others (e.g. the case a detractor's answer opened) are left in place.
   */
  async function next(
    type: string,
    about: (data: Record<string, unknown>) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<{ data: Record<string, unknown>; id: string }> {
    const deadline = Date.now() + timeoutMs;
    for (let seen = 0; ; ) {
      const got = await receiver.waitFor(seen + 1, Math.max(1, deadline - Date.now()));
      for (; seen < got.length; seen++) {
        const r = got[seen];
        const payload = new Webhook(secret).verify(r?.body ?? '', r?.headers as Record<string, string>) as {
          type: string;
          data: Record<string, unknown>;
        };
        if (payload.type === type && about(payload.data)) {
          receiver.received.splice(seen, 1);
          return { data: payload.data, id: String(r?.headers['webhook-id']) };
        }
      }
    }
  }

  it('delivers a detractor’s answer signed within 5 seconds, verified by the reference library', async () => {
    await upsertContacts(t, key, [{ externalId: 'cust-detractor', email: 'd@example.test' }]);
    const survey = await liveSurvey(t, key, 'relationship-nps');
    const answered = await t.request({
      method: 'POST',
      url: '/api/v1/responses',
      payload: {
        surveyId: survey.id,
        contactExternalId: 'cust-detractor',
        answers: { nps: 2, why: 'Die Lieferung kam zwei Wochen zu spät.' },
      },
      as: { key },
    });
    expect(answered.statusCode, answered.body).toBeLessThan(300);
    const { data } = await next('response.created', () => true, 5_000);
    expect(data).toMatchObject({
      channel: 'survey',
      metric: 'nps',
      score: 2,
      npsCategory: 'detractor',
      surveyId: survey.id,
      sequence: 1,
      comment: { text: 'Die Lieferung kam zwei Wochen zu spät.', isTruncated: false },
    });
    expect(String(data.url)).toMatch(/^http:\/\/resonance\.test\/feedback\?item=/);
  });

  it('tells receivers of a case’s life in order: created, updated, resolved', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: { subject: 'Order 4711 missing', channel: 'email', body: 'Where is my parcel?' },
      as: { key },
    });
    expect(created.statusCode, created.body).toBe(201);
    const caseId = (created.json() as { id: string }).id;
    const ofThisCase = (data: Record<string, unknown>) => data.caseId === caseId;
    const opened = await next('case.created', ofThisCase);
    expect(opened.data).toMatchObject({
      caseId,
      subject: 'Order 4711 missing',
      url: `http://resonance.test/cases/${caseId}`,
    });

    const patch = await t.request({
      method: 'PATCH',
      url: `/api/v1/cases/${caseId}`,
      payload: { priority: 'urgent' },
      as: { key },
    });
    expect(patch.statusCode, patch.body).toBe(200);
    const updated = await next('case.updated', ofThisCase);
    expect(updated.data).toMatchObject({ caseId, changes: ['priority'], priority: 'urgent' });
    expect(Number(updated.data.sequence)).toBeGreaterThan(Number(opened.data.sequence));

    await t.request({
      method: 'PATCH',
      url: `/api/v1/cases/${caseId}`,
      payload: { status: 'resolved' },
      as: { key },
    });
    const resolved = await next('case.resolved', ofThisCase);
    expect(resolved.data).toMatchObject({ caseId, status: 'resolved' });
    expect(Number(resolved.data.sequence)).toBeGreaterThan(Number(updated.data.sequence));
  });

  it('removes an erased contact’s deliveries and tells receivers with ids only', async () => {
    await upsertContacts(t, key, [{ externalId: 'cust-erase', email: 'erase@example.test' }]);
    const survey = await liveSurvey(t, key, 'relationship-nps');
    await t.request({
      method: 'POST',
      url: '/api/v1/responses',
      payload: {
        surveyId: survey.id,
        contactExternalId: 'cust-erase',
        answers: { nps: 9, why: 'Mein Name ist Erika' },
      },
      as: { key },
    });
    const answer = await next('response.created', (data) => data.score === 9);
    const contactId = String(answer.data.contactId);
    const held = await rows<{ n: number }>(
      t,
      sql`select count(*)::int as n from webhook_deliveries where contact_id = ${contactId}`,
    );
    expect(Number(held[0]?.n)).toBe(1);

    const erased = await t.request({ method: 'DELETE', url: '/api/v1/contacts/cust-erase', as: { key } });
    expect(erased.statusCode, erased.body).toBe(200);
    const told = await next('contact.erased');
    expect(told.data).toEqual({ organizationId: expect.any(String), contactId, sequence: 1 });
    const left = await rows<{ payload: string }>(
      t,
      sql`select payload from webhook_deliveries where endpoint_id = ${endpoint.id}`,
    );
    expect(left.some((d) => d.payload.includes('Erika'))).toBe(false);
  });
});

/**
 * The schedule and the endpoint's health on a clock the test moves: each attempt is run by hand
 * (no workers), as the `webhooks.attempt` job would run it.
 */
describe('webhook attempts on a controlled clock', () => {
  const clock = manualClock(new Date('2026-11-02T09:00:00Z'));
  let t: TestApp;
  let receiver: WebhookReceiver;
  let key: string;
  let organizationId: string;
  let ownerEmail: string;
  const net = stubOutbound({ 'hooks.example.test': ['127.0.0.1'] });

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    t = await buildTestApp({
      env: { WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8' },
      outbound: net.outbound,
      now: clock.now,
      random: () => 0,
    });
    const owner = await t.signUp({ name: 'Clock Owner' });
    ownerEmail = owner.email;
    organizationId = (await t.createOrg(owner.cookie, 'Clocked Hooks')).id;
    key = (await t.createApiKey(owner.cookie)).key;
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
    expect(net.violations).toEqual([]);
  });

  async function endpointAt(url = receiver.url): Promise<string> {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/webhooks',
      payload: { url, eventTypes: ['feedback.created'] },
      as: { key },
    });
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { endpoint: { id: string } }).endpoint.id;
  }

  async function eventDelivery(endpointId: string): Promise<string> {
    const [row] = await insertDeliveries(t.runtime.deps.db, [
      {
        organizationId,
        endpointId,
        messageId: newMessageId(),
        origin: 'event',
        eventType: 'feedback.created',
        payload: JSON.stringify({ type: 'feedback.created', timestamp: clock.now().toISOString(), data: {} }),
        nextAttemptAt: clock.now(),
        createdAt: clock.now(),
      },
    ]);
    return row?.id ?? '';
  }

  const attempt = (deliveryId: string, n: number) =>
    attemptDelivery(
      { ...t.runtime.jobContext, sendMail: t.runtime.deps.sendMail },
      { organizationId, deliveryId, attempt: n },
    );

  async function delivery(id: string) {
    const [row] = await rows<{ status: string; attempts: number; next_attempt_at: Date | string | null }>(
      t,
      sql`select status, attempts, next_attempt_at from webhook_deliveries where id = ${id}`,
    );
    return { ...row, next: row?.next_attempt_at ? new Date(row.next_attempt_at).getTime() : null };
  }

  async function endpointState(id: string) {
    const [row] = await rows<{ is_enabled: boolean; disabled_reason: string | null; failing_since: unknown }>(
      t,
      sql`select is_enabled, disabled_reason, failing_since from webhook_endpoints where id = ${id}`,
    );
    return row;
  }

  it('retries after a 500 on the schedule and delivers on the 200 that follows', async () => {
    const endpointId = await endpointAt();
    const id = await eventDelivery(endpointId);
    receiver.answerWith({ status: 500, body: 'boom' });
    expect(await attempt(id, 1)).toBe('retrying');
    expect(await delivery(id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      next: clock.now().getTime() + 5_000,
    });
    expect((await endpointState(endpointId))?.failing_since).not.toBeNull();
    // Running the first attempt again (a redelivered job) sends nothing.
    expect(await attempt(id, 1)).toBe('skipped');
    clock.advance(5_000);
    expect(await attempt(id, 2)).toBe('delivered');
    expect(await delivery(id)).toMatchObject({ status: 'delivered', attempts: 2, next: null });
    expect(await endpointState(endpointId)).toMatchObject({ is_enabled: true, failing_since: null });
    const ids = receiver.received.splice(0).map((r) => r.headers['webhook-id']);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
  });

  it('attempts a fetched page at once: each claimed delivery sent once, the rest told apart', async () => {
    const healthy = await endpointAt();
    const turnedOff = await endpointAt();
    await rows(t, sql`update webhook_endpoints set is_enabled = false where id = ${turnedOff}`);
    const [a, b, c] = [
      await eventDelivery(healthy),
      await eventDelivery(healthy),
      await eventDelivery(turnedOff),
    ];
    const page = [
      { organizationId, deliveryId: a, attempt: 1 },
      { organizationId, deliveryId: b, attempt: 1 },
      { organizationId, deliveryId: a, attempt: 1 }, // the same job twice in one page
      { organizationId, deliveryId: c, attempt: 1 },
      { organizationId, deliveryId: b, attempt: 2 }, // not its turn
      { organizationId: 'another-org', deliveryId: a, attempt: 1 }, // not its organization
    ];
    const deps = { ...t.runtime.jobContext, sendMail: t.runtime.deps.sendMail };
    expect(await attemptDeliveries(deps, page)).toEqual([
      'delivered',
      'delivered',
      'skipped',
      'cancelled',
      'skipped',
      'skipped',
    ]);
    const sent = receiver.received.splice(0).map((r) => r.headers['webhook-id']);
    expect(sent).toHaveLength(2);
    expect(new Set(sent).size).toBe(2);
    expect(await delivery(a)).toMatchObject({ status: 'delivered', attempts: 1, next: null });
    expect(await delivery(b)).toMatchObject({ status: 'delivered', attempts: 1, next: null });
    expect(await delivery(c)).toMatchObject({ status: 'cancelled', attempts: 0, next: null });
    const logged = await rows<{ delivery_id: string; outcome: string; status_code: number }>(
      t,
      sql`select delivery_id, outcome, status_code from webhook_attempts where delivery_id in (${a}, ${b}, ${c})`,
    );
    expect(logged.map((l) => `${l.delivery_id} ${l.outcome} ${l.status_code}`).sort()).toEqual(
      [`${a} delivered 200`, `${b} delivered 200`].sort(),
    );
    // The page ran once: running it again sends nothing.
    expect(new Set(await attemptDeliveries(deps, page))).toEqual(new Set(['skipped']));
    expect(receiver.received).toHaveLength(0);
  });

  it('honours Retry-After in seconds and as an HTTP date on 429, 502, 503 and 504', async () => {
    const endpointId = await endpointAt();
    const inTwoHours = new Date(clock.now().getTime() + 2 * 3_600_000).toUTCString();
    for (const [status, retryAfter, waitMs] of [
      [503, '120', 120_000],
      [429, inTwoHours, 2 * 3_600_000],
      [502, '1', 5_000], // shorter than the schedule's 5 s: the schedule wins
      [504, 'soon', 5_000], // unreadable: the schedule
    ] as const) {
      const id = await eventDelivery(endpointId);
      receiver.answerWith({ status, headers: { 'retry-after': retryAfter } });
      expect(await attempt(id, 1)).toBe('retrying');
      expect((await delivery(id)).next, `${status} ${retryAfter}`).toBe(clock.now().getTime() + waitMs);
    }
    const queued = await rows<{ n: number }>(
      t,
      sql`select count(*)::int as n from pgboss.job where name = 'webhooks.attempt' and (data->>'attempt')::int = 2 and data->>'organizationId' = ${organizationId}`,
    );
    expect(Number(queued[0]?.n)).toBeGreaterThanOrEqual(4);
    receiver.received.splice(0);
  });

  it('disables the endpoint on 410 and sends nothing more to it', async () => {
    const endpointId = await endpointAt();
    const id = await eventDelivery(endpointId);
    receiver.answerWith({ status: 410 });
    expect(await attempt(id, 1)).toBe('failed');
    expect(await delivery(id)).toMatchObject({ status: 'failed', next: null });
    expect(await endpointState(endpointId)).toMatchObject({ is_enabled: false, disabled_reason: 'gone' });
    const before = receiver.received.length;
    const later = await eventDelivery(endpointId);
    expect(await attempt(later, 1)).toBe('cancelled');
    expect(receiver.received.length).toBe(before);
    const mails = await rows<{ subject: string }>(
      t,
      sql`select subject from email_messages where organization_id = ${organizationId} and kind = 'webhooks.endpoint-disabled'`,
    );
    expect(mails.length).toBe(1);
    receiver.received.splice(0);
  });

  it('disables an endpoint that failed for five days and mails the organization’s admins', async () => {
    const endpointId = await endpointAt();
    const first = await eventDelivery(endpointId);
    receiver.answerWith({ status: 500 }, { status: 500 }, { status: 500 });
    await attempt(first, 1);
    clock.advance(4 * DAY);
    expect(await attempt(await eventDelivery(endpointId), 1)).toBe('retrying');
    expect((await endpointState(endpointId))?.is_enabled).toBe(true);
    clock.advance(DAY);
    await attempt(await eventDelivery(endpointId), 1);
    expect(await endpointState(endpointId)).toMatchObject({ is_enabled: false, disabled_reason: 'failing' });
    const mails = await rows<{ to_address: string; subject: string; text_body: string }>(
      t,
      sql`select * from email_messages where organization_id = ${organizationId} and kind = 'webhooks.endpoint-disabled' order by created_at desc limit 1`,
    );
    expect(JSON.stringify(mails[0])).toContain(ownerEmail);
    expect(JSON.stringify(mails[0])).toContain('five days');
    receiver.received.splice(0);
  });

  it('refuses at delivery time a name that now resolves to a private address, without connecting', async () => {
    const endpointId = await endpointAt(`http://hooks.example.test:${receiver.port}/hooks`);
    const ok = await eventDelivery(endpointId);
    expect(await attempt(ok, 1)).toBe('delivered');
    expect(net.connected.at(-1)).toBe('127.0.0.1');
    // DNS changes after the endpoint was saved: every attempt checks again, on the resolved address.
    for (const address of ['10.0.0.7', '169.254.169.254', '::1', '192.168.0.1']) {
      net.point('hooks.example.test', [address]);
      const id = await eventDelivery(endpointId);
      const before = receiver.received.length;
      expect(await attempt(id, 1)).toBe('retrying');
      expect(receiver.received.length).toBe(before);
      const [logged] = await rows<{ outcome: string; response_excerpt: string }>(
        t,
        sql`select outcome, response_excerpt from webhook_attempts where delivery_id = ${id}`,
      );
      expect(logged).toMatchObject({ outcome: 'address-refused' });
      expect(logged?.response_excerpt).toContain(address);
    }
    net.point('hooks.example.test', ['127.0.0.1']);
    receiver.received.splice(0);
  });

  it('never follows a redirect, not even to the metadata address', async () => {
    const endpointId = await endpointAt();
    const id = await eventDelivery(endpointId);
    const before = receiver.received.length;
    receiver.answerWith({ status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } });
    expect(await attempt(id, 1)).toBe('retrying');
    expect(receiver.received.length).toBe(before + 1);
    const [logged] = await rows<{ outcome: string; status_code: number }>(
      t,
      sql`select outcome, status_code from webhook_attempts where delivery_id = ${id}`,
    );
    expect(logged).toMatchObject({ outcome: 'redirect', status_code: 302 });
    receiver.received.splice(0);
  });

  it('queues again an attempt whose job was lost, once it is five minutes overdue', async () => {
    const { resumeWebhooksJob } = await import('../../jobs/resume-webhooks.job.js');
    const endpointId = await endpointAt();
    const id = await eventDelivery(endpointId);
    const queuedFor = async () =>
      Number(
        (
          await rows<{ n: number }>(
            t,
            sql`select count(*)::int as n from pgboss.job where name = 'webhooks.attempt' and data->>'deliveryId' = ${id}`,
          )
        )[0]?.n,
      );
    expect(await queuedFor()).toBe(0);
    clock.advance(4 * 60_000);
    await resumeWebhooksJob.handler({}, t.runtime.jobContext);
    expect(await queuedFor()).toBe(0);
    clock.advance(2 * 60_000);
    await resumeWebhooksJob.handler({}, t.runtime.jobContext);
    expect(await queuedFor()).toBe(1);
    expect(await attempt(id, 1)).toBe('delivered');
    receiver.received.splice(0);
  });

  it('gives up after the tenth attempt', async () => {
    const endpointId = await endpointAt();
    const id = await eventDelivery(endpointId);
    for (let n = 1; n <= 10; n++) {
      receiver.answerWith({ status: 500 });
      expect(await attempt(id, n)).toBe(n < 10 ? 'retrying' : 'failed');
    }
    expect(await delivery(id)).toMatchObject({ status: 'failed', attempts: 10, next: null });
    receiver.received.splice(0);
  });
});
