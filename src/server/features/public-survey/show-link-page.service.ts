import { randomUUID } from 'node:crypto';
import { headlineQuestions } from '../../../domain/survey/headline-questions.js';
import { hiddenFieldsFrom } from './form-answers.js';
import { linkFirstPage } from './link-first-page.js';
import { openLink, storedLinkAnswer, validFormNonce } from './open-link.js';
import { isPageOutcome, pageOutcome, type PageOutcome } from './page-outcome.js';
import { parseScore } from './parse-score.js';
import type { PublicDeps } from './public-deps.js';

/**
 * GET /l/:key: `?score=` prefills, `?hf_x=` become hidden fields, `?lang=` picks the language;
 * `?r=<nonce>` comes back from the follow-up to change the score of that answer.
 */
export async function showLinkPage(
  deps: PublicDeps,
  key: string,
  query: Record<string, string | undefined>,
  nonce: string,
): Promise<PageOutcome> {
  const opened = await openLink(deps, key, nonce, query.lang);
  if (isPageOutcome(opened)) return opened;
  const { primary } = headlineQuestions(opened.survey.definition);
  const score = parseScore(query.score, opened.survey.definition);
  const hidden = hiddenFieldsFrom(query);
  if (query.lang) hidden.lang = opened.base.language;
  const back = validFormNonce(query.r);
  const stored = back && primary ? await storedLinkAnswer(deps, opened, back) : null;
  const storedScore = primary ? stored?.answers[primary.id] : undefined;
  const prefilled = score ?? (typeof storedScore === 'number' ? storedScore : null);
  if (stored) {
    // Back from the follow-up to change the score: the page stays in the answer's language.
    opened.base = { ...opened.base, language: stored.language };
    hidden.lang = stored.language;
  }
  const prefill = primary && prefilled !== null ? { [primary.id]: prefilled } : {};
  const formNonce = stored && back ? back : randomUUID();
  return pageOutcome(200, {
    page: 'link',
    model: linkFirstPage(key, opened, { prefill, hiddenFields: hidden, formNonce }),
  });
}
