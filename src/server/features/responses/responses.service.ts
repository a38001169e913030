import { npsCategory, resolveLanguage } from '../../../domain/survey/answers.js';
import { analysisDto } from '../text/analysis-dto.js';
import { verdictsOf, type ItemVerdicts } from '../text/tag-verdicts.repo.js';
import {
  dayOrTimeToDate,
  type NpsCategory,
  type TAnswerFilters,
  type TRecordResponse,
  type TResponse,
  type TResponseList,
  type TResponseQuery,
} from '../../../shared/contracts/responses.js';
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../common/app-error.js';
import { iso } from '../../common/iso.js';
import { findByExternalId } from '../contacts/contacts.repo.js';
import { contactIdsByExternalId } from '../contacts/contact-lookup.repo.js';
import type { FeedbackDeps } from '../feedback/feedback.service.js';
import { findOrganization } from '../organizations/organizations.repo.js';
import { surveyWithVersion } from '../sending/invitations.repo.js';
import { decodeAnswerCursor, encodeAnswerCursor } from './answer-cursor.js';
import type { AnswerFilter } from './answer-filter.repo.js';
import { recordResponse } from './record-response.service.js';
import * as repo from './responses.repo.js';

/** The NPS category of an NPS answer on its scale; null for other metrics. */
/** The scale a score of a known metric is on when its item names none (older items, API scores without one). */
function canonicalScaleMax(metric: string | null): number | null {
  return metric === 'nps' ? 10 : metric === 'csat' ? 5 : metric === 'ces' ? 7 : null;
}

function categoryOf(metric: string | null, score: number | null): NpsCategory | null {
  return metric === 'nps' && score !== null && Number.isInteger(score) && score >= 0 && score <= 10
    ? npsCategory(score)
    : null;
}

function toDto(r: repo.ResponseListRow, verdicts?: ItemVerdicts): TResponse {
  const isSurveyAnswer = r.surveyId !== null;
  return {
    id: r.id,
    surveyId: r.surveyId,
    surveyName: r.surveyName,
    surveyVersion: r.surveyVersion,
    invitationId: r.invitationId,
    contact:
      r.contactId && r.contactExternalId
        ? { id: r.contactId, externalId: r.contactExternalId, name: r.contactName, segment: r.contactSegment }
        : null,
    // A score sent through the feedback API reached Resonance through the API; its own channel is its source.
    channel: r.channel ?? 'api',
    source: isSurveyAnswer ? null : r.itemChannel,
    language: r.language,
    metric: r.metric,
    score: r.score,
    scaleMax: r.score === null ? null : (r.scaleMax ?? canonicalScaleMax(r.metric)),
    category: categoryOf(r.metric, r.score),
    comment: r.comment,
    answers: r.answers ?? {},
    hiddenFields: r.hiddenFields ?? {},
    caseId: r.caseId,
    analysis: analysisDto(r.analysis, verdicts),
    createdAt: iso(r.occurredAt),
    updatedAt: iso(r.updatedAt ?? r.occurredAt),
  };
}

/** The drill-down filters as the repository reads them; null when the named contact does not exist (nothing can match). */
export async function resolveAnswerFilter(
  db: Db,
  organizationId: string,
  q: TAnswerFilters,
): Promise<AnswerFilter | null> {
  const { contactExternalId, from, to, ...rest } = q;
  let contactId: string | undefined;
  if (contactExternalId !== undefined) {
    contactId = (await contactIdsByExternalId(db, organizationId, [contactExternalId])).get(
      contactExternalId,
    );
    if (!contactId) return null;
  }
  return {
    ...rest,
    contactId,
    from: from ? dayOrTimeToDate(from) : undefined,
    to: to ? dayOrTimeToDate(to) : undefined,
  };
}

export async function listResponses(
  deps: Pick<FeedbackDeps, 'db'>,
  organizationId: string,
  q: TResponseQuery,
): Promise<TResponseList> {
  const { cursor, limit, ...filters } = q;
  const after = cursor ? decodeAnswerCursor(cursor) : null;
  const filter = await resolveAnswerFilter(deps.db, organizationId, filters);
  if (!filter) return { items: [], nextCursor: null, total: after ? null : 0 };
  const [rows, total] = await Promise.all([
    repo.listResponses(deps.db, organizationId, filter, after, limit + 1),
    // Counted once, for the first page: later pages would only repeat it.
    after ? null : repo.countResponses(deps.db, organizationId, filter),
  ]);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const verdicts = await verdictsOf(
    deps.db,
    organizationId,
    page.filter((r) => r.analysis).map((r) => r.id),
  );
  return {
    items: page.map((r) => toDto(r, verdicts.get(r.id))),
    nextCursor: rows.length > limit && last ? encodeAnswerCursor({ at: last.cursorAt, id: last.id }) : null,
    total,
  };
}

/**
 * `POST /api/v1/responses`: an answer collected elsewhere. Goes through the same checks and the
 * same pipeline as an answer on our pages; a repeated externalRef returns the stored answer.
 */
export async function submitResponse(
  deps: FeedbackDeps,
  organizationId: string,
  body: TRecordResponse,
): Promise<{ response: TResponse; isNew: boolean }> {
  const survey = await surveyWithVersion(deps.db, organizationId, body.surveyId);
  if (!survey)
    throw new AppError('NOT_FOUND', 'Survey not found', [
      { field: 'body.surveyId', message: 'no survey with this id' },
    ]);
  let contact = null;
  if (body.contactExternalId !== undefined) {
    contact = await findByExternalId(deps.db, organizationId, body.contactExternalId);
    if (!contact)
      throw new AppError(
        'VALIDATION_FAILED',
        'body.contactExternalId: no contact has this externalId; create the contact first',
        [{ field: 'body.contactExternalId', message: 'unknown contact' }],
      );
  }
  const occurredAt = body.occurredAt ? new Date(body.occurredAt) : deps.now();
  if (occurredAt.getTime() > deps.now().getTime() + 5 * 60_000)
    throw new AppError('VALIDATION_FAILED', 'body.occurredAt: lies in the future', [
      { field: 'body.occurredAt', message: 'lies in the future' },
    ]);
  if (body.language !== undefined && !survey.definition.languages.includes(body.language)) {
    throw new AppError(
      'VALIDATION_FAILED',
      `body.language: the survey is not offered in "${body.language}" (it has ${survey.definition.languages.join(', ')})`,
      [{ field: 'body.language', message: 'not a language of this survey' }],
    );
  }
  const org = await findOrganization(deps.db, organizationId);
  const language =
    body.language ?? resolveLanguage(survey.definition.languages, contact?.language, org?.defaultLanguage);
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
  const [row] = await repo.listResponses(deps.db, organizationId, { id: recorded.id }, null, 1);
  if (!row) throw notFound('Response');
  return { response: toDto(row), isNew: recorded.isNew };
}
