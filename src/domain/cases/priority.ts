export const CASE_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type CasePriority = (typeof CASE_PRIORITIES)[number];

export interface PriorityInput {
  score: number | null;
  scaleMin: number | null;
  scaleMax: number | null;
  channel: string;
  revenue: number | null;
  /** Yearly revenue from which a customer counts as high value; null: nobody does. */
  highValueRevenue: number | null;
}

/** Channels where others read the complaint too: it weighs more. */
const PUBLIC_CHANNELS = new Set(['social', 'review']);

/** One step up (escalation), urgent stays urgent. */
export function raisePriority(p: CasePriority): CasePriority {
  const i = CASE_PRIORITIES.indexOf(p);
  return CASE_PRIORITIES[Math.min(i + 1, CASE_PRIORITIES.length - 1)] as CasePriority;
}

/**
 * A case's priority from how bad the score is, where it was said and what the customer is worth:
 * the bottom fifth of the scale (NPS 0–2, one star) is high, any other critical score normal; a
 * public channel and a high-value customer each raise it a step. No score (a case from another
 * system or a negative comment): normal, raised the same way.
 */
export function casePriority(i: PriorityInput): CasePriority {
  let p: CasePriority = 'normal';
  if (i.score !== null && i.scaleMin !== null && i.scaleMax !== null && i.scaleMax > i.scaleMin) {
    const position = (i.score - i.scaleMin) / (i.scaleMax - i.scaleMin);
    if (position <= 0.2) p = 'high';
  }
  if (PUBLIC_CHANNELS.has(i.channel)) p = raisePriority(p);
  if (i.highValueRevenue !== null && i.revenue !== null && i.revenue >= i.highValueRevenue)
    p = raisePriority(p);
  return p;
}
