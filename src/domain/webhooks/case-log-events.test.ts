import { describe, expect, it } from 'vitest';
import { caseWebhookFor, type CaseLogEntry, type CaseWebhook } from './case-log-events.js';

const t0 = new Date('2026-03-02T10:00:00Z');
const later = new Date('2026-03-02T11:00:00Z');
const entry = (type: string, data: Record<string, unknown> = {}, at = later): CaseLogEntry => ({
  type,
  at,
  data,
});

describe('case log entries as webhook events', () => {
  it.each<[string, CaseLogEntry, Date | null, CaseWebhook | null]>([
    ['opened', entry('opened', {}, t0), t0, { type: 'case.created' }],
    ['resolved', entry('status', { status: 'resolved', from: 'open' }), null, { type: 'case.resolved' }],
    [
      'another status',
      entry('status', { status: 'waiting' }),
      null,
      { type: 'case.updated', changes: ['status'] },
    ],
    [
      'priority',
      entry('priority', { priority: 'high' }),
      null,
      { type: 'case.updated', changes: ['priority'] },
    ],
    [
      'a manual reassignment',
      entry('assigned', { assigneeId: 'u2', teamId: 't1', via: 'manual' }),
      null,
      { type: 'case.updated', changes: ['assignee', 'team'] },
    ],
    ['a joined item', entry('joined', { itemId: 'i' }), null, { type: 'case.updated', changes: ['items'] }],
    ['an agent reply', entry('reply'), null, { type: 'case.updated', changes: ['message'] }],
    ['a customer message', entry('customer-message'), null, { type: 'case.updated', changes: ['message'] }],
    ['a breach (the log names no clock)', entry('breached'), null, { type: 'case.breached', clock: null }],
    [
      'a breach naming its clock',
      entry('breached', { metric: 'firstResponse' }),
      null,
      { type: 'case.breached', clock: 'firstResponse' },
    ],
    [
      'an SLA escalation',
      entry('escalated', { level: 2, reason: 'sla' }),
      null,
      { type: 'case.escalated', level: 2, by: 'sla' },
    ],
    [
      'the customer escalating',
      entry('customer-escalated', { level: 1 }),
      null,
      { type: 'case.escalated', level: 1, by: 'customer' },
    ],
    // Internal or planned: nothing for receivers.
    ['a note', entry('note'), null, null],
    ['a warning', entry('warned'), null, null],
    ['a planned re-survey', entry('recovery-survey'), null, null],
    ['an unknown entry', entry('something-new'), null, null],
    // Written with the opening: part of case.created.
    ['the assignment at opening', entry('assigned', { assigneeId: 'u1' }, t0), t0, null],
    ['the first message at opening', entry('customer-message', {}, t0), t0, null],
    [
      'an assignment after the opening',
      entry('assigned', { assigneeId: 'u1' }),
      t0,
      { type: 'case.updated', changes: ['assignee'] },
    ],
    // Resolving is never swallowed.
    ['resolved at opening', entry('status', { status: 'resolved' }, t0), t0, { type: 'case.resolved' }],
  ])('%s', (_name, e, openedAt, expected) => {
    expect(caseWebhookFor(e, openedAt)).toEqual(expected);
  });
});
