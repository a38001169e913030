import { scaleOf, validateAnswer } from '../../../domain/survey/answers.js';
import { headlineQuestions } from '../../../domain/survey/headline-questions.js';
import type { SurveyDefinition } from '../../../shared/contracts/survey-model.js';
import type { ResponseChannel } from '../../../shared/contracts/responses.js';
import type { ErrorDetail } from '../../../shared/errors.js';
import { AppError, notFound } from '../../common/app-error.js';
import { ingestFeedback, type FeedbackDeps } from '../feedback/feedback.service.js';
import { announce } from '../../pipeline/outbox.repo.js';
import * as repo from './responses.repo.js';
import { cachedVersion } from './survey-version-cache.js';

export interface RecordResponseInput {
  surveyId: string;
  channel: ResponseChannel;
  /** Answers to one invitation always land in one response: answering again updates it. */
  invitationId?: string | null;
  contactId?: string | null;
  language: string;
  /** Question id → raw value as the client sent it; each is checked against its question. */
  answers: Record<string, unknown>;
  hiddenFields?: Record<string, string>;
  occurredAt: Date;
  /** For answers without an invitation: the same ref names the same response (double submits, retries). */
  externalRef?: string | null;
  /** `keep`: a repeated externalRef returns the stored response untouched (the API's promise); `merge`: it updates it. */
  onRepeat?: 'merge' | 'keep';
  /** The `/answer` field prefix used in error details (`body.answers`, `form`). */
  fieldPrefix?: string;
}

export interface RecordedResponse {
  id: string;
  isNew: boolean;
  surveyVersion: number;
  score: number | null;
  comment: string | null;
  answers: repo.AnswerMap;
  definition: SurveyDefinition;
}

function checkAnswers(
  definition: SurveyDefinition,
  raw: Record<string, unknown>,
  prefix: string,
): repo.AnswerMap {
  const details: ErrorDetail[] = [];
  const checked: repo.AnswerMap = {};
  for (const [id, value] of Object.entries(raw)) {
    const question = definition.questions.find((q) => q.id === id);
    if (!question) {
      details.push({ field: `${prefix}.${id}`, message: 'this survey has no such question' });
      continue;
    }
    // Each step of a multi-page answer sends some questions; required ones are enforced by the pages.
    const result = validateAnswer({ ...question, required: false }, value);
    if (result.ok) checked[id] = result.value;
    else details.push({ field: `${prefix}.${id}`, message: result.reason });
  }
  if (details.length > 0)
    throw new AppError(
      'VALIDATION_FAILED',
      details.map((d) => `${d.field}: ${d.message}`).join('; '),
      details,
    );
  return checked;
}

/**
 * Records an answer to a survey, from any channel, through the one feedback pipeline: the
 * headline score and the comment become a `feedback_items` row (which every later stage
 * reads), the full answers a `survey_responses` row hung off it. One invitation (or one
 * externalRef) is one response however often it is answered; answering again merges the new
 * answers in, so a scanner's retry or a double submit never duplicates a score.
 *
 * `known`: the survey and the invitation's response as the caller just read them (the public
 * pages read both with the invitation), so they are not read twice. A response stored in
 * between is caught by the item's unique externalRef, exactly as without it.
 *
 * A first answer costs one statement: item, response and the invitation's stamps are written
 * together with the item's announcement (its pipeline outbox row; see `ingestFeedback`).
 */
