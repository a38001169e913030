import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import type { TCaseDetail, TCaseList, TCaseReport } from '../../../shared/contracts/cases.js';
import type { TNotificationList } from '../../../shared/contracts/notifications.js';
import { createSmtpTransport } from '../../email/transport.js';
import { mailingDeps } from '../../jobs/survey-mailing.js';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { settlePipeline } from '../../../../test/helpers/pipeline.js';
import { recipients, startSmtpPeer, type SmtpPeer } from '../../../../test/helpers/smtp-peer.js';
import { liveSurvey, manualClock, upsertContacts } from '../../../../test/helpers/survey-fixtures.js';
import { dispatchDueInvitations } from '../sending/dispatch-invitations.service.js';
import { tickCaseSla } from './tick-case-sla.service.js';

const form = { 'content-type': 'application/x-www-form-urlencoded' };
const HOUR = 3_600_000;

/**
 * The inner loop through the real thing: a survey mail over SMTP, a detractor's click, the cases
 * stage in the pipeline, the assignee's mail, a second low score joining, the agent's threaded
 * reply, and the SLA tick on a controlled clock.
 */
describe('follow-up cases', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  let key: string;
  let otherKey: string;
  let owner: { cookie: string; email: string; userId: string };
  let agent: { cookie: string; email: string; userId: string };
  // Monday 2 November 2026, 10:00 in Berlin: inside business hours.
  const clock = manualClock(new Date('2026-11-02T09:00:00Z'));
  let caseId = '';

  const header = (mail: ParsedMail, name: string) =>
    (mail.headerLines.find((h) => h.key === name)?.line ?? '')
      .replace(/^[^:]+:\s*/, '')
      .replace(/\r?\n\s+/g, ' ');
  const getCase = async (id: string, as: { key?: string; cookie?: string } = { key }) => {
    const res = await t.request({ method: 'GET', url: `/api/v1/cases/${id}`, as });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TCaseDetail;
  };

  beforeAll(async () => {
    smtp = await startSmtpPeer();
    t = await buildTestApp({ transport: createSmtpTransport(smtp.url), workers: true, now: clock.now });
    owner = await t.signUp({ name: 'Olga Owner' });
    const org = await t.createOrg(owner.cookie, 'Kaffeerösterei Müller');
    key = (await t.createApiKey(owner.cookie)).key;
    agent = await t.addMember(org.id, 'agent');
    const other = await t.signUp({ name: 'Other Owner' });
    await t.createOrg(other.cookie, 'Other Org');
    otherKey = (await t.createApiKey(other.cookie)).key;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('opens one case for a detractor answer through the e-mail link, assigns the account owner and mails them', async () => {
    await upsertContacts(t, key, [
      {
        externalId: 'CUST-1',
        email: 'ada@example.test',
        name: 'Ada Lovelace',
        language: 'en',
        accountOwner: agent.email,
      },
    ]);
    const survey = await liveSurvey(t, key, 'relationship-nps');
    const sent = await t.request({
      method: 'POST',
      url: `/api/v1/surveys/${survey.id}/send`,
      payload: { contacts: ['CUST-1'] },
      as: { key },
    });
    expect(sent.statusCode, sent.body).toBe(200);
    await dispatchDueInvitations(mailingDeps(t.runtime.jobContext));
    const invitation = await smtp.waitFor((m) => recipients(m).includes('ada@example.test'));
    const token = /\/s\/([A-Za-z0-9_-]{43})\?score=3/.exec(invitation.text ?? '')?.[1];
    expect(token).toBeDefined();
    const answered = await t.request({
      method: 'POST',
      url: `/s/${token}`,
      payload: 'q_nps=3',
      headers: form,
    });
    expect(answered.statusCode).toBe(303);
    await settlePipeline(t);

    const list = (await t.request({ method: 'GET', url: '/api/v1/cases', as: { key } })).json() as TCaseList;
    expect(list.cases).toHaveLength(1);
    const c = list.cases[0];
    caseId = c?.id ?? '';
    expect(c).toMatchObject({
      number: 1,
      status: 'new',
      priority: 'normal',
      channel: 'survey',
      origin: 'rule',
      contact: { name: 'Ada Lovelace', email: 'ada@example.test' },
      assignee: { id: agent.userId },
      sla: { isBreached: false },
    });
    // Survey detractors: one business day (8 h of Mon–Fri 09:00–17:00 Berlin) from 10:00 Monday.
    expect(c?.sla.dueAt).toBe('2026-11-03T09:00:00.000Z');
    const detail = await getCase(caseId);
    expect(detail.items).toHaveLength(1);
    expect(detail.items[0]).toMatchObject({ metric: 'nps', score: 3 });
    expect(detail.events.map((e) => e.type)).toEqual(['opened', 'assigned']);
    expect(detail.clocks.find((k) => k.metric === 'firstResponse')).toMatchObject({
      state: 'running',
      targetMinutes: 480,
      businessHours: true,
    });

    const notice = await smtp.waitFor((m) => recipients(m).includes(agent.email.toLowerCase()));
    expect(notice.subject).toContain('#1');
    expect(notice.text).toContain(`/cases/${caseId}`);
    const bell = (
      await t.request({ method: 'GET', url: '/api/v1/notifications', as: { cookie: agent.cookie } })
    ).json() as TNotificationList;
    expect(bell.unread).toBe(1);
    expect(bell.items[0]).toMatchObject({ kind: 'case.assigned', case: { id: caseId, number: 1 } });

    // The answer and the inbox item name their case.
    const answers = (
      await t.request({ method: 'GET', url: `/api/v1/responses?surveyId=${survey.id}`, as: { key } })
    ).json() as { items: Array<{ caseId: string | null }> };
    expect(answers.items.map((a) => a.caseId)).toEqual([caseId]);
    const inbox = (await t.request({ method: 'GET', url: '/api/v1/feedback', as: { key } })).json() as {
      items: Array<{ caseId: string | null }>;
    };
    expect(inbox.items.map((a) => a.caseId)).toEqual([caseId]);

    // The stage ran once per item version: settling again opens nothing.
    await settlePipeline(t);
    expect(
      ((await t.request({ method: 'GET', url: '/api/v1/cases', as: { key } })).json() as TCaseList).cases,
    ).toHaveLength(1);
  });

  it('joins a second low score from the same customer to the open case and raises its priority', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/feedback',
      payload: {
        channel: 'review',
        rating: { value: 1, scaleMin: 1, scaleMax: 5 },
        text: 'Still broken.',
        contactExternalId: 'CUST-1',
        occurredAt: clock.now().toISOString(),
      },
      as: { key },
    });
    expect(res.statusCode, res.body).toBe(200);
    const itemId = (res.json() as { items: Array<{ id: string }> }).items[0]?.id;
    await settlePipeline(t);
    const item = (
      await t.request({ method: 'GET', url: `/api/v1/feedback/${itemId}`, as: { key } })
    ).json() as {
      caseId: string | null;
    };
    expect(item.caseId).toBe(caseId);
    const list = (await t.request({ method: 'GET', url: '/api/v1/cases', as: { key } })).json() as TCaseList;
    expect(list.cases).toHaveLength(1);
    const detail = await getCase(caseId);
    expect(detail.items.map((i) => i.score)).toEqual([3, 1]);
    // One star is the bottom of its scale (high) and a public review raises it a step.
    expect(detail.priority).toBe('urgent');
    expect(detail.events.map((e) => e.type)).toContain('joined');
  });

  it('mails the agent’s reply to the customer, threaded, and stops the first-response clock', async () => {
    clock.advance(HOUR);
    const first = await t.request({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/messages`,
      payload: { kind: 'reply', body: 'Dear Ada,\n\nwe are sorry <b>and</b> will fix it.' },
      as: { cookie: agent.cookie },
    });
    expect(first.statusCode, first.body).toBe(200);
    const afterReply = first.json() as TCaseDetail;
    expect(afterReply.status).toBe('open');
    expect(afterReply.firstResponseAt).toBe(clock.now().toISOString());
    expect(afterReply.clocks.find((k) => k.metric === 'firstResponse')?.state).toBe('met');
    const mail1 = await smtp.waitFor(
      (m) => recipients(m).includes('ada@example.test') && /\[#1\]/.test(m.subject ?? ''),
    );
    expect(mail1.text).toContain('we are sorry <b>and</b> will fix it.');
    expect(String(mail1.html)).not.toContain('<b>and</b>');
    const id1 = header(mail1, 'message-id');
    expect(id1).toMatch(new RegExp(`^<case\\.${caseId}\\.[0-9a-f-]+@resonance\\.test>$`));
    expect(mail1.text).toMatch(/http:\/\/resonance\.test\/c\/[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{32}/);

    clock.advance(HOUR);
    await t.request({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/messages`,
      payload: { kind: 'reply', body: 'A replacement is on its way.' },
      as: { cookie: agent.cookie },
    });
    const mail2 = await smtp.waitFor((m) => (m.text ?? '').includes('A replacement is on its way.'));
    expect(mail2.subject).toBe(mail1.subject);
    expect(header(mail2, 'in-reply-to')).toBe(id1);
    expect(header(mail2, 'references')).toContain(id1);
  });

  it('keeps notes internal and notifies the people they mention', async () => {
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/messages`,
      payload: { kind: 'note', body: '@Olga can we offer a voucher?' },
      as: { cookie: agent.cookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    const bell = (
      await t.request({ method: 'GET', url: '/api/v1/notifications', as: { cookie: owner.cookie } })
    ).json() as TNotificationList;
    expect(bell.items.map((n) => n.kind)).toContain('case.mentioned');
    const before = smtp.mails.filter((m) => recipients(m).includes('ada@example.test')).length;
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.mails.filter((m) => recipients(m).includes('ada@example.test'))).toHaveLength(before);
  });

  it('closes only with a root cause and an action from the organization’s lists', async () => {
    const bare = await t.request({
      method: 'PATCH',
      url: `/api/v1/cases/${caseId}`,
      payload: { status: 'closed' },
      as: { cookie: agent.cookie },
    });
    expect(bare.statusCode).toBe(400);
    expect(bare.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', details: [{ field: 'body.rootCause' }] },
    });
    const unknown = await t.request({
      method: 'PATCH',
      url: `/api/v1/cases/${caseId}`,
      payload: { status: 'closed', rootCause: 'weather', action: 'replacement' },
      as: { cookie: agent.cookie },
    });
    expect(unknown.json()).toMatchObject({ error: { details: [{ field: 'body.rootCause' }] } });
    const closed = await t.request({
      method: 'PATCH',
      url: `/api/v1/cases/${caseId}`,
      payload: { status: 'closed', rootCause: 'product-defect', action: 'replacement' },
      as: { cookie: agent.cookie },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({
      status: 'closed',
      rootCause: 'product-defect',
      action: 'replacement',
    });
  });

  it('warns, breaches and escalates an unanswered case on the clock', async () => {
    await upsertContacts(t, key, [{ externalId: 'CUST-2', email: 'bob@example.test', name: 'Bob' }]);
    clock.set(new Date('2026-11-09T08:00:00Z')); // Monday 09:00 Berlin
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        subject: 'Charged twice',
        channel: 'email',
        contactExternalId: 'CUST-2',
        assigneeId: agent.userId,
        body: 'You charged me twice!',
      },
      as: { key },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = (created.json() as TCaseDetail).id;
    const deps = { ...t.runtime.deps };
    // E-mail: first response within 4 h around the clock; warned at 80 % (3 h 12 min).
    clock.advance(3 * HOUR + 15 * 60_000);
    await tickCaseSla(deps);
    let c = await getCase(id);
    expect(c.sla.isWarning).toBe(true);
    expect(c.events.map((e) => e.type)).toContain('warned');
    clock.advance(HOUR);
    await tickCaseSla(deps);
    c = await getCase(id);
    expect(c.sla.isBreached).toBe(true);
    expect(c.escalationLevel).toBe(1);
    expect(c.priority).toBe('high');
    expect(c.events.map((e) => e.type)).toEqual(expect.arrayContaining(['breached', 'escalated']));
    // The log says which clock ran out (webhooks' case.breached carries it).
    expect(c.events.find((e) => e.type === 'breached')?.data).toMatchObject({ metric: 'firstResponse' });
    // Four more hours late: the admins' level, and a tick in between changes nothing twice.
    clock.advance(4 * HOUR);
    await tickCaseSla(deps);
    await tickCaseSla(deps);
    c = await getCase(id);
    expect(c.escalationLevel).toBe(2);
    expect(c.events.filter((e) => e.type === 'escalated')).toHaveLength(2);
    const ownerBell = (
      await t.request({ method: 'GET', url: '/api/v1/notifications', as: { cookie: owner.cookie } })
    ).json() as TNotificationList;
    expect(ownerBell.items.map((n) => n.kind)).toContain('case.escalated');
  });

  it('re-surveys the resolved detractor once throttling allows, and counts the recovery in the report', async () => {
    const closedCase = await getCase(caseId);
    const planned = closedCase.events.find((e) => e.type === 'recovery-survey');
    // Asked again a week after resolution at the earliest, and not inside the 30-day quiet period.
    expect(planned?.data).toMatchObject({ status: 'scheduled' });
    const at = new Date(String(planned?.data.scheduledFor));
    expect(at.getTime()).toBeGreaterThan(new Date('2026-12-02T09:00:00Z').getTime());
    clock.set(new Date(at.getTime() + HOUR));
    const before = smtp.mails.length;
    await dispatchDueInvitations(mailingDeps(t.runtime.jobContext));
    const again = await smtp.waitFor(
      (m) =>
        smtp.mails.indexOf(m) >= before &&
        recipients(m).includes('ada@example.test') &&
        /score=9/.test(m.text ?? ''),
    );
    const token = /\/s\/([A-Za-z0-9_-]{43})\?score=9/.exec(again.text ?? '')?.[1];
    const answered = await t.request({
      method: 'POST',
      url: `/s/${token}`,
      payload: 'q_nps=9',
      headers: form,
    });
    expect(answered.statusCode).toBe(303);
    await settlePipeline(t);

    const report = await t.request({
      method: 'GET',
      url: '/api/v1/cases/report?from=2026-11-01&to=2026-11-10',
      as: { key },
    });
    expect(report.statusCode, report.body).toBe(200);
    const r = report.json() as TCaseReport;
    expect(r.opened).toBe(2);
    expect(r.recovery.all).toMatchObject({ successes: 1, n: 1, percent: 100 });
    expect(r.recovery.all.low).toBeGreaterThan(0);
    expect(r.recovery.all.low).toBeLessThan(100);
    expect(r.recovery.promoters).toMatchObject({ successes: 1, n: 1 });
    expect(r.recovery.byRootCause).toEqual([
      expect.objectContaining({ key: 'product-defect', successes: 1, n: 1 }),
    ]);
    expect(r.recovery.byAction).toEqual([
      expect.objectContaining({ key: 'replacement', successes: 1, n: 1 }),
    ]);
    expect(r.recovery.byAgent).toEqual([expect.objectContaining({ key: agent.userId, successes: 1 })]);
    expect(r.firstResponse).toMatchObject({ n: 1, medianMinutes: 60 });
    expect(r.slaFirstResponse.all).toMatchObject({ successes: 1, n: 1 });
    expect(r.backlog.byStatus.new).toBe(1);
    expect(r.backlog.breached).toBe(1);

    const csv = await t.request({
      method: 'GET',
      url: '/api/v1/cases/report.csv?from=2026-11-01&to=2026-11-10',
      as: { key },
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('recovery,root_cause,product-defect,product-defect,1,1,100');
  });

  it('keeps every case to its organization', async () => {
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/cases/${caseId}`, as: { key: otherKey } })).statusCode,
    ).toBe(404);
    const theirs = (
      await t.request({ method: 'GET', url: '/api/v1/cases', as: { key: otherKey } })
    ).json() as TCaseList;
    expect(theirs.cases).toHaveLength(0);
    for (const req of [
      { method: 'PATCH' as const, url: `/api/v1/cases/${caseId}`, payload: { priority: 'low' } },
      {
        method: 'POST' as const,
        url: `/api/v1/cases/${caseId}/messages`,
        payload: { kind: 'note', body: 'x' },
      },
    ])
      expect((await t.request({ ...req, as: { key: otherKey } })).statusCode).toBe(404);
    expect((await getCase(caseId)).priority).toBe('urgent');
  });
});
