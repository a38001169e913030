import {
  ITEM_ALERT_EVENTS,
  type AlertEventType,
  type ScoreBand,
  type TAlertConditions,
} from '../../shared/contracts/alerts.js';

/** What a rule's conditions read of an event. */
export interface AlertSubject {
  eventType: AlertEventType;
  band: ScoreBand | null;
  hasComment: boolean;
  segment: string | null;
  channel: string | null;
  surveyId: string | null;
}

export interface MatchableRule {
  eventTypes: readonly string[];
  conditions: TAlertConditions;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const allows = (list: readonly string[], value: string | null) =>
  list.length === 0 || (value !== null && list.some((entry) => same(entry, value)));

/** Conditions that read an answer or a piece of feedback, which a case event does not have. */
export function itemOnlyConditions(c: TAlertConditions): Array<'bands' | 'hasComment' | 'surveyIds'> {
  const used: Array<'bands' | 'hasComment' | 'surveyIds'> = [];
  if (c.bands.length > 0) used.push('bands');
  if (c.hasComment !== null) used.push('hasComment');
  if (c.surveyIds.length > 0) used.push('surveyIds');
  return used;
}

export const isItemEvent = (type: string): boolean => (ITEM_ALERT_EVENTS as readonly string[]).includes(type);

/**
 * Whether a rule alerts on an event: its type is one the rule names and every condition holds.
 * Segments and channels compare without regard to case or surrounding spaces ("enterprise"
 * matches "Enterprise"); an empty list allows anything, while a subject without the value (no
 * contact, so no segment) fails a non-empty list.
 */
export function ruleMatches(rule: MatchableRule, s: AlertSubject): boolean {
  if (!rule.eventTypes.includes(s.eventType)) return false;
  const c = rule.conditions;
  if (!allows(c.segments, s.segment)) return false;
  if (!allows(c.channels, s.channel)) return false;
  if (!isItemEvent(s.eventType)) return itemOnlyConditions(c).length === 0;
  if (c.bands.length > 0 && (s.band === null || !c.bands.includes(s.band))) return false;
  if (c.hasComment !== null && c.hasComment !== s.hasComment) return false;
  if (c.surveyIds.length > 0 && (s.surveyId === null || !c.surveyIds.includes(s.surveyId))) return false;
  return true;
}
