import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from './business-calendar.js';
import { caseSla } from './case-sla.js';
import type { CasePriority } from './priority.js';
import type { CaseEvent, CaseStatus } from './sla-clock.js';
import { DEFAULT_CALENDAR, DEFAULT_SLA, type SlaSettings } from './sla-settings.js';

const MIN = 60_000;
const at = (iso: string) => new Date(iso);
const plus = (iso: string, minutes: number) => new Date(at(iso).getTime() + minutes * MIN);
const opened = (iso: string): CaseEvent => ({ at: at(iso), type: 'opened' });
const status = (iso: string, s: CaseStatus): CaseEvent => ({ at: at(iso), type: 'status', status: s });
const reply = (iso: string, author: 'person' | 'automation'): CaseEvent => ({
  at: at(iso),
  type: 'reply',
  author,
});
const christmas: BusinessCalendar = { ...DEFAULT_CALENDAR, holidays: ['2026-12-25'] };

interface Options {
  settings?: SlaSettings;
  calendar?: BusinessCalendar;
  channel?: string;
  priority?: CasePriority;
}
const sla = (log: readonly CaseEvent[], now: Date, o: Options = {}) =>
  caseSla(
    log,
    o.settings ?? DEFAULT_SLA,
    o.calendar ?? DEFAULT_CALENDAR,
    o.channel ?? 'email',
    o.priority ?? 'normal',
    now,
  );
const clock = (s: ReturnType<typeof sla>, metric: string) => s.clocks.find((c) => c.metric === metric);

describe('a case’s SLA across daylight-saving changes (Europe/Berlin)', () => {
  it('a survey detractor opened Friday 16:00 CET is due Monday 16:00 CEST, after the clocks went forward', () => {
    // Friday 27 March 2026, 16:00 CET; summer time starts Sunday 29 March.
    const log = [opened('2026-03-27T15:00:00Z')];
    const s = sla(log, at('2026-03-27T15:01:00Z'), { channel: 'survey' });
    expect(clock(s, 'firstResponse')).toMatchObject({ state: 'running', dueAt: at('2026-03-30T14:00:00Z') });
    expect(clock(s, 'nextResponse')?.state).toBe('not-started');
    // Five business days: one hour on Friday, four days, seven hours on the next Friday.
    expect(clock(s, 'resolution')?.dueAt).toEqual(at('2026-04-03T14:00:00Z'));
    expect(s.nextDueAt).toEqual(at('2026-03-30T14:00:00Z'));
    // 80 % of eight hours is 6 h 24 min: 59 minutes still on Friday, 5 h 24 min on Monday → 14:24 CEST.
    expect(s.nextWarnAt).toEqual(at('2026-03-30T12:24:00Z'));
    expect(s).toMatchObject({ isBreached: false, isWarning: false, overdueMs: 0, escalationLevel: 0 });

    const warned = sla(log, at('2026-03-30T12:24:00Z'), { channel: 'survey' });
    expect(warned.isWarning).toBe(true);
    expect(clock(warned, 'firstResponse')).toMatchObject({ warning: true, elapsedMs: 384 * MIN });
    // Then the resolution clock warns next, at 32 of its 40 hours: Thursday 16:00 CEST.
    expect(warned.nextWarnAt).toEqual(at('2026-04-02T14:00:00Z'));
  });

  it('one opened Friday 16:00 CEST is due Monday 16:00 CET, after the clocks went back', () => {
    // Friday 23 October 2026, 16:00 CEST; winter time starts Sunday 25 October.
    const log = [opened('2026-10-23T14:00:00Z')];
    const s = sla(log, at('2026-10-24T12:00:00Z'), { channel: 'survey' });
    expect(s.nextDueAt).toEqual(at('2026-10-26T15:00:00Z'));
    expect(clock(s, 'firstResponse')?.elapsedMs).toBe(60 * MIN);
    expect(sla(log, at('2026-10-26T15:00:00Z'), { channel: 'survey' }).isBreached).toBe(false);
    expect(sla(log, at('2026-10-26T15:01:00Z'), { channel: 'survey' })).toMatchObject({
      isBreached: true,
      overdueMs: 1 * MIN,
      escalationLevel: 1,
    });
  });

  it('a clock around the clock counts real time through the night the clocks go forward', () => {
    // 01:30 CET to 05:30 CEST is four hours on the wall but three hours of time.
    const log = [opened('2026-03-29T00:30:00Z')];
    const s = sla(log, at('2026-03-29T03:30:00Z'));
    expect(clock(s, 'firstResponse')).toMatchObject({ state: 'running', elapsedMs: 180 * MIN });
    expect(s.nextDueAt).toEqual(at('2026-03-29T04:30:00Z'));
  });
});

