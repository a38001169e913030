import { scaleOf } from '../../../domain/survey/answers.js';
import { headlineQuestions } from '../../../domain/survey/headline-questions.js';
import type { SurveyDefinition } from '../../../shared/contracts/survey-model.js';

/** A `?score=` from a link: a number on the headline question's scale, else null (ignored, never an error). */
export function parseScore(raw: string | undefined, definition: SurveyDefinition): number | null {
  const { primary } = headlineQuestions(definition);
  if (!primary || raw === undefined || !/^\d{1,2}$/.test(raw)) return null;
  const n = Number(raw);
  const { min, max } = scaleOf(primary);
  return n >= min && n <= max ? n : null;
}
