import type { TFunction } from 'i18next';

/** The built-in root causes and actions (contracts/cases.ts DEFAULT_*), kept literal so zod stays out of the chunk. */
const ROOT_CAUSES = [
  'delivery',
  'billing',
  'product-defect',
  'support-experience',
  'usability',
  'price',
  'communication',
  'other',
] as const;
const ACTIONS = ['apology', 'refund', 'replacement', 'voucher', 'fix', 'explanation', 'other'] as const;
const METRICS = ['firstResponse', 'nextResponse', 'resolution'] as const;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** A root cause in words; an organization's own tag as it wrote it. */
export function rootCauseLabel(t: TFunction, value: string): string {
  return isOneOf(ROOT_CAUSES, value) ? t(`cases.rootCauses.${value}`) : value;
}

/** An action taken in words; an organization's own as it wrote it. */
export function actionLabel(t: TFunction, value: string): string {
  return isOneOf(ACTIONS, value) ? t(`cases.actionNames.${value}`) : value;
}

/** An SLA target's name ("First response"); an unknown one as stored. */
export function slaMetricLabel(t: TFunction, value: string): string {
  return isOneOf(METRICS, value) ? t(`cases.clocks.${value}`) : value;
}
