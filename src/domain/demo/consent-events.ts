import { DAY_MS } from './demo-time.js';
import type { PlannedInvitation } from './plan-invitations.js';
import type { Random } from './random.js';

export type ConsentEventKind = 'bounced' | 'unsubscribed' | 'opted_out';

/** How many contacts each happens to: a few, as in a healthy list. */
export const CONSENT_EVENT_COUNTS: Record<ConsentEventKind, number> = {
  bounced: 6,
  unsubscribed: 2,
  opted_out: 4,
};

/**
 * Picks the contacts whose address bounced, who unsubscribed, or who opted out of e-mail, and
 * the invitation from which on it applies. Only contacts that never answered an e-mail after
 * that point qualify (their answers are fixed history), and only with at least two e-mail
 * invitations left, so that the later ones show up as skipped. Returns invitation key → event.
 */
export function pickConsentEvents(
  rng: Random,
  plansByContact: readonly (readonly PlannedInvitation[])[],
  nowMs: number,
): Map<string, ConsentEventKind> {
  const candidates: { key: string; order: number }[] = [];
  for (const plans of plansByContact) {
    const email = plans.filter((p) => p.survey.channel === 'email');
    const lastAnswered = email.findLastIndex((p) => p.answer !== null);
    const after = email.slice(lastAnswered + 1).filter((p) => p.sentAtMs <= nowMs - 7 * DAY_MS);
    const first = after[0];
    if (first && after.length >= 2) candidates.push({ key: first.key, order: rng.next() });
  }
  candidates.sort((a, b) => a.order - b.order);
  const events = new Map<string, ConsentEventKind>();
  let next = 0;
  for (const kind of ['bounced', 'unsubscribed', 'opted_out'] as const) {
    for (let n = 0; n < CONSENT_EVENT_COUNTS[kind] && next < candidates.length; n++)
      events.set((candidates[next++] as { key: string }).key, kind);
  }
  return events;
}
