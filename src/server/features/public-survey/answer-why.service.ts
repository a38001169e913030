import { headlineQuestions } from '../../../domain/survey/headline-questions.js';
import { AppError } from '../../common/app-error.js';
import { recordResponse } from '../responses/record-response.service.js';
import { emailFollowUp } from './email-follow-up.js';
import { answersFromForm, fieldErrors, postedValues, type FormBody } from './form-answers.js';
import { openInvitation } from './open-invitation.js';
import { isPageOutcome, pageOutcome, redirectTo, type PageOutcome } from './page-outcome.js';
import type { PublicDeps } from './public-deps.js';

/** POST /s/:token/why: adds the follow-up answers to the invitation's response, then thanks. */
export async function answerWhy(
  deps: PublicDeps,
  token: string,
  form: FormBody,
  nonce: string,
): Promise<PageOutcome> {
  const opened = await openInvitation(deps, token, nonce);
  if (isPageOutcome(opened)) return opened;
  const { primary } = headlineQuestions(opened.definition);
  // The score has its own page; this form only adds the other answers.
  const answers = answersFromForm(
    form,
    opened.definition.questions.filter((q) => q.id !== primary?.id),
  );
  if (primary) delete answers[primary.id];
  if (opened.score === null) return redirectTo(`/s/${token}`);
  try {
    if (Object.keys(answers).length > 0) {
      const { inv } = opened;
      const input = {
        surveyId: inv.surveyId,
        channel: 'email' as const,
        invitationId: inv.id,
        contactId: inv.contactId,
        language: inv.language,
      };
      await recordResponse(
        deps,
        inv.organizationId,
        { ...input, answers, occurredAt: deps.now() },
        opened.target,
      );
    }
    return redirectTo(`/s/${token}/thanks`);
  } catch (err) {
    if (err instanceof AppError && err.code === 'VALIDATION_FAILED') {
      // With a recorded score there is always a follow-up page (the score is the headline question's).
      const model = emailFollowUp(opened, token, postedValues(form), fieldErrors(err.details));
      return model === null ? redirectTo(`/s/${token}`) : pageOutcome(400, { page: 'follow-up', model });
    }
    throw err;
  }
}
