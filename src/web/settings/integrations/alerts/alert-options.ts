import type {
  AlertEventType,
  AlertTargetKind,
  ScoreBand,
  TAlertConditions,
} from '../../../../shared/contracts/alerts.js';
import { RULE_CHANNELS } from '../../follow-up/follow-up-options.js';
import { EVENT_TYPES } from '../webhook-event-types.js';

// The alert contract's value lists, restated as literals so the tab's download carries no zod;
// the checks below fail the type check when the contract gains a value a list here lacks.

/**
 * The catalog's events a rule may name, in the webhook form's order: every webhook event but
 * contact.erased, which tells systems, not people.
 */
export const ALERT_EVENTS = EVENT_TYPES.filter(
  (type): type is Exclude<(typeof EVENT_TYPES)[number], 'contact.erased'> => type !== 'contact.erased',
) satisfies readonly AlertEventType[];

/** The events that carry a score, a comment and a survey (the contract's ITEM_ALERT_EVENTS). */
export const ITEM_EVENTS = [
  'response.created',
  'feedback.created',
] as const satisfies readonly AlertEventType[];

export const SCORE_BANDS = ['detractor', 'passive', 'promoter'] as const satisfies readonly ScoreBand[];

export const TARGET_KINDS = [
  'slack',
  'teams',
  'email',
  'webhook',
] as const satisfies readonly AlertTargetKind[];

/**
 * Channels offered for the channel condition: the ones feedback and cases come through. The
 * contract takes any text, so a rule made through the API may name others; the form keeps them.
 */
export const ALERT_CHANNELS = RULE_CHANNELS;

/** Conditions only answers and feedback have (the domain's `itemOnlyConditions`). */
export const ITEM_ONLY_CONDITIONS = [
  'bands',
  'hasComment',
  'surveyIds',
] as const satisfies readonly (keyof TAlertConditions)[];

type MissingEvent = Exclude<AlertEventType, (typeof ALERT_EVENTS)[number]>;
type MissingBand = Exclude<ScoreBand, (typeof SCORE_BANDS)[number]>;
type MissingKind = Exclude<AlertTargetKind, (typeof TARGET_KINDS)[number]>;
const everyValueListed: [MissingEvent | MissingBand | MissingKind] extends [never]
  ? true
  : MissingEvent | MissingBand | MissingKind = true;
void everyValueListed;

export const isItemEvent = (type: string): boolean => (ITEM_EVENTS as readonly string[]).includes(type);
