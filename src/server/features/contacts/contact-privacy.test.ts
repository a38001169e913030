import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Caller, type TestApp } from '../../../../test/helpers/build-test-app.js';
import type { TContact, TContactExport, TContactProfile } from '../../../shared/contracts/contacts.js';
import { contactEvents, feedbackItems } from '../../db/schema/index.js';

type Rows<T> = { rows: T[] };

describe('contact erasure, export and merge', () => {
  let t: TestApp;
  let orgId: string;
  let key: Caller;

  const upsert = (payload: unknown) =>
    t.request({ method: 'POST', url: '/api/v1/contacts', payload: payload as object, as: key });
  const query = async <T>(q: ReturnType<typeof sql>) =>
    ((await t.runtime.deps.db.execute(q)) as unknown as Rows<T>).rows;
  const contactId = async (externalId: string) =>
    (
      await query<{ id: string }>(
        sql`select id from contacts where organization_id = ${orgId} and external_id = ${externalId}`,
      )
    )[0]?.id ?? '';
  const feedbackCount = async () =>
    Number(
      (
        await query<{ n: number }>(
          sql`select count(*)::int as n from feedback_items where organization_id = ${orgId}`,
        )
      )[0]?.n,
    );

  beforeAll(async () => {
    t = await buildTestApp({ transport: null });
    const o = await t.signUp();
    orgId = (await t.createOrg(o.cookie, 'Privacy Co')).id;
    key = { key: (await t.createApiKey(o.cookie)).key };
  });
  afterAll(() => t.close());

  it('merges a contact: timelines join, empty fields fill, the old id becomes an alias, all in one go', async () => {
    await upsert([
      { externalId: 'M-survivor', name: 'Sam Survivor', segment: 'Enterprise' },
      {
        externalId: 'M-other',
        name: 'Sam S.',
        email: 'sam@example.test',
        segment: 'SMB',
        plan: 'Pro',
        productsUsed: ['App'],
        consent: { emailOptOut: true },
      },
    ]);
    const [survivorId, otherId] = [await contactId('M-survivor'), await contactId('M-other')];
    const db = t.runtime.deps.db;
    await db.insert(feedbackItems).values([
      {
        organizationId: orgId,
        contactId: survivorId,
        channel: 'ticket',
        text: 'survivor ticket',
        occurredAt: new Date('2026-01-01T00:00:00Z'),
      },
      {
        organizationId: orgId,
        contactId: otherId,
        channel: 'review',
        text: 'other review',
        occurredAt: new Date('2026-02-01T00:00:00Z'),
      },
    ]);
    await db.insert(contactEvents).values({
      organizationId: orgId,
      contactId: otherId,
      type: 'login',
      occurredAt: new Date('2026-02-02T00:00:00Z'),
    });

    const res = await t.request({
      method: 'POST',
      url: '/api/v1/contacts/M-survivor/merge',
      payload: { from: 'M-other' },
      as: key,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      externalId: 'M-survivor',
      name: 'Sam Survivor',
      email: 'sam@example.test',
      segment: 'Enterprise',
      plan: 'Pro',
      productsUsed: ['App'],
      consent: { emailOptOut: true, neverSurvey: false },
    });

    // The old id resolves to the survivor, whose timeline holds both histories.
    const viaAlias = (
      await t.request({ method: 'GET', url: '/api/v1/contacts/M-other', as: key })
    ).json() as TContactProfile;
    expect(viaAlias.contact.externalId).toBe('M-survivor');
    expect(viaAlias.aliases).toEqual(['M-other']);
    expect(viaAlias.timeline.map((e) => (e.kind === 'feedback' ? e.text : e.type))).toEqual([
      'login',
      'other review',
      'survivor ticket',
    ]);
    expect(await contactId('M-other')).toBe('');

    // Upserts by the old id update the survivor.
    expect((await upsert({ externalId: 'M-other', region: 'DACH' })).json()).toMatchObject({
      created: 0,
      updated: 1,
    });
    expect(
      (
        (
          await t.request({ method: 'GET', url: '/api/v1/contacts/M-survivor', as: key })
        ).json() as TContactProfile
      ).contact.region,
    ).toBe('DACH');
    // An entry by the old id and one by the new id in one batch name the same contact.
    const both = (
      await upsert([
        { externalId: 'M-survivor', plan: 'X' },
        { externalId: 'M-other', plan: 'Y' },
      ])
    ).json() as { errors: { index: number }[] };
    expect(both.errors.map((e) => e.index)).toEqual([1]);

    const self = await t.request({
      method: 'POST',
      url: '/api/v1/contacts/M-survivor/merge',
      payload: { from: 'M-survivor' },
      as: key,
    });
    expect(self.statusCode).toBe(400);
    const viaOwnAlias = await t.request({
      method: 'POST',
      url: '/api/v1/contacts/M-survivor/merge',
      payload: { from: 'M-other' },
      as: key,
    });
    expect(viaOwnAlias.statusCode).toBe(400);
    const unknownFrom = await t.request({
      method: 'POST',
      url: '/api/v1/contacts/M-survivor/merge',
      payload: { from: 'nobody' },
      as: key,
    });
    expect(unknownFrom.statusCode).toBe(404);
    expect(unknownFrom.json()).toMatchObject({ error: { details: [{ field: 'body.from' }] } });
    const unknownTarget = await t.request({
      method: 'POST',
      url: '/api/v1/contacts/nobody/merge',
      payload: { from: 'M-survivor' },
      as: key,
    });
    expect(unknownTarget.statusCode).toBe(404);
    const extra = await t.request({
      method: 'POST',
      url: '/api/v1/contacts/M-survivor/merge',
      payload: { from: 'x', into: 'y' },
      as: key,
    });
    expect(extra.statusCode).toBe(400);
  });

  it('exports everything held about the person and then erases them from every table and queued job', async () => {
    const email = `erase-${randomBytes(4).toString('hex')}@example.test`;
    const name = `Erin Erasable ${randomBytes(3).toString('hex')}`;
    await upsert([
      { externalId: 'E-1', email, name, phone: '+49 30 999', plan: 'Pro' },
      { externalId: 'E-old', name: 'Erin (old CRM record)' },
      { externalId: 'Z-other', email: 'zoe@example.test', name: 'Zoe' },
    ]);
    await t.request({
      method: 'POST',
      url: '/api/v1/contacts/E-1/merge',
      payload: { from: 'E-old' },
      as: key,
    });
    const [id, zoeId] = [await contactId('E-1'), await contactId('Z-other')];
    const db = t.runtime.deps.db;
    await db.insert(feedbackItems).values([
      {
        organizationId: orgId,
        contactId: id,
        channel: 'survey',
        metric: 'nps',
        score: 3,
        scaleMin: 0,
        scaleMax: 10,
        text: `Call me, ${name}`,
        authorEmail: email,
        occurredAt: new Date('2026-01-05T00:00:00Z'),
      },
      {
        organizationId: orgId,
        contactId: id,
        channel: 'social',
        source: 'Instagram',
        text: 'bad',
        authorHandle: '@erin',
        authorName: name,
        link: 'https://example.test/p/1',
        occurredAt: new Date('2026-01-06T00:00:00Z'),
      },
      // An anonymous item under the person's e-mail address is theirs too.
      {
        organizationId: orgId,
        contactId: null,
        channel: 'review',
        metric: 'rating',
        score: 1,
        text: 'meh',
        authorEmail: email.toUpperCase(),
        occurredAt: new Date('2026-01-07T00:00:00Z'),
      },
      {
        organizationId: orgId,
        contactId: zoeId,
        channel: 'chat',
        text: 'zoe stays',
        occurredAt: new Date('2026-01-08T00:00:00Z'),
      },
    ]);
    await db.insert(contactEvents).values([
      {
        organizationId: orgId,
        contactId: id,
        type: 'purchase',
        revenue: 99,
        occurredAt: new Date('2026-01-02T00:00:00Z'),
        properties: { receiptTo: email },
        eventId: 'ev-erase-1',
      },
      { organizationId: orgId, contactId: id, type: 'login', occurredAt: new Date('2026-01-03T00:00:00Z') },
    ]);
    // A finished CSV import whose raw upload holds the person's row.
    const [upload] = await query<{ id: string }>(
      sql`insert into imports (organization_id, kind, filename, status) values (${orgId}, 'contacts', 'crm.csv', 'done') returning id::text as id`,
    );
    await db.execute(
      sql`insert into import_chunks (import_id, seq, data) values (${upload?.id}, 0, convert_to(${`id,email\nE-1,${email}\n`}, 'UTF8'))`,
    );
    // Through the ingestion API as well: matched to the contact by its e-mail address.
    const ingested = await t.request({
      method: 'POST',
      url: '/api/v1/feedback',
      payload: {
        channel: 'email',
        text: 'sent from my phone',
        occurredAt: '2026-01-09T00:00:00Z',
        author: { email, name },
      },
      as: key,
    });
    expect(ingested.statusCode, ingested.body).toBe(200);
    await t.runtime.deps.sendMail({
      to: email,
      subject: 'How likely are you to recommend us?',
      text: `Hello ${name}`,
      organizationId: orgId,
      kind: 'survey.invite',
    });
    const [message] = await query<{ id: string }>(
      sql`select id::text as id from email_messages where to_address = ${email}`,
    );
    const jobId = await t.runtime.deps.enqueue('email.deliver', { messageId: message?.id ?? '' });
    expect(jobId).not.toBeNull();

    // Export: every piece, as an attachment.
    const exp = await t.request({ method: 'GET', url: '/api/v1/contacts/E-old/export', as: key });
    expect(exp.statusCode, exp.body).toBe(200);
    expect(exp.headers['content-disposition']).toBe('attachment; filename="contact-E-1.json"');
    const data = exp.json() as TContactExport;
    expect(data.contact).toMatchObject({ externalId: 'E-1', email, name, phone: '+49 30 999' });
    expect(data.aliases.map((a) => a.externalId)).toEqual(['E-old']);
    expect(data.feedbackItems.map((i) => i.text).sort()).toEqual([
      `Call me, ${name}`,
      'bad',
      'meh',
      'sent from my phone',
    ]);
    expect(data.feedbackItems.find((i) => i.channel === 'social')).toMatchObject({
      authorHandle: '@erin',
      link: 'https://example.test/p/1',
    });
    expect(data.events.map((e) => e.type)).toEqual(['login', 'purchase']);
    expect(data.events[1]).toMatchObject({
      revenue: 99,
      properties: { receiptTo: email },
      eventId: 'ev-erase-1',
    });
    expect(data.emails).toEqual([
      expect.objectContaining({
        subject: 'How likely are you to recommend us?',
        textBody: `Hello ${name}`,
        kind: 'survey.invite',
      }),
    ]);

    // The search below finds the person before the erasure (so finding nothing after means something).
    const mentions = async (schema: string, table: string, needle: string) =>
      Number(
        (
          await query<{ n: number }>(
            sql`select count(*)::int as n from ${sql.identifier(schema)}.${sql.identifier(table)} t where strpos(lower(t::text), lower(${needle})) > 0`,
          )
        )[0]?.n,
      );
    expect(await mentions('public', 'contacts', email)).toBe(1);
    expect(await mentions('public', 'feedback_items', email)).toBeGreaterThanOrEqual(2);
    expect(await mentions('public', 'email_messages', email)).toBe(1);
    expect(await mentions('pgboss', 'job', message?.id ?? 'none')).toBe(1);
    expect(
      await query(
        sql`select import_id from import_chunks where position(convert_to(${email}, 'UTF8') in data) > 0`,
      ),
    ).toHaveLength(1);

    const totalBefore = await feedbackCount();
    const erase = await t.request({ method: 'DELETE', url: '/api/v1/contacts/E-1', as: key });
    expect(erase.statusCode, erase.body).toBe(200);
    expect(erase.json()).toEqual({ erased: true, feedbackItemsAnonymised: 4 });

    // Aggregates keep their counts and scores; the other contact is untouched.
    expect(await feedbackCount()).toBe(totalBefore);
    const scores = await query<{ metric: string; score: number }>(
      sql`select metric, score from feedback_items where organization_id = ${orgId} and score is not null order by score`,
    );
    expect(scores).toEqual([
      { metric: 'rating', score: 1 },
      { metric: 'nps', score: 3 },
    ]);
    expect(
      (await query<{ text: string }>(sql`select text from feedback_items where contact_id = ${zoeId}`)).map(
        (r) => r.text,
      ),
    ).toEqual(['zoe stays']);
    expect(await query(sql`select id from pgboss.job where id = ${jobId}`)).toEqual([]);

    // Byte columns do not show text under ::text, so the raw uploads are checked on their own.
    expect(
      await query(
        sql`select import_id from import_chunks where position(convert_to(${email}, 'UTF8') in data) > 0`,
      ),
    ).toEqual([]);
    expect(await query(sql`select id from imports where id = ${upload?.id}`)).toHaveLength(1);

    // Every table, every column, in our schema and the job queue's: nothing of the person left.
    const tables = await query<{ table_schema: string; table_name: string }>(
      sql`select table_schema, table_name from information_schema.tables where table_schema in ('public', 'pgboss') and table_type = 'BASE TABLE' order by 1, 2`,
    );
    expect(tables.map((r) => r.table_name)).toEqual(
      expect.arrayContaining([
        'contacts',
        'contact_aliases',
        'contact_events',
        'feedback_items',
        'email_messages',
        'job',
      ]),
    );
    for (const { table_schema: schema, table_name: table } of tables) {
      for (const needle of [email, name, '@erin', 'E-old', 'ev-erase-1', 'sent from my phone']) {
        expect(await mentions(schema, table, needle), `${schema}.${table} still mentions ${needle}`).toBe(0);
      }
    }

    for (const url of ['/api/v1/contacts/E-1', '/api/v1/contacts/E-old', '/api/v1/contacts/E-1/export']) {
      expect((await t.request({ method: 'GET', url, as: key })).statusCode, url).toBe(404);
    }
    expect((await t.request({ method: 'DELETE', url: '/api/v1/contacts/E-1', as: key })).statusCode).toBe(
      404,
    );
    // The id is free again: a new contact with it starts empty.
    expect((await upsert({ externalId: 'E-1' })).json()).toMatchObject({ created: 1 });
    const fresh = (await t.request({ method: 'GET', url: '/api/v1/contacts/E-1', as: key })).json() as {
      contact: TContact;
      timeline: unknown[];
    };
    expect(fresh.contact.email).toBeNull();
    expect(fresh.timeline).toEqual([]);
  });
});
