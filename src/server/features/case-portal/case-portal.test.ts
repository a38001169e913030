import fc from 'fast-check';
import nodemailer from 'nodemailer';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCaseDetail } from '../../../shared/contracts/cases.js';
import type { TNotificationList } from '../../../shared/contracts/notifications.js';
import { createSmtpTransport } from '../../email/transport.js';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { recipients, startSmtpPeer, type SmtpPeer } from '../../../../test/helpers/smtp-peer.js';
import { manualClock, upsertContacts } from '../../../../test/helpers/survey-fixtures.js';
import { insertTeam, setTeamMembers } from '../cases/agents.repo.js';
import { caseToken } from '../cases/case-token.js';
import { CUSTOMER_MESSAGES_PER_HOUR } from '../cases/record-customer-message.service.js';

const form = { 'content-type': 'application/x-www-form-urlencoded' };
const HOUR = 3_600_000;
const DOMAIN = 'reply.resonance.test';

/**
 * The customer's side of a case through the real app: the public case page (reading changes
 * nothing), the reply and escalation forms, and reply mails through the built-in SMTP receiver,
 * with the agents' notification mails arriving at a real SMTP peer.
 */
describe('the customer’s case page and inbound mail', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  let key: string;
  let agent: { cookie: string; email: string; userId: string };
  let lead: { cookie: string; email: string; userId: string };
  let teamId: string;
  let inboundPort: number;
  // Monday 2 November 2026, 10:00 in Berlin.
  const clock = manualClock(new Date('2026-11-02T09:00:00Z'));

  const tokenOf = (id: string) => caseToken(t.runtime.deps.config.authSecret, id);
  const getCase = async (id: string) => {
    const res = await t.request({ method: 'GET', url: `/api/v1/cases/${id}`, as: { key } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TCaseDetail;
  };
  const bell = async (cookie: string) =>
    (
      await t.request({ method: 'GET', url: '/api/v1/notifications', as: { cookie } })
    ).json() as TNotificationList;
  const openCase = async (subject: string, contact: string, extra: Record<string, unknown> = {}) => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: { subject, channel: 'email', contactExternalId: contact, teamId, ...extra },
      as: { key },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as TCaseDetail;
  };
  const patch = async (id: string, payload: Record<string, unknown>) => {
    const res = await t.request({ method: 'PATCH', url: `/api/v1/cases/${id}`, payload, as: { key } });
    expect(res.statusCode, res.body).toBe(200);
  };
  const post = (url: string, fields: Record<string, string>) =>
    t.request({ method: 'POST', url, payload: new URLSearchParams(fields).toString(), headers: form });
  const agentReply = async (id: string, body: string) => {
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/cases/${id}/messages`,
      payload: { kind: 'reply', body },
      as: { cookie: agent.cookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    return smtp.waitFor((m) => (m.text ?? '').includes(body));
  };
  const header = (mail: ParsedMail, name: string) =>
    (mail.headerLines.find((h) => h.key === name)?.line ?? '')
      .replace(/^[^:]+:\s*/, '')
      .replace(/\r?\n\s+/g, ' ');
  const inbound = () =>
    nodemailer.createTransport({ host: '127.0.0.1', port: inboundPort, secure: false, ignoreTLS: true });

  beforeAll(async () => {
    smtp = await startSmtpPeer();
    t = await buildTestApp({
      transport: createSmtpTransport(smtp.url),
      workers: true,
      now: clock.now,
      env: { INBOUND_SMTP_PORT: '0', INBOUND_MAIL_DOMAIN: DOMAIN },
    });
    inboundPort = (await t.runtime.startInboundMail()) ?? 0;
    const owner = await t.signUp({ name: 'Olga Owner' });
    const org = await t.createOrg(owner.cookie, 'Kaffeerösterei Müller');
    key = (await t.createApiKey(owner.cookie)).key;
    agent = await t.addMember(org.id, 'agent');
    lead = await t.addMember(org.id, 'agent');
    const team = await insertTeam(t.runtime.deps.db, {
      organizationId: org.id,
      name: 'Support',
      leadUserId: lead.userId,
      calendar: null,
      isRoundRobin: false,
    });
    teamId = team.id;
    await setTeamMembers(t.runtime.deps.db, org.id, team.id, [agent.userId, lead.userId]);
    await upsertContacts(t, key, [
      { externalId: 'ADA', email: 'ada@example.test', name: 'Ada Lovelace', language: 'en' },
      { externalId: 'BEA', email: 'bea@example.test', name: 'Bea Berger', language: 'de' },
      { externalId: 'CEM', email: 'cem@example.test', name: 'Cem', language: 'en' },
      { externalId: 'DAN', email: 'dan@example.test', name: 'Dan', language: 'en' },
    ]);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('shows the case page with the answer due time in the team calendar’s zone, and reading changes nothing', async () => {
    clock.set(new Date('2026-11-02T09:00:00Z'));
    const c = await openCase('Grinder <b>broken</b>', 'ADA', {
      assigneeId: agent.userId,
      body: 'My grinder stopped.',
    });
    const token = tokenOf(c.id);
    const before = await getCase(c.id);
    const bellBefore = (await bell(agent.cookie)).items.length;
    for (const url of [`/c/${token}`, `/c/${token}/received`, `/c/${token}/escalated`]) {
      const res = await t.request({ method: 'GET', url });
      expect(res.statusCode, url).toBeLessThan(400);
    }
    const page = await t.request({ method: 'GET', url: `/c/${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(String(page.headers['content-security-policy'])).toMatch(/style-src 'nonce-[^']+'/);
    // E-mail: first response within 4 h around the clock; shown in Berlin time.
    expect(page.body).toContain('will answer by Mon 2 Nov 2026, 14:00');
    expect(page.body).toContain('My grinder stopped.');
    // The subject is the customer's own text here: escaped.
    expect(page.body).toContain('Grinder &lt;b&gt;broken&lt;/b&gt;');
    expect(page.body).not.toContain('<b>broken</b>');
    expect(page.body).toContain(`action="/c/${token}/reply"`);
    expect(page.body).toContain(`action="/c/${token}/escalate"`);
    // The escalated confirmation of a case never escalated sends the reader to the case page.
    const escalated = await t.request({ method: 'GET', url: `/c/${token}/escalated` });
    expect(escalated.statusCode).toBe(303);
    expect(escalated.headers.location).toBe(`/c/${token}`);
    const after = await getCase(c.id);
    expect(after).toEqual(before);
    expect((await bell(agent.cookie)).items).toHaveLength(bellBefore);
  });

  it('files a reply from the page, tells the assignee by mail, escapes it, and reopens a resolved case', async () => {
    clock.set(new Date('2026-11-03T09:00:00Z'));
    const c = await openCase('Late delivery', 'BEA', { assigneeId: agent.userId });
    const token = tokenOf(c.id);
    await agentReply(c.id, 'Wir prüfen das.');
    await patch(c.id, { status: 'waiting' });
    clock.advance(HOUR);
    const res = await post(`/c/${token}/reply`, {
      message: 'Es ist <script>alert(1)</script> immer noch da.',
    });
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe(`/c/${token}/received`);
    let detail = await getCase(c.id);
    expect(detail.status).toBe('open');
    const message = detail.events.find((e) => e.type === 'customer-message');
    expect(message).toMatchObject({
      author: 'customer',
      body: 'Es ist <script>alert(1)</script> immer noch da.',
      data: { via: 'page' },
    });
    expect(detail.events.find((e) => e.type === 'status' && e.data.from === 'waiting')).toBeDefined();
    const notice = await smtp.waitFor(
      (m) => recipients(m).includes(agent.email.toLowerCase()) && (m.text ?? '').includes('immer noch da'),
    );
    expect(notice.subject).toContain(`#${c.number}`);
    expect((await bell(agent.cookie)).items.map((n) => n.kind)).toContain('case.customer-message');
    // The next answer is due again, and the page shows the message escaped, in German.
    const page = await t.request({ method: 'GET', url: `/c/${token}` });
    expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.body).not.toContain('<script>alert(1)</script>');
    expect(page.body).toContain('antworten Ihnen bis');
    const received = await t.request({ method: 'GET', url: res.headers.location as string });
    expect(received.statusCode).toBe(200);
    expect(received.body).toContain('Nachricht erhalten');

    await patch(c.id, { status: 'resolved' });
    const reopened = await post(`/c/${token}/reply`, { message: 'Doch nicht gelöst.' });
    expect(reopened.statusCode).toBe(303);
    expect(reopened.headers.location).toBe(`/c/${token}/received?reopened=1`);
    detail = await getCase(c.id);
    expect(detail.status).toBe('open');
    expect(detail.resolvedAt).toBeNull();
    expect(detail.events.find((e) => e.type === 'status' && e.data.from === 'resolved')).toBeDefined();
    expect(detail.events.filter((e) => e.type === 'status' && e.data.via === 'customer')).toHaveLength(2);
  });

  it('adds a message on a closed case to the contact’s open case of the same topic instead of reopening it', async () => {
    const closed = await openCase('First problem', 'CEM', { assigneeId: agent.userId });
    await patch(closed.id, { status: 'closed', rootCause: 'product-defect', action: 'replacement' });
    const open = await openCase('Second problem', 'CEM', { assigneeId: agent.userId });
    const res = await post(`/c/${tokenOf(closed.id)}/reply`, { message: 'Also, the lid.' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/c/${tokenOf(open.id)}/received`);
    expect((await getCase(closed.id)).status).toBe('closed');
    const joined = await getCase(open.id);
    expect(joined.events.find((e) => e.type === 'customer-message')?.body).toBe('Also, the lid.');
  });

  it('escalates once: level and priority up, the team lead told; a second escalation is refused', async () => {
    const c = await openCase('Refund missing', 'DAN', { assigneeId: agent.userId });
    const token = tokenOf(c.id);
    const empty = await post(`/c/${token}/escalate`, { reason: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Please tell us what is still not solved.');
    const res = await post(`/c/${token}/escalate`, { reason: 'Three weeks & still no <refund>.' });
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe(`/c/${token}/escalated`);
    const detail = await getCase(c.id);
    expect(detail.escalationLevel).toBe(1);
    expect(detail.priority).toBe('high');
    expect(detail.customerEscalatedAt).toBe(clock.now().toISOString());
    expect(detail.events.find((e) => e.type === 'customer-escalated')).toMatchObject({
      author: 'customer',
      body: 'Three weeks & still no <refund>.',
    });
    const leadBell = await bell(lead.cookie);
    expect(leadBell.items.find((n) => n.kind === 'case.escalated')).toMatchObject({
      case: { id: c.id },
      data: { byCustomer: true, level: 1 },
    });
    const mail = await smtp.waitFor(
      (m) => recipients(m).includes(lead.email.toLowerCase()) && (m.text ?? '').includes('still no <refund>'),
    );
    expect(mail.subject).toContain(`#${c.number}`);
    const confirmation = await t.request({ method: 'GET', url: `/c/${token}/escalated` });
    expect(confirmation.statusCode).toBe(200);
    expect(confirmation.body).toContain('Escalation received');
    const page = await t.request({ method: 'GET', url: `/c/${token}` });
    expect(page.body).toContain('Your case is escalated');
    expect(page.body).not.toContain(`action="/c/${token}/escalate"`);

    const again = await post(`/c/${token}/escalate`, { reason: 'Again!' });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('already escalated');
    expect(await getCase(c.id)).toEqual(detail);
  });

  it('refuses to escalate a closed case and changes nothing', async () => {
    const c = await openCase('Closed one', 'DAN', { assigneeId: agent.userId, topic: 'closed-topic' });
    await patch(c.id, { status: 'closed', rootCause: 'product-defect', action: 'apology' });
    const before = await getCase(c.id);
    const res = await post(`/c/${tokenOf(c.id)}/escalate`, { reason: 'Please!' });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('cannot be escalated');
    expect(await getCase(c.id)).toEqual(before);
  });

  it('answers a forged or cut link with the "invalid link" page', async () => {
    const c = await openCase('Forgery target', 'ADA', { topic: 'forgery' });
    const real = tokenOf(c.id);
    const forged = `${real.slice(0, 23)}${real[23] === 'A' ? 'B' : 'A'}${real.slice(24)}`;
    for (const token of [forged, real.slice(0, 40), 'x'.repeat(100), '%00']) {
      for (const res of [
        await t.request({ method: 'GET', url: `/c/${token}`, headers: { 'accept-language': 'de-DE' } }),
        await post(`/c/${token}/reply`, { message: 'hi' }),
        await post(`/c/${token}/escalate`, { reason: 'hi' }),
      ]) {
        expect(res.statusCode, token).toBe(404);
        expect(res.body).toMatch(/link is not valid|Link ist ungültig/);
      }
    }
    expect((await getCase(c.id)).events.map((e) => e.type)).toEqual(['opened']);
  });

  it('takes at most ten messages per case an hour, then again', async () => {
    clock.set(new Date('2026-11-10T09:00:00Z'));
    const c = await openCase('Chatty', 'ADA', { topic: 'chatty', assigneeId: agent.userId });
    const token = tokenOf(c.id);
    for (let i = 0; i < CUSTOMER_MESSAGES_PER_HOUR; i++)
      expect((await post(`/c/${token}/reply`, { message: `Message ${i}` })).statusCode).toBe(303);
    const over = await post(`/c/${token}/reply`, { message: 'One more' });
    expect(over.statusCode).toBe(429);
    expect(over.body).toContain('One more');
    expect(over.body).toContain('please wait a little');
    clock.advance(HOUR + 1);
    expect((await post(`/c/${token}/reply`, { message: 'Later' })).statusCode).toBe(303);
    const messages = (await getCase(c.id)).events.filter((e) => e.type === 'customer-message');
    expect(messages.map((m) => m.body)).not.toContain('One more');
    expect(messages).toHaveLength(CUSTOMER_MESSAGES_PER_HOUR + 1);
  });

  it('never answers a random reply or escalation form with a 5xx', async () => {
    const c = await openCase('Fuzzed', 'BEA', { topic: 'fuzz', assigneeId: agent.userId });
    const token = tokenOf(c.id);
    const value = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ maxLength: 50, unit: 'binary' }),
      fc.constantFrom(
        '',
        '\u0000',
        'a\u0000b',
        '\ud800',
        'x\udfffy',
        '\udbff',
        'é'.repeat(20_000),
        'x'.repeat(20_001),
        '字'.repeat(25_000),
        '<script>alert(1)</script>',
      ),
    );
    const body = fc
      .dictionary(fc.constantFrom('message', 'reason', 'nonce', '__proto__', 'x'), value, { maxKeys: 3 })
      .map((d) => new URLSearchParams(d).toString());
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('reply', 'escalate'), body, async (action, payload) => {
        const res = await t.request({ method: 'POST', url: `/c/${token}/${action}`, payload, headers: form });
        expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
        expect(res.body).not.toContain('<script>alert(1)</script>');
      }),
      { numRuns: 60 },
    );
    const page = await t.request({ method: 'GET', url: `/c/${token}` });
    expect(page.statusCode).toBe(200);
    for (const e of (await getCase(c.id)).events) expect(e.body ?? '').not.toContain('\u0000');
  });

  it('files reply mails from the inbound SMTP receiver without the quoted history, threaded by Message-ID', async () => {
    clock.set(new Date('2026-11-16T09:00:00Z'));
    const c = await openCase('Descaler', 'ADA', { topic: 'descaler', assigneeId: agent.userId });
    const other = await openCase('Beans', 'ADA', { topic: 'beans', assigneeId: agent.userId });
    const agentMail = await agentReply(c.id, 'Please try the descaler.');
    const replyTo = `case+${tokenOf(c.id)}@${DOMAIN}`;
    expect(agentMail.replyTo?.value[0]?.address).toBe(replyTo);
    const agentMessageId = header(agentMail, 'message-id');
    const sender = inbound();
    clock.advance(HOUR);
    const sent = await sender.sendMail({
      from: 'Ada Lovelace <ada@example.test>',
      to: replyTo,
      subject: `Re: ${agentMail.subject ?? ''}`,
      inReplyTo: agentMessageId,
      references: [agentMessageId],
      text: `It works now, thank you!\n\nOn Mon, 16 Nov 2026 at 10:00, Kaffeerösterei Müller <support@example.test> wrote:\n> Please try the descaler.\n> ${'quoted '.repeat(20)}`,
    });
    let detail = await getCase(c.id);
    const filed = detail.events.filter((e) => e.type === 'customer-message');
    expect(filed).toHaveLength(1);
    expect(filed[0]).toMatchObject({
      author: 'customer',
      body: 'It works now, thank you!',
      data: { via: 'mail', from: 'ada@example.test', fromContact: true },
    });
    await smtp.waitFor(
      (m) => recipients(m).includes(agent.email.toLowerCase()) && (m.text ?? '').includes('It works now'),
    );
    // The same mail delivered twice is filed once.
    await sender.sendMail({
      from: 'ada@example.test',
      to: replyTo,
      messageId: sent.messageId,
      text: 'It works now, thank you!',
    });
    detail = await getCase(c.id);
    expect(detail.events.filter((e) => e.type === 'customer-message')).toHaveLength(1);

    // A later agent reply threads under the customer's mail.
    const next = await agentReply(c.id, 'Glad to hear it.');
    expect(header(next, 'references')).toContain(sent.messageId);

    // Sent to the other case's address as a reply to this case's mail: the thread leads.
    await sender.sendMail({
      from: 'ada@example.test',
      to: `case+${tokenOf(other.id)}@${DOMAIN}`,
      inReplyTo: agentMessageId,
      text: 'One more thing about the descaler.',
    });
    expect((await getCase(c.id)).events.at(-1)?.body).toBe('One more thing about the descaler.');

    // Someone other than the contact (a colleague, a forward): filed and marked, German quote cut.
    await sender.sendMail({
      from: 'kollege@example.test',
      to: `CASE+${tokenOf(other.id)}@${DOMAIN.toUpperCase()}`,
      text: 'Die Bohnen sind alt.\n\nAm 16.11.2026 um 10:00 schrieb Ada Lovelace <ada@example.test>:\n> Hallo',
    });
    const beans = (await getCase(other.id)).events.find((e) => e.type === 'customer-message');
    expect(beans).toMatchObject({
      body: 'Die Bohnen sind alt.',
      data: { via: 'mail', from: 'kollege@example.test', fromContact: false },
    });
  });

  it('refuses mail to an unknown or forged address with 550, and a mail that is only quoted history', async () => {
    const sender = inbound();
    const c = await openCase('Refusals', 'BEA', { topic: 'refusals' });
    const real = tokenOf(c.id);
    const forged = `${real.slice(0, -1)}${real.endsWith('A') ? 'B' : 'A'}`;
    for (const to of [
      `support@${DOMAIN}`,
      `case+${forged}@${DOMAIN}`,
      `case+${real}@elsewhere.test`,
      `case@${DOMAIN}`,
    ]) {
      const err = (await sender
        .sendMail({ from: 'x@example.test', to, text: 'hello' })
        .catch((e: unknown) => e)) as {
        responseCode?: number;
      };
      expect(err.responseCode, to).toBe(550);
    }
    const huge = (await sender
      .sendMail({ from: 'bea@example.test', to: `case+${real}@${DOMAIN}`, text: 'x'.repeat(1_100_000) })
      .catch((e: unknown) => e)) as { responseCode?: number };
    expect(huge.responseCode).toBe(552);
    const quoted = (await sender
      .sendMail({ from: 'bea@example.test', to: `case+${real}@${DOMAIN}`, text: '> only\n> quoted' })
      .catch((e: unknown) => e)) as { responseCode?: number };
    expect(quoted.responseCode).toBe(550);
    expect((await getCase(c.id)).events.filter((e) => e.type === 'customer-message')).toHaveLength(0);
  });
});