describe('holidays, pauses and policy changes', () => {
  it('a holiday holds the clock: Christmas Eve 16:00 is due Monday 16:00, not on Christmas Day', () => {
    const log = [opened('2026-12-24T15:00:00Z')];
    const now = at('2026-12-25T12:00:00Z');
    expect(sla(log, now, { channel: 'survey', calendar: christmas }).nextDueAt).toEqual(
      at('2026-12-28T15:00:00Z'),
    );
    // The same log on a calendar without the holiday (a changed calendar) is due on the 25th.
    expect(sla(log, now, { channel: 'survey' }).nextDueAt).toEqual(at('2026-12-25T15:00:00Z'));
  });

  it('waiting for the customer pauses every clock; a policy that does not pause measures the same log longer', () => {
    const log = [
      opened('2026-11-30T09:00:00Z'),
      status('2026-11-30T09:05:00Z', 'open'),
      status('2026-11-30T09:30:00Z', 'waiting'),
      status('2026-11-30T12:30:00Z', 'open'),
    ];
    const waiting = sla(log, at('2026-11-30T11:00:00Z'));
    expect(clock(waiting, 'firstResponse')).toMatchObject({ state: 'paused', elapsedMs: 30 * MIN });
    expect(clock(waiting, 'resolution')?.state).toBe('paused');
    // Nothing runs, so there is nothing for the tick to wait for.
    expect(waiting).toMatchObject({ nextDueAt: null, nextWarnAt: null, isBreached: false });

    const reopened = sla(log, at('2026-11-30T13:00:00Z'));
    expect(clock(reopened, 'firstResponse')).toMatchObject({ state: 'running', elapsedMs: 60 * MIN });
    expect(reopened.nextDueAt).toEqual(at('2026-11-30T16:00:00Z'));

    const noPause = { ...DEFAULT_SLA, pausedStatuses: [] };
    const unpaused = sla(log, at('2026-11-30T13:00:00Z'), { settings: noPause });
    expect(clock(unpaused, 'firstResponse')).toMatchObject({ state: 'running', elapsedMs: 240 * MIN });
    expect(sla(log, at('2026-11-30T13:30:00Z'), { settings: noPause })).toMatchObject({
      isBreached: true,
      overdueMs: 30 * MIN,
    });
  });

  it('the same log under a changed policy gives other clocks, and the same ones every time', () => {
    const log = [opened('2026-11-30T09:00:00Z'), reply('2026-11-30T09:01:00Z', 'automation')];
    const now = at('2026-11-30T09:45:00Z');
    const tighter: SlaSettings = {
      ...DEFAULT_SLA,
      targets: [
        {
          channel: 'email',
          priority: 'urgent',
          firstResponseMinutes: 30,
          nextResponseMinutes: 30,
          resolutionMinutes: 480,
          businessHours: false,
        },
        ...DEFAULT_SLA.targets,
      ],
    };
    expect(sla(log, now, { settings: tighter, priority: 'normal' })).toEqual(sla(log, now));
    const urgent = sla(log, now, { settings: tighter, priority: 'urgent' });
    expect(urgent).toMatchObject({ isBreached: true, overdueMs: 15 * MIN, escalationLevel: 1 });
    expect(urgent).toEqual(sla(log, now, { settings: tighter, priority: 'urgent' }));
    // Counted in business hours instead, the half hour before 09:00 CET does not count.
    const inHours: SlaSettings = {
      ...tighter,
      targets: tighter.targets.map((t) => ({ ...t, businessHours: true })),
    };
    const early = [opened('2026-11-30T07:30:00Z')];
    const nine10 = at('2026-11-30T08:10:00Z');
    expect(
      clock(sla(early, nine10, { settings: tighter, priority: 'urgent' }), 'firstResponse'),
    ).toMatchObject({
      state: 'breached',
      elapsedMs: 40 * MIN,
    });
    expect(
      clock(sla(early, nine10, { settings: inHours, priority: 'urgent' }), 'firstResponse'),
    ).toMatchObject({
      state: 'running',
      elapsedMs: 10 * MIN,
    });
  });
});

