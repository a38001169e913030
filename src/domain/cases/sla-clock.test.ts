import { describe, expect, it } from 'vitest';
import { ALWAYS_OPEN, type BusinessCalendar } from './business-calendar.js';
import { slaClock, type CaseEvent, type SlaPolicy } from './sla-clock.js';

const at = (iso: string) => new Date(iso);
const MIN = 60_000;
const weekday = [
  { start: '09:00', end: '12:00' },
  { start: '13:00', end: '17:00' },
];
const berlin: BusinessCalendar = {
  timeZone: 'Europe/Berlin',
  week: { 1: weekday, 2: weekday, 3: weekday, 4: weekday, 5: weekday },
  holidays: [],
};
const policy: SlaPolicy = { calendar: berlin, pausedStatuses: ['waiting'], warnAt: 0.8 };
const opened = (iso: string): CaseEvent => ({ at: at(iso), type: 'opened' });

describe('SLA clocks from the case log', () => {
  it('only a person’s reply answers: an automatic one leaves the first-response clock running', () => {
    const log: CaseEvent[] = [
      opened('2026-11-30T09:00:00Z'),
      { at: at('2026-11-30T09:01:00Z'), type: 'reply', author: 'automation' },
    ];
    const target = { metric: 'firstResponse' as const, minutes: 60, businessHours: false };
    expect(slaClock(log, target, policy, at('2026-11-30T09:20:00Z'))).toMatchObject({
      state: 'running',
      elapsedMs: 20 * MIN,
      dueAt: at('2026-11-30T10:00:00Z'),
      warning: false,
    });
    const answered = [
      ...log,
      { at: at('2026-11-30T09:30:00Z'), type: 'reply', author: 'person' } as CaseEvent,
    ];
    expect(slaClock(answered, target, policy, at('2026-11-30T12:00:00Z'))).toMatchObject({
      state: 'met',
      elapsedMs: 30 * MIN,
      dueAt: null,
    });
    expect(slaClock(log, target, policy, at('2026-11-30T10:30:00Z'))).toMatchObject({
      state: 'breached',
      remainingMs: -30 * MIN,
    });
  });

  it('counts business hours: Friday 16:30 to Monday 09:20 in Berlin is 50 minutes, and warns at 80 %', () => {
    const log = [opened('2026-12-04T15:30:00Z')];
    const target = { metric: 'firstResponse' as const, minutes: 60, businessHours: true };
    expect(slaClock(log, target, policy, at('2026-12-07T08:10:00Z'))).toMatchObject({
      state: 'running',
      elapsedMs: 40 * MIN,
      warning: false,
      dueAt: at('2026-12-07T08:30:00Z'),
    });
    expect(slaClock(log, target, policy, at('2026-12-07T08:20:00Z'))).toMatchObject({
      state: 'running',
      elapsedMs: 50 * MIN,
      warning: true,
    });
    // Over the weekend nothing moves: Saturday noon is where Friday 17:00 left it.
    expect(slaClock(log, target, policy, at('2026-12-05T11:00:00Z'))).toMatchObject({
      elapsedMs: 30 * MIN,
      dueAt: at('2026-12-07T08:30:00Z'),
    });
  });

  it('stands still while waiting for the customer, and resolution also while resolved until a reopen', () => {
    const log: CaseEvent[] = [
      opened('2026-11-30T00:00:00Z'),
      { at: at('2026-11-30T01:00:00Z'), type: 'status', status: 'waiting' },
      { at: at('2026-11-30T03:00:00Z'), type: 'status', status: 'open' },
      { at: at('2026-11-30T04:00:00Z'), type: 'status', status: 'resolved' },
      { at: at('2026-11-30T10:00:00Z'), type: 'status', status: 'open' },
    ];
    const target = { metric: 'resolution' as const, minutes: 240, businessHours: false };
    expect(slaClock(log, target, policy, at('2026-11-30T02:00:00Z'))).toMatchObject({
      state: 'paused',
      elapsedMs: 60 * MIN,
      dueAt: null,
    });
    expect(slaClock(log, target, policy, at('2026-11-30T05:00:00Z'))).toMatchObject({
      state: 'paused',
      elapsedMs: 120 * MIN,
    });
    expect(slaClock(log, target, policy, at('2026-11-30T11:00:00Z'))).toMatchObject({
      state: 'running',
      elapsedMs: 180 * MIN,
      dueAt: at('2026-11-30T12:00:00Z'),
    });
    const closed = [
      ...log,
      { at: at('2026-11-30T11:30:00Z'), type: 'status', status: 'closed' } as CaseEvent,
    ];
    expect(slaClock(closed, target, policy, at('2026-12-01T00:00:00Z'))).toMatchObject({
      state: 'met',
      elapsedMs: 210 * MIN,
    });
    // A policy that does not pause while waiting measures the same log longer.
    expect(
      slaClock(closed, target, { ...policy, pausedStatuses: [] }, at('2026-12-01T00:00:00Z')),
    ).toMatchObject({ state: 'breached', elapsedMs: 330 * MIN });
  });

  it('a changed policy recomputes the same log deterministically', () => {
    const log = [opened('2026-11-30T09:00:00Z')];
    const now = at('2026-11-30T09:45:00Z');
    const hour = { metric: 'firstResponse' as const, minutes: 60, businessHours: false };
    expect(slaClock(log, hour, policy, now).state).toBe('running');
    expect(slaClock(log, { ...hour, minutes: 30 }, policy, now).state).toBe('breached');
    expect(slaClock(log, hour, policy, now)).toEqual(slaClock(log, hour, policy, now));
  });

  it('next response runs from each customer message that waits to the next person’s reply, and remembers late cycles', () => {
    const target = { metric: 'nextResponse' as const, minutes: 15, businessHours: false };
    const log: CaseEvent[] = [
      opened('2026-11-30T09:00:00Z'),
      { at: at('2026-11-30T09:05:00Z'), type: 'reply', author: 'person' },
    ];
    expect(slaClock(log, target, policy, at('2026-11-30T09:30:00Z'))).toMatchObject({
      state: 'not-started',
      earlierBreaches: 0,
    });
    const more: CaseEvent[] = [
      ...log,
      { at: at('2026-11-30T10:00:00Z'), type: 'customer-message' },
      { at: at('2026-11-30T10:05:00Z'), type: 'customer-message' },
      { at: at('2026-11-30T10:20:00Z'), type: 'reply', author: 'person' },
      { at: at('2026-11-30T11:00:00Z'), type: 'customer-message' },
      { at: at('2026-11-30T11:02:00Z'), type: 'reply', author: 'automation' },
    ];
    expect(slaClock(more, target, policy, at('2026-11-30T11:05:00Z'))).toMatchObject({
      state: 'running',
      elapsedMs: 5 * MIN,
      earlierBreaches: 1,
      dueAt: at('2026-11-30T11:15:00Z'),
    });
    // Events after `now` are not yet known.
    expect(slaClock(more, target, policy, at('2026-11-30T10:10:00Z'))).toMatchObject({
      state: 'running',
      elapsedMs: 10 * MIN,
      earlierBreaches: 0,
    });
  });

  it('resolving without a reply ends the response clocks; a message after the reopen waits again', () => {
    const next = { metric: 'nextResponse' as const, minutes: 15, businessHours: false };
    const first = { metric: 'firstResponse' as const, minutes: 60, businessHours: false };
    const log: CaseEvent[] = [
      opened('2026-11-30T09:00:00Z'),
      { at: at('2026-11-30T09:10:00Z'), type: 'customer-message' },
      { at: at('2026-11-30T09:20:00Z'), type: 'status', status: 'resolved' },
      { at: at('2026-11-30T12:00:00Z'), type: 'customer-message' },
      { at: at('2026-11-30T12:00:00Z'), type: 'status', status: 'open' },
    ];
    expect(slaClock(log, first, policy, at('2026-11-30T11:00:00Z'))).toMatchObject({
      state: 'met',
      elapsedMs: 20 * MIN,
      isStopped: true,
      isPaused: false,
    });
    expect(slaClock(log, next, policy, at('2026-11-30T11:00:00Z'))).toMatchObject({
      state: 'met',
      elapsedMs: 10 * MIN,
      isStopped: true,
    });
    expect(slaClock(log, next, policy, at('2026-11-30T12:20:00Z'))).toMatchObject({
      state: 'breached',
      elapsedMs: 20 * MIN,
      isStopped: false,
      earlierBreaches: 0,
    });
    // A breached clock held still by a pause says so.
    const waiting = [
      ...log,
      { at: at('2026-11-30T12:30:00Z'), type: 'status', status: 'waiting' } as CaseEvent,
    ];
    expect(slaClock(waiting, next, policy, at('2026-11-30T13:00:00Z'))).toMatchObject({
      state: 'breached',
      elapsedMs: 30 * MIN,
      isPaused: true,
    });
  });

  it('a case that has not been opened has no clock running', () => {
    expect(
      slaClock(
        [],
        { metric: 'resolution', minutes: 60, businessHours: true },
        { ...policy, calendar: ALWAYS_OPEN },
        at('2026-11-30T00:00:00Z'),
      ).state,
    ).toBe('not-started');
  });
});
