import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  DEFAULT_PASSWORD,
  TEST_PUBLIC_URL,
  uniqueEmail,
  type TestApp,
} from '../../../../test/helpers/build-test-app.js';
import { firstLink, recipients, startSmtpPeer, type SmtpPeer } from '../../../../test/helpers/smtp-peer.js';

describe('accounts, organizations and invitations over real SMTP', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  beforeAll(async () => {
    smtp = await startSmtpPeer();
    t = await buildTestApp({
      env: { SMTP_URL: smtp.url, MAIL_FROM: 'Resonance <noreply@resonance.test>' },
      workers: true,
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('makes the creator of an organization its owner', async () => {
    const owner = await t.signUp({ name: 'Olga Owner' });
    const org = await t.createOrg(owner.cookie, 'Kaffeerösterei Süd');
    const me = await t.request({ method: 'GET', url: '/api/v1/me', as: { cookie: owner.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      activeOrganizationId: org.id,
      role: 'owner',
      memberships: [{ id: org.id, role: 'owner' }],
    });
  });

  it('invites by e-mail, and the invitee joins with the invited role and can switch organizations', async () => {
    const owner = await t.signUp({ name: 'Ingrid Inviter' });
    const org = await t.createOrg(owner.cookie, 'Agency Client A');
    const inviteeEmail = uniqueEmail('analyst');
    const invite = await t.request({
      method: 'POST',
      url: '/api/auth/organization/invite-member',
      payload: { email: inviteeEmail, role: 'analyst', organizationId: org.id },
      as: { cookie: owner.cookie },
    });
    expect(invite.statusCode).toBe(200);

    const mail = await smtp.waitFor((m) => recipients(m).includes(inviteeEmail));
    expect(mail.subject).toContain('Agency Client A');
    expect(mail.from?.text).toContain('noreply@resonance.test');
    const link = firstLink(mail.text ?? '', `${TEST_PUBLIC_URL}/accept-invitation/`);
    const invitationId = link.split('/').pop() ?? '';

    const invitee = await t.signUp({ email: inviteeEmail, name: 'Ana Analyst' });
    const accept = await t.request({
      method: 'POST',
      url: '/api/auth/organization/accept-invitation',
      payload: { invitationId },
      as: { cookie: invitee.cookie },
    });
    expect(accept.statusCode).toBe(200);

    // The invitee also runs an organization of their own: one login, several organizations.
    const own = await t.createOrg(invitee.cookie, 'Own Shop');
    let me = (
      await t.request({ method: 'GET', url: '/api/v1/me', as: { cookie: invitee.cookie } })
    ).json() as { role: string; memberships: { id: string; role: string }[] };
    expect(me.role).toBe('owner');
    expect(me.memberships.map((m) => [m.id, m.role]).sort()).toEqual(
      [
        [org.id, 'analyst'],
        [own.id, 'owner'],
      ].sort(),
    );

    await t.setActiveOrg(invitee.cookie, org.id);
    me = (
      await t.request({ method: 'GET', url: '/api/v1/me', as: { cookie: invitee.cookie } })
    ).json() as typeof me;
    expect(me.role).toBe('analyst');
    const orgRes = await t.request({
      method: 'GET',
      url: '/api/v1/organization',
      as: { cookie: invitee.cookie },
    });
    expect((orgRes.json() as { id: string }).id).toBe(org.id);
  });

  it('resets a password through the e-mailed link, and the old password stops working', async () => {
    const person = await t.signUp({ name: 'Rita Reset' });
    const req = await t.request({
      method: 'POST',
      url: '/api/auth/request-password-reset',
      payload: { email: person.email, redirectTo: '/reset-password' },
    });
    expect(req.statusCode).toBe(200);
    const mail = await smtp.waitFor(
      (m) => recipients(m).includes(person.email) && /reset/i.test(m.subject ?? ''),
    );
    const link = firstLink(mail.text ?? '', `${TEST_PUBLIC_URL}/api/auth/reset-password/`);

    const follow = await t.request({ method: 'GET', url: link.replace(TEST_PUBLIC_URL, '') });
    expect(follow.statusCode).toBe(302);
    const location = new URL(String(follow.headers.location), TEST_PUBLIC_URL);
    expect(location.pathname).toBe('/reset-password');
    const token = location.searchParams.get('token');
    expect(token).toBeTruthy();

    const reset = await t.request({
      method: 'POST',
      url: '/api/auth/reset-password',
      payload: { token, newPassword: 'a-brand-new-secret' },
    });
    expect(reset.statusCode).toBe(200);
    await expect(t.signIn(person.email, DEFAULT_PASSWORD)).rejects.toThrow(/401/);
    await expect(t.signIn(person.email, 'a-brand-new-secret')).resolves.toContain('=');
  });
});

describe('without SMTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ transport: null });
  });
  afterAll(() => t.close());

  it('keeps invitation mails in the organization outbox', async () => {
    const owner = await t.signUp();
    const org = await t.createOrg(owner.cookie);
    const email = uniqueEmail('agent');
    await t.request({
      method: 'POST',
      url: '/api/auth/organization/invite-member',
      payload: { email, role: 'agent', organizationId: org.id },
      as: { cookie: owner.cookie },
    });
    const outbox = await t.request({ method: 'GET', url: '/api/v1/outbox', as: { cookie: owner.cookie } });
    expect(outbox.statusCode).toBe(200);
    const items = (outbox.json() as { items: { to: string; status: string; kind: string; text: string }[] })
      .items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ to: email, status: 'outbox', kind: 'auth.invitation' });
    expect(items[0]?.text).toContain('/accept-invitation/');
  });
});

describe('sign-in rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ signInPerMinute: 3 });
  });
  afterAll(() => t.close());

  it('answers 429 once the attempts per minute are used up', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await t.request({
        method: 'POST',
        url: '/api/auth/sign-in/email',
        payload: { email: 'nobody@example.test', password: 'wrong-password' },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 3).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('auth errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ transport: null });
  });
  afterAll(() => t.close());

  it('come in the same { error: { code, message } } shape as the rest of the API', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: 'nobody@example.test', password: 'wrong-password' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.json()).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
  });
});