describe('only a person’s reply answers', () => {
  it('an automatic acknowledgement leaves first response running into a breach; a person’s reply stops it', () => {
    const log = [opened('2026-11-30T09:00:00Z'), reply('2026-11-30T09:00:05Z', 'automation')];
    const late = sla(log, at('2026-11-30T14:00:00Z'));
    expect(clock(late, 'firstResponse')).toMatchObject({ state: 'breached', isStopped: false });
    expect(late).toMatchObject({ isBreached: true, overdueMs: 60 * MIN, escalationLevel: 1 });

    const answered = [...log, reply('2026-11-30T10:00:00Z', 'person')];
    const s = sla(answered, at('2026-11-30T14:00:00Z'));
    expect(clock(s, 'firstResponse')).toMatchObject({ state: 'met', elapsedMs: 60 * MIN, isStopped: true });
    expect(s).toMatchObject({ isBreached: false, overdueMs: 0, escalationLevel: 0 });
  });

  it('a breach answered late is history: breached, but nothing to escalate', () => {
    const log = [opened('2026-11-30T09:00:00Z'), reply('2026-11-30T15:00:00Z', 'person')];
    const s = sla(log, at('2026-11-30T20:00:00Z'));
    expect(clock(s, 'firstResponse')).toMatchObject({ state: 'breached', remainingMs: -120 * MIN });
    expect(s).toMatchObject({ isBreached: true, overdueMs: 0, escalationLevel: 0, nextEscalationAt: null });
  });
});

describe('escalation as a running clock passes its target', () => {
  // An e-mail case: first response in four hours around the clock; level 1 at the breach, level 2 four hours on.
  const log = [opened('2026-11-30T09:00:00Z')];
  it.each([
    // minutes after opening, overdue minutes, level, next escalation (minutes after opening)
    [0, 0, 0, null],
    [239, 0, 0, null],
    [240, 0, 0, null],
    [241, 1, 1, 480],
    [479, 239, 1, 480],
    [480, 240, 2, null],
    [600, 360, 2, null],
  ] as const)('%s minutes after opening: %s overdue, level %s', (minutes, overdue, level, next) => {
    const s = sla(log, plus('2026-11-30T09:00:00Z', minutes));
    expect(s).toMatchObject({
      overdueMs: overdue * MIN,
      escalationLevel: level,
      isBreached: overdue > 0,
      nextEscalationAt: next === null ? null : plus('2026-11-30T09:00:00Z', next),
    });
  });

  it('the levels follow the settings', () => {
    const settings = { ...DEFAULT_SLA, escalateAfterMinutes: [30, 90] };
    expect(sla(log, plus('2026-11-30T09:00:00Z', 260), { settings }).escalationLevel).toBe(0);
    expect(sla(log, plus('2026-11-30T09:00:00Z', 270), { settings }).escalationLevel).toBe(1);
    expect(sla(log, plus('2026-11-30T09:00:00Z', 330), { settings }).escalationLevel).toBe(2);
    expect(
      sla(log, plus('2026-11-30T09:00:00Z', 999), { settings: { ...settings, escalateAfterMinutes: [] } }),
    ).toMatchObject({ isBreached: true, escalationLevel: 0 });
  });

  it('in business hours, escalation does not move at night', () => {
    // A survey case due Monday 17:00 CET; level 2 comes four business hours later, Tuesday 13:00 CET.
    const survey = [opened('2026-11-30T08:00:00Z')];
    const evening = sla(survey, at('2026-11-30T16:30:00Z'), { channel: 'survey' });
    // Due at the end of the day: not breached until the next business millisecond, Tuesday 09:00.
    expect(evening).toMatchObject({ isBreached: false, escalationLevel: 0 });
    expect(evening.nextCheckAt).toEqual(new Date(at('2026-12-01T08:00:00Z').getTime() + 1));
    const tuesday = sla(survey, at('2026-12-01T09:00:00Z'), { channel: 'survey' });
    expect(tuesday).toMatchObject({ isBreached: true, overdueMs: 60 * MIN, escalationLevel: 1 });
    expect(tuesday.nextEscalationAt).toEqual(at('2026-12-01T12:00:00Z'));
    expect(tuesday.nextCheckAt).toEqual(at('2026-12-01T12:00:00Z'));
    expect(sla(survey, at('2026-12-01T12:00:00Z'), { channel: 'survey' }).escalationLevel).toBe(2);
  });

  it('a breach waiting for the customer keeps its level but does not grow', () => {
    const waiting = [...log, status('2026-11-30T14:00:00Z', 'waiting')];
    const s = sla(waiting, at('2026-11-30T23:00:00Z'));
    expect(s).toMatchObject({
      overdueMs: 60 * MIN,
      escalationLevel: 1,
      nextEscalationAt: null,
      nextCheckAt: null,
    });
  });

  it('resolving or closing a case without a reply ends its response clocks: nothing escalates', () => {
    const resolved = [...log, status('2026-11-30T10:00:00Z', 'resolved')];
    const s = sla(resolved, at('2026-12-01T09:00:00Z'));
    expect(clock(s, 'firstResponse')).toMatchObject({ state: 'met', elapsedMs: 60 * MIN, isStopped: true });
    expect(clock(s, 'resolution')?.state).toBe('paused');
    expect(s).toMatchObject({ isBreached: false, escalationLevel: 0, nextDueAt: null, nextCheckAt: null });

    const closedLate = [...log, status('2026-11-30T15:00:00Z', 'closed')];
    const c = sla(closedLate, at('2026-12-02T09:00:00Z'));
    expect(clock(c, 'firstResponse')).toMatchObject({ state: 'breached', isStopped: true });
    expect(c).toMatchObject({ isBreached: true, overdueMs: 0, escalationLevel: 0, nextCheckAt: null });
  });
});

