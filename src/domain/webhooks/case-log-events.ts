import type { CASE_CHANGES } from '../../shared/contracts/webhook-events.js';

/**
 * Which webhook event an entry of a case's log is. The log is the one record of everything a case
 * went through (cases feature); receivers get the moments that matter to another system: opened,
 * changed, resolved, late, escalated. Internal notes, warnings and planned re-surveys stay inside.
 */

export type CaseChange = (typeof CASE_CHANGES)[number];

export interface CaseLogEntry {
  type: string;
  at: Date;
  data: Record<string, unknown>;
}

export type CaseWebhook =
  | { type: 'case.created' }
  | { type: 'case.resolved' }
  | { type: 'case.updated'; changes: CaseChange[] }
  | { type: 'case.breached'; clock: 'firstResponse' | 'nextResponse' | 'resolution' | null }
  | { type: 'case.escalated'; level: number; by: 'sla' | 'customer' };

const CLOCKS = new Set(['firstResponse', 'nextResponse', 'resolution']);

/**
 * The event an entry makes, or null. `openedAt` is when the case was opened if that happened in the
 * same batch: what was written with the opening (its assignment, the first message) is part of
 * case.created, not an update a moment later.
 */
export function caseWebhookFor(entry: CaseLogEntry, openedAt: Date | null): CaseWebhook | null {
  if (entry.type === 'opened') return { type: 'case.created' };
  const partOfOpening = openedAt !== null && entry.at.getTime() === openedAt.getTime();
  switch (entry.type) {
    case 'status':
      if (entry.data.status === 'resolved') return { type: 'case.resolved' };
      return partOfOpening ? null : { type: 'case.updated', changes: ['status'] };
    case 'priority':
      return partOfOpening ? null : { type: 'case.updated', changes: ['priority'] };
    case 'assigned': {
      if (partOfOpening) return null;
      const changes: CaseChange[] = [];
      if ('assigneeId' in entry.data) changes.push('assignee');
      if ('teamId' in entry.data) changes.push('team');
      return { type: 'case.updated', changes: changes.length > 0 ? changes : ['assignee'] };
    }
    case 'joined':
      return { type: 'case.updated', changes: ['items'] };
    case 'reply':
    case 'customer-message':
      return partOfOpening ? null : { type: 'case.updated', changes: ['message'] };
    case 'breached': {
      const clock = entry.data.metric ?? entry.data.clock;
      return {
        type: 'case.breached',
        clock: typeof clock === 'string' && CLOCKS.has(clock) ? (clock as 'firstResponse') : null,
      };
    }
    case 'escalated':
    case 'customer-escalated': {
      const level = typeof entry.data.level === 'number' && entry.data.level >= 0 ? entry.data.level : 1;
      return { type: 'case.escalated', level, by: entry.type === 'escalated' ? 'sla' : 'customer' };
    }
    default:
      return null;
  }
}
