import type { ContactProfile } from './contact-profiles.js';
import type { Segment } from './demo-catalog.js';
import { DAY_MS, YEAR_MS } from './demo-time.js';
import type { DemoEvent } from './demo-types.js';
import type { DemoWorld } from './demo-world.js';
import type { Random } from './random.js';
import type { SolvedTicket } from './survey-asks.js';

const MONTH_MS = 30 * DAY_MS;
/** Logins a month of a healthy account; bigger customers have more users. */
const LOGINS_PER_MONTH: Record<Segment, number> = { SMB: 18, 'Mid-Market': 45, Enterprise: 120 };
/** How many months of login history the demo keeps: enough for churn features, few enough rows. */
const LOGIN_MONTHS = 12;
/** Months before a cancellation in which usage fades: the signal the churn model should find. */
const FADE_MONTHS = 4;

export interface ContactHistory {
  profile: ContactProfile;
  churnedAtMs: number | null;
  solvedTickets: readonly SolvedTicket[];
}

/**
 * Behaviour that explains (and predicts) loyalty: monthly login summaries that fade before a
 * cancellation, yearly renewals with revenue, offers ignored more often by those about to leave,
 * features used, and the cancellation itself. Monthly summaries (value = logins that month)
 * instead of one row per login keep the demo small while carrying the same signal. Solved
 * support tickets come as `ticket_solved`, the event the support surveys are sent on.
 */
export function generateBehaviourEvents(
  rng: Random,
  world: DemoWorld,
  histories: readonly ContactHistory[],
): DemoEvent[] {
  return histories.flatMap(({ profile, churnedAtMs, solvedTickets }) => [
    ...eventsOf(rng.fork(`events-${profile.externalId}`), world, profile, churnedAtMs),
    ...solvedTickets.map(
      (t): DemoEvent => ({
        contactExternalId: profile.externalId,
        type: 'ticket_solved',
        value: null,
        revenue: null,
        occurredAt: new Date(t.atMs),
        properties: { ticket: t.ref },
        eventId: `demo:ticket_solved:${t.ref}`,
      }),
    ),
  ]);
}

function eventsOf(rng: Random, world: DemoWorld, p: ContactProfile, churnedAtMs: number | null): DemoEvent[] {
  const events: DemoEvent[] = [];
  const endMs = churnedAtMs ?? world.nowMs;
  const id = (kind: string, n: number) => `demo:${kind}:${p.externalId}:${n}`;

  for (let m = LOGIN_MONTHS; m >= 1; m--) {
    const atMs = world.nowMs - m * MONTH_MS;
    if (atMs < p.customerSinceMs || atMs > endMs) continue;
    const monthsToChurn = churnedAtMs === null ? Infinity : (churnedAtMs - atMs) / MONTH_MS;
    const fade = monthsToChurn < FADE_MONTHS ? Math.max(0.05, monthsToChurn / FADE_MONTHS) : 1;
    const engagement = Math.exp(0.35 * p.loyalty);
    const logins = rng.poisson(LOGINS_PER_MONTH[p.segment] * engagement * fade);
    events.push({
      contactExternalId: p.externalId,
      type: 'login',
      value: logins,
      revenue: null,
      occurredAt: new Date(atMs),
      properties: { period: 'month' },
      eventId: id('login', m),
    });
  }

  // Renewals on each anniversary inside the two years, while still a customer.
  for (let n = 1; ; n++) {
    const atMs = p.customerSinceMs + n * YEAR_MS;
    if (atMs > endMs) break;
    if (atMs < world.startMs) continue;
    events.push({
      contactExternalId: p.externalId,
      type: 'purchase',
      value: 1,
      revenue: p.revenue,
      occurredAt: new Date(atMs),
      properties: { kind: 'renewal', plan: p.plan },
      eventId: id('renewal', n),
    });
  }

  // Offers: those about to leave ignore them more often.
  const offers = rng.int(1, 3);
  for (let n = 0; n < offers; n++) {
    const atMs = world.nowMs - rng.int(10, 360) * DAY_MS;
    if (atMs < p.customerSinceMs || atMs > endMs) continue;
    const leaving = churnedAtMs !== null && churnedAtMs - atMs < 3 * MONTH_MS;
    if (rng.chance(leaving ? 0.85 : 0.3)) {
      events.push({
        contactExternalId: p.externalId,
        type: 'offer_ignored',
        value: null,
        revenue: null,
        occurredAt: new Date(atMs),
        properties: { offer: rng.pick(['upgrade', 'webinar', 'annual-discount']) },
        eventId: id('offer', n),
      });
    }
  }

  for (const product of p.products) {
    if (!rng.chance(0.6)) continue;
    const atMs = endMs - rng.int(1, 120) * DAY_MS;
    if (atMs < p.customerSinceMs) continue;
    events.push({
      contactExternalId: p.externalId,
      type: 'feature_used',
      value: rng.int(1, 40),
      revenue: null,
      occurredAt: new Date(atMs),
      properties: { product },
      eventId: id(`feature-${product}`, 0),
    });
  }

  if (churnedAtMs !== null) {
    events.push({
      contactExternalId: p.externalId,
      type: 'subscription_cancelled',
      value: null,
      revenue: -p.revenue,
      occurredAt: new Date(churnedAtMs),
      properties: { plan: p.plan },
      eventId: id('cancel', 0),
    });
  }
  return events;
}
