import { composeComment } from './compose-comment.js';
import type { ContactProfile } from './contact-profiles.js';
import { REVIEW_SOURCES, type DemoLanguage, type Region } from './demo-catalog.js';
import { ratingScore, toneOf } from './demo-scores.js';
import { DAY_MS } from './demo-time.js';
import type { DemoFeedbackItem } from './demo-types.js';
import { isAppTrouble, isPriceShock, priceShockEffect, trendEffect, type DemoWorld } from './demo-world.js';
import type { Random } from './random.js';

const REVIEWS_PER_MONTH = 6;

export interface ReviewAuthorPool {
  profile: ContactProfile;
  churnedAtMs: number | null;
}

/**
 * Public reviews on Google and Trustpilot: mostly anonymous, some matched to a customer.
 * Volume grows over the two years like the customer base does.
 */
export function generateReviews(
  rng: Random,
  world: DemoWorld,
  authors: readonly ReviewAuthorPool[],
): DemoFeedbackItem[] {
  const months = (world.nowMs - world.startMs) / (30.44 * DAY_MS);
  const count = rng.poisson(1) + Math.round(REVIEWS_PER_MONTH * months);
  const items: DemoFeedbackItem[] = [];
  for (let i = 1; i <= count; i++) {
    const r = rng.fork(`review-${i}`);
    const atMs = Math.round(world.startMs + (world.nowMs - world.startMs) * Math.sqrt(r.next()));
    const source = r.chance(0.55) ? REVIEW_SOURCES[0] : REVIEW_SOURCES[1];
    const language: DemoLanguage = r.chance(source === 'Google Reviews' ? 0.7 : 0.35) ? 'de' : 'en';
    const author = r.chance(0.4) ? findAuthor(r, authors, language, atMs) : null;
    const region: Region =
      author?.region ??
      (language === 'de'
        ? 'DACH'
        : r.weighted<Region>([
            ['UK & Ireland', 0.35],
            ['Nordics', 0.35],
            ['North America', 0.3],
          ]));
    const eta =
      -0.1 +
      (author?.loyalty ?? r.normal(0, 0.85)) +
      trendEffect(world, atMs) +
      priceShockEffect(world, region, atMs);
    const score = ratingScore(r, eta);
    const comment = r.chance(0.9)
      ? composeComment(r, {
          language,
          tone: toneOf('rating', score),
          isAngry: score === 1,
          touchpoint: null,
          product: null,
          segment: author?.segment ?? null,
          priceShock: isPriceShock(world, region, atMs),
          appTrouble: isAppTrouble(world, atMs),
        })
      : null;
    items.push({
      contactExternalId: author?.externalId ?? null,
      channel: 'review',
      source,
      metric: 'rating',
      score,
      scaleMin: 1,
      scaleMax: 5,
      text: comment?.text ?? null,
      language,
      product: null,
      touchpoint: null,
      occurredAt: new Date(atMs),
      externalRef: `demo:review:${String(i).padStart(4, '0')}`,
      themes: comment?.themes ?? [],
    });
  }
  return items;
}

function findAuthor(
  rng: Random,
  authors: readonly ReviewAuthorPool[],
  language: DemoLanguage,
  atMs: number,
): ContactProfile | null {
  const active = authors.filter(
    (a) =>
      a.profile.language === language &&
      a.profile.customerSinceMs <= atMs &&
      (a.churnedAtMs === null || a.churnedAtMs > atMs),
  );
  return active.length > 0 ? rng.pick(active).profile : null;
}
