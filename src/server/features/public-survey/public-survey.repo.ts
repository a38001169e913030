import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { contacts, surveyInvitations, surveyResponses, surveys } from '../../db/schema/index.js';
import { invitationColumns } from '../sending/invitations.repo.js';

export async function contactForPage(db: Db, organizationId: string, contactId: string) {
  const [row] = await db
    .select({ id: contacts.id, email: contacts.email, name: contacts.name })
    .from(contacts)
    .where(and(eq(contacts.organizationId, organizationId), eq(contacts.id, contactId)));
  return row ?? null;
}

/** The survey a public link key opens; keys are unique across organizations. */
export async function surveyByLinkKey(db: Db, key: string) {
  const [row] = await db.select({ id: surveys.id, organizationId: surveys.organizationId }).from(surveys).where(eq(surveys.linkKey, key));
  return row ?? null;
}

/**
 * The survey and the response are joined LATERAL, each one index probe per invitation: a plain
 * join let the planner, whose statistics lag behind a fast-growing survey_responses, hash-join a
 * scan of the whole table, and a prepared statement keeps such a plan.
 */
function invitationsByTokenQuery(db: Db) {
  const survey = db
    .select({ id: surveys.id, name: surveys.name, status: surveys.status, currentVersion: surveys.currentVersion })
    .from(surveys)
    .where(and(eq(surveys.id, surveyInvitations.surveyId), eq(surveys.organizationId, surveyInvitations.organizationId)))
    .limit(1)
    .as('survey');
  const response = db
    .select({
      feedbackItemId: surveyResponses.feedbackItemId,
      surveyId: surveyResponses.surveyId,
      surveyVersion: surveyResponses.surveyVersion,
      invitationId: surveyResponses.invitationId,
      answers: surveyResponses.answers,
    })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.invitationId, surveyInvitations.id), eq(surveyResponses.organizationId, surveyInvitations.organizationId)))
    .limit(1)
    .as('response');
  return db
    .select({
      tokenHash: surveyInvitations.tokenHash,
      inv: invitationColumns,
      survey: { id: survey.id, name: survey.name, status: survey.status, currentVersion: survey.currentVersion },
      response: { feedbackItemId: response.feedbackItemId, surveyId: response.surveyId, surveyVersion: response.surveyVersion, invitationId: response.invitationId, answers: response.answers },
    })
    .from(surveyInvitations)
    .leftJoinLateral(survey, sql`true`)
    .leftJoinLateral(response, sql`true`)
    .where(sql`${surveyInvitations.tokenHash} = any(${sql.placeholder('hashes')}::text[])`)
    .prepare('public_survey_invitations_by_token');
}

type InvitationWithSurvey = Omit<Awaited<ReturnType<ReturnType<typeof invitationsByTokenQuery>['execute']>>[number], 'tokenHash'>;

interface PendingLookup {
  hash: string;
  resolve(row: InvitationWithSurvey | null): void;
  reject(err: unknown): void;
}

const MAX_BATCH = 100;
const MAX_IN_FLIGHT = 2;

/**
 * Looks up tokens for concurrent requests together: what arrives while lookups are in flight
 * goes out in the next one (one prepared statement, `token_hash = any(...)`), so under load
 * many answers share a round trip, and nobody waits when the line is idle.
 */
class TokenLookup {
  private queue: PendingLookup[] = [];
  private inFlight = 0;
  private scheduled = false;
  private readonly statement: ReturnType<typeof invitationsByTokenQuery>;

  constructor(db: Db) {
    this.statement = invitationsByTokenQuery(db);
  }

  find(hash: string): Promise<InvitationWithSurvey | null> {
    return new Promise((resolve, reject) => {
      this.queue.push({ hash, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.pump();
        });
      }
    });
  }

  private pump(): void {
    while (this.inFlight < MAX_IN_FLIGHT && this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      this.inFlight += 1;
      void this.run(batch).finally(() => {
        this.inFlight -= 1;
        this.pump();
      });
    }
  }

  private async run(batch: PendingLookup[]): Promise<void> {
    try {
      const rows = await this.statement.execute({ hashes: [...new Set(batch.map((p) => p.hash))] });
      const byHash = new Map(rows.map(({ tokenHash, ...row }) => [tokenHash, row]));
      for (const p of batch) p.resolve(byHash.get(p.hash) ?? null);
    } catch (err) {
      for (const p of batch) p.reject(err);
    }
  }
}

const lookups = new WeakMap<Db, TokenLookup>();

/**
 * The invitation a token's hash names, with its survey and its response if it has one: what
 * every `/s/<token>` request needs, in one query (shared with concurrent requests). The token
 * hash is unique across organizations.
 */
export async function invitationByTokenWithSurvey(db: Db, hash: string): Promise<InvitationWithSurvey | null> {
  let lookup = lookups.get(db);
  if (!lookup) {
    lookup = new TokenLookup(db);
    lookups.set(db, lookup);
  }
  return lookup.find(hash);
}
