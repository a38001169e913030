import type { TFeedbackItem, TFeedbackList, TFeedbackListQuery } from '../../../shared/contracts/feedback.js';
import { analysisDto } from '../text/analysis-dto.js';
import { verdictsOf, type ItemVerdicts } from '../text/tag-verdicts.repo.js';
import type { Db } from '../../db/client.js';
import { notFound } from '../../common/app-error.js';
import { decodeAnswerCursor, encodeAnswerCursor } from '../responses/answer-cursor.js';
import { resolveAnswerFilter } from '../responses/responses.service.js';
import * as repo from './feedback-inbox.repo.js';

/**
 * The feedback inbox (`GET /api/v1/feedback`): every item of every channel, newest first, with
 * the drill-down's filters and comment search; the first page carries the total.
 */
export async function listFeedback(
  deps: { db: Db },
  organizationId: string,
  q: TFeedbackListQuery,
): Promise<TFeedbackList> {
  const { cursor, limit, channel, metric, source, ...answerFilters } = q;
  const after = cursor ? decodeAnswerCursor(cursor) : null;
  const resolved = await resolveAnswerFilter(deps.db, organizationId, answerFilters);
  if (!resolved) return { items: [], nextCursor: null, total: after ? null : 0 };
  const filter = { ...resolved, channel, metric, source };
  const [rows, total] = await Promise.all([
    repo.listInboxItems(deps.db, organizationId, filter, after, limit + 1),
    // Counted once, for the first page: later pages would only repeat it.
    after ? null : repo.countInboxItems(deps.db, organizationId, filter),
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

export async function getFeedback(
  deps: { db: Db },
  organizationId: string,
  id: string,
): Promise<TFeedbackItem> {
  const row = await repo.findInboxItem(deps.db, organizationId, id);
  if (!row) throw notFound('Feedback item');
  const verdicts = row.analysis ? await verdictsOf(deps.db, organizationId, [id]) : undefined;
  return toDto(row, verdicts?.get(id));
}

function toDto(r: repo.InboxRow, verdicts: ItemVerdicts | undefined): TFeedbackItem {
  const hasAuthor = r.authorEmail !== null || r.authorHandle !== null || r.authorName !== null;
  return {
    id: r.id,
    channel: r.channel,
    source: r.source,
    metric: r.metric,
    score: r.score,
    scaleMin: r.scaleMin,
    scaleMax: r.scaleMax,
    text: r.text,
    language: r.language,
    product: r.product,
    touchpoint: r.touchpoint,
    link: r.link,
    externalRef: r.externalRef,
    contact:
      r.contactId && r.contactExternalId
        ? { id: r.contactId, externalId: r.contactExternalId, name: r.contactName }
        : null,
    author: hasAuthor ? { email: r.authorEmail, handle: r.authorHandle, name: r.authorName } : null,
    survey:
      r.surveyId !== null && r.surveyVersion !== null
        ? { id: r.surveyId, name: r.surveyName, version: r.surveyVersion }
        : null,
    caseId: r.caseId,
    analysis: analysisDto(r.analysis, verdicts),
    occurredAt: r.occurredAt.toISOString(),
    createdAt: r.createdAt.toISOString(),
  };
}
