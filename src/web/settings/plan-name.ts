import i18next from 'i18next';
import { ZChangePlan } from '../../shared/contracts/organization.js';

export const PLAN_CHOICES = ZChangePlan.shape.planId.options;
export type PlanChoice = (typeof PLAN_CHOICES)[number];

export function isPlanChoice(value: string): value is PlanChoice {
  return (PLAN_CHOICES as readonly string[]).includes(value);
}

/** The display name of a plan id; unknown ids are shown as they are. */
export function planName(planId: string): string {
  return isPlanChoice(planId) ? i18next.t(`plan.names.${planId}`) : planId;
}
