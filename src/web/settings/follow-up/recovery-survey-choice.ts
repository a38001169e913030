import type { SurveyMetric } from '../../../shared/contracts/survey-model.js';
import type { SurveyStatus } from '../../../shared/contracts/surveys.js';

/** What the recovery part of the form knows of a survey. */
export interface RecoverySurvey {
  id: string;
  name: string;
  status: SurveyStatus;
  metric: SurveyMetric;
}

/** The select's value for "the survey the customer answered" (the API's `surveyId: null`). */
export const ANSWERED_SURVEY = '';

export interface RecoverySurveyChoice {
  /** The live surveys, then the chosen one if it is not live (so the select never shows a blank). */
  options: { value: string; label: string; status: SurveyStatus | 'unknown' }[];
  /** No live survey and none chosen: the form says what to do instead of showing a select. */
  isEmpty: boolean;
  /**
   * Why the chosen survey sends nothing or is not counted: not live (planning skips it), unknown
   * (not in the list), or live but not NPS (Cases → Report counts NPS answers only).
   */
  problem: 'not_live' | 'unknown' | 'not_nps' | null;
  /** The chosen survey's status when it is not live, for the warning. */
  chosenStatus: SurveyStatus | null;
}

/**
 * The options of the re-survey select. The API accepts any survey of the organization, but a
 * re-survey only goes out with a live one (plan-recovery-survey skips others), so only live ones
 * are offered; one chosen earlier and since archived stays visible with a warning.
 */
export function recoverySurveyChoice(
  surveys: readonly RecoverySurvey[],
  surveyId: string | null,
): RecoverySurveyChoice {
  const live = surveys.filter((s) => s.status === 'live');
  const options: RecoverySurveyChoice['options'] = live.map((s) => ({
    value: s.id,
    label: s.name,
    status: s.status,
  }));
  if (surveyId === null) return { options, isEmpty: live.length === 0, problem: null, chosenStatus: null };
  const chosen = surveys.find((s) => s.id === surveyId);
  if (!chosen) {
    options.push({ value: surveyId, label: surveyId, status: 'unknown' });
    return { options, isEmpty: false, problem: 'unknown', chosenStatus: null };
  }
  if (chosen.status !== 'live') {
    options.push({ value: chosen.id, label: chosen.name, status: chosen.status });
    return { options, isEmpty: false, problem: 'not_live', chosenStatus: chosen.status };
  }
  return { options, isEmpty: false, problem: chosen.metric === 'nps' ? null : 'not_nps', chosenStatus: null };
}
