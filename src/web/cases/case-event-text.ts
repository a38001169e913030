import type { TFunction } from 'i18next';
import type { TCaseEvent } from '../../shared/contracts/cases.js';
import { slaMetricLabel } from './case-labels.js';

const STATUSES = ['new', 'open', 'waiting', 'resolved', 'closed'] as const;
const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

/** The first of `keys` that holds a non-empty string in an event's data. */
function field(data: Record<string, unknown>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = data[key];
    if (typeof value === 'string' && value !== '') return value;
    if (typeof value === 'number') return String(value);
  }
  return null;
}

const isOneOf = <T extends string>(list: readonly T[], value: string | null): value is T =>
  value !== null && (list as readonly string[]).includes(value);

/** Names for the ids an assignment carries (the case's assignees list); unknown ids stay unnamed. */
export interface NameLookup {
  person?: (id: string) => string | null;
  team?: (id: string) => string | null;
}

/**
 * What an entry of the case's log says, in a sentence without its author (the timeline names the
 * author beside it). Data the log does not carry falls back to a plain sentence, never a guess.
 */
export function caseEventText(
  t: TFunction,
  event: Pick<TCaseEvent, 'type' | 'data'>,
  names: NameLookup = {},
): string {
  const { data } = event;
  switch (event.type) {
    case 'opened':
    case 'joined':
    case 'reply':
    case 'customer-message':
    case 'note':
    case 'customer-escalated':
      return t(`cases.timeline.events.${event.type}`);
    case 'status': {
      const status = field(data, 'to', 'status');
      return isOneOf(STATUSES, status)
        ? t('cases.timeline.events.status', { status: t(`cases.status.${status}`) })
        : t('cases.timeline.events.statusPlain');
    }
    case 'priority': {
      const priority = field(data, 'to', 'priority');
      return isOneOf(PRIORITIES, priority)
        ? t('cases.timeline.events.priority', { priority: t(`cases.priority.${priority}`) })
        : t('cases.timeline.events.priorityPlain');
    }
    case 'assigned': {
      // The log keeps ids ({ assigneeId, teamId }); the names come from the people who work cases.
      const assigneeId = field(data, 'assigneeId');
      const teamId = field(data, 'teamId');
      const person = assigneeId ? (names.person?.(assigneeId) ?? null) : null;
      const team = teamId ? (names.team?.(teamId) ?? null) : null;
      if (person && team) return t('cases.timeline.events.assignedInTeam', { name: person, team });
      if (person) return t('cases.timeline.events.assigned', { name: person });
      if (assigneeId === null && team) return t('cases.timeline.events.queued', { team });
      if (assigneeId === null && data.assigneeId === null) return t('cases.timeline.events.unassigned');
      return t('cases.timeline.events.assignedPlain');
    }
    case 'warned':
    case 'breached': {
      const metric = field(data, 'metric');
      return metric
        ? t(`cases.timeline.events.${event.type}`, { metric: slaMetricLabel(t, metric) })
        : t(`cases.timeline.events.${event.type}Plain`);
    }
    case 'escalated': {
      const level = field(data, 'level', 'to');
      return level
        ? t('cases.timeline.events.escalated', { level })
        : t('cases.timeline.events.escalatedPlain');
    }
    default:
      return t('cases.timeline.events.other', { type: event.type });
  }
}
