import { and, eq } from 'drizzle-orm';
import { rawQuery, type Db } from '../../db/client.js';
import { StatementBatcher } from '../../db/statement-batcher.js';
import { contacts, feedbackItems, surveyResponses, surveys } from '../../db/schema/index.js';
import type { SurveyStatus } from '../../../shared/contracts/surveys.js';
import type { AnswerMap, AnswerTarget, StoredResponse } from '../responses/responses.repo.js';
import type { InvitationRow } from '../sending/invitations.repo.js';

export async function contactForPage(db: Db, organizationId: string, contactId: string) {
  const [row] = await db
    .select({ id: contacts.id, email: contacts.email, name: contacts.name })
    .from(contacts)
    .where(and(eq(contacts.organizationId, organizationId), eq(contacts.id, contactId)));
  return row ?? null;
}

/** The survey a public link key opens; keys are unique across organizations. */
export async function surveyByLinkKey(db: Db, key: string) {
  const [row] = await db
    .select({ id: surveys.id, organizationId: surveys.organizationId })
    .from(surveys)
    .where(eq(surveys.linkKey, key));
  return row ?? null;
}

/**
 * The anonymous answer a public link's form nonce names (`link:<nonce>`): its score, the
 * version it was given on and its language, so the follow-up page can be shown for it.
 */
export async function linkResponseByRef(
  db: Db,
  organizationId: string,
  surveyId: string,
  externalRef: string,
) {
  const [row] = await db
    .select({
      feedbackItemId: surveyResponses.feedbackItemId,
      surveyVersion: surveyResponses.surveyVersion,
      language: surveyResponses.language,
      answers: surveyResponses.answers,
    })
    .from(feedbackItems)
    .innerJoin(
      surveyResponses,
      and(
        eq(surveyResponses.feedbackItemId, feedbackItems.id),
        eq(surveyResponses.organizationId, organizationId),
      ),
    )
    .where(
      and(
        eq(feedbackItems.organizationId, organizationId),
        eq(feedbackItems.channel, 'survey'),
        eq(feedbackItems.externalRef, externalRef),
        eq(surveyResponses.surveyId, surveyId),
      ),
    );
  return row ?? null;
}

/**
 * The invitations of a batch of token hashes, each with its survey and its response (null where
 * none). The survey and the response are joined LATERAL, each one index probe per invitation: a
 * plain join let the planner, whose statistics lag behind a fast-growing survey_responses,
 * hash-join a scan of the whole table, and a prepared statement keeps such a plan. Every survey
 * click runs it, so it goes to the driver directly (`rawQuery`), with its columns named as the
 * row type below. Only e-mail invitations: widget tokens are handed to any page the widget
 * runs on and answer through the widget's own route, never through `/s/<token>`.
 */
const TOKENS_SQL = `select i.token_hash as "tokenHash", i.id, i.organization_id as "organizationId", i.survey_id as "surveyId",
    i.contact_id as "contactId", i.language, i.expires_at as "expiresAt",
    s.id as "sId", s.name as "sName", s.status as "sStatus", s.current_version as "sVersion",
    r.feedback_item_id as "rItem", r.survey_id as "rSurvey", r.survey_version as "rVersion", r.answers as "rAnswers"
  from survey_invitations i
  left join lateral (select id, name, status, current_version from surveys
    where surveys.id = i.survey_id and surveys.organization_id = i.organization_id limit 1) s on true
  left join lateral (select feedback_item_id, survey_id, survey_version, answers from survey_responses
    where survey_responses.invitation_id = i.id and survey_responses.organization_id = i.organization_id limit 1) r on true
  where i.token_hash = any($1::text[]) and i.channel = 'email'`;

/** What the survey pages read of an invitation. */
export type PageInvitation = Pick<
  InvitationRow,
  'id' | 'organizationId' | 'surveyId' | 'contactId' | 'language' | 'expiresAt'
>;

type TokenRow = PageInvitation & {
  tokenHash: string;
  sId: string | null;
  sName: string | null;
  sStatus: SurveyStatus | null;
  sVersion: number | null;
  rItem: string | null;
  rSurvey: string | null;
  rVersion: number | null;
  rAnswers: AnswerMap | null;
};

export interface InvitationWithSurvey {
  inv: PageInvitation;
  survey: AnswerTarget['survey'] | null;
  response: StoredResponse | null;
}

function withSurvey(row: TokenRow): InvitationWithSurvey {
  const { tokenHash: _hash, sId, sName, sStatus, sVersion, rItem, rSurvey, rVersion, rAnswers, ...inv } = row;
  return {
    inv,
    survey:
      sId === null || sName === null || sStatus === null || sVersion === null
        ? null
        : { id: sId, name: sName, status: sStatus, currentVersion: sVersion },
    response:
      rItem === null || rSurvey === null || rVersion === null
        ? null
        : {
            feedbackItemId: rItem,
            surveyId: rSurvey,
            surveyVersion: rVersion,
            invitationId: inv.id,
            answers: rAnswers ?? {},
          },
  };
}

/**
 * Looks up tokens for concurrent requests together (see StatementBatcher): one prepared
 * statement, `token_hash = any(...)`, per batch. One statement at a time: while it runs, the
 * next batch gathers (bigger batches cost the database less per token than more of them at once).
 */
function tokenLookup(db: Db): StatementBatcher<string, InvitationWithSurvey | null> {
  return new StatementBatcher(
    async (hashes) => {
      const rows = await rawQuery<TokenRow>(db, {
        name: 'public_survey_invitations_by_token',
        text: TOKENS_SQL,
        values: [[...new Set(hashes)]],
      });
      const byHash = new Map(rows.map((row) => [row.tokenHash, withSurvey(row)]));
      return hashes.map((hash) => byHash.get(hash) ?? null);
    },
    { maxInFlight: 1 },
  );
}

const lookups = new WeakMap<Db, StatementBatcher<string, InvitationWithSurvey | null>>();

/**
 * The invitation a token's hash names, with its survey and its response if it has one: what
 * every `/s/<token>` request needs, in one query (shared with concurrent requests). The token
 * hash is unique across organizations.
 */
export async function invitationByTokenWithSurvey(
  db: Db,
  hash: string,
): Promise<InvitationWithSurvey | null> {
  let lookup = lookups.get(db);
  if (!lookup) {
    lookup = tokenLookup(db);
    lookups.set(db, lookup);
  }
  return lookup.submit(hash);
}
