import { z } from 'zod';
import { ZId, ZIsoDate } from './common.js';

/**
 * Loyalty economics (C12): what each NPS category at survey time went on to do. The published
 * claims sit beside the organization's own numbers, and everything is an association — people
 * who promote also tend to stay, which does not prove that promoting makes them stay.
 */

export const LOYALTY_HORIZON_DAYS = 365;
/** Behaviour events that count as buying again. */
export const REPURCHASE_EVENT_TYPES = ['purchase', 'renewal'] as const;

export const ZLoyaltyQuery = z.strictObject({
  metric: z
    .literal('nps')
    .default('nps')
    .meta({ description: 'Only NPS has categories; the parameter is there so other metrics can follow' }),
  from: ZIsoDate.optional().meta({
    description: 'Start of the answer window (inclusive). Default: 365 days before `to`',
  }),
  to: ZIsoDate.optional().meta({
    description:
      'End of the answer window (exclusive). Default: 365 days ago, so every answer in the default window has a full year of follow-up',
  }),
  surveyId: ZId.optional().meta({ description: 'Only answers to this survey' }),
});
export type TLoyaltyQuery = z.infer<typeof ZLoyaltyQuery>;

export const LOYALTY_CATEGORY_KEYS = ['promoter', 'passive', 'detractor', 'non-respondent'] as const;

const count = z.number().int().min(0);

const ZShare = z
  .object({
    eligible: count.meta({
      description:
        'Customers whose survey time is at least 365 days ago: only they have a full year to observe',
    }),
    successes: count,
    percent: z.number(),
    low: z.number().meta({ description: 'Wilson 95 % interval, percent' }),
    high: z.number(),
  })
  .meta({ id: 'LoyaltyShare' });

const ZBootstrap = z
  .object({
    estimate: z.number(),
    low: z.number().nullable().meta({ description: 'Percentile bootstrap 95 % bound; null when undefined' }),
    high: z
      .number()
      .nullable()
      .meta({ description: 'null when unbounded (a resample had a detractor mean of 0)' }),
    resamples: count,
  })
  .meta({ id: 'LoyaltyBootstrap' });

export const ZLoyaltyCategory = z
  .object({
    category: z.enum(LOYALTY_CATEGORY_KEYS),
    customers: count,
    isThin: z.boolean().meta({ description: 'Fewer than 30 customers: shown, but do not lean on it' }),
    retention: ZShare.nullable().meta({
      description: 'Not churned within 365 days after survey time; null when no customer is eligible yet',
    }),
    repurchase: ZShare.nullable().meta({
      description:
        'A purchase or renewal event within 365 days after survey time; null when no customer is eligible yet',
    }),
    revenue: z
      .number()
      .meta({ description: "Sum of the customers' yearly revenue (contacts.revenue; missing counts as 0)" }),
    revenueShare: z
      .number()
      .nullable()
      .meta({ description: "This category's share of all revenue, percent; null when total revenue is 0" }),
    clv: ZBootstrap.nullable().meta({
      description:
        'Mean observed customer value (see definitions.clv) with a seeded bootstrap interval; null without customers',
    }),
  })
  .meta({ id: 'LoyaltyCategory' });
export type TLoyaltyCategory = z.infer<typeof ZLoyaltyCategory>;

const ZLocalized = z.object({ en: z.string(), de: z.string() });

export const ZLoyaltySource = z
  .object({
    key: z.string(),
    citation: z.string(),
    year: z.number().int().nullable(),
    url: z.url().nullable(),
  })
  .meta({ id: 'LoyaltySource' });

export const ZLoyaltyClaim = z
  .object({
    key: z.enum(['repurchase', 'clv-multiple', 'clv-range']),
    statement: ZLocalized,
    /** The numbers claimed, to set beside ours. */
    promoters: z.number().nullable(),
    passives: z.number().nullable(),
    ratioLow: z.number().nullable(),
    ratioHigh: z.number().nullable(),
    sourceKey: z.string(),
  })
  .meta({ id: 'LoyaltyClaim' });

export const ZLoyaltyEconomics = z
  .object({
    metric: z.literal('nps'),
    interpretation: z.literal('association'),
    window: z.object({ from: ZIsoDate, to: ZIsoDate }),
    asOf: ZIsoDate.meta({ description: 'The moment the numbers were computed (follow-up ends here)' }),
    contacts: count,
    respondents: count.meta({
      description: 'Contacts with an NPS answer in the window (their latest answer decides the category)',
    }),
    eligible: count.meta({
      description: 'Customers counted toward retention and repurchase (survey time at least 365 days ago)',
    }),
    nonRespondentReference: ZIsoDate.meta({
      description:
        "Survey time used for non-respondents: the median time of the respondents' answers (the window's middle without respondents)",
    }),
    categories: z.array(ZLoyaltyCategory),
    promoterDetractorClvRatio: ZBootstrap.nullable().meta({
      description: 'Mean promoter CLV ÷ mean detractor CLV with a two-group bootstrap interval',
    }),
    definitions: z.object({
      horizonDays: z.literal(LOYALTY_HORIZON_DAYS),
      repurchaseEventTypes: z.array(z.string()),
      clv: ZLocalized,
      retention: ZLocalized,
      bootstrap: z.object({ resamples: count, seed: z.number().int(), confidence: z.number() }),
    }),
    claims: z.array(ZLoyaltyClaim),
    sources: z.array(ZLoyaltySource),
  })
  .meta({ id: 'LoyaltyEconomics' });
export type TLoyaltyEconomics = z.infer<typeof ZLoyaltyEconomics>;
