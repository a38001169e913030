import type { ContactProfile } from './contact-profiles.js';
import type { Product, Region, Segment } from './demo-catalog.js';
import { addQuarters, DAY_MS, quarterStart, YEAR_MS } from './demo-time.js';

/**
 * The story the demo data tells, as effects on the latent satisfaction scale (logits):
 * Enterprise customers are harder to please; things slowly improve; the Nordic price change
 * in the last complete quarter sinks NPS there by well over 10 points (the journey-audit
 * trigger) with partial recovery since; a faulty mobile release ~4 months ago makes app
 * crashes a rising theme.
 */
export interface DemoWorld {
  startMs: number;
  nowMs: number;
  /** Start of the last complete quarter, when the Nordic prices went up. */
  priceChangeMs: number;
  /** Start of the current quarter: the shock is wearing off. */
  priceRecoveryMs: number;
  appReleaseMs: number;
}

export const SHOCK_REGION: Region = 'Nordics';

const SEGMENT_EFFECT: Record<Segment, number> = { SMB: 0.2, 'Mid-Market': 0.05, Enterprise: -0.3 };
const REGION_EFFECT: Record<Region, number> = {
  DACH: 0.1,
  'UK & Ireland': 0,
  Nordics: 0.25,
  'North America': -0.15,
};
const PRODUCT_EFFECT: Record<Product, number> = { Analytics: 0.15, Billing: -0.1, 'Mobile App': -0.25 };
const TREND_PER_YEAR = 0.18;
/** Calibrated so the whole two years land near 45 % promoters and 25 % detractors. */
const NPS_BASE = 0.12;

export function createWorld(nowMs: number): DemoWorld {
  const priceChangeMs = addQuarters(quarterStart(nowMs), -1);
  return {
    startMs: nowMs - 730 * DAY_MS,
    nowMs,
    priceChangeMs,
    priceRecoveryMs: addQuarters(priceChangeMs, 1),
    appReleaseMs: nowMs - 110 * DAY_MS,
  };
}

export function isPriceShock(world: DemoWorld, region: Region, atMs: number): boolean {
  return region === SHOCK_REGION && atMs >= world.priceChangeMs;
}

export function priceShockEffect(world: DemoWorld, region: Region, atMs: number): number {
  if (!isPriceShock(world, region, atMs)) return 0;
  return atMs < world.priceRecoveryMs ? -1.5 : -0.7;
}

export function isAppTrouble(world: DemoWorld, atMs: number): boolean {
  return atMs >= world.appReleaseMs;
}

export function productEffect(world: DemoWorld, product: Product | null, atMs: number): number {
  if (!product) return 0;
  return PRODUCT_EFFECT[product] + (product === 'Mobile App' && isAppTrouble(world, atMs) ? -0.5 : 0);
}

/** Slow improvement across the window, centred so the middle of the two years is neutral. */
export function trendEffect(world: DemoWorld, atMs: number): number {
  return TREND_PER_YEAR * ((atMs - world.startMs) / YEAR_MS - 1);
}

/** How a contact feels about the relationship at a moment, before any one interaction. */
export function relationshipEta(world: DemoWorld, c: ContactProfile, atMs: number): number {
  return (
    NPS_BASE +
    SEGMENT_EFFECT[c.segment] +
    REGION_EFFECT[c.region] +
    c.loyalty +
    trendEffect(world, atMs) +
    priceShockEffect(world, c.region, atMs)
  );
}
