import { randomUUID } from 'node:crypto';
import { headlineQuestions } from '../../../domain/survey/headline-questions.js';
import { pageTexts } from '../../../survey-pages/index.js';
import { AppError } from '../../common/app-error.js';
import { recordResponse } from '../responses/record-response.service.js';
import { answerLinkWhy } from './answer-link-why.service.js';
import { answersFromForm, fieldErrors, hiddenFieldsFrom, type FormBody } from './form-answers.js';
import { linkFirstPage } from './link-first-page.js';
import { linkRef, openLink, validFormNonce } from './open-link.js';
import { isPageOutcome, pageOutcome, type PageOutcome } from './page-outcome.js';
import type { PublicDeps } from './public-deps.js';

/**
 * POST /l/:key. `step=score` records the score at once (an answer that stops there still
 * counts) and leads to the follow-up; `step=why` adds the follow-up answers to that same answer,
 * named by the form nonce. Without a step, every answer comes in one post (scripted clients).
 */
export async function answerLink(
  deps: PublicDeps,
  key: string,
  form: FormBody,
  nonce: string,
): Promise<PageOutcome> {
  if (form.step === 'why') return answerLinkWhy(deps, key, form, nonce);
  const opened = await openLink(deps, key, nonce, form.hf_lang);
  if (isPageOutcome(opened)) return opened;
  const { definition } = opened.survey;
  const { primary } = headlineQuestions(definition);
  const isScoreStep = form.step === 'score' && primary !== undefined;
  const asked = isScoreStep ? [primary] : definition.questions;
  const answers = answersFromForm(form, asked);
  if (isScoreStep) for (const id of Object.keys(answers)) if (id !== primary.id) delete answers[id];
  const hiddenFields = hiddenFieldsFrom(form);
  const formNonce = validFormNonce(form.nonce) ?? randomUUID();
  const rerender = (errors: Record<string, string>) => {
    const given = Object.entries(answers).filter(
      (e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number',
    );
    const prefill = Object.fromEntries(given);
    return pageOutcome(400, {
      page: 'link',
      model: linkFirstPage(key, opened, { prefill, hiddenFields, formNonce, errors }),
    });
  };
  const missing = asked.filter((q) => q.required && answers[q.id] === undefined);
  if (missing.length > 0)
    return rerender(
      Object.fromEntries(missing.map((q) => [q.id, pageTexts(opened.base.language).answerRequired])),
    );
  try {
    const recorded = await recordResponse(deps, opened.organizationId, {
      surveyId: opened.survey.id,
      channel: 'link',
      language: opened.base.language,
      answers,
      hiddenFields,
      occurredAt: deps.now(),
      externalRef: linkRef(formNonce),
      // The score step may be sent again to change the score; a repeated full post changes nothing.
      onRepeat: isScoreStep ? 'merge' : 'keep',
    });
    const hasMore = isScoreStep && definition.questions.length > 1;
    const location = hasMore
      ? `/l/${key}/why?r=${formNonce}`
      : `/l/${key}/thanks?lang=${opened.base.language}`;
    return { kind: 'redirect', location, recorded: { responseId: recorded.id, score: recorded.score } };
  } catch (err) {
    if (err instanceof AppError && err.code === 'VALIDATION_FAILED')
      return rerender(fieldErrors(err.details));
    throw err;
  }
}
