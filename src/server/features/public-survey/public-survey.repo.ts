import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { StatementBatcher } from '../../db/statement-batcher.js';
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

/**
 * Looks up tokens for concurrent requests together (see StatementBatcher): one prepared
 * statement, `token_hash = any(...)`, per batch.
 */
function tokenLookup(db: Db): StatementBatcher<string, InvitationWithSurvey | null> {
  const statement = invitationsByTokenQuery(db);
  return new StatementBatcher(async (hashes) => {
    const rows = await statement.execute({ hashes: [...new Set(hashes)] });
    const byHash = new Map(rows.map(({ tokenHash, ...row }) => [tokenHash, row]));
    return hashes.map((hash) => byHash.get(hash) ?? null);
  });
}

const lookups = new WeakMap<Db, StatementBatcher<string, InvitationWithSurvey | null>>();

/**
 * The invitation a token's hash names, with its survey and its response if it has one: what
 * every `/s/<token>` request needs, in one query (shared with concurrent requests). The token
 * hash is unique across organizations.
 */
export async function invitationByTokenWithSurvey(db: Db, hash: string): Promise<InvitationWithSurvey | null> {
  let lookup = lookups.get(db);
  if (!lookup) {
    lookup = tokenLookup(db);
    lookups.set(db, lookup);
  }
  return lookup.submit(hash);
}
