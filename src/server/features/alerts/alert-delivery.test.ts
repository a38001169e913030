import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { stubOutbound } from '../../../../test/helpers/outbound-stub.js';
import { startSmtpPeer, type SmtpPeer } from '../../../../test/helpers/smtp-peer.js';
import { liveSurvey, upsertContacts } from '../../../../test/helpers/survey-fixtures.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../../../test/helpers/webhook-receiver.js';
import { slackMessageProblems, type SlackMessage } from '../../../domain/alerts/slack-message.js';
import { teamsMessageProblems, type TeamsMessage } from '../../../domain/alerts/teams-message.js';
import { createSmtpTransport } from '../../email/transport.js';
import type { TAlertRule } from '../../../shared/contracts/alerts.js';

type Rows<T> = { rows: T[] };

/**
 * Alerts end to end through the pipeline and the worker to real receivers on loopback: a Slack
 * incoming webhook, a Teams one, a webhook endpoint and an SMTP peer.
 */
describe('alerts through the pipeline', () => {
  let t: TestApp;
  let slack: WebhookReceiver;
  let teams: WebhookReceiver;
  let hooks: WebhookReceiver;
  let smtp: SmtpPeer;
  const net = stubOutbound();

  beforeAll(async () => {
    [slack, teams, hooks, smtp] = await Promise.all([
      startWebhookReceiver(),
      startWebhookReceiver(),
      startWebhookReceiver(),
      startSmtpPeer(),
    ]);
    t = await buildTestApp({
      env: { WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8' },
      outbound: net.outbound,
      transport: createSmtpTransport(smtp.url),
      workers: true,
    });
  });
  afterAll(async () => {
    await t?.close();
    await Promise.all([slack?.close(), teams?.close(), hooks?.close(), smtp?.close()]);
    expect(net.violations).toEqual([]);
  });

  async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
    return ((await t.runtime.deps.db.execute(query)) as unknown as Rows<T>).rows;
  }

  /** A fresh organization with an API key and a live NPS survey. */
  async function workspace(name: string) {
    const owner = await t.signUp({ name: `${name} Owner` });
    await t.createOrg(owner.cookie, name);
    const key = (await t.createApiKey(owner.cookie)).key;
    const survey = await liveSurvey(t, key, 'relationship-nps');
    return { key, survey };
  }

  async function rule(key: string, payload: Record<string, unknown>): Promise<TAlertRule> {
    const res = await t.request({ method: 'POST', url: '/api/v1/alert-rules', payload, as: { key } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as TAlertRule;
  }

  async function answer(key: string, surveyId: string, contact: string, nps: number, why?: string) {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/responses',
      payload: { surveyId, contactExternalId: contact, answers: why === undefined ? { nps } : { nps, why } },
      as: { key },
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
  }

  /** The requests that arrived on `path`, once `n` of them did. */
  async function arrivals(receiver: WebhookReceiver, path: string, n: number, timeoutMs = 15_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const got = receiver.received.filter((r) => r.path === path);
      if (got.length >= n) return got;
      if (Date.now() > deadline) throw new Error(`expected ${n} request(s) on ${path}, got ${got.length}`);
      await receiver
        .waitFor(receiver.received.length + 1, Math.max(1, deadline - Date.now()))
        .catch(() => []);
    }
  }

  async function until<T>(
    read: () => Promise<T>,
    ok: (v: T) => boolean,
    what: string,
    timeoutMs = 20_000,
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = await read();
      if (ok(v)) return v;
      if (Date.now() > deadline) throw new Error(`${what}: ${JSON.stringify(v).slice(0, 500)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('sends an Enterprise detractor’s comment to Slack as valid Block Kit with every customer text escaped', async () => {
    const { key, survey } = await workspace('Slack Detractors');
    const enterprise = await rule(key, {
      name: 'Enterprise detractors with a comment',
      eventTypes: ['response.created'],
      conditions: { bands: ['detractor'], hasComment: true, segments: ['Enterprise'] },
      target: { kind: 'slack', url: `${slack.url.replace('/hooks', '/slack-enterprise')}` },
    });
    const smb = await rule(key, {
      name: 'SMB detractors',
      eventTypes: ['response.created'],
      conditions: { bands: ['detractor'], segments: ['SMB'] },
      target: { kind: 'slack', url: `${slack.url.replace('/hooks', '/slack-smb')}` },
    });
    await upsertContacts(t, key, [
      {
        externalId: 'ent-1',
        email: 'erika@example.test',
        name: 'Erika <!channel> Muster',
        segment: 'Enterprise',
      },
    ]);
    await answer(
      key,
      survey.id,
      'ent-1',
      2,
      'Kam zu spät <!here> @channel & <https://evil.test|Login>\nZweite Zeile',
    );

    const [got] = await arrivals(slack, '/slack-enterprise', 1);
    expect(got?.headers['content-type']).toBe('application/json');
    expect(got?.headers['webhook-signature']).toBeUndefined();
    const message = JSON.parse(got?.body ?? '{}') as SlackMessage;
    expect(slackMessageProblems(message)).toEqual([]);
    expect(message.blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'actions']);
    expect(message.blocks[0]).toMatchObject({
      type: 'header',
      text: { type: 'plain_text', text: 'Detractor · NPS 2/10' },
    });
    const facts = message.blocks[1]?.type === 'section' ? message.blocks[1].text.text : '';
    expect(facts).toContain('*Customer:* Erika &lt;!channel&gt; Muster · erika@example.test');
    expect(facts).toContain('*Segment:* Enterprise');
    const comment = message.blocks[2]?.type === 'section' ? message.blocks[2].text.text : '';
    expect(comment).toBe(
      '> Kam zu spät &lt;!here&gt; @\u200bchannel &amp; &lt;https://evil.test|Login&gt;\n> Zweite Zeile',
    );
    expect(got?.body).not.toMatch(/<!(here|channel)|<https:\/\/evil/);
    const button = message.blocks[3]?.type === 'actions' ? message.blocks[3].elements[0] : undefined;
    expect(button?.url).toMatch(/^http:\/\/resonance\.test\/feedback\?item=[0-9a-f-]{36}$/);

    const log = await until(
      async () =>
        (
          await t.request({
            method: 'GET',
            url: `/api/v1/alert-rules/${enterprise.id}/deliveries`,
            as: { key },
          })
        ).json() as { deliveries: Array<{ status: string; payload: string; attemptLog: unknown[] }> },
      (l) => l.deliveries[0]?.status === 'delivered',
      'the delivery log shows it delivered',
    );
    expect(log.deliveries).toHaveLength(1);
    expect(log.deliveries[0]?.payload).toBe(got?.body);
    // The SMB rule matched nothing: decided in the same stage transaction as the Enterprise one.
    const smbAlerts = await rows<{ n: number }>(
      sql`select count(*)::int as n from alert_events where rule_id = ${smb.id}`,
    );
    expect(Number(smbAlerts[0]?.n)).toBe(0);
    expect(slack.received.filter((r) => r.path === '/slack-smb')).toEqual([]);
  });

  it('sends a Teams channel a valid Adaptive Card', async () => {
    const { key, survey } = await workspace('Teams Alerts');
    await rule(key, {
      name: 'Every answer',
      eventTypes: ['response.created'],
      language: 'de',
      target: { kind: 'teams', url: teams.url.replace('/hooks', '/teams-all') },
    });
    await upsertContacts(t, key, [{ externalId: 'tm-1', name: 'Max **Fett**', segment: 'SMB' }]);
    await answer(key, survey.id, 'tm-1', 9, 'Super [Link](https://evil.test) <at>Alle</at>');
    const [got] = await arrivals(teams, '/teams-all', 1);
    const card = JSON.parse(got?.body ?? '{}') as TeamsMessage;
    expect(teamsMessageProblems(card)).toEqual([]);
    expect(card.type).toBe('message');
    expect(card.attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const content = card.attachments[0]?.content;
    expect(content).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
    expect(content?.body[0]).toMatchObject({ type: 'TextBlock', text: 'Promoter · NPS 9/10' });
    expect(content?.body[1]).toMatchObject({
      type: 'FactSet',
      facts: expect.arrayContaining([{ title: 'Kunde', value: 'Max \\*\\*Fett\\*\\*' }]),
    });
    expect(content?.body[2]).toMatchObject({
      type: 'TextBlock',
      text: 'Super \\[Link\\]\\(https://evil.test\\) \\<at\\>Alle\\</at\\>',
    });
    expect(content?.actions[0]).toMatchObject({ type: 'Action.OpenUrl', title: 'In Resonance öffnen' });
  });

  it('coalesces a burst of 20 detractors into a few messages and loses none', async () => {
    const { key, survey } = await workspace('Burst');
    const burst = await rule(key, {
      name: 'Detractors',
      eventTypes: ['response.created'],
      conditions: { bands: ['detractor'] },
      target: { kind: 'slack', url: slack.url.replace('/hooks', '/slack-burst') },
    });
    await upsertContacts(
      t,
      key,
      Array.from({ length: 20 }, (_, i) => ({ externalId: `burst-${i}`, segment: 'Enterprise' })),
    );
    for (let i = 0; i < 20; i++) await answer(key, survey.id, `burst-${i}`, i % 7, `Beschwerde ${i}`);

    const carried = await until(
      () =>
        rows<{ status: string; delivery_id: string | null; delivered: string | null }>(
          sql`select e.status, e.delivery_id, d.status as delivered from alert_events e left join webhook_deliveries d on d.id = e.delivery_id where e.rule_id = ${burst.id}`,
        ),
      (r) => r.length === 20 && r.every((e) => e.status === 'sent' && e.delivered === 'delivered'),
      'all 20 alerts sent and delivered',
    );
    const messages = new Set(carried.map((e) => e.delivery_id));
    expect(messages.size).toBeGreaterThanOrEqual(1);
    expect(messages.size).toBeLessThanOrEqual(5);
    const got = slack.received.filter((r) => r.path === '/slack-burst');
    expect(got).toHaveLength(messages.size);
    let counted = 0;
    for (const r of got) {
      const m = JSON.parse(r.body) as SlackMessage;
      expect(slackMessageProblems(m)).toEqual([]);
      const header = m.blocks[0]?.type === 'header' ? m.blocks[0].text.text : '';
      const n = /^(\d+) detractors in the last minute$/.exec(header);
      counted += n ? Number(n[1]) : header.startsWith('Detractor · NPS') ? 1 : 0;
    }
    expect(counted).toBe(20);
  });

  it('mails an e-mail list through SMTP, saying why the address gets it', async () => {
    const { key } = await workspace('Mail Alerts');
    await rule(key, {
      name: 'Bad reviews',
      eventTypes: ['feedback.created'],
      conditions: { bands: ['detractor'] },
      target: { kind: 'email', emails: ['support-lead@example.test', 'cx@example.test'] },
    });
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/feedback',
      payload: {
        channel: 'review',
        source: 'trustpilot',
        rating: { value: 1, scaleMin: 1, scaleMax: 5 },
        text: 'Nie wieder. <b>Nie</b>.',
        occurredAt: new Date().toISOString(),
        externalRef: 'review-1',
      },
      as: { key },
    });
    expect(res.statusCode, res.body).toBe(200);
    for (const to of ['support-lead@example.test', 'cx@example.test']) {
      const mail = await smtp.waitFor((m) => m.to !== undefined && JSON.stringify(m.to).includes(to));
      expect(mail.subject).toBe('[Resonance] Detractor · Rating 1/5');
      expect(mail.text).toContain('Nie wieder. <b>Nie</b>.');
      expect(mail.html).toBe(false);
      expect(mail.text).toContain(
        'You get this mail because the alert rule “Bad reviews” of Mail Alerts sends its alerts to this address.',
      );
    }
  });

  it('strips personal data from alerts and webhook payloads with ids-only', async () => {
    const { key, survey } = await workspace('Ids Only');
    const put = await t.request({
      method: 'PUT',
      url: '/api/v1/settings/integrations',
      payload: { idsOnly: true },
      as: { key },
    });
    expect(put.statusCode).toBe(200);
    await rule(key, {
      name: 'All answers',
      eventTypes: ['response.created'],
      target: { kind: 'slack', url: slack.url.replace('/hooks', '/slack-ids') },
    });
    const endpoint = await t.request({
      method: 'POST',
      url: '/api/v1/webhooks',
      payload: { url: hooks.url.replace('/hooks', '/hook-ids'), eventTypes: ['response.created'] },
      as: { key },
    });
    expect(endpoint.statusCode).toBe(201);
    await upsertContacts(t, key, [
      {
        externalId: 'ids-1',
        email: 'geheim.person@example.test',
        name: 'Gudrun Geheim',
        segment: 'Enterprise',
      },
    ]);
    await answer(key, survey.id, 'ids-1', 3, 'Mein geheimer Kommentar');
    const [alert] = await arrivals(slack, '/slack-ids', 1);
    const [webhook] = await arrivals(hooks, '/hook-ids', 1);
    for (const body of [alert?.body ?? '', webhook?.body ?? '']) {
      expect(body).not.toContain('Gudrun');
      expect(body).not.toContain('geheim.person');
      expect(body).not.toContain('geheimer Kommentar');
      expect(body).toMatch(/feedback\?item=[0-9a-f-]{36}/);
    }
    expect(slackMessageProblems(JSON.parse(alert?.body ?? '{}') as SlackMessage)).toEqual([]);
    expect(JSON.parse(webhook?.body ?? '{}')).toMatchObject({ data: { score: 3, comment: null } });
    const stored = await rows<{ facts: unknown }>(
      sql`select facts from alert_events where event_type = 'response.created' and facts::text like '%Enterprise%'`,
    );
    expect(JSON.stringify(stored)).not.toMatch(/Gudrun|geheim\.person|geheimer/);
  });

  it('stops a queued alert message that carries an erased contact’s data', async () => {
    const { key, survey } = await workspace('Erasure');
    const erasing = await rule(key, {
      name: 'All answers',
      eventTypes: ['response.created'],
      target: { kind: 'slack', url: slack.url.replace('/hooks', '/slack-erase') },
    });
    await upsertContacts(t, key, [{ externalId: 'erase-me', email: 'weg@example.test', name: 'Wilma Weg' }]);
    // The channel is down: the message waits for its retry in 5 seconds.
    slack.answerWith({ status: 500 });
    await answer(key, survey.id, 'erase-me', 1, 'Wilma schreibt');
    await arrivals(slack, '/slack-erase', 1);
    const [pending] = await until(
      () =>
        rows<{ id: string; status: string; attempts: number }>(
          sql`select id, status, attempts from webhook_deliveries where alert_rule_id = ${erasing.id}`,
        ),
      (r) => r[0]?.attempts === 1 && r[0]?.status === 'pending',
      'the first attempt failed and a retry waits',
    );
    const erased = await t.request({ method: 'DELETE', url: '/api/v1/contacts/erase-me', as: { key } });
    expect(erased.statusCode, erased.body).toBe(200);
    // The webhooks stage drops deliveries naming the person, the alerts stage their alerts and the messages carrying them.
    const gone = await until(
      () =>
        rows<{ deliveries: number; alerts: number }>(
          sql`select (select count(*) from webhook_deliveries where id = ${pending?.id ?? ''})::int as deliveries, (select count(*) from alert_events where rule_id = ${erasing.id})::int as alerts`,
        ),
      (r) => Number(r[0]?.deliveries) === 0 && Number(r[0]?.alerts) === 0,
      'the queued message and the alert are gone',
    );
    expect(gone).toEqual([{ deliveries: 0, alerts: 0 }]);
  });
});