export async function recordResponse(
  deps: FeedbackDeps,
  organizationId: string,
  input: RecordResponseInput,
  known?: repo.AnswerTarget,
): Promise<RecordedResponse> {
  const target =
    known ??
    (await repo.findAnswerTarget(deps.db, organizationId, input.surveyId, input.invitationId ?? null));
  if (!target) throw notFound('Survey');
  const { survey } = target;
  if (survey.status === 'archived')
    throw new AppError('CONFLICT', 'This survey is archived and no longer accepts answers', [
      { field: 'surveyId', message: 'survey archived' },
    ]);
  const externalRef = input.invitationId ? `inv:${input.invitationId}` : (input.externalRef ?? null);

  let existing: repo.StoredResponse | null = input.invitationId ? target.existing : null;
  const versionNumber = existing?.surveyVersion ?? survey.currentVersion;
  const version = await cachedVersion(deps.db, organizationId, survey.id, versionNumber);
  if (!version) throw new Error(`survey ${survey.id} has no version ${versionNumber}`);
  const definition = version.definition;
  const answers = checkAnswers(definition, input.answers, input.fieldPrefix ?? 'answers');
  const { primary, why } = headlineQuestions(definition);
  const headline = (all: repo.AnswerMap) => ({
    score: primary && typeof all[primary.id] === 'number' ? (all[primary.id] as number) : null,
    comment: why && typeof all[why.id] === 'string' ? (all[why.id] as string) : null,
  });

  if (!existing) {
    const first = headline(answers);
    const scale = primary ? scaleOf(primary) : null;
    const at = deps.now();
    const [item] = await ingestFeedback(
      deps,
      organizationId,
      [
        {
          channel: 'survey',
          source: survey.name,
          metric: definition.metric,
          score: first.score,
          scaleMin: scale?.min ?? null,
          scaleMax: scale?.max ?? null,
          text: first.comment,
          language: input.language,
          contactId: input.contactId ?? null,
          occurredAt: input.occurredAt,
          touchpoint: input.channel,
          externalRef,
        },
      ],
      {
        // The response and the invitation's stamps are written in the item's statement, or none of them is.
        dependents: [
          repo.insertResponseForNewItem({
            ...baseRow(organizationId, input, survey.id, versionNumber),
            answers,
            at,
          }),
          ...(input.invitationId
            ? [repo.stampAnsweredForNewItem(organizationId, input.invitationId, at)]
            : []),
        ],
      },
    );
    if (!item) throw new Error('ingestFeedback returned no item');
    if (!item.duplicate)
      return { id: item.id, isNew: true, surveyVersion: versionNumber, ...first, answers, definition };
    // Another request stored this ref first (or an item from before responses were written with it lacks one).
    existing = (await repo.findByFeedbackItem(deps.db, organizationId, item.id)) ?? {
      feedbackItemId: item.id,
      surveyId: survey.id,
      surveyVersion: versionNumber,
      invitationId: input.invitationId ?? null,
      answers: {},
    };
    if (input.onRepeat === 'keep' && Object.keys(existing.answers).length > 0) {
      return {
        id: item.id,
        isNew: false,
        surveyVersion: existing.surveyVersion,
        ...headline(existing.answers),
        answers: existing.answers,
        definition,
      };
    }
  }

  const merged = { ...existing.answers, ...answers };
  const next = headline(merged);
  const stored = existing;
  // One transaction: the response, the item's headline and its announcement (item.updated, when
  // the score or comment really changed: a comment usually arrives second) commit together.
  await repo.inTransaction(deps.db, async (tx) => {
    await repo.upsertResponse(tx, {
      ...baseRow(organizationId, input, survey.id, stored.surveyVersion),
      feedbackItemId: stored.feedbackItemId,
      answers: merged,
      at: deps.now(),
    });
    const version = await repo.updateFeedbackScore(tx, organizationId, stored.feedbackItemId, {
      score: next.score,
      text: next.comment,
    });
    if (input.invitationId)
      await repo.markInvitationAnswered(tx, organizationId, input.invitationId, deps.now());
    if (version !== null)
      await announce(tx, [
        { organizationId, topic: 'item.updated', subjectId: stored.feedbackItemId, version },
      ]);
  });
  return {
    id: existing.feedbackItemId,
    isNew: false,
    surveyVersion: existing.surveyVersion,
    ...next,
    answers: merged,
    definition,
  };
}

function baseRow(
  organizationId: string,
  input: RecordResponseInput,
  surveyId: string,
  surveyVersion: number,
) {
  return {
    organizationId,
    surveyId,
    surveyVersion,
    invitationId: input.invitationId ?? null,
    contactId: input.contactId ?? null,
    channel: input.channel,
    language: input.language,
    hiddenFields: input.hiddenFields ?? {},
  };
}
