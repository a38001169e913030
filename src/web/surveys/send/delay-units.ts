export const DELAY_UNITS = { minutes: 60, hours: 3600, days: 86_400 } as const;
export type DelayUnit = keyof typeof DELAY_UNITS;

/** The contract's longest delay (SEND_LIMITS.maxDelaySeconds): a week. */
export const MAX_DELAY_SECONDS = 7 * 86_400;

export function isDelayUnit(value: string): value is DelayUnit {
  return value in DELAY_UNITS;
}

/** A delay in seconds as the largest unit that divides it, for a form's amount and unit fields. */
export function splitDelay(seconds: number): { amount: number; unit: DelayUnit } {
  if (seconds > 0 && seconds % DELAY_UNITS.days === 0)
    return { amount: seconds / DELAY_UNITS.days, unit: 'days' };
  if (seconds > 0 && seconds % DELAY_UNITS.hours === 0)
    return { amount: seconds / DELAY_UNITS.hours, unit: 'hours' };
  return { amount: Math.round(seconds / DELAY_UNITS.minutes), unit: 'minutes' };
}