describe('when the tick must look again', () => {
  it('the earliest of a breach, a warning and the next escalation level', () => {
    const log = [opened('2026-11-30T09:00:00Z')];
    // First response (4 h) warns at 3 h 12 min and is breached one millisecond after 4 h.
    const fresh = sla(log, at('2026-11-30T09:00:00Z'));
    expect(fresh.nextWarnAt).toEqual(at('2026-11-30T12:12:00Z'));
    expect(fresh.nextCheckAt).toEqual(at('2026-11-30T12:12:00Z'));
    const warned = sla(log, at('2026-11-30T12:12:00Z'));
    expect(warned.nextCheckAt).toEqual(new Date(at('2026-11-30T13:00:00Z').getTime() + 1));
    // The due instant itself is still in time; the tick comes back the next millisecond.
    const due = sla(log, at('2026-11-30T13:00:00Z'));
    expect(due).toMatchObject({ isBreached: false, nextDueAt: at('2026-11-30T13:00:00Z') });
    expect(due.nextCheckAt).toEqual(new Date(at('2026-11-30T13:00:00Z').getTime() + 1));
  });
});

describe('since when a late case is overdue', () => {
  it('is the moment the target was reached in business hours, not now minus the overdue time', () => {
    // Survey detractor opened Wednesday 2 Dec 2026 16:00 Berlin (15:00Z): one business day (8 h)
    // is reached Thursday 16:00 Berlin; read on Saturday, it has been overdue since then.
    const s = sla([opened('2026-12-02T15:00:00Z')], at('2026-12-05T10:00:00Z'), { channel: 'survey' });
    expect(clock(s, 'firstResponse')).toMatchObject({
      state: 'breached',
      breachedAt: at('2026-12-03T15:00:00Z'),
    });
    expect(s.overdueSince).toEqual(at('2026-12-03T15:00:00Z'));
    // The resolution clock still runs: it is not what the case is late on.
    expect(clock(s, 'resolution')?.state).toBe('running');
  });

  it('leaves out the time the case waited for the customer', () => {
    const s = sla(
      [
        opened('2026-12-02T15:00:00Z'),
        status('2026-12-02T15:30:00Z', 'waiting'),
        status('2026-12-03T09:00:00Z', 'open'), // Thursday 10:00 Berlin: 30 min used before the wait
      ],
      at('2026-12-05T10:00:00Z'),
      { channel: 'survey' },
    );
    // 7 h 30 min left from Thursday 10:00 → Thursday 17:00 Berlin is 7 h, then 30 min on Friday 09:00–09:30.
    expect(s.overdueSince).toEqual(at('2026-12-04T08:30:00Z'));
  });

  it('is null once the late clock was answered', () => {
    const s = sla(
      [opened('2026-12-02T15:00:00Z'), reply('2026-12-04T09:00:00Z', 'person')],
      at('2026-12-05T10:00:00Z'),
      { channel: 'survey' },
    );
    expect(clock(s, 'firstResponse')?.state).toBe('breached');
    expect(s.overdueSince).toBeNull();
  });
});

describe('a clock used up exactly when its hours end', () => {
  it('is due at that end, not at the moment it is read over the weekend', () => {
    // E-mail resolution: 3 business days, from Tuesday 1 Dec 17:00 Berlin (16:00Z) → used up on
    // Friday 4 Dec 17:00 Berlin; read on Saturday it is due since Friday, not "now".
    const s = sla(
      [opened('2026-12-01T16:00:00Z'), reply('2026-12-01T16:30:00Z', 'person')],
      at('2026-12-05T10:00:00Z'),
    );
    expect(clock(s, 'resolution')).toMatchObject({
      state: 'running',
      remainingMs: 0,
      dueAt: at('2026-12-04T16:00:00Z'),
    });
  });
});
