import { headlineQuestions } from '../../../domain/survey/headline-questions.js';
import type { LinkPageModel } from '../../../survey-pages/index.js';
import type { OpenedLink } from './open-link.js';

/**
 * The link's first page: the score alone (the follow-up for it comes next, as on the e-mail
 * path), or every question where the survey has no score question.
 */
export function linkFirstPage(
  key: string,
  opened: OpenedLink,
  o: {
    prefill: Record<string, string | number>;
    hiddenFields: Record<string, string>;
    formNonce: string;
    errors?: Record<string, string>;
  },
): LinkPageModel {
  const { definition } = opened.survey;
  const { primary } = headlineQuestions(definition);
  return {
    ...opened.base,
    action: `/l/${key}`,
    step: primary ? 'score' : 'all',
    questions: primary ? [primary] : definition.questions,
    ...o,
  };
}
