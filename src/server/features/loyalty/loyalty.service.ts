import type { BootstrapInterval } from '../../../domain/metrics/bootstrap.js';
import {
  type CustomerOutcome,
  type LoyaltyCategory,
  loyaltyEconomics,
} from '../../../domain/metrics/loyalty-economics.js';
import { asPercent, wilsonInterval } from '../../../domain/metrics/wilson.js';
import { npsCategory } from '../../../domain/survey/answers.js';
import {
  LOYALTY_HORIZON_DAYS,
  REPURCHASE_EVENT_TYPES,
  type TLoyaltyEconomics,
  type TLoyaltyQuery,
} from '../../../shared/contracts/loyalty.js';
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../common/app-error.js';
import { LOYALTY_CLAIMS, LOYALTY_DEFINITIONS, LOYALTY_SOURCES } from './loyalty-claims.js';
import { type LoyaltyRow, loyaltyRows, surveyExists } from './loyalty.repo.js';

export interface LoyaltyDeps {
  db: Db;
  now: () => Date;
}

const DAY_MS = 86_400_000;
const HORIZON_MS = LOYALTY_HORIZON_DAYS * DAY_MS;
/** CLV counts calendar years, leap days included. */
const YEAR_MS = 365.25 * DAY_MS;
/** Fixed: the same data always gives the same intervals, so a reload never moves them. */
const SEED = 2003;
const RESAMPLES = 2000;
const CONFIDENCE = 0.95;

interface Outcome extends CustomerOutcome {
  readonly isEligible: boolean;
}

/**
 * One contact's outcome. Retention and repurchase need a full horizon after survey time, so only
 * answers at least that old are eligible; a non-respondent also must have been a customer at its
 * reference time (not yet joined or already gone says nothing about loyalty).
 */
export function outcomeOf(row: LoyaltyRow, nowMs: number): Outcome {
  const category: LoyaltyCategory = row.score === null ? 'non-respondent' : npsCategory(row.score);
  const wasCustomer =
    (row.customerSinceMs === null || row.customerSinceMs <= row.surveyAtMs) &&
    (row.churnedAtMs === null || row.churnedAtMs > row.surveyAtMs);
  const isEligible = row.surveyAtMs <= nowMs - HORIZON_MS && (row.score !== null || wasCustomer);
  const revenue = row.revenue ?? 0;
  const stayedFrom = Math.max(row.surveyAtMs, row.customerSinceMs ?? row.surveyAtMs);
  const stayedUntil = Math.min(row.churnedAtMs ?? nowMs, nowMs);
  return {
    category,
    isEligible,
    retained12m: row.churnedAtMs === null || row.churnedAtMs > row.surveyAtMs + HORIZON_MS,
    repurchased: row.repurchased,
    revenue,
    clv: (revenue * Math.max(0, stayedUntil - stayedFrom)) / YEAR_MS,
  };
}

/** JSON has no Infinity or NaN: an unbounded or undefined bound travels as null. */
function bootstrapDto(interval: BootstrapInterval) {
  const bound = (x: number) => (Number.isFinite(x) ? x : null);
  return {
    estimate: interval.estimate,
    low: bound(interval.low),
    high: bound(interval.high),
    resamples: interval.resamples,
  };
}

function share(outcomes: readonly Outcome[], hit: (o: Outcome) => boolean) {
  const eligible = outcomes.filter((o) => o.isEligible);
  if (eligible.length === 0) return null;
  const successes = eligible.filter(hit).length;
  const { percent, low, high } = asPercent(wilsonInterval(successes, eligible.length, CONFIDENCE));
  return { eligible: eligible.length, successes, percent, low, high };
}

function resolveWindow(query: TLoyaltyQuery, now: Date): { from: Date; to: Date } {
  const to = query.to ? new Date(query.to) : new Date(now.getTime() - HORIZON_MS);
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - HORIZON_MS);
  if (from.getTime() >= to.getTime())
    throw new AppError('BAD_REQUEST', '`from` must be before `to`', [
      { field: 'from', message: 'must be before to' },
    ]);
  return { from, to };
}

/**
 * Loyalty economics per NPS category at survey time (each contact's latest answer in the window;
 * contacts without one are non-respondents): customers, 12-month retention and repurchase with
 * Wilson intervals over the eligible customers, revenue and its share, observed customer value
 * with a seeded bootstrap interval and the promoter/detractor ratio. Associations, not causes.
 */
export async function getLoyaltyEconomics(
  deps: LoyaltyDeps,
  organizationId: string,
  query: TLoyaltyQuery,
): Promise<TLoyaltyEconomics> {
  const now = deps.now();
  const window = resolveWindow(query, now);
  if (query.surveyId && !(await surveyExists(deps.db, organizationId, query.surveyId)))
    throw notFound('Survey');
  const { rows, referenceMs } = await loyaltyRows(deps.db, organizationId, {
    ...window,
    surveyId: query.surveyId,
  });
  const outcomes = rows.map((row) => outcomeOf(row, now.getTime()));
  const economics = loyaltyEconomics(outcomes, { seed: SEED, resamples: RESAMPLES, confidence: CONFIDENCE });
  const respondents = outcomes.filter((o) => o.category !== 'non-respondent');
  return {
    metric: 'nps',
    interpretation: economics.interpretation,
    window: { from: window.from.toISOString(), to: window.to.toISOString() },
    asOf: now.toISOString(),
    contacts: outcomes.length,
    respondents: respondents.length,
    eligible: outcomes.filter((o) => o.isEligible).length,
    nonRespondentReference: new Date(referenceMs).toISOString(),
    categories: economics.categories.map((c) => {
      const group = outcomes.filter((o) => o.category === c.category);
      return {
        category: c.category,
        customers: c.customers,
        isThin: c.isThin,
        retention: share(group, (o) => o.retained12m),
        repurchase: share(group, (o) => o.repurchased),
        revenue: c.revenue,
        revenueShare: c.revenueShare,
        clv: c.clv ? bootstrapDto(c.clv) : null,
      };
    }),
    promoterDetractorClvRatio: economics.promoterDetractorClvRatio
      ? bootstrapDto(economics.promoterDetractorClvRatio)
      : null,
    definitions: {
      horizonDays: LOYALTY_HORIZON_DAYS,
      repurchaseEventTypes: [...REPURCHASE_EVENT_TYPES],
      ...LOYALTY_DEFINITIONS,
      bootstrap: { resamples: RESAMPLES, seed: SEED, confidence: CONFIDENCE },
    },
    claims: LOYALTY_CLAIMS,
    sources: LOYALTY_SOURCES,
  };
}
