import type {
  TCaseRule,
  TCaseRuleMetric,
  TSlaPolicy,
  TSlaTargetRow,
} from '../../../shared/contracts/follow-up.js';

// The contract's value lists, restated here so the tab loads no zod (types keep them in step).

export const RULE_CHANNELS = [
  'survey',
  'review',
  'social',
  'chat',
  'email',
  'ticket',
  'call',
  'message',
  'other',
] as const satisfies readonly TCaseRule['channels'][number][];

export const RULE_METRICS = ['nps', 'csat', 'ces', 'rating'] as const satisfies readonly TCaseRuleMetric[];

export const SLA_CHANNELS = ['*', ...RULE_CHANNELS] as const satisfies readonly TSlaTargetRow['channel'][];

export const SLA_PRIORITIES = [
  '*',
  'low',
  'normal',
  'high',
  'urgent',
] as const satisfies readonly TSlaTargetRow['priority'][];

export const SLA_METRIC_LIST = ['firstResponse', 'nextResponse', 'resolution'] as const;

export const PAUSABLE = [
  'new',
  'open',
  'waiting',
] as const satisfies readonly TSlaPolicy['pausedStatuses'][number][];
