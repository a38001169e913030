import type { ContactProfile } from './contact-profiles.js';
import { SUPPORT_RATE } from './demo-catalog.js';
import { cesScore, csatScore, npsScore } from './demo-scores.js';
import { addQuarters, DAY_MS, HOUR_MS, quarterLabel, quartersBetween } from './demo-time.js';
import type { DemoFeedbackItem } from './demo-types.js';
import {
  priceShockEffect,
  productEffect,
  relationshipEta,
  trendEffect,
  type DemoWorld,
} from './demo-world.js';
import type { Random } from './random.js';
import { chatMessage, supportCase } from './support-case.js';
import { surveyAnswer } from './survey-answer.js';
import type { SolvedTicket, SurveyAsk } from './survey-asks.js';

export interface ContactHistory {
  items: DemoFeedbackItem[];
  /** Every survey moment, answered or not: what the invitations are made of. */
  asks: SurveyAsk[];
  solvedTickets: SolvedTicket[];
  churnedAtMs: number | null;
}

/**
 * Walks one customer through the two years, quarter by quarter: the relationship NPS survey,
 * support cases with CSAT and CES, billing and checkout moments, chats, and at each quarter's
 * end a chance to leave that grows as they grow unhappy (so churn analytics has a signal).
 */
export function simulateContact(rng: Random, world: DemoWorld, c: ContactProfile): ContactHistory {
  const items: DemoFeedbackItem[] = [];
  const asks: SurveyAsk[] = [];
  const solvedTickets: SolvedTicket[] = [];
  const activeFrom = Math.max(world.startMs, c.customerSinceMs);
  if (c.customerSinceMs >= world.startMs) onboarding(rng, world, c, items, asks);
  let seq = 0;
  // Asks are recorded beside the draws, never with draws of their own: the answers must not change.
  const asked = (survey: SurveyAsk['survey'], atMs: number, answer: DemoFeedbackItem | null) => {
    if (answer) items.push(answer);
    asks.push({ survey, timing: 'answered', atMs, answerRef: answer?.externalRef ?? null });
  };

  for (const q of quartersBetween(activeFrom, world.nowMs)) {
    const qEnd = addQuarters(q, 1);
    const from = Math.max(q, activeFrom);
    const to = Math.min(qEnd, world.nowMs);
    const share = Math.max(0, to - from) / (qEnd - q);
    const within = () => from + rng.next() * (to - from);

    const npsAt = q + (c.surveyDay + rng.int(-4, 4)) * DAY_MS + rng.int(7, 19) * HOUR_MS;
    const settledIn = npsAt - c.customerSinceMs >= 60 * DAY_MS;
    // The programme invites every settled customer; the few outside its habit never answer it.
    if (npsAt >= from && npsAt <= to && settledIn) {
      if (c.inNpsProgram && rng.chance(c.responsiveness)) {
        const product = rng.pick(c.products);
        const eta = relationshipEta(world, c, npsAt) + 0.6 * productEffect(world, product, npsAt);
        const externalRef = `demo:nps:${c.externalId}:${quarterLabel(q)}`;
        asked(
          'relationship-nps',
          npsAt,
          surveyAnswer(rng, world, {
            contact: c,
            metric: 'nps',
            score: npsScore(rng, eta),
            touchpoint: 'relationship',
            product,
            atMs: npsAt,
            externalRef,
          }),
        );
      } else asked('relationship-nps', npsAt, null);
    }

    const supportMean = (SUPPORT_RATE[c.segment] / 4) * (c.products.includes('Mobile App') ? 1.3 : 1) * share;
    for (let i = rng.poisson(supportMean); i > 0; i--) {
      const outcome = supportCase(rng, world, c, within(), ++seq);
      items.push(...outcome.items);
      asks.push(...outcome.asks);
      if (outcome.solved) solvedTickets.push(outcome.solved);
    }

    for (let i = rng.poisson(0.12 * share * (c.products.includes('Billing') ? 1.4 : 1)); i > 0; i--) {
      const at = within();
      if (!rng.chance(0.2 + 0.4 * c.responsiveness)) {
        asked('billing-csat', at, null);
        continue;
      }
      const eta =
        0.05 + 0.6 * c.loyalty + trendEffect(world, at) + 0.55 * priceShockEffect(world, c.region, at);
      asked(
        'billing-csat',
        at,
        surveyAnswer(rng, world, {
          contact: c,
          metric: 'csat',
          score: csatScore(rng, eta),
          touchpoint: 'billing',
          product: null,
          atMs: at,
          externalRef: `demo:csat:billing:${c.externalId}:${++seq}`,
        }),
      );
    }

    // The checkout is a known weak spot: lower satisfaction than anywhere else.
    for (let i = rng.poisson(0.08 * share); i > 0; i--) {
      const at = within();
      if (!rng.chance(0.25 + 0.4 * c.responsiveness)) {
        asked('checkout-csat', at, null);
        continue;
      }
      const eta = -0.55 + 0.5 * c.loyalty + 1.5 * trendEffect(world, at);
      asked(
        'checkout-csat',
        at,
        surveyAnswer(rng, world, {
          contact: c,
          metric: 'csat',
          score: csatScore(rng, eta),
          touchpoint: 'checkout',
          product: null,
          atMs: at,
          externalRef: `demo:csat:checkout:${c.externalId}:${++seq}`,
        }),
      );
    }

    for (let i = rng.poisson(0.045 * share); i > 0; i--)
      items.push(chatMessage(rng, world, c, within(), ++seq));

    if (qEnd <= world.nowMs) {
      const eta = relationshipEta(world, c, qEnd - DAY_MS);
      if (rng.chance(1 / (1 + Math.exp(4.1 + 0.9 * eta)))) {
        const churnedAtMs = qEnd + rng.int(0, 6) * DAY_MS;
        // Surveys sent after the case closed may land after the cancellation: drop those.
        if (churnedAtMs <= world.nowMs) {
          const kept = items.filter((it) => it.occurredAt.getTime() <= churnedAtMs);
          const keptRefs = new Set(kept.map((it) => it.externalRef));
          return {
            items: kept,
            // An invitation sent before the cancellation stays, unanswered if its answer came after it.
            asks: asks
              .filter((a) => a.atMs <= churnedAtMs)
              .map((a) => (a.answerRef && !keptRefs.has(a.answerRef) ? { ...a, answerRef: null } : a)),
            solvedTickets: solvedTickets.filter((t) => t.atMs <= churnedAtMs),
            churnedAtMs,
          };
        }
      }
    }
  }
  return { items, asks, solvedTickets, churnedAtMs: null };
}

