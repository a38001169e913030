import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TContactExport, TContactProfile } from '../../../shared/contracts/contacts.js';
import type { TResponseList } from '../../../shared/contracts/responses.js';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { liveSurvey, upsertContacts } from '../../../../test/helpers/survey-fixtures.js';

/** GDPR rights reach survey answers too: export lists them, a merge carries them, erasure strips their text. */
describe('contact privacy and survey answers', () => {
  let t: TestApp;
  let key: string;
  let surveyId: string;
  beforeAll(async () => {
    t = await buildTestApp({ transport: null });
    const owner = await t.signUp();
    await t.createOrg(owner.cookie);
    key = (await t.createApiKey(owner.cookie)).key;
    surveyId = (await liveSurvey(t, key, 'relationship-nps')).id;
    await upsertContacts(t, key, [
      { externalId: 'P1', email: 'p1@example.test' },
      { externalId: 'P2', email: 'p2@example.test' },
    ]);
  });
  afterAll(() => t.close());

  const answer = (contact: string, nps: number, why: string, plan: string) =>
    t.request({
      method: 'POST',
      url: '/api/v1/responses',
      payload: {
        surveyId,
        contactExternalId: contact,
        answers: { nps, why },
        externalRef: `${contact}-${plan}`,
      },
      as: { key },
    });

  it('exports, merges and erases survey answers with the person', async () => {
    expect(
      (
        await t.request({
          method: 'POST',
          url: `/api/v1/surveys/${surveyId}/send`,
          payload: { contacts: ['P1'] },
          as: { key },
        })
      ).statusCode,
    ).toBe(200);
    expect((await answer('P1', 3, 'private comment of P1', 'a')).statusCode).toBe(201);
    expect((await answer('P2', 8, 'private comment of P2', 'b')).statusCode).toBe(201);

    const exported = (
      await t.request({ method: 'GET', url: '/api/v1/contacts/P1/export', as: { key } })
    ).json() as TContactExport;
    expect(exported.surveyResponses.map((r) => r.answers)).toEqual([
      { nps: 3, why: 'private comment of P1' },
    ]);
    expect(exported.surveyInvitations).toEqual([
      expect.objectContaining({ surveyId, channel: 'email', status: 'scheduled' }),
    ]);

    const merged = await t.request({
      method: 'POST',
      url: '/api/v1/contacts/P1/merge',
      payload: { from: 'P2' },
      as: { key },
    });
    expect(merged.statusCode, merged.body).toBe(200);
    const afterMerge = (
      await t.request({ method: 'GET', url: '/api/v1/contacts/P1/export', as: { key } })
    ).json() as TContactExport;
    expect(afterMerge.surveyResponses.map((r) => r.answers.nps).sort()).toEqual([3, 8]);

    expect(
      (await t.request({ method: 'DELETE', url: '/api/v1/contacts/P1', as: { key } })).statusCode,
    ).toBeLessThan(300);
    const rows = await t.runtime.deps.db.execute(
      sql`select answers::text as a, hidden_fields::text as h, contact_id from survey_responses`,
    );
    const list = (rows as unknown as { rows: Array<{ a: string; h: string; contact_id: string | null }> })
      .rows;
    expect(list).toHaveLength(2);
    for (const r of list) {
      expect(r.a).not.toContain('private comment');
      expect(r.contact_id).toBeNull();
    }
    const after = (
      await t.request({ method: 'GET', url: `/api/v1/responses?surveyId=${surveyId}`, as: { key } })
    ).json() as TResponseList;
    expect(after.items.map((r) => [r.score, r.comment, r.contact]).sort()).toEqual([
      [3, null, null],
      [8, null, null],
    ]);
  });
  it("shows an answer's hidden fields on the person's timeline", async () => {
    await upsertContacts(t, key, [{ externalId: 'H1' }]);
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/responses',
      payload: { surveyId, contactExternalId: 'H1', answers: { nps: 9 } },
      as: { key },
    });
    expect(res.statusCode, res.body).toBe(201);
    // No channel yet ties hidden fields to a known person's answer; the row is given them here as a link answer would carry them.
    await t.runtime.deps.db.execute(
      sql`update survey_responses set hidden_fields = '{"store":"berlin","plan":"pro"}'::jsonb where feedback_item_id = ${(res.json() as { id: string }).id}`,
    );
    const ticket = await t.request({
      method: 'POST',
      url: '/api/v1/feedback',
      payload: [
        { channel: 'ticket', text: 'no survey', contactExternalId: 'H1', occurredAt: '2026-01-05T10:00:00Z' },
      ],
      as: { key },
    });
    expect(ticket.statusCode, ticket.body).toBeLessThan(300);
    const profile = (
      await t.request({ method: 'GET', url: '/api/v1/contacts/H1', as: { key } })
    ).json() as TContactProfile;
    const fields = profile.timeline.map((e) => (e.kind === 'feedback' ? [e.channel, e.hiddenFields] : null));
    expect(fields).toEqual(
      expect.arrayContaining([
        ['survey', { store: 'berlin', plan: 'pro' }],
        ['ticket', {}],
      ]),
    );
  });
});
