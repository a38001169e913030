import type { ThemeKey } from './comment-themes.js';
import type { DemoLanguage, Product, Region, Segment, Touchpoint } from './demo-catalog.js';
import type { DemoSurvey } from './demo-surveys.js';
import type { DemoSurveyKey } from './survey-asks.js';

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
  /** Asked to get no e-mail at all (a consent flag on the contact, honoured by every send). */
  isEmailOptOut: boolean;
  attributes: DemoContactAttributes;
}

/** `other`: the re-survey answers after a case was resolved (demo-cases.ts). */
export type DemoChannel = 'survey' | 'review' | 'ticket' | 'chat' | 'other';
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
  type: 'login' | 'purchase' | 'offer_ignored' | 'feature_used' | 'subscription_cancelled' | 'ticket_solved';
  value: number | null;
  revenue: number | null;
  occurredAt: Date;
  properties: Record<string, string | number>;
  /** Stable per event, so the same demo cannot be stored twice. */
  eventId: string;
}

/** A saved contact filter, in the shape of the segments contract. */
export interface DemoSegment {
  key: 'active-customers';
  name: string;
  filter: { isChurned: false };
}

export type DemoSendAudience =
  | { kind: 'segment'; segmentKey: DemoSegment['key'] }
  | { kind: 'event'; event: string }
  | { kind: 'contacts'; externalIds: string[] };

export interface DemoSend {
  key: string;
  surveyKey: DemoSurveyKey;
  kind: 'recurring' | 'event' | 'api';
  audience: DemoSendAudience;
  everyDays: number | null;
  delaySeconds: number;
  /** Paused: the workers must never mail the fictional customers or spend the organization's quota; resuming one shows the live flow. */
  status: 'paused';
  createdAt: Date;
}

export type DemoInvitationChannel = 'email' | 'link' | 'widget';
export type DemoSkipReason = 'email_opt_out' | 'email_suppressed' | 'quiet_period' | 'recontact_period';

/**
 * One person asked once, with the funnel the sending pipeline would have recorded. Open
 * tracking is off by default, so no `openedAt`; demo invitations have no token (their links
 * cannot be answered).
 */
export interface DemoInvitation {
  /** Stable within one dataset; the store derives the row id from it. */
  key: string;
  surveyKey: DemoSurveyKey;
  /** E-mail invitations belong to a send; links and the widget do not. */
  sendKey: string | null;
  contactExternalId: string;
  channel: DemoInvitationChannel;
  language: DemoLanguage;
  status: 'sent' | 'skipped' | 'bounced';
  skipReason: DemoSkipReason | null;
  /** For throttled invitations: when the contact could have been asked. */
  skipUntil: Date | null;
  scheduledFor: Date;
  sentAt: Date | null;
  deliveredAt: Date | null;
  bouncedAt: Date | null;
  clickedAt: Date | null;
  answeredAt: Date | null;
  remindedAt: Date | null;
  nudgedAt: Date | null;
  unsubscribedAt: Date | null;
  expiresAt: Date | null;
}

/** The survey side of an answer; its score and comment are the feedback item `itemRef` names. */
export interface DemoSurveyResponse {
  /** The `externalRef` of the answer's item in `feedbackItems`. */
  itemRef: string;
  surveyKey: DemoSurveyKey;
  invitationKey: string;
  contactExternalId: string;
  answeredAt: Date;
  channel: DemoInvitationChannel;
  language: DemoLanguage;
  /** Question id → answer: the score, and the comment when there is one. */
  answers: Record<string, number | string>;
  hiddenFields: Record<string, string>;
}

/** An address never to mail again; the store keeps only its hash. */
export interface DemoSuppression {
  email: string;
  reason: 'bounced' | 'unsubscribed';
  at: Date;
}

export interface DemoDataset {
  contacts: DemoContact[];
  feedbackItems: DemoFeedbackItem[];
  events: DemoEvent[];
  /** When the surveys, the segment and the sends were set up: before the first invitation. */
  programmeStartedAt: Date;
  surveys: DemoSurvey[];
  segments: DemoSegment[];
  sends: DemoSend[];
  invitations: DemoInvitation[];
  responses: DemoSurveyResponse[];
  suppressions: DemoSuppression[];
}
