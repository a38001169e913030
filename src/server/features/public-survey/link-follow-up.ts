import { followUpPrompt, scaleOf } from '../../../domain/survey/answers.js';
import { headlineQuestions } from '../../../domain/survey/headline-questions.js';
import { openLink, storedLinkAnswer } from './open-link.js';
import { isPageOutcome, pageOutcome, redirectTo, type PageOutcome } from './page-outcome.js';
import type { PublicDeps } from './public-deps.js';

/**
 * The link's follow-up for the score the answer named by `formNonce` holds, worded for its
 * category; with `sent` (a rejected post) shown again with its values and errors. Without a
 * stored score there is nothing to follow up: back to the link's first page.
 */
export async function linkFollowUp(
  deps: PublicDeps,
  key: string,
  formNonce: string | null,
  nonce: string,
  sent?: { values: Record<string, string | number | null>; errors: Record<string, string> },
): Promise<PageOutcome> {
  const start = redirectTo(`/l/${key}`);
  if (formNonce === null) return start;
  const opened = await openLink(deps, key, nonce, undefined);
  if (isPageOutcome(opened)) return opened;
  const stored = await storedLinkAnswer(deps, opened, formNonce);
  const { primary } = stored ? headlineQuestions(stored.definition) : { primary: undefined };
  const score = primary ? stored?.answers[primary.id] : undefined;
  if (!stored || !primary || typeof score !== 'number') return start;
  const { min, max } = scaleOf(primary);
  return pageOutcome(sent ? 400 : 200, {
    page: 'follow-up',
    model: {
      ...opened.base,
      // The follow-up speaks the language the score was given in.
      language: stored.language,
      action: `/l/${key}`,
      whyPrompt:
        followUpPrompt(stored.definition, primary.type === 'nps' ? score : null, stored.language) ?? null,
      questions: stored.definition.questions.filter((q) => q.id !== primary.id),
      recorded: { score, min, max },
      changeScoreHref: `/l/${key}?r=${formNonce}`,
      formFields: { nonce: formNonce, step: 'why' },
      ...(sent ?? {}),
    },
  });
}
