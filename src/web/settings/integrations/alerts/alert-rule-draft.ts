import type {
  AlertEventType,
  AlertTargetKind,
  ScoreBand,
  TAlertRule,
} from '../../../../shared/contracts/alerts.js';
import type { Language } from '../../../../shared/contracts/common.js';
import type { TCreateAlertRuleBody, TUpdateAlertRuleBody } from '../../../api/contract-types.js';
import { ALERT_EVENTS, SCORE_BANDS } from './alert-options.js';

/** What the form edits: every field flat, whatever the target kind, so switching kinds loses nothing typed. */
export interface AlertRuleDraft {
  name: string;
  eventTypes: AlertEventType[];
  bands: ScoreBand[];
  /** true: only with a comment; false: only without; null: either. */
  hasComment: boolean | null;
  segments: string[];
  channels: string[];
  surveyIds: string[];
  language: Language;
  targetKind: AlertTargetKind;
  /**
   * A Slack or Teams URL. Empty while editing a rule means "keep the stored one": the server
   * hands out only its hint, since the URL is a credential.
   */
  url: string;
  emails: string[];
  endpointId: string | null;
  isEnabled: boolean;
}

export function emptyDraft(language: Language): AlertRuleDraft {
  return {
    name: '',
    eventTypes: [],
    bands: [],
    hasComment: null,
    segments: [],
    channels: [],
    surveyIds: [],
    language,
    targetKind: 'slack',
    url: '',
    emails: [],
    endpointId: null,
    isEnabled: true,
  };
}

export function draftOf(rule: TAlertRule): AlertRuleDraft {
  const t = rule.target;
  return {
    name: rule.name,
    eventTypes: [...rule.eventTypes],
    bands: [...rule.conditions.bands],
    hasComment: rule.conditions.hasComment,
    segments: [...rule.conditions.segments],
    channels: [...rule.conditions.channels],
    surveyIds: [...rule.conditions.surveyIds],
    language: rule.language,
    targetKind: t.kind,
    url: '',
    emails: t.kind === 'email' ? [...t.emails] : [],
    endpointId: t.kind === 'webhook' ? t.endpointId : null,
    isEnabled: rule.isEnabled,
  };
}

/** Entries as the person typed them, without blanks and without surrounding spaces. */
const tidy = (list: readonly string[]) => list.map((s) => s.trim()).filter((s) => s !== '');

function conditionsOf(d: AlertRuleDraft) {
  return {
    // In the catalog's order, whatever order they were ticked in.
    bands: SCORE_BANDS.filter((b) => d.bands.includes(b)),
    hasComment: d.hasComment,
    segments: tidy(d.segments),
    channels: tidy(d.channels),
    surveyIds: [...d.surveyIds],
  };
}

type TargetBody = TCreateAlertRuleBody['target'];

/** The target as typed. An unchosen endpoint is sent as '' so the server names the field. */
export function targetOf(d: AlertRuleDraft): TargetBody {
  switch (d.targetKind) {
    case 'slack':
    case 'teams':
      return { kind: d.targetKind, url: d.url.trim() };
    case 'email':
      return { kind: 'email', emails: tidy(d.emails) };
    case 'webhook':
      return { kind: 'webhook', endpointId: d.endpointId ?? '' };
  }
}

export function createBody(d: AlertRuleDraft): TCreateAlertRuleBody {
  return {
    name: d.name.trim(),
    eventTypes: ALERT_EVENTS.filter((e) => d.eventTypes.includes(e)),
    conditions: conditionsOf(d),
    language: d.language,
    target: targetOf(d),
    isEnabled: d.isEnabled,
  };
}

/** Whether the draft's target is the rule's as stored (an empty Slack or Teams URL keeps the stored one). */
function sameTarget(rule: TAlertRule, d: AlertRuleDraft): boolean {
  const stored = rule.target;
  if (stored.kind !== d.targetKind) return false;
  switch (stored.kind) {
    case 'slack':
    case 'teams':
      return d.url.trim() === '';
    case 'email': {
      const typed = tidy(d.emails);
      return typed.length === stored.emails.length && typed.every((e, i) => e === stored.emails[i]);
    }
    case 'webhook':
      return d.endpointId === stored.endpointId;
  }
}

/**
 * The change to a rule: every field the form shows, and the target only when it changed — a new
 * target clears the rule's failing streak, and a Slack or Teams URL left empty keeps the stored
 * one. After a change of kind an empty URL is sent, for the server to name the field.
 */
export function patchBody(rule: TAlertRule, d: AlertRuleDraft): TUpdateAlertRuleBody {
  const { target: _unchanged, ...rest } = createBody(d);
  return sameTarget(rule, d) ? rest : { ...rest, target: targetOf(d) };
}
