import { sql } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { recipients, startSmtpPeer, type SmtpPeer } from '../../../../test/helpers/smtp-peer.js';
import { manualClock } from '../../../../test/helpers/survey-fixtures.js';
import type { TDigestSubscription } from '../../../shared/contracts/digest.js';
import type { TMetricsComparison, TMetricsResult } from '../../../shared/contracts/metrics.js';
import { createSmtpTransport } from '../../email/transport.js';
import { sendWeeklyDigestsJob } from '../../jobs/send-weekly-digests.job.js';
import { mailingDeps } from '../../jobs/survey-mailing.js';
import { settlePipeline } from '../../../../test/helpers/pipeline.js';
import { sendWeeklyDigests } from './send-weekly-digests.service.js';

/** Monday 06:00 UTC: the digest reports week 45 (2–8 Nov 2026) against 5 Oct – 1 Nov. */
const MONDAY = new Date('2026-11-09T06:00:00Z');
const WEEK = { from: '2026-11-02', to: '2026-11-09' };

interface Answers {
  metric: 'nps' | 'csat' | 'ces';
  score: number;
  count: number;
  day: string;
  contact?: string;
}

const SCALES = { nps: [0, 10], csat: [1, 5], ces: [1, 7] } as const;

describe('weekly digest e-mail', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  const clock = manualClock(MONDAY);
  let ref = 0;
  const people: Record<string, { cookie: string; email: string; userId: string }> = {};
  const keys: Record<string, string> = {};

  const put = (cookie: string, subscribed: boolean) =>
    t.request({ method: 'PUT', url: '/api/v1/digest/subscription', payload: { subscribed }, as: { cookie } });
  const mailsTo = (address: string) =>
    smtp.mails.filter((m) => recipients(m).includes(address.toLowerCase()));
  const mailTo = (address: string) => smtp.waitFor((m) => recipients(m).includes(address.toLowerCase()));

  async function answer(key: string, rows: Answers[]): Promise<void> {
    const payload = rows.flatMap((r) =>
      Array.from({ length: r.count }, (_, i) => ({
        channel: 'other',
        rating: {
          value: r.score,
          scaleMin: SCALES[r.metric][0],
          scaleMax: SCALES[r.metric][1],
          metric: r.metric,
        },
        occurredAt: `${r.day}T${String(8 + (i % 10)).padStart(2, '0')}:00:00Z`,
        ...(r.contact ? { contactExternalId: r.contact } : {}),
        externalRef: `digest-${(ref += 1)}`,
      })),
    );
    const res = await t.request({ method: 'POST', url: '/api/v1/feedback', payload, as: { key } });
    expect(res.statusCode, res.body).toBe(200);
  }

  /** The outbox drained and every stage job done: the rollups are current. */
  const settle = () => settlePipeline(t);

  async function org(
    name: string,
    language: 'en' | 'de',
  ): Promise<{ id: string; owner: { cookie: string; email: string; userId: string }; key: string }> {
    const owner = await t.signUp({ name: `${name} Owner` });
    const { id } = await t.createOrg(owner.cookie, name);
    const settings = await t.request({
      method: 'PATCH',
      url: '/api/v1/organization/settings',
      payload: { defaultLanguage: language },
      as: { cookie: owner.cookie },
    });
    expect(settings.statusCode, settings.body).toBe(200);
    return { id, owner, key: (await t.createApiKey(owner.cookie)).key };
  }

  beforeAll(async () => {
    smtp = await startSmtpPeer();
    t = await buildTestApp({ transport: createSmtpTransport(smtp.url), workers: true, now: clock.now });

    const acme = await org('Acme & Söhne', 'en');
    keys.acme = acme.key;
    people.acmeOwner = acme.owner;
    people.acmeAnalyst = await t.addMember(acme.id, 'analyst');
    people.acmeAdmin = await t.addMember(acme.id, 'admin');
    people.acmeDemoted = await t.addMember(acme.id, 'analyst');
    people.acmeAgent = await t.addMember(acme.id, 'agent');
    const contacts = [
      ...Array.from({ length: 5 }, (_, i) => ({ externalId: `ent-${i}`, segment: 'Enterprise' })),
      ...Array.from({ length: 5 }, (_, i) => ({ externalId: `smb-${i}`, segment: 'SMB' })),
    ];
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/contacts', payload: contacts, as: { key: acme.key } }))
        .statusCode,
    ).toBe(200);
    await answer(acme.key, [
      // The four weeks before: Enterprise all promoters, SMB NPS 0.
      { metric: 'nps', score: 10, count: 60, day: '2026-10-12', contact: 'ent-1' },
      { metric: 'nps', score: 9, count: 20, day: '2026-10-20', contact: 'smb-1' },
      { metric: 'nps', score: 7, count: 20, day: '2026-10-21', contact: 'smb-2' },
      { metric: 'nps', score: 3, count: 20, day: '2026-11-01', contact: 'smb-3' },
      { metric: 'csat', score: 5, count: 30, day: '2026-10-06' },
      { metric: 'csat', score: 2, count: 10, day: '2026-10-07' },
      { metric: 'ces', score: 6, count: 20, day: '2026-10-08' },
      { metric: 'ces', score: 3, count: 20, day: '2026-10-09' },
      // Week 45: Enterprise collapses, SMB unchanged, CSAT about the same, CES thin.
      { metric: 'nps', score: 2, count: 40, day: '2026-11-03', contact: 'ent-2' },
      { metric: 'nps', score: 9, count: 15, day: '2026-11-02', contact: 'smb-1' },
      { metric: 'nps', score: 7, count: 15, day: '2026-11-05', contact: 'smb-2' },
      { metric: 'nps', score: 3, count: 15, day: '2026-11-08', contact: 'smb-3' },
      { metric: 'csat', score: 5, count: 25, day: '2026-11-04' },
      { metric: 'csat', score: 2, count: 10, day: '2026-11-06' },
      { metric: 'ces', score: 6, count: 5, day: '2026-11-07' },
      { metric: 'ces', score: 2, count: 5, day: '2026-11-07' },
      // Outside both periods: the current week and before the baseline.
      { metric: 'nps', score: 10, count: 7, day: '2026-11-09' },
      { metric: 'nps', score: 0, count: 7, day: '2026-09-01' },
    ]);

    const berg = await org('Bergwerk <GmbH>', 'de');
    keys.berg = berg.key;
    people.bergOwner = berg.owner;
    await answer(berg.key, [{ metric: 'nps', score: 10, count: 5, day: '2026-11-04' }]);

    const quiet = await org('Quiet Co', 'en');
    people.quietOwner = quiet.owner;
    await settle();
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('lets people with analytics access subscribe themselves, and refuses API keys and agents with a clear 403', async () => {
    const before = await t.request({
      method: 'GET',
      url: '/api/v1/digest/subscription',
      as: { cookie: people.acmeOwner?.cookie ?? '' },
    });
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json()).toEqual({ subscribed: false, email: people.acmeOwner?.email, lastPeriod: null });

    for (const who of ['acmeOwner', 'acmeAnalyst', 'acmeDemoted', 'bergOwner', 'quietOwner']) {
      const res = await put(people[who]?.cookie ?? '', true);
      expect(res.statusCode, res.body).toBe(200);
      expect((res.json() as TDigestSubscription).subscribed).toBe(true);
    }
    // Subscribing twice is harmless.
    expect((await put(people.acmeOwner?.cookie ?? '', true)).statusCode).toBe(200);
    // The admin subscribes and changes their mind.
    expect((await put(people.acmeAdmin?.cookie ?? '', true)).statusCode).toBe(200);
    const off = await put(people.acmeAdmin?.cookie ?? '', false);
    expect(off.json()).toMatchObject({ subscribed: false });

    for (const res of [
      await t.request({
        method: 'PUT',
        url: '/api/v1/digest/subscription',
        payload: { subscribed: true },
        as: { key: keys.acme ?? '' },
      }),
      await t.request({ method: 'GET', url: '/api/v1/digest/subscription', as: { key: keys.acme ?? '' } }),
    ]) {
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({
        error: { code: 'FORBIDDEN', message: expect.stringContaining('API key') },
      });
    }
    const agent = await put(people.acmeAgent?.cookie ?? '', true);
    expect(agent.statusCode).toBe(403);
    expect(agent.json()).toMatchObject({
      error: { code: 'FORBIDDEN', message: expect.stringContaining('analytics.read') },
    });

    const bad = await t.request({
      method: 'PUT',
      url: '/api/v1/digest/subscription',
      payload: { subscribed: 'yes' },
      as: { cookie: people.acmeOwner?.cookie ?? '' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      error: {
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ field: expect.stringContaining('subscribed') })],
      },
    });
  });

  it('mails each subscriber the week’s numbers on Monday, exactly those the metrics API gives for that week', async () => {
    // A subscriber whose role became agent no longer reads analytics, so gets no digest.
    await t.runtime.deps.db.execute(
      sql`update member set role = 'agent' where user_id = ${people.acmeDemoted?.userId ?? ''}`,
    );
    // The worker scheduled the job for Mondays 06:00 UTC; here it runs on the test's Monday clock.
    const schedule = await t.runtime.deps.db.execute(
      sql`select cron, timezone from pgboss.schedule where name = 'digest.weekly'`,
    );
    expect((schedule as unknown as { rows: unknown[] }).rows).toEqual([
      { cron: '0 6 * * 1', timezone: 'UTC' },
    ]);
    await sendWeeklyDigestsJob.handler({}, t.runtime.jobContext);
    const mail = await mailTo(people.acmeOwner?.email ?? '');
    const text = mail.text ?? '';
    expect(mail.subject).toBe('Acme & Söhne: weekly digest, week 45/2026 – 130 answers');

    const f = (x: number) =>
      new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x);
    for (const [metric, unit] of [
      ['nps', ''],
      ['csat', '%'],
    ] as const) {
      const res = await t.request({
        method: 'GET',
        url: `/api/v1/metrics?metric=${metric}&from=${WEEK.from}&to=${WEEK.to}`,
        as: { key: keys.acme ?? '' },
      });
      const { overall } = res.json() as TMetricsResult;
      if (!overall.ci || overall.score === null) throw new Error(`no ${metric} this week`);
      expect(text).toContain(
        `This week: ${f(overall.score)}${unit} (95% CI ${f(overall.ci.low)}${unit} to ${f(overall.ci.high)}${unit}; n = ${overall.n})`,
      );
    }
    // The change is the metrics API's own period comparison (adjusted-Wald Δ and its interval).
    const compared = (
      await t.request({
        method: 'GET',
        url: `/api/v1/metrics/compare?aFrom=2026-10-05&aTo=${WEEK.from}&bFrom=${WEEK.from}&bTo=${WEEK.to}`,
        as: { key: keys.acme ?? '' },
      })
    ).json() as TMetricsComparison;
    const c = compared.comparison;
    if (!c) throw new Error('no comparison');
    const signed = (x: number) =>
      new Intl.NumberFormat('en-GB', {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
        signDisplay: 'exceptZero',
      }).format(x);
    expect(text).toContain(
      `Previous 4 weeks: 50.0 (n = 120)\n  Change: ${signed(c.difference)} points (95% CI ${signed(c.ci.low)} to ${signed(c.ci.high)})`,
    );
    expect(c.drop.verdict).toBe('confirmed-drop');
    expect(text).toContain('NPS – significant fall\n  This week: -47.1 (95% CI');
    expect(text).toContain('n = 85)\n  Previous 4 weeks: 50.0 (n = 120)');
    expect(text).toContain('CSAT – % satisfied (4–5) – not significant');
    expect(text).toContain('CES – % agreeing it was easy (5–7) – too few answers to tell (under 30)');
    // What changed: the NPS fall, the material-drop alarm and the Enterprise segment; SMB (0 → 0) is not named.
    expect(text).toMatch(/- NPS fell by 9\d\.\d points \(95% CI -\d+\.\d to -\d+\.\d\)\./);
    expect(text).toContain('a material drop');
    expect(text).toMatch(
      /- Segment “Enterprise”: NPS 100\.0 → -100\.0 \(-1\d\d\.\d points; 95% CI [^;]+; n = 40 vs 60\)\./,
    );
    expect(text).not.toContain('SMB');
    // Every answer came through one channel: its "change" is the headline's, not news.
    expect(text).not.toContain('Channel');
    expect(text).toContain(
      `Open this week in the dashboard: http://resonance.test/?from=${WEEK.from}&to=${WEEK.to}`,
    );
    expect(String(mail.html)).toContain('Acme &amp; Söhne');

    await mailTo(people.acmeAnalyst?.email ?? '');
  });

  it('writes the German digest for a German organization, with only its own numbers', async () => {
    const mail = await mailTo(people.bergOwner?.email ?? '');
    const text = mail.text ?? '';
    expect(mail.subject).toBe('Bergwerk <GmbH>: Wochenbericht KW 45/2026 – 5 Antworten');
    expect(text).toContain('Hallo Bergwerk <GmbH> Owner,');
    expect(text).toContain('NPS\n  Diese Woche: 100,0 (95-%-KI');
    expect(text).toContain('n = 5)\n  Vorherige 4 Wochen: keine Antworten');
    expect(text).toContain('Zu wenige Antworten, um eine Veränderung zu bewerten');
    expect(String(mail.html)).toContain('Bergwerk &lt;GmbH&gt;');
    expect(String(mail.html)).not.toContain('<GmbH>');
    // Tenant isolation: none of Acme's numbers, names or segments.
    for (const foreign of ['Acme', 'Enterprise', '85', '-47']) expect(text).not.toContain(foreign);
    expect(mailsTo(people.acmeOwner?.email ?? '').every((m) => !(m.text ?? '').includes('Bergwerk'))).toBe(
      true,
    );
  });

  it('tells a subscriber of an organization without answers that none came in', async () => {
    const mail = await mailTo(people.quietOwner?.email ?? '');
    expect(mail.subject).toBe('Quiet Co: weekly digest, week 45/2026 – no answers');
    expect(mail.text).toContain('No answers came in for Quiet Co in week 45/2026 (2 Nov – 8 Nov 2026).');
  });

  it('mails nobody twice for the same week, and nobody who unsubscribed or lost analytics access', async () => {
    const deps = mailingDeps(t.runtime.jobContext);
    expect(await sendWeeklyDigests(deps)).toMatchObject({ period: '2026-W45', sent: 0 });
    clock.set(new Date('2026-11-11T15:00:00Z'));
    expect(await sendWeeklyDigests(deps)).toMatchObject({ period: '2026-W45', sent: 0 });
    const rows = await t.runtime.deps.db.execute(
      sql`select to_address from email_messages where kind = 'digest.weekly' order by to_address`,
    );
    const addresses = (rows as unknown as { rows: { to_address: string }[] }).rows.map((r) => r.to_address);
    const expected = [people.acmeOwner, people.acmeAnalyst, people.bergOwner, people.quietOwner]
      .map((p) => p?.email ?? '')
      .sort();
    expect(addresses).toEqual(expected);
    await Promise.all(expected.map((a) => mailTo(a)));
    for (const who of ['acmeAdmin', 'acmeDemoted', 'acmeAgent'])
      expect(mailsTo(people[who]?.email ?? '')).toEqual([]);
    for (const address of expected) expect(mailsTo(address)).toHaveLength(1);
    const state = await t.request({
      method: 'GET',
      url: '/api/v1/digest/subscription',
      as: { cookie: people.acmeOwner?.cookie ?? '' },
    });
    expect(state.json()).toMatchObject({ subscribed: true, lastPeriod: '2026-W45' });

    // The next Monday brings the next week; two runs at once still mail each subscriber once.
    clock.set(new Date('2026-11-16T06:00:00Z'));
    const runs = await Promise.all([sendWeeklyDigests(deps), sendWeeklyDigests(deps)]);
    expect(runs.map((r) => r.period)).toEqual(['2026-W46', '2026-W46']);
    expect(runs.reduce((sum, r) => sum + r.sent, 0)).toBe(4);
    const next: ParsedMail = await smtp.waitFor(
      (m) =>
        recipients(m).includes((people.acmeOwner?.email ?? '').toLowerCase()) &&
        (m.subject ?? '').includes('week 46'),
    );
    expect(next.text).toContain('No answers came in for Acme & Söhne in week 46/2026');
  });
});
