/**
 * The fictional company behind the demo: a B2B SaaS vendor selling analytics, billing and a
 * mobile app to German- and English-speaking businesses. Values here are what analytics later
 * group by, so they are spelled exactly as they are stored.
 */
export const SEGMENTS = ['SMB', 'Mid-Market', 'Enterprise'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const REGIONS = ['DACH', 'UK & Ireland', 'Nordics', 'North America'] as const;
export type Region = (typeof REGIONS)[number];

export const PRODUCTS = ['Analytics', 'Billing', 'Mobile App'] as const;
export type Product = (typeof PRODUCTS)[number];

export const TOUCHPOINTS = ['relationship', 'support', 'onboarding', 'checkout', 'billing'] as const;
export type Touchpoint = (typeof TOUCHPOINTS)[number];

export type DemoLanguage = 'de' | 'en';

export const SURVEY_SOURCE = 'Resonance survey';

export const SEGMENT_WEIGHTS: readonly (readonly [Segment, number])[] = [
  ['SMB', 0.55],
  ['Mid-Market', 0.3],
  ['Enterprise', 0.15],
];

export const REGION_WEIGHTS: readonly (readonly [Region, number])[] = [
  ['DACH', 0.53],
  ['UK & Ireland', 0.17],
  ['Nordics', 0.16],
  ['North America', 0.14],
];

/** Share of German speakers per region; overall this lands near 55 % German. */
export const GERMAN_SHARE: Record<Region, number> = {
  DACH: 0.97,
  'UK & Ireland': 0.02,
  Nordics: 0.18,
  'North America': 0.03,
};

export const COUNTRIES: Record<Region, readonly (readonly [string, number])[]> = {
  DACH: [
    ['DE', 0.7],
    ['AT', 0.15],
    ['CH', 0.15],
  ],
  'UK & Ireland': [
    ['GB', 0.8],
    ['IE', 0.2],
  ],
  Nordics: [
    ['SE', 0.35],
    ['NO', 0.2],
    ['DK', 0.3],
    ['FI', 0.15],
  ],
  'North America': [
    ['US', 0.8],
    ['CA', 0.2],
  ],
};

/** Annual contract revenue in EUR, drawn log-uniformly within the segment's range. */
export const REVENUE_RANGE: Record<Segment, readonly [number, number]> = {
  SMB: [2_400, 24_000],
  'Mid-Market': [24_000, 120_000],
  Enterprise: [120_000, 950_000],
};

export const PLANS_BY_SEGMENT: Record<Segment, readonly (readonly [string, number])[]> = {
  SMB: [
    ['Starter', 0.45],
    ['Professional', 0.55],
  ],
  'Mid-Market': [
    ['Professional', 0.35],
    ['Business', 0.65],
  ],
  Enterprise: [
    ['Business', 0.2],
    ['Enterprise', 0.8],
  ],
};

/** Probability that a customer of the segment uses each product (Analytics is the core). */
export const PRODUCT_ADOPTION: Record<Segment, Record<Product, number>> = {
  SMB: { Analytics: 0.85, Billing: 0.4, 'Mobile App': 0.35 },
  'Mid-Market': { Analytics: 0.9, Billing: 0.55, 'Mobile App': 0.45 },
  Enterprise: { Analytics: 0.95, Billing: 0.7, 'Mobile App': 0.6 },
};

/** Support interactions per customer and year: bigger accounts have more users asking. */
export const SUPPORT_RATE: Record<Segment, number> = { SMB: 0.9, 'Mid-Market': 1.8, Enterprise: 3.2 };

export const REVIEW_SOURCES = ['Google Reviews', 'Trustpilot'] as const;
export const TICKET_SOURCE = 'Zendesk';
export const CHAT_SOURCE = 'Website chat';
