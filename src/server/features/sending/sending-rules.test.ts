import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import type { TInvitation, TSendResult, TSurveySend } from '../../../shared/contracts/sending.js';
import { createSmtpTransport } from '../../email/transport.js';
import { mailingDeps } from '../../jobs/survey-mailing.js';
import { settlePipeline } from '../../../../test/helpers/pipeline.js';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { recipients, startSmtpPeer, type SmtpPeer } from '../../../../test/helpers/smtp-peer.js';
import { DAY, liveSurvey, manualClock, upsertContacts } from '../../../../test/helpers/survey-fixtures.js';
import { dispatchDueInvitations } from './dispatch-invitations.service.js';
import { sendDueCommentNudges, sendDueReminders } from './follow-ups.service.js';
import { planRecurringSends } from './programs.service.js';

/** Throttling, reminders, the comment nudge, quota, suppression and triggers, on a clock the test moves. */
describe('sending rules', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  const clock = manualClock(new Date('2026-11-02T09:00:00Z'));
  const form = { 'content-type': 'application/x-www-form-urlencoded' };

  beforeAll(async () => {
    smtp = await startSmtpPeer();
    // Starter's 50 sends a month, so the quota test has a limit to run into.
    t = await buildTestApp({
      transport: createSmtpTransport(smtp.url),
      workers: true,
      now: clock.now,
      env: { DEFAULT_PLAN: 'starter' },
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  async function newOrg(name = 'Rules GmbH') {
    const owner = await t.signUp();
    const org = await t.createOrg(owner.cookie, name);
    scope = org.id;
    return { key: (await t.createApiKey(owner.cookie)).key, orgId: org.id };
  }
  const deps = () => mailingDeps(t.runtime.jobContext);
  // Each test has its own organization; the sweeps are scoped to it so other tests' invitations don't count.
  let scope: string | undefined;
  const dispatch = () => dispatchDueInvitations(deps(), 200, scope);
  const remind = () => sendDueReminders(deps(), 200, scope);
  const nudge = () => sendDueCommentNudges(deps(), 200, scope);
  const send = async (key: string, surveyId: string, contacts: string[], delaySeconds = 0) => {
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/surveys/${surveyId}/send`,
      payload: { contacts, delaySeconds },
      as: { key },
    });
    return {
      status: res.statusCode,
      body: res.json() as TSendResult & { error?: { code: string; message: string } },
    };
  };
  const invitations = async (key: string, surveyId: string) =>
    (
      (
        await t.request({
          method: 'GET',
          url: `/api/v1/surveys/${surveyId}/invitations?limit=200`,
          as: { key },
        })
      ).json() as { items: TInvitation[] }
    ).items;
  const mailsTo = (address: string) => smtp.mails.filter((m) => recipients(m).includes(address));
  const tokenOf = (mail: ParsedMail) => /\/s\/([A-Za-z0-9_-]{43})/.exec(mail.text ?? '')?.[1] ?? '';
  async function waitFor<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
    for (let i = 0; i < 100; i++) {
      const v = await read();
      if (ok(v)) return v;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('condition not reached in 10 s');
  }

  it('skips a contact inside the quiet period across surveys, and inside a survey’s own recontact period, naming the reason and until when', async () => {
    const { key } = await newOrg();
    await upsertContacts(t, key, [{ externalId: 'Q1', email: 'q1@example.test' }]);
    const nps = await liveSurvey(t, key, 'relationship-nps');
    const csat = await liveSurvey(t, key, 'csat-after-support');
    expect((await send(key, nps.id, ['Q1'])).body.scheduled).toBe(1);
    const sentAt = clock.now();
    await dispatch();

    const again = await send(key, csat.id, ['Q1']);
    expect(again.body.results[0]).toMatchObject({
      status: 'skipped',
      reason: 'quiet_period',
      until: new Date(sentAt.getTime() + 30 * DAY).toISOString(),
    });
    // The same contact named twice in one call is asked once.
    await upsertContacts(t, key, [{ externalId: 'Q2', email: 'q2@example.test' }]);
    const twice = await send(key, csat.id, ['Q2', 'Q2']);
    expect(twice.body.results.map((r) => r.status)).toEqual(['scheduled', 'skipped']);

    const put = await t.request({
      method: 'PUT',
      url: `/api/v1/surveys/${nps.id}/delivery`,
      payload: { recontactPeriodDays: 90 },
      as: { key },
    });
    expect(put.statusCode, put.body).toBe(200);
    clock.advance(30 * DAY);
    const afterQuiet = await send(key, nps.id, ['Q1']);
    expect(afterQuiet.body.results[0]).toMatchObject({
      status: 'skipped',
      reason: 'recontact_period',
      until: new Date(sentAt.getTime() + 90 * DAY).toISOString(),
    });
    expect((await send(key, csat.id, ['Q1'])).body.scheduled).toBe(1);
    const skipped = (await invitations(key, nps.id)).filter((i) => i.status === 'skipped');
    expect(skipped.map((i) => i.skipReason)).toEqual(['recontact_period']);
    const funnel = (
      (await t.request({ method: 'GET', url: `/api/v1/surveys/${csat.id}/sends`, as: { key } })).json() as {
        funnel: { throttled: number; skipped: number };
      }
    ).funnel;
    expect(funnel).toMatchObject({ throttled: 2, skipped: 2 });
  });

  it('sends one reminder after three days to non-responders only, with the invitation’s own links, and never a second', async () => {
    const { key } = await newOrg();
    await upsertContacts(t, key, [
      { externalId: 'R1', email: 'r1@example.test', language: 'en' },
      { externalId: 'R2', email: 'r2@example.test', language: 'en' },
    ]);
    const survey = await liveSurvey(t, key, 'relationship-nps');
    await send(key, survey.id, ['R1', 'R2']);
    await dispatch();
    const first = await smtp.waitFor((m) => recipients(m).includes('r1@example.test'));
    const answered = await smtp.waitFor((m) => recipients(m).includes('r2@example.test'));
    expect(
      (await t.request({ method: 'POST', url: `/s/${tokenOf(answered)}`, payload: 'q_nps=8', headers: form }))
        .statusCode,
    ).toBe(303);

    clock.advance(3 * DAY - 60_000);
    expect(await remind()).toBe(0);
    clock.advance(60_000);
    expect(await remind()).toBe(1);
    expect(await remind()).toBe(0);
    const reminder = await smtp.waitFor(
      (m) => recipients(m).includes('r1@example.test') && /Reminder/.test(m.subject ?? ''),
    );
    expect(tokenOf(reminder)).toBe(tokenOf(first));
    clock.advance(10 * DAY);
    expect(await remind()).toBe(0);
    expect(mailsTo('r2@example.test')).toHaveLength(1);
    const list = await invitations(key, survey.id);
    expect(list.find((i) => i.contact?.externalId === 'R1')?.remindedAt).not.toBeNull();
    expect(list.find((i) => i.contact?.externalId === 'R2')?.remindedAt).toBeNull();
  });

  it('nudges a score without a comment once, a day later, asking why in the respondent’s category', async () => {
    const { key } = await newOrg();
    await upsertContacts(t, key, [
      { externalId: 'N1', email: 'n1@example.test', language: 'de' },
      { externalId: 'N2', email: 'n2@example.test', language: 'en' },
    ]);
    const survey = await liveSurvey(t, key, 'relationship-nps');
    await send(key, survey.id, ['N1', 'N2']);
    await dispatch();
    const n1 = tokenOf(await smtp.waitFor((m) => recipients(m).includes('n1@example.test')));
    const n2 = tokenOf(await smtp.waitFor((m) => recipients(m).includes('n2@example.test')));
    await t.request({ method: 'POST', url: `/s/${n1}`, payload: 'q_nps=4', headers: form });
    await t.request({ method: 'POST', url: `/s/${n2}`, payload: 'q_nps=10', headers: form });
    await t.request({ method: 'POST', url: `/s/${n2}/why`, payload: 'q_why=Fast+delivery', headers: form });

    clock.advance(23 * 3_600_000);
    expect(await nudge()).toBe(0);
    clock.advance(3_600_000);
    expect(await nudge()).toBe(1);
    expect(await nudge()).toBe(0);
    const nudgeMail = await smtp.waitFor(
      (m) => recipients(m).includes('n1@example.test') && (m.text ?? '').includes('/why'),
    );
    expect(nudgeMail.text).toContain(`/s/${n1}/why`);
    expect(mailsTo('n2@example.test')).toHaveLength(1);
    // Answering the nudge completes the same response.
    await t.request({ method: 'POST', url: `/s/${n1}/why`, payload: 'q_why=Zu+teuer', headers: form });
    const responses = (
      await t.request({ method: 'GET', url: `/api/v1/responses?surveyId=${survey.id}`, as: { key } })
    ).json() as { items: Array<{ score: number; comment: string | null }> };
    expect(responses.items.map((r) => [r.score, r.comment]).sort()).toEqual([
      [10, 'Fast delivery'],
      [4, 'Zu teuer'],
    ]);
  });

  it('refuses a send over the monthly quota whole, or holds the excess until next month when the organization chose that', async () => {
    const { key } = await newOrg();
    await upsertContacts(
      t,
      key,
      Array.from({ length: 51 }, (_, i) => ({ externalId: `QT${i}`, email: `qt${i}@example.test` })),
    );
    const survey = await liveSurvey(t, key, 'relationship-nps');
    const ids = Array.from({ length: 51 }, (_, i) => `QT${i}`);
    const refused = await send(key, survey.id, ids);
    expect(refused.status).toBe(402);
    expect(refused.body.error).toMatchObject({ code: 'QUOTA_EXCEEDED' });
    expect(refused.body.error?.message).toMatch(/51 invitations .* only 50 left/);
    expect(await invitations(key, survey.id)).toHaveLength(0);

    const hold = await t.request({
      method: 'PATCH',
      url: '/api/v1/settings/sending',
      payload: { overQuota: 'hold' },
      as: { key },
    });
    expect(hold.statusCode, hold.body).toBe(200);
    // A delay keeps the worker's own dispatch job out of the way: the test dispatches on its clock.
    const held = await send(key, survey.id, ids, 60);
    expect(held.body).toMatchObject({ scheduled: 50, held: 1 });
    const nextMonth = new Date(Date.UTC(clock.now().getUTCFullYear(), clock.now().getUTCMonth() + 1, 1));
    expect(held.body.results.find((r) => r.status === 'held')).toMatchObject({
      reason: 'quota_exceeded',
      until: nextMonth.toISOString(),
    });
    clock.advance(60_000);
    expect(await dispatch()).toMatchObject({ sent: 50, released: 0 });
    expect((await invitations(key, survey.id)).filter((i) => i.status === 'held')).toHaveLength(1);
    clock.set(new Date(nextMonth.getTime() + 60_000));
    await dispatch();
    // The minutely sweep may have released it first; either way it went out in the new month.
    expect(
      (await invitations(key, survey.id)).map((i) => i.status).filter((st) => st === 'sent'),
    ).toHaveLength(51);
    const usage = (
      await t.request({ method: 'GET', url: '/api/v1/organization/usage', as: { key } })
    ).json() as { surveySends: { used: number } };
    expect(usage.surveySends.used).toBe(1);
  });

  it('unsubscribes only on POST (the page and RFC 8058 one-click), and suppresses bounced addresses, skipping them afterwards', async () => {
    const { key } = await newOrg();
    await upsertContacts(t, key, [
      { externalId: 'U1', email: 'u1@example.test' },
      { externalId: 'B1', email: 'bounce@example.test' },
      { externalId: 'O1', email: 'o1@example.test', consent: { emailOptOut: true } },
      { externalId: 'V1', email: 'v1@example.test', consent: { neverSurvey: true } },
    ]);
    smtp.rejectRecipient('bounce@example.test');
    const survey = await liveSurvey(t, key, 'relationship-nps');
    const first = await send(key, survey.id, ['U1', 'B1', 'O1', 'V1']);
    expect(first.body.results.map((r) => [r.contact, r.status, r.reason])).toEqual([
      ['U1', 'scheduled', null],
      ['B1', 'scheduled', null],
      ['O1', 'skipped', 'email_opt_out'],
      ['V1', 'skipped', 'never_survey'],
    ]);
    await dispatch();
    const mail = await smtp.waitFor((m) => recipients(m).includes('u1@example.test'));
    const unsubscribeUrl =
      /<(http[^>]+)>/.exec(
        (mail.headerLines.find((h) => h.key === 'list-unsubscribe')?.line ?? '').replace(/\r?\n\s+/g, ' '),
      )?.[1] ?? '';
    const path = unsubscribeUrl.replace('http://resonance.test', '');
    const page = await t.request({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('method="post"');
    await waitFor(
      () => invitations(key, survey.id),
      (list) => list.some((i) => i.status === 'bounced'),
    );

    clock.advance(31 * DAY);
    const afterGet = await send(key, survey.id, ['U1', 'B1'], 60);
    expect(afterGet.body.results.map((r) => [r.contact, r.status, r.reason])).toEqual([
      ['U1', 'scheduled', null],
      ['B1', 'skipped', 'email_suppressed'],
    ]);
    const oneClick = await t.request({
      method: 'POST',
      url: path,
      payload: 'List-Unsubscribe=One-Click',
      headers: form,
    });
    expect(oneClick.statusCode).toBe(200);
    // The invitation already planned is not mailed: consent is checked again at sending time.
    clock.advance(60_000);
    expect(await dispatch()).toMatchObject({ sent: 0, skipped: 1 });
    clock.advance(31 * DAY);
    expect((await send(key, survey.id, ['U1'])).body.results[0]).toMatchObject({
      status: 'skipped',
      reason: 'email_suppressed',
    });
    const funnel = (
      (await t.request({ method: 'GET', url: `/api/v1/surveys/${survey.id}/sends`, as: { key } })).json() as {
        funnel: { bounced: number; unsubscribed: number };
      }
    ).funnel;
    expect(funnel).toMatchObject({ bounced: 1, unsubscribed: 1 });
  });

  it('never mails a contact erased between planning and sending, and names erased ids as unknown', async () => {
    const { key } = await newOrg();
    await upsertContacts(t, key, [{ externalId: 'E1', email: 'erased@example.test' }]);
    const survey = await liveSurvey(t, key, 'relationship-nps');
    expect((await send(key, survey.id, ['E1'], 3600)).body.scheduled).toBe(1);
    expect(
      (await t.request({ method: 'DELETE', url: '/api/v1/contacts/E1', as: { key } })).statusCode,
    ).toBeLessThan(300);
    clock.advance(3600_000);
    expect(await dispatch()).toMatchObject({ sent: 0, skipped: 1 });
    expect((await invitations(key, survey.id))[0]).toMatchObject({
      status: 'skipped',
      skipReason: 'erased',
      contact: null,
    });
    expect((await send(key, survey.id, ['E1'])).body.results[0]).toMatchObject({
      status: 'skipped',
      reason: 'unknown_contact',
    });
    expect(mailsTo('erased@example.test')).toHaveLength(0);
  });

  it('sends CES an hour after a ticket_solved event, and refuses sends of surveys that are not live', async () => {
    const { key } = await newOrg();
    await upsertContacts(t, key, [{ externalId: 'T1', email: 't1@example.test' }]);
    const survey = await liveSurvey(t, key, 'ces-after-resolution');
    const created = await t.request({
      method: 'POST',
      url: `/api/v1/surveys/${survey.id}/sends`,
      payload: { kind: 'event', event: 'ticket_solved', delaySeconds: 3600 },
      as: { key },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      kind: 'event',
      event: 'ticket_solved',
      delaySeconds: 3600,
      status: 'active',
    });
    const solvedAt = clock.now();
    const ev = await t.request({
      method: 'POST',
      url: '/api/v1/events',
      payload: {
        contactExternalId: 'T1',
        type: 'ticket_solved',
        occurredAt: solvedAt.toISOString(),
        eventId: 'tk-1',
      },
      as: { key },
    });
    expect(ev.statusCode, ev.body).toBe(200);
    // The same event delivered again triggers nothing more.
    await t.request({
      method: 'POST',
      url: '/api/v1/events',
      payload: {
        contactExternalId: 'T1',
        type: 'ticket_solved',
        occurredAt: solvedAt.toISOString(),
        eventId: 'tk-1',
      },
      as: { key },
    });
    // The event-triggers stage plans the invitation off the request path.
    await settlePipeline(t);
    const planned = await invitations(key, survey.id);
    expect(planned).toHaveLength(1);
    expect(planned[0]).toMatchObject({
      status: 'scheduled',
      scheduledFor: new Date(solvedAt.getTime() + 3600_000).toISOString(),
    });
    expect(await dispatch()).toMatchObject({ sent: 0 });
    clock.advance(3600_000);
    expect(await dispatch()).toMatchObject({ sent: 1 });
    const mail = await smtp.waitFor((m) => recipients(m).includes('t1@example.test'));
    for (let n = 1; n <= 7; n++) expect(mail.text).toContain(`?score=${n}`);
    expect(mail.text).not.toContain('?score=8');

    const draft = (
      await t.request({
        method: 'POST',
        url: '/api/v1/surveys',
        payload: { name: 'Draft one', template: 'brand-bond' },
        as: { key },
      })
    ).json() as { id: string };
    const refused = await send(key, draft.id, ['T1']);
    expect(refused.status).toBe(409);
    expect(refused.body.error?.message).toContain('only live surveys');
  });

  it('spreads a recurring send over its period: each member once, a few a day instead of all at once', async () => {
    const { key, orgId } = await newOrg();
    await upsertContacts(
      t,
      key,
      Array.from({ length: 20 }, (_, i) => ({
        externalId: `RC${i}`,
        email: `rc${i}@example.test`,
        segment: 'SMB',
      })),
    );
    const segment = (
      await t.request({
        method: 'POST',
        url: '/api/v1/segments',
        payload: { name: 'SMB', filter: { segment: 'SMB' } },
        as: { key },
      })
    ).json() as { id: string };
    const survey = await liveSurvey(t, key, 'relationship-nps');
    const created = await t.request({
      method: 'POST',
      url: `/api/v1/surveys/${survey.id}/sends`,
      payload: { kind: 'recurring', segmentId: segment.id, everyDays: 10 },
      as: { key },
    });
    expect(created.statusCode, created.body).toBe(201);
    const perDay: number[] = [];
    let seen = 0;
    for (let day = 0; day < 10; day++) {
      if (day > 0) clock.advance(DAY);
      await planRecurringSends({ db: t.runtime.deps.db, now: clock.now }, orgId);
      const total = (await invitations(key, survey.id)).length;
      perDay.push(total - seen);
      seen = total;
    }
    expect(seen).toBe(20);
    expect(Math.max(...perDay)).toBeLessThanOrEqual(3);
    expect(perDay.filter((n) => n > 0).length).toBeGreaterThanOrEqual(7);
    const send0 = created.json() as TSurveySend;
    expect(send0).toMatchObject({ kind: 'recurring', everyDays: 10, segmentId: segment.id });
  });

  it('delivers through the organization’s own SMTP server and sender, never returning the stored URL', async () => {
    const own = await startSmtpPeer();
    try {
      const { key } = await newOrg('Own Mail AG');
      const patch = await t.request({
        method: 'PATCH',
        url: '/api/v1/settings/sending',
        payload: {
          smtpUrl: own.url,
          smtpFrom: '"Own Mail" <feedback@own.example>',
          senderName: 'Own Mail Feedback',
        },
        as: { key },
      });
      expect(patch.statusCode, patch.body).toBe(200);
      expect(patch.json()).toMatchObject({ hasOwnSmtp: true, smtpFrom: '"Own Mail" <feedback@own.example>' });
      expect(patch.body).not.toContain(own.url);
      await upsertContacts(t, key, [{ externalId: 'S1', email: 's1@example.test' }]);
      const survey = await liveSurvey(t, key, 'relationship-nps');
      await send(key, survey.id, ['S1']);
      await dispatch();
      const mail = await own.waitFor((m) => recipients(m).includes('s1@example.test'));
      expect(mail.from?.text).toContain('feedback@own.example');
      expect(mailsTo('s1@example.test')).toHaveLength(0);
    } finally {
      await own.close();
    }
  });
});
