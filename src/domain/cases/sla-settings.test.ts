import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SLA,
  slaRowFor,
  slaTargetsFor,
  type SlaSettings,
  type SlaTargetRow,
} from './sla-settings.js';

const row = (channel: string, priority: SlaTargetRow['priority'], minutes: number): SlaTargetRow => ({
  channel,
  priority,
  firstResponseMinutes: minutes,
  nextResponseMinutes: null,
  resolutionMinutes: null,
  businessHours: false,
});

/** Every kind of row, in an order that puts the less specific ones last and first. */
const settings: SlaSettings = {
  ...DEFAULT_SLA,
  targets: [
    row('*', '*', 1),
    row('*', 'urgent', 2),
    row('email', '*', 3),
    row('email', 'urgent', 4),
    row('chat', 'high', 5),
    row('*', 'urgent', 99),
  ],
};

describe('the SLA row of a case', () => {
  it.each([
    ['email', 'urgent', 4, 'channel and priority'],
    ['email', 'high', 3, 'channel'],
    ['chat', 'urgent', 2, 'priority beats the catch-all, the first of two equal rows'],
    ['chat', 'high', 5, 'channel and priority'],
    ['chat', 'low', 1, 'a row for another priority of the channel does not apply'],
    ['social', 'normal', 1, 'catch-all'],
  ] as const)('%s/%s → row %s (%s)', (channel, priority, expected, _why) => {
    expect(slaRowFor(settings, channel, priority)?.firstResponseMinutes).toBe(expected);
  });

  it('no matching row: no row and no clocks', () => {
    const narrow: SlaSettings = { ...DEFAULT_SLA, targets: [row('chat', 'urgent', 1), row('email', '*', 2)] };
    expect(slaRowFor(narrow, 'chat', 'normal')).toBeNull();
    expect(slaRowFor(narrow, 'survey', 'urgent')).toBeNull();
    expect(slaTargetsFor(narrow, 'survey', 'urgent')).toEqual([]);
  });
});

describe('the default targets', () => {
  it.each([
    // channel, first response, next response, resolution, counted in business hours per metric
    ['chat', 1, 5, 1440, [false, false, true]],
    ['social', 60, 60, 1440, [false, false, true]],
    ['email', 240, 240, 1440, [false, false, true]],
    ['survey', 480, 480, 2400, [true, true, true]],
    ['web', 480, 480, 2400, [true, true, true]],
  ] as const)('%s', (channel, first, next, resolution, hours) => {
    for (const priority of ['low', 'urgent'] as const) {
      expect(slaTargetsFor(DEFAULT_SLA, channel, priority)).toEqual([
        { metric: 'firstResponse', minutes: first, businessHours: hours[0] },
        { metric: 'nextResponse', minutes: next, businessHours: hours[1] },
        { metric: 'resolution', minutes: resolution, businessHours: hours[2] },
      ]);
    }
  });

  it('pause while waiting for the customer, warn at 80 %, escalate at the breach and four hours on', () => {
    expect(DEFAULT_SLA).toMatchObject({
      pausedStatuses: ['waiting'],
      warnAt: 0.8,
      escalateAfterMinutes: [0, 240],
    });
  });

  it('a metric without a target runs no clock, and a row can count one metric differently', () => {
    const s: SlaSettings = {
      ...DEFAULT_SLA,
      targets: [
        {
          channel: '*',
          priority: '*',
          firstResponseMinutes: 30,
          nextResponseMinutes: null,
          resolutionMinutes: 600,
          businessHours: true,
          businessHoursFor: { firstResponse: false },
        },
      ],
    };
    expect(slaTargetsFor(s, 'email', 'normal')).toEqual([
      { metric: 'firstResponse', minutes: 30, businessHours: false },
      { metric: 'resolution', minutes: 600, businessHours: true },
    ]);
  });
});
