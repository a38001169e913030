import { randomUUID } from 'node:crypto';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { liveSurvey } from '../../../../test/helpers/survey-fixtures.js';
import { contacts, feedbackItems, surveyInvitations, surveyResponses } from '../../db/schema/index.js';
import { drainOutbox } from '../../pipeline/drain-outbox.js';
import { invitationToken, tokenHash } from '../sending/invitation-token.js';
import { recordResponse } from './record-response.service.js';

/**
 * Answers arriving at once share statements and announcement jobs (one per batch of concurrent
 * answers): what must still hold is exactly what held one answer at a time.
 */
describe('recording answers under concurrency', () => {
  let t: TestApp;
  let orgId: string;
  let surveyId: string;

  beforeAll(async () => {
    t = await buildTestApp();
    const owner = await t.signUp();
    orgId = (await t.createOrg(owner.cookie)).id;
    const { key } = await t.createApiKey(owner.cookie);
    surveyId = (await liveSurvey(t, key, 'relationship-nps')).id;
  });
  afterAll(async () => {
    await t.close();
  });

  const db = () => t.runtime.deps.db;

  /** Contacts with a sent e-mail invitation each, as dispatch leaves them; returns the tokens. */
  async function sentInvitations(n: number): Promise<Array<{ id: string; token: string }>> {
    const now = new Date();
    const people = Array.from({ length: n }, () => ({ id: randomUUID(), invitationId: randomUUID() }));
    await db()
      .insert(contacts)
      .values(
        people.map((p) => ({
          id: p.id,
          organizationId: orgId,
          externalId: `C-${p.id}`,
          email: `${p.id}@example.test`,
          language: 'en',
        })),
      );
    const tokens = people.map((p) => ({
      id: p.invitationId,
      token: invitationToken(t.runtime.deps.config.authSecret, p.invitationId),
    }));
    await db()
      .insert(surveyInvitations)
      .values(
        people.map((p, i) => ({
          id: p.invitationId,
          organizationId: orgId,
          surveyId,
          contactId: p.id,
          channel: 'email' as const,
          language: 'en',
          status: 'sent' as const,
          scheduledFor: now,
          sentAt: now,
          expiresAt: new Date(now.getTime() + 30 * 86_400_000),
          tokenHash: tokenHash(tokens[i]?.token ?? ''),
        })),
      );
    return tokens;
  }

  const answer = (token: string, score: number, n: number) =>
    t.app.inject({
      method: 'POST',
      url: `/s/${token}`,
      payload: { q_nps: score },
      headers: { accept: 'application/json' },
      remoteAddress: `10.9.0.${n % 250}`,
    });

  it('records each of many simultaneous answers once, stamps its invitation, and announces every new item', async () => {
    const invitations = await sentInvitations(30);
    // Every invitation answered at once, the first five twice more at the same moment (a double click, a retry).
    const targets = [...invitations, ...invitations.slice(0, 5), ...invitations.slice(0, 5)];
    const results = await Promise.all(targets.map((inv, i) => answer(inv.token, i % 11, i)));
    expect(results.map((r) => r.statusCode)).toEqual(results.map(() => 200));

    const stored = await db()
      .select({ id: surveyResponses.feedbackItemId, invitationId: surveyResponses.invitationId })
      .from(surveyResponses)
      .where(eq(surveyResponses.surveyId, surveyId));
    expect(stored).toHaveLength(30);
    expect(new Set(stored.map((r) => r.invitationId))).toEqual(new Set(invitations.map((i) => i.id)));
    const items = await db()
      .select({ id: feedbackItems.id })
      .from(feedbackItems)
      .where(and(eq(feedbackItems.organizationId, orgId), eq(feedbackItems.channel, 'survey')));
    expect(items).toHaveLength(30);
    // Repeats of one invitation answer with its one response.
    const idOf = new Map(stored.map((r) => [r.invitationId, r.id]));
    expect(results.map((r) => (r.json() as { responseId: string }).responseId)).toEqual(
      targets.map((inv) => idOf.get(inv.id)),
    );
    const stamped = await db()
      .select({ id: surveyInvitations.id })
      .from(surveyInvitations)
      .where(
        and(
          eq(surveyInvitations.surveyId, surveyId),
          isNotNull(surveyInvitations.answeredAt),
          isNotNull(surveyInvitations.clickedAt),
        ),
      );
    expect(stamped).toHaveLength(30);

    // Announced in each answer's own statement: every new item has its outbox row once acknowledged
    // (item.created, version 1); a repeat that changed nothing is not announced again.
    const outbox = (await db().execute(
      sql`select subject_id, topic, version from pipeline_outbox where organization_id = ${orgId}`,
    )) as unknown as {
      rows: Array<{ subject_id: string; topic: string; version: number }>;
    };
    const created = outbox.rows.filter((r) => r.topic === 'item.created');
    expect(new Set(created.map((r) => r.subject_id))).toEqual(new Set(stored.map((r) => r.id)));
    expect(created).toHaveLength(30);
    expect(created.every((r) => r.version === 1)).toBe(true);
    // A worker's drain hands them to the stages and leaves the outbox empty.
    expect(await drainOutbox(t.runtime.jobContext, t.runtime.jobContext.stages)).toBe(outbox.rows.length);
    const jobs = (await db().execute(
      sql`select data from pgboss.job where name = 'stage.rollups' and data->>'organizationId' = ${orgId}`,
    )) as unknown as {
      rows: Array<{ data: { events: Array<{ subjectId: string }> } }>;
    };
    expect(new Set(jobs.rows.flatMap((j) => j.data.events.map((e) => e.subjectId)))).toEqual(
      new Set(stored.map((r) => r.id)),
    );
    expect(
      (await db().execute(sql`select count(*)::int as n from pipeline_outbox`)) as unknown as {
        rows: Array<{ n: number }>;
      },
    ).toMatchObject({ rows: [{ n: 0 }] });
  });

  it('fails only the answer whose row breaks its shared statement; the others are stored', async () => {
    const at = t.runtime.deps.now();
    const good = Array.from({ length: 8 }, (_, i) =>
      recordResponse(t.runtime.deps, orgId, {
        surveyId,
        channel: 'api',
        language: 'en',
        answers: { nps: i },
        occurredAt: at,
        externalRef: `api:batch-${i}-${randomUUID()}`,
        onRepeat: 'keep',
      }),
    );
    // A NUL character, which PostgreSQL text cannot hold: the batch's rows travel as one jsonb
    // value, so this one row fails the statement it shares with the others.
    const bad = recordResponse(t.runtime.deps, orgId, {
      surveyId,
      channel: 'api',
      language: 'en\u0000',
      answers: { nps: 10 },
      occurredAt: at,
      externalRef: `api:bad-${randomUUID()}`,
      onRepeat: 'keep',
    });
    const settled = await Promise.allSettled([...good, bad]);
    expect(settled.slice(0, 8).map((s) => s.status)).toEqual(Array.from({ length: 8 }, () => 'fulfilled'));
    expect(settled[8]?.status).toBe('rejected');
    const ids = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value.id] : []));
    const rows = await db()
      .select({ id: surveyResponses.feedbackItemId, answers: surveyResponses.answers })
      .from(surveyResponses)
      .where(eq(surveyResponses.surveyId, surveyId));
    const byId = new Map(rows.map((r) => [r.id, r.answers]));
    ids.forEach((id, i) => expect(byId.get(id)).toEqual({ nps: i }));
    const orphans = await db().execute(
      sql`select count(*)::int as n from feedback_items f where f.organization_id = ${orgId} and f.channel = 'survey' and not exists (select 1 from survey_responses r where r.feedback_item_id = f.id)`,
    );
    expect((orphans as unknown as { rows: Array<{ n: number }> }).rows[0]?.n).toBe(0);
  });
});