/** New customers are asked how setting up went: CES after two weeks, CSAT after a month. */
function onboarding(
  rng: Random,
  world: DemoWorld,
  c: ContactProfile,
  items: DemoFeedbackItem[],
  asks: SurveyAsk[],
): void {
  const product = c.products[0] ?? null;
  const cesAt = c.customerSinceMs + rng.int(10, 20) * DAY_MS + rng.int(8, 18) * HOUR_MS;
  if (cesAt <= world.nowMs) {
    let externalRef: string | null = null;
    if (rng.chance(0.25 + 0.4 * c.responsiveness)) {
      const eta = 0.1 + 0.5 * c.loyalty + trendEffect(world, cesAt);
      externalRef = `demo:ces:onboarding:${c.externalId}`;
      items.push(
        surveyAnswer(rng, world, {
          contact: c,
          metric: 'ces',
          score: cesScore(rng, eta),
          touchpoint: 'onboarding',
          product,
          atMs: cesAt,
          externalRef,
        }),
      );
    }
    asks.push({ survey: 'onboarding-ces', timing: 'answered', atMs: cesAt, answerRef: externalRef });
  }
  const csatAt = c.customerSinceMs + rng.int(25, 45) * DAY_MS + rng.int(8, 18) * HOUR_MS;
  if (csatAt <= world.nowMs) {
    let externalRef: string | null = null;
    if (rng.chance(0.3 + 0.4 * c.responsiveness)) {
      // Onboarding improved faster than anything else over the two years.
      const eta = 0.1 + 0.5 * c.loyalty + 1.6 * trendEffect(world, csatAt);
      externalRef = `demo:csat:onboarding:${c.externalId}`;
      items.push(
        surveyAnswer(rng, world, {
          contact: c,
          metric: 'csat',
          score: csatScore(rng, eta),
          touchpoint: 'onboarding',
          product,
          atMs: csatAt,
          externalRef,
        }),
      );
    }
    asks.push({ survey: 'onboarding-csat', timing: 'answered', atMs: csatAt, answerRef: externalRef });
  }
}
