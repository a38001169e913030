import { describe, expect, it } from 'vitest';
import { countOutcomes, rowsFromResult } from './outcome-rows.js';

describe('countOutcomes', () => {
  it('counts invited, held and not sent, grouping reasons with the earliest next date', () => {
    const rows = rowsFromResult({
      sendId: '00000000-0000-4000-8000-000000000000',
      scheduled: 2,
      held: 1,
      skipped: 4,
      results: [
        { contact: 'a', status: 'scheduled', invitationId: null, reason: null, until: null },
        { contact: 'b', status: 'scheduled', invitationId: null, reason: null, until: null },
        {
          contact: 'c',
          status: 'held',
          invitationId: null,
          reason: 'quota_exceeded',
          until: '2031-02-01T00:00:00.000Z',
        },
        {
          contact: 'd',
          status: 'skipped',
          invitationId: null,
          reason: 'quiet_period',
          until: '2030-03-01T00:00:00.000Z',
        },
        {
          contact: 'e',
          status: 'skipped',
          invitationId: null,
          reason: 'quiet_period',
          until: '2030-02-10T00:00:00.000Z',
        },
        { contact: 'f', status: 'skipped', invitationId: null, reason: 'unknown_contact', until: null },
        { contact: 'g', status: 'skipped', invitationId: null, reason: 'quiet_period', until: null },
      ],
    });
    expect(countOutcomes(rows)).toEqual({
      invited: 2,
      held: 1,
      skipped: 4,
      heldUntil: '2031-02-01T00:00:00.000Z',
      reasons: [
        { reason: 'quiet_period', count: 3, until: '2030-02-10T00:00:00.000Z' },
        { reason: 'unknown_contact', count: 1, until: null },
      ],
    });
  });

  it('counts invitations that were sent, failed or bounced since as invited', () => {
    const statuses = ['sent', 'failed', 'bounced', 'scheduled'] as const;
    expect(
      countOutcomes(statuses.map((status) => ({ contact: status, status, reason: null, until: null })))
        .invited,
    ).toBe(4);
  });
});
