/** The demo's surveys, one per moment the fictional vendor asks its customers something. */
export const DEMO_SURVEY_KEYS = [
  'relationship-nps',
  'support-csat',
  'support-ces',
  'onboarding-ces',
  'onboarding-csat',
  'billing-csat',
  'checkout-csat',
] as const;
export type DemoSurveyKey = (typeof DEMO_SURVEY_KEYS)[number];

/**
 * One moment a customer was asked, answered or not, as the timeline saw it. The timeline only
 * writes answers down; these records let the invitation layer add the people who were asked and
 * stayed silent, without drawing anything from the timeline's random streams (so every answer,
 * score and comment stays exactly what it was).
 */
export interface SurveyAsk {
  survey: DemoSurveyKey;
  /**
   * `sent`: when the invitation went out (an event trigger plus its delay).
   * `answered`: when the answer came, or for a silent contact the moment it would have; the
   * invitation went out some time before.
   */
  timing: 'sent' | 'answered';
  atMs: number;
  /** The answer's feedback item (its `externalRef`); null when the contact did not answer. */
  answerRef: string | null;
}

/** A support ticket that was solved: the `ticket_solved` behaviour event the support surveys are triggered by. */
export interface SolvedTicket {
  ref: string;
  atMs: number;
}
