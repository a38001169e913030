import type { Question, ScaleQuestion, SurveyDefinition } from '../../shared/contracts/survey-model.js';

/** The question that carries the survey's headline score, and the open "why?" question. */
export function headlineQuestions(definition: SurveyDefinition): {
  primary: ScaleQuestion | undefined;
  why: Question | undefined;
} {
  const primary = definition.questions.find((q): q is ScaleQuestion => q.type === definition.metric);
  // A "why?" worded per NPS category is the follow-up the pages ask first; any text question otherwise.
  const why =
    definition.questions.find((q) => q.type === 'text' && q.promptByCategory) ??
    definition.questions.find((q) => q.type === 'text');
  return { primary, why };
}
