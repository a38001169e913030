import type { CaseAlertFacts, ItemAlertFacts } from './alert-facts.js';

/** Facts for the domain's tests: a detractor's answer and a breached case. */
export function itemFacts(over: Partial<ItemAlertFacts> = {}): ItemAlertFacts {
  return {
    subject: 'item',
    eventType: 'response.created',
    occurredAt: '2026-11-02T09:00:00.000Z',
    url: 'https://resonance.example/feedback?item=0b5e2d9e-4d7a-4b65-9a53-1d2f3a4b5c6d',
    metric: 'nps',
    score: 2,
    scaleMin: 0,
    scaleMax: 10,
    band: 'detractor',
    channel: 'survey',
    comment: 'Die Lieferung kam zu spät.',
    customer: { contactId: null, name: 'Erika Muster', email: 'erika@example.test', segment: 'Enterprise' },
    ...over,
  };
}

export function caseFacts(over: Partial<CaseAlertFacts> = {}): CaseAlertFacts {
  return {
    subject: 'case',
    eventType: 'case.breached',
    occurredAt: '2026-11-02T09:00:00.000Z',
    url: 'https://resonance.example/cases/5d1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
    number: 12,
    caseSubject: 'Parcel missing',
    priority: 'high',
    status: 'open',
    channel: 'email',
    slaDueAt: '2026-11-02T08:30:00.000Z',
    escalationLevel: null,
    customer: { contactId: null, name: 'Max Beispiel', email: null, segment: null },
    ...over,
  };
}
