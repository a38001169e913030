import { headlineQuestions } from '../../../domain/survey/headline-questions.js';
import { pageTexts } from '../../../survey-pages/index.js';
import { AppError } from '../../common/app-error.js';
import { recordResponse } from '../responses/record-response.service.js';
import { answersFromForm, fieldErrors, postedValues, type FormBody } from './form-answers.js';
import { linkFollowUp } from './link-follow-up.js';
import { linkRef, openLink, storedLinkAnswer, validFormNonce } from './open-link.js';
import { isPageOutcome, redirectTo, type PageOutcome } from './page-outcome.js';
import type { PublicDeps } from './public-deps.js';

/** POST /l/:key with `step=why`: adds the follow-up answers to the answer the form nonce names, then thanks. */
export async function answerLinkWhy(
  deps: PublicDeps,
  key: string,
  form: FormBody,
  nonce: string,
): Promise<PageOutcome> {
  const formNonce = validFormNonce(form.nonce);
  const opened = await openLink(deps, key, nonce, undefined);
  if (isPageOutcome(opened)) return opened;
  const stored = formNonce ? await storedLinkAnswer(deps, opened, formNonce) : null;
  if (!stored || !formNonce) return redirectTo(`/l/${key}`);
  const { primary } = headlineQuestions(stored.definition);
  const rest = stored.definition.questions.filter((q) => q.id !== primary?.id);
  const answers = answersFromForm(form, rest);
  if (primary) delete answers[primary.id];
  const missing = rest.filter((q) => q.required && answers[q.id] === undefined);
  if (missing.length > 0) {
    const errors = Object.fromEntries(missing.map((q) => [q.id, pageTexts(stored.language).answerRequired]));
    return linkFollowUp(deps, key, formNonce, nonce, { values: postedValues(form), errors });
  }
  try {
    if (Object.keys(answers).length > 0) {
      // No hidden fields here: the stored ones stay (a merge only updates the answers).
      const input = {
        surveyId: opened.survey.id,
        channel: 'link' as const,
        language: stored.language,
        externalRef: linkRef(formNonce),
      };
      await recordResponse(deps, opened.organizationId, {
        ...input,
        answers,
        occurredAt: deps.now(),
        onRepeat: 'merge',
      });
    }
    return redirectTo(`/l/${key}/thanks?lang=${stored.language}`);
  } catch (err) {
    if (err instanceof AppError && err.code === 'VALIDATION_FAILED') {
      return linkFollowUp(deps, key, formNonce, nonce, {
        values: postedValues(form),
        errors: fieldErrors(err.details),
      });
    }
    throw err;
  }
}
