import { generateBehaviourEvents } from './behaviour-events.js';
import { generateContactProfiles, type ContactProfile } from './contact-profiles.js';
import { simulateContact } from './contact-timeline.js';
import { isoDate } from './demo-time.js';
import type { DemoContact, DemoDataset, DemoFeedbackItem } from './demo-types.js';
import { createWorld } from './demo-world.js';
import { generateReviews } from './public-reviews.js';
import { createRandom } from './random.js';

export const DEFAULT_DEMO_SEED = 42;
export const DEFAULT_DEMO_CONTACTS = 600;

export interface DemoOptions {
  /** The end of the two years of history; nothing happens after it. */
  now: Date;
  seed?: number | string;
  contactCount?: number;
}

/**
 * A realistic workspace for a fictional B2B SaaS vendor: ~600 customers and two years of NPS,
 * CSAT and CES answers, tickets, chats, public reviews and behaviour events up to `now`. Pure and seeded: the
 * same seed and `now` give the identical dataset, so demos, screenshots and tests are stable.
 */
export function generateDemoDataset(opts: DemoOptions): DemoDataset {
  const nowMs = opts.now.getTime();
  if (!Number.isFinite(nowMs)) throw new Error('generateDemoDataset: now must be a valid date');
  const rng = createRandom(opts.seed ?? DEFAULT_DEMO_SEED);
  const world = createWorld(nowMs);
  const profiles = generateContactProfiles(rng.fork('contacts'), opts.contactCount ?? DEFAULT_DEMO_CONTACTS, world);

  const histories = profiles.map((profile) => ({ profile, ...simulateContact(rng.fork(`timeline-${profile.externalId}`), world, profile) }));
  const reviews = generateReviews(rng.fork('reviews'), world, histories);

  const feedbackItems: DemoFeedbackItem[] = [...histories.flatMap((h) => h.items), ...reviews];
  feedbackItems.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || (a.externalRef < b.externalRef ? -1 : 1));
  const events = generateBehaviourEvents(rng.fork('behaviour'), world, histories);
  events.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || (a.eventId < b.eventId ? -1 : 1));
  return { contacts: histories.map((h) => toContact(h.profile, h.churnedAtMs)), feedbackItems, events };
}

function toContact(p: ContactProfile, churnedAtMs: number | null): DemoContact {
  return {
    externalId: p.externalId,
    name: p.name,
    email: p.email,
    language: p.language,
    segment: p.segment,
    region: p.region,
    attributes: {
      company: p.company,
      country: p.country,
      plan: p.plan,
      revenue: p.revenue,
      customerSince: isoDate(p.customerSinceMs),
      productsUsed: p.products.join(', '),
      churnedAt: churnedAtMs === null ? null : isoDate(churnedAtMs),
    },
  };
}
