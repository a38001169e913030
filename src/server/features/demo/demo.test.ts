import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCaseDetail, TCaseList, TCaseReport } from '../../../shared/contracts/cases.js';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { generateDemoDataset } from '../../../domain/demo/generate-demo-dataset.js';
import type { TDemoResult } from '../../../shared/contracts/demo.js';

const NOW = new Date('2026-03-10T09:00:00Z');
const DAY_MS = 86_400_000;

describe('demo workspace', () => {
  let t: TestApp;
  let owner: { cookie: string };
  let orgA: { id: string };
  let firstRun: TDemoResult;

  async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
    const res = await t.runtime.deps.db.execute(query);
    return (res as unknown as { rows: T[] }).rows;
  }
  async function countRows(
    table:
      | 'contacts'
      | 'feedback_items'
      | 'contact_events'
      | 'surveys'
      | 'survey_sends'
      | 'survey_invitations'
      | 'survey_responses',
    organizationId: string,
  ): Promise<number> {
    const [row] = await rows<{ n: number }>(
      sql`select count(*)::int as n from ${sql.identifier(table)} where organization_id = ${organizationId}`,
    );
    return Number(row?.n);
  }

  beforeAll(async () => {
    t = await buildTestApp({ now: () => NOW });
    owner = await t.signUp();
    orgA = await t.createOrg(owner.cookie, 'Acme');
    const res = await t.request({ method: 'POST', url: '/api/v1/demo', as: { cookie: owner.cookie } });
    expect(res.statusCode, res.body).toBe(201);
    firstRun = res.json();
  });
  afterAll(() => t.close());

  it('fills an empty organization and returns what it created', async () => {
    const expected = generateDemoDataset({ now: NOW });
    expect(firstRun).toEqual({
      contacts: expected.contacts.length,
      feedbackItems: expected.feedbackItems.length,
      events: expected.events.length,
      surveys: expected.surveys.length,
      sends: expected.sends.length,
      invitations: expected.invitations.length,
      responses: expected.responses.length,
    });
    expect(await countRows('surveys', orgA.id)).toBe(firstRun.surveys);
    expect(await countRows('survey_sends', orgA.id)).toBe(firstRun.sends);
    expect(await countRows('survey_invitations', orgA.id)).toBe(firstRun.invitations);
    expect(await countRows('survey_responses', orgA.id)).toBe(firstRun.responses);
    expect(firstRun.events).toBeGreaterThan(1000);
    expect(await countRows('contact_events', orgA.id)).toBe(firstRun.events);
    expect(firstRun.contacts).toBe(600);
    expect(firstRun.feedbackItems).toBeGreaterThan(3000);
    expect(await countRows('contacts', orgA.id)).toBe(firstRun.contacts);
    expect(await countRows('feedback_items', orgA.id)).toBe(firstRun.feedbackItems);
  });

  it('puts plan, revenue, customer-since, products and churn into the typed columns and declares the custom attributes', async () => {
    const expected = generateDemoDataset({ now: NOW }).contacts;
    const stored = await rows<{
      external_id: string;
      plan: string;
      revenue: number;
      since: string;
      products: string[];
      churned: string | null;
      attributes: Record<string, unknown>;
    }>(sql`
      select external_id, plan, revenue, to_char(customer_since at time zone 'UTC', 'YYYY-MM-DD') as since, products_used as products,
        to_char(churned_at at time zone 'UTC', 'YYYY-MM-DD') as churned, attributes
      from contacts where organization_id = ${orgA.id}`);
    const byId = new Map(stored.map((r) => [r.external_id, r]));
    for (const c of expected) {
      const row = byId.get(c.externalId);
      expect(row, c.externalId).toBeDefined();
      expect({
        plan: row?.plan,
        revenue: row?.revenue,
        since: row?.since,
        products: row?.products.join(', '),
        churned: row?.churned,
        attributes: row?.attributes,
      }).toEqual({
        plan: c.attributes.plan,
        revenue: c.attributes.revenue,
        since: c.attributes.customerSince,
        products: c.attributes.productsUsed,
        churned: c.attributes.churnedAt,
        attributes: { company: c.attributes.company, country: c.attributes.country },
      });
    }
    expect(expected.some((c) => c.attributes.churnedAt !== null)).toBe(true);
    const defs = await t.request({
      method: 'GET',
      url: '/api/v1/contact-attributes',
      as: { cookie: owner.cookie },
    });
    expect(
      (defs.json() as { items: { key: string; type: string }[] }).items.map((d) => [d.key, d.type]),
    ).toEqual([
      ['company', 'string'],
      ['country', 'string'],
    ]);
  });

  it('creates live surveys from the templates, with the organization name, and paused sends behind them', async () => {
    const list = await t.request({ method: 'GET', url: '/api/v1/surveys', as: { cookie: owner.cookie } });
    expect(list.statusCode).toBe(200);
    const surveys = (
      list.json() as {
        items: {
          name: string;
          templateId: string;
          status: string;
          questions: { prompt: Record<string, string> }[];
        }[];
      }
    ).items;
    expect(surveys.map((s) => s.templateId)).toEqual(
      expect.arrayContaining(['relationship-nps', 'csat-after-support', 'ces-after-resolution']),
    );
    expect(surveys.every((s) => s.status === 'live')).toBe(true);
    const nps = surveys.find((s) => s.name === 'Relationship NPS');
    expect(nps?.questions[0]?.prompt).toMatchObject({
      en: expect.stringContaining('recommend Acme'),
      de: expect.stringContaining('Acme einem Freund'),
    });

    const sends = await rows<{
      survey: string;
      kind: string;
      every_days: number | null;
      delay_seconds: number;
      status: string;
      audience: Record<string, unknown>;
      segment: string | null;
    }>(sql`
      select s.name as survey, d.kind, d.every_days, d.delay_seconds, d.status, d.audience, g.name as segment
      from survey_sends d join surveys s on s.id = d.survey_id
      left join segments g on g.id::text = d.audience->>'segmentId' and g.organization_id = d.organization_id
      where d.organization_id = ${orgA.id}`);
    expect(sends.find((s) => s.survey === 'Relationship NPS')).toMatchObject({
      kind: 'recurring',
      every_days: 90,
      segment: 'Active customers',
    });
    for (const survey of ['Satisfaction after a support contact', 'Effort after a resolved ticket']) {
      expect(sends.find((s) => s.survey === survey)).toMatchObject({
        kind: 'event',
        delay_seconds: 3600,
        audience: { kind: 'event', event: 'ticket_solved' },
      });
    }
    expect(sends.every((s) => s.status === 'paused')).toBe(true);
  });

  it('stores invitations on all three channels: reminded, nudged, throttled, bounced and unsubscribed ones, none answerable', async () => {
    const funnel = await rows<{
      channel: string;
      n: number;
      answered: number;
      reminded: number;
      nudged: number;
      throttled: number;
      bounced: number;
      unsubscribed: number;
      tokens: number;
    }>(sql`
      select channel, count(*)::int as n, count(answered_at)::int as answered, count(reminded_at)::int as reminded, count(nudged_at)::int as nudged,
        count(*) filter (where status = 'skipped' and skip_reason in ('quiet_period', 'recontact_period') and skip_until > scheduled_for)::int as throttled,
        count(*) filter (where status = 'bounced')::int as bounced, count(unsubscribed_at)::int as unsubscribed, count(token_hash)::int as tokens
      from survey_invitations where organization_id = ${orgA.id} group by channel order by channel`);
    expect(funnel.map((f) => f.channel)).toEqual(['email', 'link', 'widget']);
    const [emailRow, link, widget] = funnel;
    expect(emailRow?.n).toBeGreaterThan(5000);
    expect(emailRow?.reminded).toBeGreaterThan(1000);
    expect(emailRow?.nudged).toBeGreaterThan(100);
    expect(emailRow?.throttled).toBeGreaterThan(100);
    expect(emailRow?.bounced).toBeGreaterThan(0);
    expect(emailRow?.unsubscribed).toBeGreaterThan(0);
    for (const row of [link, widget]) {
      expect(row?.answered).toBeGreaterThan(50);
      expect(row?.n).toBeGreaterThan(row?.answered ?? 0);
      expect([row?.reminded, row?.nudged, row?.throttled]).toEqual([0, 0, 0]);
    }
    expect(funnel.reduce((sum, f) => sum + f.tokens, 0)).toBe(0);

    // Bounced and unsubscribed addresses are suppressed, by hash only.
    const lost = await rows<{ email: string; reason: string }>(sql`
      select c.email, case when i.status = 'bounced' then 'bounced' else 'unsubscribed' end as reason
      from survey_invitations i join contacts c on c.id = i.contact_id
      where i.organization_id = ${orgA.id} and (i.status = 'bounced' or i.unsubscribed_at is not null)`);
    const suppressions = await rows<{ email_hash: string; reason: string }>(
      sql`select email_hash, reason from email_suppressions where organization_id = ${orgA.id}`,
    );
    const hash = (email: string) => createHash('sha256').update(email.toLowerCase()).digest('hex');
    expect(suppressions.map((s) => [s.email_hash, s.reason]).sort()).toEqual(
      lost.map((l) => [hash(l.email), l.reason]).sort(),
    );
    expect(
      suppressions.some((s) => s.reason === 'bounced') &&
        suppressions.some((s) => s.reason === 'unsubscribed'),
    ).toBe(true);

    // Skipped for an e-mail opt-out means the contact record says so.
    const [optOut] = await rows<{ contacts: number; flagged: number }>(sql`
      select count(distinct c.id)::int as contacts, count(distinct c.id) filter (where c.is_email_opt_out)::int as flagged
      from survey_invitations i join contacts c on c.id = i.contact_id
      where i.organization_id = ${orgA.id} and i.skip_reason = 'email_opt_out'`);
    expect(optOut?.contacts).toBeGreaterThan(0);
    expect(optOut?.flagged).toBe(optOut?.contacts);
  });

  it('answers invitations on e-mail, link and widget: each response is its feedback item, known by the invitation id', async () => {
    const answered = await rows<{ channel: string; n: number; matched: number }>(sql`
      select r.channel, count(*)::int as n, count(*) filter (
        where f.channel = 'survey' and f.external_ref = 'inv:' || i.id::text and f.contact_id = r.contact_id and r.contact_id = i.contact_id
          and f.occurred_at = i.answered_at and r.survey_id = i.survey_id and f.score = (r.answers ->> f.metric)::int
          and f.text is not distinct from r.answers ->> 'why'
      )::int as matched
      from survey_responses r
      join survey_invitations i on i.id = r.invitation_id
      join feedback_items f on f.id = r.feedback_item_id
      where r.organization_id = ${orgA.id} group by r.channel order by r.channel`);
    expect(answered.map((a) => a.channel)).toEqual(['email', 'link', 'widget']);
    for (const a of answered) expect(a.matched, a.channel).toBe(a.n);
    expect(answered.reduce((sum, a) => sum + a.n, 0)).toBe(firstRun.responses);

    // Every answered invitation has exactly its response, and every survey answer is one.
    const [orphans] = await rows<{
      unanswered_responses: number;
      answers_without_response: number;
      answered_without_response: number;
    }>(sql`
      select
        (select count(*)::int from survey_responses r join survey_invitations i on i.id = r.invitation_id where r.organization_id = ${orgA.id} and i.answered_at is null) as unanswered_responses,
        (select count(*)::int from feedback_items f where f.organization_id = ${orgA.id} and f.channel = 'survey'
           and not exists (select 1 from survey_responses r where r.feedback_item_id = f.id)) as answers_without_response,
        (select count(*)::int from survey_invitations i where i.organization_id = ${orgA.id} and i.answered_at is not null
           and not exists (select 1 from survey_responses r where r.invitation_id = i.id)) as answered_without_response`);
    expect(orphans).toEqual({
      unanswered_responses: 0,
      answers_without_response: 0,
      answered_without_response: 0,
    });

    const [one] = await rows<{
      invitation_id: string;
      response_item: string;
      item_id: string;
      external_ref: string;
    }>(sql`
      select i.id as invitation_id, r.feedback_item_id as response_item, f.id as item_id, f.external_ref
      from survey_invitations i join feedback_items f on f.organization_id = i.organization_id and f.external_ref = 'inv:' || i.id::text
      join survey_responses r on r.invitation_id = i.id
      where i.organization_id = ${orgA.id} and i.channel = 'email' and i.answered_at is not null limit 1`);
    expect(one?.item_id).toBe(one?.response_item);
    expect(one?.external_ref).toBe(`inv:${one?.invitation_id}`);
  });

  it('refuses a second run with 409 and changes nothing', async () => {
    const res = await t.request({ method: 'POST', url: '/api/v1/demo', as: { cookie: owner.cookie } });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      error: { code: 'CONFLICT', message: expect.stringContaining('already has contacts') },
    });
    expect(await countRows('contacts', orgA.id)).toBe(firstRun.contacts);
    expect(await countRows('feedback_items', orgA.id)).toBe(firstRun.feedbackItems);
  });

  it('is refused to analysts and agents', async () => {
    const other = await t.signUp();
    const org = await t.createOrg(other.cookie);
    for (const role of ['analyst', 'agent'] as const) {
      const member = await t.addMember(org.id, role);
      const res = await t.request({ method: 'POST', url: '/api/v1/demo', as: { cookie: member.cookie } });
      expect(res.statusCode, role).toBe(403);
    }
    expect(await countRows('contacts', org.id)).toBe(0);
  });

  it('stores both languages, all three survey metrics with their scales, and two years of history', async () => {
    const languages = await rows<{ language: string; n: number }>(
      sql`select language, count(*)::int as n from contacts where organization_id = ${orgA.id} group by language order by language`,
    );
    const de = Number(languages.find((l) => l.language === 'de')?.n) / firstRun.contacts;
    expect(languages.map((l) => l.language)).toEqual(['de', 'en']);
    expect(de).toBeGreaterThan(0.48);
    expect(de).toBeLessThan(0.62);

    const metrics = await rows<{
      metric: string;
      lo: number;
      hi: number;
      scale_min: number;
      scale_max: number;
    }>(sql`
      select metric, min(score) as lo, max(score) as hi, min(scale_min) as scale_min, max(scale_max) as scale_max
      from feedback_items where organization_id = ${orgA.id} and channel = 'survey' group by metric order by metric`);
    expect(metrics).toEqual([
      { metric: 'ces', lo: 1, hi: 7, scale_min: 1, scale_max: 7 },
      { metric: 'csat', lo: 1, hi: 5, scale_min: 1, scale_max: 5 },
      { metric: 'nps', lo: 0, hi: 10, scale_min: 0, scale_max: 10 },
    ]);

    const [span] = await rows<{ first: string | Date; last: string | Date }>(
      sql`select min(occurred_at) as first, max(occurred_at) as last from feedback_items where organization_id = ${orgA.id}`,
    );
    const first = new Date(span?.first ?? 0).getTime();
    const last = new Date(span?.last ?? 0).getTime();
    expect(last).toBeLessThanOrEqual(NOW.getTime());
    expect(NOW.getTime() - last).toBeLessThan(7 * DAY_MS);
    expect(last - first).toBeGreaterThan(720 * DAY_MS);

    const commentLanguages = await rows<{ language: string }>(
      sql`select distinct language from feedback_items where organization_id = ${orgA.id} and text is not null order by language`,
    );
    expect(commentLanguages.map((r) => r.language)).toEqual(['de', 'en']);
  });

  it('has NPS categories in plausible shares and every non-review item tied to a contact', async () => {
    const [shares] = await rows<{ p: number; d: number; n: number }>(sql`
      select avg(case when score >= 9 then 1.0 else 0 end)::float8 as p,
             avg(case when score <= 6 then 1.0 else 0 end)::float8 as d, count(*)::int as n
      from feedback_items where organization_id = ${orgA.id} and metric = 'nps'`);
    expect(shares?.n).toBeGreaterThan(1200);
    expect(shares?.p).toBeGreaterThan(0.38);
    expect(shares?.p).toBeLessThan(0.54);
    expect(shares?.d).toBeGreaterThan(0.17);
    expect(shares?.d).toBeLessThan(0.32);

    const [orphans] = await rows<{ n: number }>(sql`
      select count(*)::int as n from feedback_items
      where organization_id = ${orgA.id} and contact_id is null and channel <> 'review'`);
    expect(orphans?.n).toBe(0);
    const channels = await rows<{ channel: string }>(
      sql`select distinct channel from feedback_items where organization_id = ${orgA.id} order by channel`,
    );
    // `other`: the re-survey answers of followed-up detractors, recorded like scores from the API.
    expect(channels.map((c) => c.channel)).toEqual(['chat', 'other', 'review', 'survey', 'ticket']);
  });

  it('keeps demo rows inside their organization', async () => {
    const other = await t.signUp();
    const orgB = await t.createOrg(other.cookie);
    const { key } = await t.createApiKey(other.cookie);
    expect(await countRows('contacts', orgB.id)).toBe(0);
    expect(await countRows('feedback_items', orgB.id)).toBe(0);

    // An integration may fill its own organization too; the rows stay apart from org A's.
    const res = await t.request({ method: 'POST', url: '/api/v1/demo', as: { key } });
    expect(res.statusCode).toBe(201);
    const [crossLinks] = await rows<{ n: number }>(sql`
      select count(*)::int as n from feedback_items f join contacts c on c.id = f.contact_id
      where f.organization_id <> c.organization_id`);
    expect(crossLinks?.n).toBe(0);
    expect(await countRows('contacts', orgA.id)).toBe(firstRun.contacts);
    expect(await countRows('feedback_items', orgA.id)).toBe(firstRun.feedbackItems);
  });

  it('lets only one of two simultaneous requests fill an organization', async () => {
    const other = await t.signUp();
    const org = await t.createOrg(other.cookie);
    const post = () => t.request({ method: 'POST', url: '/api/v1/demo', as: { cookie: other.cookie } });
    const statuses = (await Promise.all([post(), post()])).map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, 409]);
    expect(await countRows('contacts', org.id)).toBe(firstRun.contacts);
    expect(await countRows('feedback_items', org.id)).toBe(firstRun.feedbackItems);
  });

  it('opens follow-up cases in every state from its own critical feedback, with replies, root causes and SLA state', async () => {
    const list = (
      await t.request({ method: 'GET', url: '/api/v1/cases?limit=200', as: { cookie: owner.cookie } })
    ).json() as TCaseList;
    expect(list.cases.length).toBeGreaterThanOrEqual(30);
    const statuses = new Set(list.cases.map((c) => c.status));
    for (const s of ['new', 'open', 'waiting', 'resolved', 'closed'] as const) expect(statuses).toContain(s);
    expect(list.cases.some((c) => c.sla.isBreached && c.status !== 'closed')).toBe(true);
    expect(list.cases.some((c) => c.escalationLevel > 0)).toBe(true);
    const closed = list.cases.filter((c) => c.status === 'closed');
    const detail = (
      await t.request({ method: 'GET', url: `/api/v1/cases/${closed[0]?.id}`, as: { cookie: owner.cookie } })
    ).json() as TCaseDetail;
    expect(detail.rootCause).toBeTruthy();
    expect(detail.actions).toContain(detail.action);
    expect(detail.items.length).toBeGreaterThanOrEqual(1);
    expect(detail.events.filter((e) => e.type === 'reply').length).toBeGreaterThanOrEqual(2);
    // Replies are written in the customer's language: both appear across the demo.
    const bodies = await rows<{ body: string }>(
      sql`select body from case_events where organization_id = ${orgA.id} and type = 'reply'`,
    );
    expect(bodies.some((b) => b.body.includes('Viele Grüße'))).toBe(true);
    expect(bodies.some((b) => b.body.includes('Best regards'))).toBe(true);
    // Followed-up detractors answered the re-survey: the report counts who came back.
    const report = (
      await t.request({
        method: 'GET',
        url: '/api/v1/cases/report?from=2025-01-01&to=2026-04-01',
        as: { cookie: owner.cookie },
      })
    ).json() as TCaseReport;
    expect(report.recovery.all.n).toBeGreaterThan(3);
    expect(report.recovery.all.successes).toBeGreaterThan(0);
    expect(report.recovery.all.successes).toBeLessThan(report.recovery.all.n);
    expect(report.recovery.byAction.length).toBeGreaterThan(1);
    // The answers behind them name their case.
    const linked = await rows<{ n: number }>(
      sql`select count(*)::int as n from case_items where organization_id = ${orgA.id}`,
    );
    expect(Number(linked[0]?.n)).toBeGreaterThanOrEqual(list.cases.length);
  });

  it('does not duplicate feedback when run again after the contacts were removed', async () => {
    await t.runtime.deps.db.execute(sql`delete from contacts where organization_id = ${orgA.id}`);
    const res = await t.request({ method: 'POST', url: '/api/v1/demo', as: { cookie: owner.cookie } });
    expect(res.statusCode).toBe(201);
    // Events went with their contacts (cascade); feedback and the survey programme stayed and are not written twice.
    expect(res.json()).toEqual({
      contacts: firstRun.contacts,
      feedbackItems: 0,
      events: firstRun.events,
      surveys: 0,
      sends: 0,
      invitations: 0,
      responses: 0,
    });
    expect(await countRows('feedback_items', orgA.id)).toBe(firstRun.feedbackItems);
    expect(await countRows('surveys', orgA.id)).toBe(firstRun.surveys);
    expect(await countRows('survey_invitations', orgA.id)).toBe(firstRun.invitations);
    expect(await countRows('survey_responses', orgA.id)).toBe(firstRun.responses);
  });
});
