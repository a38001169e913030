import type { SurveyMetric, TemplateId } from '../../shared/contracts/survey-model.js';

/**
 * The built-in templates in the order of the program they form, with the metric each asks for.
 * A literal copy of the contract's ids so the zod runtime stays out of the dashboard bundle.
 */
export const SURVEY_TEMPLATES = [
  { id: 'relationship-nps', metric: 'nps' },
  { id: 'csat-after-support', metric: 'csat' },
  { id: 'ces-after-resolution', metric: 'ces' },
  { id: 'brand-bond', metric: 'brand' },
  { id: 'pre-change-pulse', metric: 'nps' },
] as const satisfies readonly { id: TemplateId; metric: SurveyMetric }[];

/** What a new survey starts from: a built-in template, or a blank survey with one headline question. */
export type NewSurveyStart = TemplateId | 'blank';
