import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { stubOutbound } from '../../../../test/helpers/outbound-stub.js';
import type { TAlertRule } from '../../../shared/contracts/alerts.js';

const SLACK_URL = 'https://hooks.slack.example.test/services/T000/B000/XXXXsecretTOKENxyzQ';

/**
 * `/api/v1/alert-rules` and `/api/v1/settings/integrations` through the real app: rules for each
 * target kind, a Slack URL sealed and never shown, the address policy on save, conditions that
 * must fit the events, 400s naming the field, who may manage rules.
 */
describe('alert rules API', () => {
  let t: TestApp;
  let key: string;
  let orgId: string;
  const net = stubOutbound({
    'hooks.slack.example.test': ['127.0.0.1'],
    'private.example.test': ['10.1.2.3'],
  });

  beforeAll(async () => {
    t = await buildTestApp({ env: { WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8' }, outbound: net.outbound });
    const owner = await t.signUp({ name: 'Alert Owner' });
    orgId = (await t.createOrg(owner.cookie, 'Alerting')).id;
    key = (await t.createApiKey(owner.cookie)).key;
  });
  afterAll(async () => {
    await t?.close();
    expect(net.violations).toEqual([]);
    expect(net.connected).toEqual([]);
  });

  const create = (payload: Record<string, unknown>, as: { key?: string; cookie?: string } = { key }) =>
    t.request({ method: 'POST', url: '/api/v1/alert-rules', payload, as });

  it('creates a Slack rule whose URL is sealed at rest and shown only as a hint', async () => {
    const res = await create({
      name: 'Enterprise detractors',
      eventTypes: ['response.created'],
      conditions: { bands: ['detractor'], hasComment: true, segments: ['Enterprise'] },
      language: 'de',
      target: { kind: 'slack', url: SLACK_URL },
    });
    expect(res.statusCode, res.body).toBe(201);
    const rule = res.json() as TAlertRule;
    expect(rule).toMatchObject({
      name: 'Enterprise detractors',
      eventTypes: ['response.created'],
      conditions: {
        bands: ['detractor'],
        hasComment: true,
        segments: ['Enterprise'],
        channels: [],
        surveyIds: [],
      },
      language: 'de',
      target: { kind: 'slack', urlHint: 'hooks.slack.example.test/…xyzQ' },
      isEnabled: true,
      disabledReason: null,
    });
    for (const url of ['/api/v1/alert-rules', `/api/v1/alert-rules/${rule.id}`]) {
      const read = await t.request({ method: 'GET', url, as: { key } });
      expect(read.statusCode).toBe(200);
      expect(read.body).not.toContain('secretTOKEN');
    }
    const stored = await t.runtime.deps.db.execute(sql`select * from alert_rules where id = ${rule.id}`);
    expect(JSON.stringify(stored)).not.toContain('secretTOKEN');
  });

  it('creates Teams, e-mail and webhook rules, in the organization’s language by default', async () => {
    const teams = await create({
      name: 'Breaches',
      eventTypes: ['case.breached', 'case.escalated'],
      conditions: { segments: ['Enterprise'] },
      target: { kind: 'teams', url: 'http://127.0.0.1:9/teams-hook' },
    });
    expect(teams.statusCode, teams.body).toBe(201);
    expect(teams.json()).toMatchObject({
      language: 'en',
      target: { kind: 'teams', urlHint: '127.0.0.1:9/…hook' },
    });
    const mail = await create({
      name: 'Support list',
      eventTypes: ['feedback.created'],
      target: { kind: 'email', emails: ['support@example.test', 'lead@example.test'] },
    });
    expect(mail.json()).toMatchObject({
      target: { kind: 'email', emails: ['support@example.test', 'lead@example.test'] },
    });
    const hook = await t.request({
      method: 'POST',
      url: '/api/v1/webhooks',
      payload: { url: 'http://127.0.0.1:9/crm', eventTypes: ['case.created'] },
      as: { key },
    });
    const endpointId = (hook.json() as { endpoint: { id: string } }).endpoint.id;
    const toHook = await create({
      name: 'Detractors to the CRM',
      eventTypes: ['response.created'],
      conditions: { bands: ['detractor'] },
      target: { kind: 'webhook', endpointId },
    });
    expect(toHook.statusCode, toHook.body).toBe(201);
    // Deleting the endpoint deletes the rule that sends to it.
    await t.request({ method: 'DELETE', url: `/api/v1/webhooks/${endpointId}`, as: { key } });
    const after = await t.request({
      method: 'GET',
      url: `/api/v1/alert-rules/${(toHook.json() as TAlertRule).id}`,
      as: { key },
    });
    expect(after.statusCode).toBe(404);
  });

  it('changes, turns off and on, and deletes a rule', async () => {
    const rule = (
      await create({ name: 'x', eventTypes: ['case.created'], target: { kind: 'slack', url: SLACK_URL } })
    ).json() as TAlertRule;
    const off = await t.request({
      method: 'PATCH',
      url: `/api/v1/alert-rules/${rule.id}`,
      payload: { isEnabled: false, name: 'renamed', target: { kind: 'email', emails: ['a@example.test'] } },
      as: { key },
    });
    expect(off.json()).toMatchObject({
      isEnabled: false,
      disabledReason: 'manual',
      name: 'renamed',
      target: { kind: 'email' },
    });
    const on = await t.request({
      method: 'PATCH',
      url: `/api/v1/alert-rules/${rule.id}`,
      payload: { isEnabled: true },
      as: { key },
    });
    expect(on.json()).toMatchObject({ isEnabled: true, disabledReason: null });
    const log = await t.request({
      method: 'GET',
      url: `/api/v1/alert-rules/${rule.id}/deliveries`,
      as: { key },
    });
    expect(log.json()).toEqual({ deliveries: [], nextCursor: null });
    expect(
      (await t.request({ method: 'DELETE', url: `/api/v1/alert-rules/${rule.id}`, as: { key } })).statusCode,
    ).toBe(200);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/alert-rules/${rule.id}`, as: { key } })).statusCode,
    ).toBe(404);
  });

  it('refuses Slack and Teams URLs that lead to addresses webhooks may not reach', async () => {
    for (const url of [
      'http://10.0.0.5/hook',
      'http://169.254.169.254/latest',
      'http://[::1]/x',
      'http://private.example.test/x',
      'http://nowhere.example.test/',
    ]) {
      for (const kind of ['slack', 'teams']) {
        const res = await create({ name: 'x', eventTypes: ['case.created'], target: { kind, url } });
        expect(res.statusCode, `${kind} ${url} → ${res.body}`).toBe(400);
        expect(res.json()).toMatchObject({ error: { details: [{ field: 'body.target.url' }] } });
      }
    }
  });

  it('answers bad input with 400 naming the field', async () => {
    const ok = { name: 'x', eventTypes: ['response.created'], target: { kind: 'slack', url: SLACK_URL } };
    for (const [payload, field] of [
      [{ ...ok, name: '' }, 'body.name'],
      [{ ...ok, name: 'x'.repeat(201) }, 'body.name'],
      [{ ...ok, eventTypes: [] }, 'body.eventTypes'],
      [{ ...ok, eventTypes: ['contact.erased'] }, 'body.eventTypes.0'],
      [{ ...ok, language: 'fr' }, 'body.language'],
      [{ ...ok, conditions: { bands: ['angry'] } }, 'body.conditions.bands.0'],
      [{ ...ok, conditions: { segments: ['a', 'a'] } }, 'body.conditions.segments'],
      [{ ...ok, conditions: { surveyIds: ['nope'] } }, 'body.conditions.surveyIds.0'],
      [{ ...ok, conditions: { extra: 1 } }, 'body.conditions'],
      [
        { ...ok, eventTypes: ['case.breached'], conditions: { bands: ['detractor'] } },
        'body.conditions.bands',
      ],
      [
        { ...ok, eventTypes: ['response.created', 'case.created'], conditions: { hasComment: true } },
        'body.conditions.hasComment',
      ],
      [{ ...ok, target: { kind: 'slack', url: 'ftp://x.test/' } }, 'body.target.url'],
      [
        { ...ok, target: { kind: 'slack', url: 'https://u:p@hooks.slack.example.test/x' } },
        'body.target.url',
      ],
      [{ ...ok, target: { kind: 'pager' } }, 'body.target.kind'],
      [{ ...ok, target: { kind: 'email', emails: [] } }, 'body.target.emails'],
      [{ ...ok, target: { kind: 'email', emails: ['not-an-address'] } }, 'body.target.emails.0'],
      [{ ...ok, target: { kind: 'email', emails: ['a@x.test', 'A@x.test'] } }, 'body.target.emails'],
      [
        { ...ok, target: { kind: 'webhook', endpointId: '00000000-0000-4000-8000-000000000000' } },
        'body.target.endpointId',
      ],
    ] as const) {
      const res = await create(payload);
      expect(res.statusCode, `${JSON.stringify(payload).slice(0, 120)} → ${res.body}`).toBe(400);
      const details = (res.json() as { error: { details: { field: string }[] } }).error.details;
      expect(details.map((d) => d.field)).toContain(field);
    }
    const rule = (await create(ok)).json() as TAlertRule;
    const patch = await t.request({
      method: 'PATCH',
      url: `/api/v1/alert-rules/${rule.id}`,
      payload: {
        eventTypes: ['case.resolved'],
        conditions: { surveyIds: ['11111111-1111-4111-8111-111111111111'] },
      },
      as: { key },
    });
    expect(patch.statusCode).toBe(400);
    expect((patch.json() as { error: { details: { field: string }[] } }).error.details[0]?.field).toBe(
      'body.conditions.surveyIds',
    );
    const empty = await t.request({
      method: 'PATCH',
      url: `/api/v1/alert-rules/${rule.id}`,
      payload: {},
      as: { key },
    });
    expect(empty.statusCode).toBe(400);
  });

  it('keeps the ids-only setting per organization', async () => {
    const read = () => t.request({ method: 'GET', url: '/api/v1/settings/integrations', as: { key } });
    expect((await read()).json()).toEqual({ idsOnly: false });
    const put = await t.request({
      method: 'PUT',
      url: '/api/v1/settings/integrations',
      payload: { idsOnly: true },
      as: { key },
    });
    expect(put.json()).toEqual({ idsOnly: true });
    expect((await read()).json()).toEqual({ idsOnly: true });
    const bad = await t.request({
      method: 'PUT',
      url: '/api/v1/settings/integrations',
      payload: { idsOnly: 'yes' },
      as: { key },
    });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { error: { details: { field: string }[] } }).error.details[0]?.field).toBe(
      'body.idsOnly',
    );
  });

  it('lets owners, admins and API keys manage rules, and refuses analysts and agents', async () => {
    const admin = await t.addMember(orgId, 'admin');
    expect(
      (
        await create(
          { name: 'a', eventTypes: ['case.created'], target: { kind: 'email', emails: ['a@example.test'] } },
          { cookie: admin.cookie },
        )
      ).statusCode,
    ).toBe(201);
    for (const role of ['analyst', 'agent'] as const) {
      const person = await t.addMember(orgId, role);
      for (const req of [
        { method: 'GET' as const, url: '/api/v1/alert-rules' },
        { method: 'GET' as const, url: '/api/v1/settings/integrations' },
        { method: 'PUT' as const, url: '/api/v1/settings/integrations', payload: { idsOnly: false } },
        {
          method: 'POST' as const,
          url: '/api/v1/alert-rules',
          payload: {
            name: 'a',
            eventTypes: ['case.created'],
            target: { kind: 'email', emails: ['a@example.test'] },
          },
        },
      ]) {
        const res = await t.request({ ...req, as: { cookie: person.cookie } });
        expect(res.statusCode, `${role} ${req.method} ${req.url}`).toBe(403);
      }
    }
  });
});
