import { followUpPrompt, scaleOf } from '../../../domain/survey/answers.js';
import { headlineQuestions } from '../../../domain/survey/headline-questions.js';
import type { FollowUpPageModel } from '../../../survey-pages/index.js';
import type { OpenedInvitation } from './open-invitation.js';

/**
 * The e-mail path's follow-up page for a recorded score ("why?" worded for its category, then
 * the other questions); null while there is no score to follow up on.
 */
export function emailFollowUp(
  opened: OpenedInvitation,
  token: string,
  values?: Record<string, string | number | null>,
  errors?: Record<string, string>,
): FollowUpPageModel | null {
  const { primary } = headlineQuestions(opened.definition);
  if (!primary || opened.score === null) return null;
  const { min, max } = scaleOf(primary);
  return {
    ...opened.base,
    action: `/s/${token}/why`,
    whyPrompt:
      followUpPrompt(opened.definition, primary.type === 'nps' ? opened.score : null, opened.inv.language) ??
      null,
    questions: opened.definition.questions.filter((q) => q.id !== primary.id),
    recorded: { score: opened.score, min, max },
    changeScoreHref: `/s/${token}?change=1`,
    ...(values ? { values } : {}),
    ...(errors ? { errors } : {}),
  };
}
