import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { stubOutbound } from '../../../../test/helpers/outbound-stub.js';
import { manualClock } from '../../../../test/helpers/survey-fixtures.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../../../test/helpers/webhook-receiver.js';
import { itemFacts } from '../../../domain/alerts/alert-test-facts.js';
import type { SlackMessage } from '../../../domain/alerts/slack-message.js';
import type { TAlertRule } from '../../../shared/contracts/alerts.js';
import { attemptDelivery } from '../webhooks/attempt-delivery.service.js';
import { alertDeliveryTarget } from './alert-delivery-target.js';
import { insertAlertEvents } from './alert-events.repo.js';
import { captureAlertEvents } from './capture-alert-events.js';
import { flushAlerts } from './flush-alerts.service.js';

type Rows<T> = { rows: T[] };

/**
 * A channel's pace and Slack's throttling on a clock the test moves: flushes and attempts are run
 * by hand (no workers), as the `alerts.flush` and `webhooks.attempt` jobs would run them.
 */
describe('alert pacing and Retry-After on a controlled clock', () => {
  const clock = manualClock(new Date('2026-11-02T09:00:00Z'));
  let t: TestApp;
  let receiver: WebhookReceiver;
  let key: string;
  let organizationId: string;
  let ownerEmail: string;
  const net = stubOutbound();

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    t = await buildTestApp({
      env: { WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8' },
      outbound: net.outbound,
      now: clock.now,
      random: () => 0,
    });
    const owner = await t.signUp({ name: 'Pacing Owner' });
    ownerEmail = owner.email;
    organizationId = (await t.createOrg(owner.cookie, 'Paced')).id;
    key = (await t.createApiKey(owner.cookie)).key;
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
    expect(net.violations).toEqual([]);
  });

  async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
    return ((await t.runtime.deps.db.execute(query)) as unknown as Rows<T>).rows;
  }

  async function slackRule(path: string): Promise<TAlertRule> {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/alert-rules',
      payload: {
        name: `Slack ${path}`,
        eventTypes: ['response.created'],
        target: { kind: 'slack', url: receiver.url.replace('/hooks', path) },
      },
      as: { key },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as TAlertRule;
  }

  let seq = 0;
  async function alertWaits(ruleId: string, contact?: { id: string; name: string }) {
    seq++;
    const subjectId = `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`;
    const customer = contact
      ? { contactId: contact.id, name: contact.name, email: null, segment: null }
      : null;
    const facts = itemFacts({ occurredAt: clock.now().toISOString(), ...(customer ? { customer } : {}) });
    await insertAlertEvents(t.runtime.deps.db, [
      {
        organizationId,
        ruleId,
        eventKey: `response.created:${subjectId}:1`,
        eventType: 'response.created',
        subjectId,
        contactId: contact?.id ?? null,
        facts: facts as unknown as Record<string, unknown>,
        occurredAt: clock.now(),
        createdAt: clock.now(),
      },
    ]);
  }

  const flush = (ruleId: string) =>
    flushAlerts({ ...t.runtime.jobContext, hasSmtp: false }, { organizationId, ruleId });
  const attempt = (deliveryId: string, n: number) =>
    attemptDelivery(
      {
        ...t.runtime.jobContext,
        sendMail: t.runtime.deps.sendMail,
        alertTarget: alertDeliveryTarget(t.runtime.jobContext.config.authSecret),
      },
      { organizationId, deliveryId, attempt: n },
    );
  const delayedFlushes = async (ruleId: string) =>
    Number(
      (
        await rows<{ n: number }>(
          sql`select count(*)::int as n from pgboss.job where name = 'alerts.flush' and data->>'ruleId' = ${ruleId} and state = 'created'`,
        )
      )[0]?.n,
    );

  it('honours 429 with Retry-After and sends what arrived meanwhile as one summary once Slack answers', async () => {
    const rule = await slackRule('/paced');
    await alertWaits(rule.id);
    const first = await flush(rule.id);
    expect(first).toMatchObject({ kind: 'sent', alerts: 1 });
    const deliveryId = first.kind === 'sent' ? (first.deliveryId ?? '') : '';

    receiver.answerWith({ status: 429, headers: { 'retry-after': '30' }, body: 'rate_limited' });
    expect(await attempt(deliveryId, 1)).toBe('retrying');
    const [retry] = await rows<{ next_attempt_at: string; status: string }>(
      sql`select next_attempt_at, status from webhook_deliveries where id = ${deliveryId}`,
    );
    // Slack asked for 30 s, longer than the schedule's 5 s: the receiver wins.
    expect(new Date(retry?.next_attempt_at ?? 0).getTime()).toBe(clock.now().getTime() + 30_000);

    clock.advance(2_000);
    await alertWaits(rule.id);
    await alertWaits(rule.id);
    const before = await delayedFlushes(rule.id);
    const held = await flush(rule.id);
    expect(held).toEqual({ kind: 'waiting', until: new Date(clock.now().getTime() + 29_000) });
    // One flush waits per rule: asking again schedules no second one.
    expect(await flush(rule.id)).toMatchObject({ kind: 'waiting' });
    expect(await delayedFlushes(rule.id)).toBe(before + 1);
    expect(receiver.received.filter((r) => r.path === '/paced')).toHaveLength(1);

    clock.advance(28_000);
    expect(await attempt(deliveryId, 2)).toBe('delivered');
    clock.advance(1_000);
    const summary = await flush(rule.id);
    expect(summary).toMatchObject({ kind: 'sent', alerts: 2 });
    const got = receiver.received.filter((r) => r.path === '/paced');
    expect(got).toHaveLength(2);
    const secondId = summary.kind === 'sent' ? (summary.deliveryId ?? '') : '';
    expect(await attempt(secondId, 1)).toBe('delivered');
    const last = JSON.parse(
      receiver.received.filter((r) => r.path === '/paced').at(-1)?.body ?? '{}',
    ) as SlackMessage;
    expect(last.blocks[0]).toMatchObject({ text: { text: '2 detractors in the last minute' } });
    const states = await rows<{ status: string }>(
      sql`select status from alert_events where rule_id = ${rule.id}`,
    );
    expect(states.map((s) => s.status)).toEqual(['sent', 'sent', 'sent']);
  });

  it('keeps about a second between messages to one channel, across rules sharing its URL', async () => {
    const a = await slackRule('/shared');
    const b = await slackRule('/shared');
    await alertWaits(a.id);
    expect(await flush(a.id)).toMatchObject({ kind: 'sent' });
    await alertWaits(b.id);
    expect(await flush(b.id)).toEqual({ kind: 'waiting', until: new Date(clock.now().getTime() + 1_000) });
    clock.advance(1_000);
    expect(await flush(b.id)).toMatchObject({ kind: 'sent', alerts: 1 });
  });

  it('turns a rule off when Slack answers 410, and mails the admins without the URL', async () => {
    const rule = await slackRule('/gone-secret-path');
    await alertWaits(rule.id);
    const sent = await flush(rule.id);
    receiver.answerWith({ status: 410, body: 'channel_is_archived' });
    expect(await attempt(sent.kind === 'sent' ? (sent.deliveryId ?? '') : '', 1)).toBe('failed');
    const read = await t.request({ method: 'GET', url: `/api/v1/alert-rules/${rule.id}`, as: { key } });
    expect(read.json()).toMatchObject({ isEnabled: false, disabledReason: 'gone' });
    const [mail] = await rows<{ to_address: string; text_body: string }>(
      sql`select to_address, text_body from email_messages where organization_id = ${organizationId} and kind = 'webhooks.endpoint-disabled'`,
    );
    expect(mail?.to_address).toBe(ownerEmail);
    expect(mail?.text_body).toContain(`alert rule “Slack /gone-secret-path”`);
    expect(mail?.text_body).not.toContain('gone-secret-path/');
    // What waits for a rule turned off is dropped, not sent later.
    await alertWaits(rule.id);
    expect(await flush(rule.id)).toEqual({ kind: 'dropped' });
  });

  it('deletes an erased contact’s queued summary mail and sends the others’ alerts in a new one', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/alert-rules',
      payload: {
        name: 'Mail list',
        eventTypes: ['response.created'],
        target: { kind: 'email', emails: ['team@example.test'] },
      },
      as: { key },
    });
    const rule = res.json() as TAlertRule;
    const erased = { id: '0a0a0a0a-0000-4000-8000-000000000001', name: 'Erna Erased' };
    const kept = { id: '0a0a0a0a-0000-4000-8000-000000000002', name: 'Karl Kept' };
    await alertWaits(rule.id, erased);
    await alertWaits(rule.id, kept);
    const first = await flush(rule.id);
    expect(first).toMatchObject({ kind: 'sent', alerts: 2 });
    const mailsOf = () =>
      rows<{ id: string; text_body: string; status: string }>(
        sql`select id, text_body, status from email_messages where organization_id = ${organizationId} and kind = 'alerts.alert'`,
      );
    const [queued] = await mailsOf();
    expect(queued?.text_body).toContain('Erna Erased');
    expect(queued?.status).toBe('outbox');

    // The erasure reaches the alerts stage as contact.erased.
    const { ruleIds } = await captureAlertEvents(
      { db: t.runtime.deps.db, now: clock.now(), publicUrl: 'http://resonance.test' },
      organizationId,
      [{ seq: 1, topic: 'contact.erased', subjectId: erased.id, version: 1, at: clock.now().toISOString() }],
    );
    expect(ruleIds).toEqual([rule.id]);
    expect(await mailsOf()).toEqual([]);
    clock.advance(60_000);
    expect(await flush(rule.id)).toMatchObject({ kind: 'sent', alerts: 1 });
    const [again] = await mailsOf();
    expect(again?.text_body).toContain('Karl Kept');
    expect(again?.text_body).not.toContain('Erna');
    const left = await rows<{ contact_id: string | null }>(
      sql`select contact_id from alert_events where rule_id = ${rule.id}`,
    );
    expect(left.map((l) => l.contact_id)).toEqual([kept.id]);
  });
});
