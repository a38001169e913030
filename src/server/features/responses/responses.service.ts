import { resolveLanguage } from '../../../domain/survey/answers.js';
import type { TRecordResponse, TResponse, TResponseList, TResponseQuery } from '../../../shared/contracts/responses.js';
import { AppError, notFound } from '../../http/app-error.js';
import { iso } from '../../http/iso.js';
import { findByExternalId } from '../contacts/contacts.repo.js';
import { contactIdsByExternalId } from '../contacts/contact-lookup.repo.js';
import type { FeedbackDeps } from '../feedback/feedback.service.js';
import { decodeCursor, encodeCursor } from '../feedback/batch-entries.js';
import { findOrganization } from '../organizations/organizations.repo.js';
import { surveyWithVersion } from '../sending/invitations.repo.js';
import { recordResponse } from './record-response.service.js';
import * as repo from './responses.repo.js';

function toDto(r: repo.ResponseListRow): TResponse {
  return {
    id: r.id,
    surveyId: r.surveyId,
    surveyVersion: r.surveyVersion,
    invitationId: r.invitationId,
    contact: r.contactId && r.contactExternalId ? { id: r.contactId, externalId: r.contactExternalId } : null,
    channel: r.channel,
    language: r.language,
    metric: r.metric,
    score: r.score,
    comment: r.comment,
    answers: r.answers,
    hiddenFields: r.hiddenFields,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

export async function listResponses(deps: Pick<FeedbackDeps, 'db'>, organizationId: string, q: TResponseQuery): Promise<TResponseList> {
  let contactId: string | undefined;
  if (q.contactExternalId !== undefined) {
    contactId = (await contactIdsByExternalId(deps.db, organizationId, [q.contactExternalId])).get(q.contactExternalId);
    if (!contactId) return { items: [], nextCursor: null };
  }
  const rows = await repo.listResponses(
    deps.db,
    organizationId,
    { surveyId: q.surveyId, contactId, channel: q.channel, from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined, after: q.cursor ? decodeCursor(q.cursor) : undefined },
    q.limit + 1,
  );
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return { items: page.map(toDto), nextCursor: rows.length > q.limit && last ? encodeCursor(last.createdAt, last.id) : null };
}

/**
 * `POST /api/v1/responses`: an answer collected elsewhere. Goes through the same checks and the
 * same pipeline as an answer on our pages; a repeated externalRef returns the stored answer.
 */
export async function submitResponse(deps: FeedbackDeps, organizationId: string, body: TRecordResponse): Promise<{ response: TResponse; isNew: boolean }> {
  const survey = await surveyWithVersion(deps.db, organizationId, body.surveyId);
  if (!survey) throw new AppError('NOT_FOUND', 'Survey not found', [{ field: 'body.surveyId', message: 'no survey with this id' }]);
  let contact = null;
  if (body.contactExternalId !== undefined) {
    contact = await findByExternalId(deps.db, organizationId, body.contactExternalId);
    if (!contact) throw new AppError('VALIDATION_FAILED', 'body.contactExternalId: no contact has this externalId; create the contact first', [{ field: 'body.contactExternalId', message: 'unknown contact' }]);
  }
  const occurredAt = body.occurredAt ? new Date(body.occurredAt) : deps.now();
  if (occurredAt.getTime() > deps.now().getTime() + 5 * 60_000) throw new AppError('VALIDATION_FAILED', 'body.occurredAt: lies in the future', [{ field: 'body.occurredAt', message: 'lies in the future' }]);
  if (body.language !== undefined && !survey.definition.languages.includes(body.language)) {
    throw new AppError('VALIDATION_FAILED', `body.language: the survey is not offered in "${body.language}" (it has ${survey.definition.languages.join(', ')})`, [{ field: 'body.language', message: 'not a language of this survey' }]);
  }
  const org = await findOrganization(deps.db, organizationId);
  const language = body.language ?? resolveLanguage(survey.definition.languages, contact?.language, org?.defaultLanguage);
  const recorded = await recordResponse(deps, organizationId, {
    surveyId: body.surveyId,
    channel: 'api',
    contactId: contact?.id ?? null,
    language,
    answers: body.answers,
    occurredAt,
    externalRef: body.externalRef ? `api:${body.externalRef}` : null,
    onRepeat: 'keep',
    fieldPrefix: 'body.answers',
  });
  const [row] = await repo.listResponses(deps.db, organizationId, { id: recorded.id }, 1);
  if (!row) throw notFound('Response');
  return { response: toDto(row), isNew: recorded.isNew };
}
