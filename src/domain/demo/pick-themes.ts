import type { NegativeTheme, PositiveTheme } from './comment-themes.js';
import type { Product, Segment, Touchpoint } from './demo-catalog.js';
import type { Random } from './random.js';

/** What a comment is about depends on where it was asked and what the customer uses. */
export interface ThemeContext {
  touchpoint: Touchpoint | null;
  product: Product | null;
  segment: Segment | null;
  /** The contact's region just had the price change. */
  priceShock: boolean;
  /** The faulty mobile release is live. */
  appTrouble: boolean;
  /** What the support case was about, when the comment follows one. */
  issueTheme?: NegativeTheme | null;
}

export function pickNegativeTheme(rng: Random, c: ThemeContext): NegativeTheme {
  const byTouchpoint: Partial<Record<Touchpoint, NegativeTheme>> = {
    support: 'support_slow',
    checkout: 'checkout_complicated',
    billing: 'invoice_unclear',
    onboarding: 'onboarding_confusing',
  };
  const focus = c.touchpoint ? byTouchpoint[c.touchpoint] : undefined;
  const weights: Record<NegativeTheme, number> = {
    support_slow: 1.2,
    invoice_unclear: c.product === 'Billing' ? 2.2 : 1.0,
    checkout_complicated: 0.7,
    performance_slow: c.product === 'Analytics' ? 1.0 : 0.5,
    export_missing: c.product === 'Analytics' ? 2.2 : 0.3,
    app_crashes: c.product === 'Mobile App' ? (c.appTrouble ? 6 : 2.5) : 0.15,
    price_increase: c.priceShock ? 9 : 0.25,
    onboarding_confusing: 0.25,
    permissions_missing: c.segment === 'Enterprise' ? 2.0 : 0.1,
  };
  // A touchpoint survey is mostly about that touchpoint, or about the case it followed; a
  // price shock still leaks into it.
  if (c.issueTheme) weights[c.issueTheme] += 5;
  if (focus) weights[focus] += c.issueTheme ? 4 : 7;
  return rng.weighted(Object.entries(weights) as [NegativeTheme, number][]);
}

export function pickPositiveTheme(rng: Random, c: ThemeContext): PositiveTheme {
  const byTouchpoint: Partial<Record<Touchpoint, PositiveTheme>> = {
    support: 'support_helpful',
    checkout: 'checkout_easy',
    billing: 'billing_clear',
    onboarding: 'onboarding_smooth',
  };
  const focus = c.touchpoint ? byTouchpoint[c.touchpoint] : undefined;
  const weights: Record<PositiveTheme, number> = {
    support_helpful: 1.3,
    ease_of_use: 1.5,
    reports_useful: c.product === 'Analytics' ? 2.0 : 0.3,
    reliability: 0.8,
    good_value: c.priceShock ? 0.05 : 0.6,
    mobile_handy: c.product === 'Mobile App' ? 1.5 : 0,
    billing_clear: c.product === 'Billing' ? 0.6 : 0.05,
    checkout_easy: 0.15,
    onboarding_smooth: 0.2,
  };
  if (focus) weights[focus] += 6;
  return rng.weighted(Object.entries(weights) as [PositiveTheme, number][]);
}
