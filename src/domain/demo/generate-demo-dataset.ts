import { generateBehaviourEvents } from './behaviour-events.js';
import { generateContactProfiles, type ContactProfile } from './contact-profiles.js';
import { simulateContact } from './contact-timeline.js';
import type { DemoLanguage } from './demo-catalog.js';
import { demoSegments, demoSends } from './demo-sends.js';
import { demoSurveys } from './demo-surveys.js';
import { DAY_MS, isoDate } from './demo-time.js';
import type { DemoContact, DemoDataset, DemoFeedbackItem } from './demo-types.js';
import { createWorld } from './demo-world.js';
import { generateReviews } from './public-reviews.js';
import { recoveryAnswers } from './demo-cases.js';
import { createRandom } from './random.js';
import { generateSurveyActivity } from './survey-invitations.js';

export const DEFAULT_DEMO_SEED = 42;
export const DEFAULT_DEMO_CONTACTS = 600;

export interface DemoOptions {
  /** The end of the two years of history; nothing happens after it. */
  now: Date;
  seed?: number | string;
  contactCount?: number;
  /** Fills `{company}` in the survey texts. */
  companyName?: string;
  /** The organization's default language: survey and segment names are in it. */
  language?: DemoLanguage;
}

export const DEFAULT_DEMO_COMPANY = 'Demo GmbH';

/**
 * A realistic workspace for a fictional B2B SaaS vendor: ~600 customers and two years of NPS,
 * CSAT and CES answers, tickets, chats, public reviews and behaviour events up to `now`, and
 * the survey programme behind the answers: surveys from the templates, their sends, every
 * invitation (answered, ignored, reminded, throttled, bounced, unsubscribed) and a response
 * for each answer. Pure and seeded: the same seed and `now` give the identical dataset, so
 * demos, screenshots and tests are stable.
 */
export function generateDemoDataset(opts: DemoOptions): DemoDataset {
  const nowMs = opts.now.getTime();
  if (!Number.isFinite(nowMs)) throw new Error('generateDemoDataset: now must be a valid date');
  const rng = createRandom(opts.seed ?? DEFAULT_DEMO_SEED);
  const world = createWorld(nowMs);
  const profiles = generateContactProfiles(
    rng.fork('contacts'),
    opts.contactCount ?? DEFAULT_DEMO_CONTACTS,
    world,
  );

  const histories = profiles.map((profile) => ({
    profile,
    ...simulateContact(rng.fork(`timeline-${profile.externalId}`), world, profile),
  }));
  const reviews = generateReviews(rng.fork('reviews'), world, histories);

  const feedbackItems: DemoFeedbackItem[] = [...histories.flatMap((h) => h.items), ...reviews];
  feedbackItems.sort(
    (a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || (a.externalRef < b.externalRef ? -1 : 1),
  );
  const events = generateBehaviourEvents(rng.fork('behaviour'), world, histories);
  events.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || (a.eventId < b.eventId ? -1 : 1));

  const language = opts.language ?? 'en';
  const surveys = demoSurveys(opts.companyName ?? DEFAULT_DEMO_COMPANY, language);
  const activity = generateSurveyActivity(rng.fork('invitations'), nowMs, histories, feedbackItems, surveys);
  // Followed-up detractors answer the re-survey after their case was resolved.
  feedbackItems.push(...recoveryAnswers(feedbackItems, new Date(nowMs), opts.seed ?? DEFAULT_DEMO_SEED));
  feedbackItems.sort(
    (a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || (a.externalRef < b.externalRef ? -1 : 1),
  );
  // Set up a month before the history shown begins: the earliest invitation is a few days before it.
  const programmeStartedAt = new Date(world.startMs - 30 * DAY_MS);
  return {
    contacts: histories.map((h) =>
      toContact(h.profile, h.churnedAtMs, activity.optedOut.has(h.profile.externalId)),
    ),
    feedbackItems,
    events,
    programmeStartedAt,
    surveys,
    segments: demoSegments(language),
    sends: demoSends(surveys, activity.invitations, programmeStartedAt),
    invitations: activity.invitations,
    responses: activity.responses,
    suppressions: activity.suppressions,
  };
}

function toContact(p: ContactProfile, churnedAtMs: number | null, isEmailOptOut: boolean): DemoContact {
  return {
    externalId: p.externalId,
    name: p.name,
    email: p.email,
    language: p.language,
    segment: p.segment,
    region: p.region,
    isEmailOptOut,
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
