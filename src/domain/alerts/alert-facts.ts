import { npsCategory } from '../survey/answers.js';
import type { AlertEventType, ScoreBand } from '../../shared/contracts/alerts.js';

/**
 * What an alert says about one event, captured when the event is matched and kept until the
 * message goes out (in one message, or in a burst's summary). Everything a message shows comes
 * from here, so an organization's ids-only setting is applied once, at capture, and personal data
 * never reaches the queue.
 */
export interface AlertCustomer {
  contactId: string | null;
  name: string | null;
  email: string | null;
  segment: string | null;
}

export interface ItemAlertFacts {
  subject: 'item';
  eventType: AlertEventType;
  occurredAt: string;
  /** Where the item opens in the dashboard. */
  url: string;
  metric: string | null;
  score: number | null;
  scaleMin: number | null;
  scaleMax: number | null;
  band: ScoreBand | null;
  channel: string;
  comment: string | null;
  customer: AlertCustomer | null;
}

export interface CaseAlertFacts {
  subject: 'case';
  eventType: AlertEventType;
  occurredAt: string;
  url: string;
  number: number;
  caseSubject: string | null;
  priority: string;
  status: string;
  channel: string;
  /** The SLA deadline that runs (or ran out), ISO. */
  slaDueAt: string | null;
  escalationLevel: number | null;
  customer: AlertCustomer | null;
}

export type AlertFacts = ItemAlertFacts | CaseAlertFacts;

/** Characters of a comment an alert keeps; the message links to the whole answer. */
export const ALERT_COMMENT_CHARS = 2_000;

/**
 * A score's band, detractor / passive / promoter, on its metric's scale: NPS as defined (0–6,
 * 7–8, 9–10); CSAT 1–2, 3, 4–5; CES 1–3, 4–5, 6–7 (low is hard work); any other scale by
 * position: the lowest 40 % (what case rules call a complaint), the top 20 %, the rest between.
 */
export function scoreBand(
  metric: string | null,
  score: number | null,
  scaleMin: number | null,
  scaleMax: number | null,
): ScoreBand | null {
  if (score === null || !Number.isFinite(score)) return null;
  if (metric === 'nps' && Number.isInteger(score) && score >= 0 && score <= 10) return npsCategory(score);
  if (metric === 'csat') return score <= 2 ? 'detractor' : score >= 4 ? 'promoter' : 'passive';
  if (metric === 'ces') return score <= 3 ? 'detractor' : score >= 6 ? 'promoter' : 'passive';
  const min = scaleMin ?? 0;
  const max = scaleMax ?? 10;
  if (max <= min) return null;
  const position = (score - min) / (max - min);
  if (position <= 0.4) return 'detractor';
  return position >= 0.8 ? 'promoter' : 'passive';
}

/** The start of a comment, never cut inside a surrogate pair. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

/**
 * The facts without personal data: no name, e-mail address, comment or case subject (a subject
 * is often the customer's own words). Ids, scores, the segment and the link stay.
 */
export function withoutPersonalData(facts: AlertFacts): AlertFacts {
  const customer = facts.customer ? { ...facts.customer, name: null, email: null } : null;
  return facts.subject === 'item'
    ? { ...facts, comment: null, customer }
    : { ...facts, caseSubject: null, customer };
}
