/** A confidence interval, in the unit of the estimate it belongs to (NPS points, percent, …). */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** Clips an interval to the range its quantity can take (an NPS never exceeds ±100). */
export function clipInterval(interval: Interval, min: number, max: number): Interval {
  return {
    low: Math.min(max, Math.max(min, interval.low)),
    high: Math.max(min, Math.min(max, interval.high)),
  };
}
