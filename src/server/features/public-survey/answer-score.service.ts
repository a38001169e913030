import { headlineQuestions } from '../../../domain/survey/headline-questions.js';
import { pageTexts, VIA_INTERACTION } from '../../../survey-pages/index.js';
import { AppError } from '../../common/app-error.js';
import { recordResponse } from '../responses/record-response.service.js';
import { markClicked } from '../sending/invitations.repo.js';
import { answersFromForm, fieldErrors, type FormBody } from './form-answers.js';
import { lookUpInvitation, refusalPage } from './open-invitation.js';
import { invitationPageBase } from './page-base.js';
import { pageOutcome, type PageOutcome } from './page-outcome.js';
import type { PublicDeps } from './public-deps.js';
import { isMarkedAsScanned } from './scan-burst.js';

/**
 * POST /s/:token: records the score (the page's script posts it at the person's first
 * interaction with `via=interaction`; the button, with or without script, posts `via=button`).
 * After a burst of score links, an interaction post is not recorded: the page asks for the button.
 * The hot path of a survey: one query finds invitation, survey and response; one transaction
 * stores the answer and stamps the invitation. Branding is read only where a page is shown: a
 * recorded answer redirects (or answers JSON) and renders nothing.
 */
export async function answerScore(
  deps: PublicDeps,
  token: string,
  form: FormBody,
  nonce: string,
): Promise<PageOutcome> {
  const found = await lookUpInvitation(deps, token);
  if (found.kind !== 'open') return refusalPage(deps, found, nonce);
  const { inv, definition, target } = found;
  const { primary } = headlineQuestions(definition);
  if (!primary)
    return pageOutcome(410, {
      page: 'message',
      model: { ...(await invitationPageBase(deps, inv, nonce)), kind: 'closed' },
    });
  const scorePage = { action: `/s/${token}`, question: primary };
  const answers = answersFromForm(form, definition.questions);
  if (answers[primary.id] === undefined) {
    const base = await invitationPageBase(deps, inv, nonce);
    const errors = { [primary.id]: pageTexts(base.language).chooseScore };
    return pageOutcome(400, {
      page: 'score',
      model: { ...base, ...scorePage, selected: null, autoSubmit: false, errors },
    });
  }
  if (form.via === VIA_INTERACTION && (await isMarkedAsScanned(deps.db, inv.id, deps.now()))) {
    const base = await invitationPageBase(deps, inv, nonce);
    const posted = answers[primary.id];
    const selected = typeof posted === 'number' ? posted : null;
    return pageOutcome(200, {
      page: 'score',
      model: { ...base, ...scorePage, selected, autoSubmit: false, askToConfirm: true },
    });
  }
  try {
    // Recording stamps clicked_at with answered_at, in the answer's transaction.
    const recorded = await recordResponse(
      deps,
      inv.organizationId,
      {
        surveyId: inv.surveyId,
        channel: 'email',
        invitationId: inv.id,
        contactId: inv.contactId,
        language: inv.language,
        answers,
        occurredAt: deps.now(),
      },
      target,
    );
    return {
      kind: 'redirect',
      location: `/s/${token}/why`,
      recorded: { responseId: recorded.id, score: recorded.score },
    };
  } catch (err) {
    // A refused answer was still a click (the send's funnel counts it). Best effort: the refusal is what the visitor must see.
    await markClicked(deps.db, inv.organizationId, inv.id, deps.now()).catch(() => undefined);
    if (err instanceof AppError && err.code === 'VALIDATION_FAILED') {
      const base = await invitationPageBase(deps, inv, nonce);
      const errors = fieldErrors(err.details);
      return pageOutcome(400, {
        page: 'score',
        model: { ...base, ...scorePage, selected: null, autoSubmit: false, errors },
      });
    }
    throw err;
  }
}
