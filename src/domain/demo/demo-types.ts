import type { ThemeKey } from './comment-themes.js';
import type { DemoLanguage, Product, Region, Segment, Touchpoint } from './demo-catalog.js';

/** Attribute values are scalars because that is what the contacts table stores. */
export type DemoContactAttributes = {
  company: string;
  country: string;
  plan: string;
  /** Annual contract revenue in EUR. */
  revenue: number;
  /** YYYY-MM-DD */
  customerSince: string;
  /** Comma-separated, e.g. "Analytics, Mobile App". */
  productsUsed: string;
  /** YYYY-MM-DD when the customer cancelled, null while active. */
  churnedAt: string | null;
};

export interface DemoContact {
  externalId: string;
  name: string;
  email: string;
  language: DemoLanguage;
  segment: Segment;
  region: Region;
  attributes: DemoContactAttributes;
}

export type DemoChannel = 'survey' | 'review' | 'ticket' | 'chat';
/** `rating` is a public review's star rating, kept apart from CSAT so the two never mix. */
export type DemoMetric = 'nps' | 'csat' | 'ces' | 'rating';

export interface DemoFeedbackItem {
  /** Links to DemoContact.externalId; null for anonymous reviews. */
  contactExternalId: string | null;
  channel: DemoChannel;
  source: string;
  metric: DemoMetric | null;
  score: number | null;
  scaleMin: number | null;
  scaleMax: number | null;
  text: string | null;
  language: DemoLanguage;
  product: Product | null;
  touchpoint: Touchpoint | null;
  occurredAt: Date;
  /** Stable per item, so a second import of the same demo cannot duplicate it. */
  externalRef: string;
  /** Ground truth of what the text is about, for testing analytics; not stored. */
  themes: ThemeKey[];
}

export interface DemoEvent {
  contactExternalId: string;
  type: 'login' | 'purchase' | 'offer_ignored' | 'feature_used' | 'subscription_cancelled';
  value: number | null;
  revenue: number | null;
  occurredAt: Date;
  properties: Record<string, string | number>;
  /** Stable per event, so the same demo cannot be stored twice. */
  eventId: string;
}

export interface DemoDataset {
  contacts: DemoContact[];
  feedbackItems: DemoFeedbackItem[];
  events: DemoEvent[];
}
