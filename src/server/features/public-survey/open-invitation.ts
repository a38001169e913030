import { headlineQuestions } from '../../../domain/survey/headline-questions.js';
import type { PageBase } from '../../../survey-pages/index.js';
import type { SurveyDefinition } from '../../../shared/contracts/survey-model.js';
import type { AnswerTarget } from '../responses/responses.repo.js';
import { cachedVersion } from '../responses/survey-version-cache.js';
import { tokenHash, TOKEN_PATTERN } from '../sending/invitation-token.js';
import { invitationPageBase, neutralPageBase } from './page-base.js';
import { pageOutcome, type PageOutcome } from './page-outcome.js';
import { invitationByTokenWithSurvey, type PageInvitation } from './public-survey.repo.js';
import type { PublicDeps } from './public-deps.js';

/** An invitation that may be answered, with what answering it needs. */
export interface AnswerableInvitation {
  inv: PageInvitation;
  /** The survey and the stored response as read with the invitation, handed on to `recordResponse`. */
  target: AnswerTarget;
  definition: SurveyDefinition;
  score: number | null;
}

/** An answerable invitation with its branded page base. */
export interface OpenedInvitation extends AnswerableInvitation {
  base: PageBase;
}

type Unanswerable = { kind: 'invalid' } | { kind: 'closed' | 'expired'; inv: PageInvitation };

/**
 * Finds the invitation a link's token names, with its survey and response in one query (the
 * survey's versions come from the process-wide cache: they never change once written).
 * Forged, unknown and malformed tokens all look the same to the visitor ("invalid"), so the
 * page tells an attacker nothing; expired invitations and closed surveys say so, because a real
 * respondent needs to know.
 */
export async function lookUpInvitation(
  deps: PublicDeps,
  token: string,
): Promise<Unanswerable | ({ kind: 'open' } & AnswerableInvitation)> {
  if (!TOKEN_PATTERN.test(token)) return { kind: 'invalid' };
  const row = await invitationByTokenWithSurvey(deps.db, tokenHash(token));
  if (!row) return { kind: 'invalid' };
  const { inv, survey, response } = row;
  const current = survey
    ? await cachedVersion(deps.db, inv.organizationId, survey.id, survey.currentVersion)
    : null;
  if (!survey || !current || survey.status === 'archived') return { kind: 'closed', inv };
  // Someone who already answered may still add to it after the link expired; a first answer may not.
  if (!response && inv.expiresAt && inv.expiresAt <= deps.now()) return { kind: 'expired', inv };
  const version = response
    ? await cachedVersion(deps.db, inv.organizationId, inv.surveyId, response.surveyVersion)
    : null;
  const definition = version?.definition ?? current.definition;
  const { primary } = headlineQuestions(definition);
  const recorded = primary ? response?.answers[primary.id] : undefined;
  return {
    kind: 'open',
    inv,
    target: { survey, existing: response },
    definition,
    score: typeof recorded === 'number' ? recorded : null,
  };
}

/** The page for a token that cannot be answered (invalid, closed survey, expired link). */
export async function refusalPage(
  deps: PublicDeps,
  found: Unanswerable,
  nonce: string,
): Promise<PageOutcome> {
  if (found.kind === 'invalid')
    return pageOutcome(404, { page: 'message', model: { ...neutralPageBase(nonce), kind: 'invalid' } });
  return pageOutcome(410, {
    page: 'message',
    model: { ...(await invitationPageBase(deps, found.inv, nonce)), kind: found.kind },
  });
}

/** An answerable invitation with its branded page base, or the page saying why not. */
export async function openInvitation(
  deps: PublicDeps,
  token: string,
  nonce: string,
): Promise<OpenedInvitation | PageOutcome> {
  const found = await lookUpInvitation(deps, token);
  if (found.kind !== 'open') return refusalPage(deps, found, nonce);
  const { kind: _, ...opened } = found;
  return { ...opened, base: await invitationPageBase(deps, opened.inv, nonce) };
}
