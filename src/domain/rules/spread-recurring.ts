import { DAY_MS, toMs, type Instant } from './instant.js';

export interface RecurringSlot {
  contactId: string;
  /** 0-based day of the period. */
  day: number;
  /** `periodStart + day` days: the same time of day as `periodStart`, so the caller picks a civil hour. */
  sendAt: Date;
}

/** A year of days is the longest recurrence we schedule; more is a unit mistake. */
export const MAX_PERIOD_DAYS = 366;

/**
 * Spreads a recurring survey's contacts over its period so a list of 5,000 is asked at about
 * 5,000 / 90 a day instead of in one burst that floods the inbox and the answer endpoint.
 *
 * Each contact's preferred day is a stable hash of `seedKey` (e.g. the survey id) and its id, so
 * the same contact lands on the same day of every period and is therefore asked every
 * `periodDays` days, whatever else changes in the list. A pure hash can pile several contacts on
 * one day, so every day holds at most `ceil(n / periodDays) + 1` contacts: contacts are placed in
 * hash order and one whose day is full moves to the next day with room (wrapping round to day 0).
 * The "+1" headroom over the exact share lets most days absorb the hash's natural unevenness,
 * so most contacts sit on their preferred day; total room is at least `n`, so everyone is placed.
 *
 * Stability: with the same list every contact keeps its day exactly. When contacts join or leave,
 * only contacts pushed off a full day can move, by a few days; when `n` crosses a multiple of
 * `periodDays` the cap grows by one and displaced contacts can return to their preferred day
 * (typically about a tenth of the list at ~10 a day). A moved contact may meet its previous invite
 * less than `periodDays` apart, which `decideSend`'s recontact period then catches.
 *
 * Duplicate ids are placed once. The result is sorted by day, then contact id, independent of
 * the input order.
 */
export function spreadRecurring(
  contactIds: readonly string[],
  periodStart: Instant,
  periodDays: number,
  seedKey: string,
): RecurringSlot[] {
  const start = toMs(periodStart, 'periodStart');
  if (!Number.isInteger(periodDays) || periodDays < 1 || periodDays > MAX_PERIOD_DAYS) {
    throw new RangeError(`periodDays must be a whole number from 1 to ${MAX_PERIOD_DAYS}, got ${periodDays}`);
  }
  const ids = [...new Set(contactIds)];
  const capacity = Math.ceil(ids.length / periodDays) + 1;
  const load = new Array<number>(periodDays).fill(0);

  const ordered = ids
    .map((contactId) => ({ contactId, hash: slotHash(`${seedKey}\u0000${contactId}`) }))
    .sort((a, b) => a.hash - b.hash || compare(a.contactId, b.contactId));

  const slots: RecurringSlot[] = [];
  for (const { contactId, hash } of ordered) {
    let day = hash % periodDays;
    while ((load[day] ?? 0) >= capacity) day = (day + 1) % periodDays;
    load[day] = (load[day] ?? 0) + 1;
    slots.push({ contactId, day, sendAt: new Date(start + day * DAY_MS) });
  }
  return slots.sort((a, b) => a.day - b.day || compare(a.contactId, b.contactId));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * FNV-1a over UTF-16 code units with a final avalanche, as an unsigned 32-bit integer. Kept
 * here rather than shared with the demo generator's hash on purpose: send days are behaviour
 * people notice, and changing this function moves every contact's day, so it must only change
 * deliberately.
 */
function slotHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
