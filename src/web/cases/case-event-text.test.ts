import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { de } from '../i18n/de.js';
import { en } from '../i18n/en.js';
import { caseEventText, type NameLookup } from './case-event-text.js';

const names: NameLookup = {
  person: (id) => (id === 'u1' ? 'Anna Agent' : null),
  team: (id) => (id === 't1' ? 'Support DACH' : null),
};

describe('case timeline sentences', () => {
  let t: TFunction;
  let tDe: TFunction;
  beforeAll(async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { en: { translation: en }, de: { translation: de } },
      lng: 'en',
      interpolation: { escapeValue: false },
    });
    t = i18n.getFixedT('en');
    tDe = i18n.getFixedT('de');
  });

  it('names the new status, priority and escalation level the log records', () => {
    expect(caseEventText(t, { type: 'status', data: { status: 'waiting', from: 'open' } })).toBe(
      'Set the status to Waiting for customer',
    );
    expect(caseEventText(tDe, { type: 'status', data: { status: 'closed', from: 'resolved' } })).toBe(
      'Hat den Status auf Geschlossen gesetzt',
    );
    expect(caseEventText(t, { type: 'priority', data: { priority: 'urgent', from: 'high' } })).toBe(
      'Set the priority to Urgent',
    );
    expect(caseEventText(t, { type: 'escalated', data: { level: 2, reason: 'sla' } })).toBe(
      'Escalated to level 2',
    );
  });

  it('turns an assignment’s ids into names, and says less rather than guess', () => {
    expect(caseEventText(t, { type: 'assigned', data: { assigneeId: 'u1', teamId: 't1' } }, names)).toBe(
      'Assigned it to Anna Agent (Support DACH)',
    );
    expect(caseEventText(t, { type: 'assigned', data: { assigneeId: null, teamId: 't1' } }, names)).toBe(
      'Put it in the queue of Support DACH',
    );
    expect(caseEventText(t, { type: 'assigned', data: { assigneeId: null, teamId: null } }, names)).toBe(
      'Removed the assignee',
    );
    expect(caseEventText(t, { type: 'assigned', data: { assigneeId: 'someone-gone' } }, names)).toBe(
      'Changed the assignment',
    );
    expect(caseEventText(t, { type: 'status', data: { status: 'bogus' } })).toBe('Changed the status');
    expect(caseEventText(t, { type: 'breached', data: {} })).toBe('SLA breached');
  });
});
