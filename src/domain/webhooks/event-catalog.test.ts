import { describe, expect, it } from 'vitest';
import { WEBHOOK_EVENT_SCHEMAS, WEBHOOK_LIMITS } from '../../shared/contracts/webhook-events.js';
import {
  buildWebhookEvent,
  commentExcerpt,
  endpointWants,
  itemEventType,
  WEBHOOK_EVENT_SUBJECTS,
  WEBHOOK_EVENT_TYPES,
  WebhookPayloadError,
} from './event-catalog.js';

const at = new Date('2026-03-02T10:00:00.000Z');
const ORG = 'org_1';
const ID = '0b6f4c1e-2a9b-4d8c-9e7f-1a2b3c4d5e6f';
const ID2 = '1c7a5d2f-3b0c-4e9d-8f6a-2b3c4d5e6f70';

const caseData = {
  organizationId: ORG,
  caseId: ID,
  sequence: 3,
  number: 17,
  subject: 'Delivery late'.padEnd(200, '.'),
  status: 'open' as const,
  priority: 'high' as const,
  channel: 'survey' as const,
  teamId: ID2,
  assigneeId: 'user_1',
  contactId: ID2,
  url: 'https://resonance.example/cases/' + ID,
};

const itemData = {
  organizationId: ORG,
  itemId: ID,
  sequence: 1,
  channel: 'survey',
  contactId: ID2,
  metric: 'nps',
  score: 2,
  scaleMin: 0,
  scaleMax: 10,
  language: 'de',
  comment: commentExcerpt('Zu spät geliefert'),
  url: 'https://resonance.example/feedback?item=' + ID,
};

describe('webhook event catalog', () => {
  it('has the eight types of issue 15, each with a schema and a subject', () => {
    expect(WEBHOOK_EVENT_TYPES).toEqual([
      'response.created',
      'feedback.created',
      'case.created',
      'case.updated',
      'case.breached',
      'case.escalated',
      'case.resolved',
      'contact.erased',
    ]);
    for (const type of WEBHOOK_EVENT_TYPES) {
      expect(WEBHOOK_EVENT_SCHEMAS[type]).toBeDefined();
      expect(WEBHOOK_EVENT_SUBJECTS[type]).toMatch(/^(item|case|contact)$/);
    }
  });

  it('builds the Standard Webhooks shape and the exact body that is signed', () => {
    const { payload, body } = buildWebhookEvent('response.created', at, {
      ...itemData,
      surveyId: ID2,
      npsCategory: 'detractor',
    });
    expect(payload).toMatchObject({ type: 'response.created', timestamp: '2026-03-02T10:00:00.000Z' });
    expect(payload.data.npsCategory).toBe('detractor');
    expect(JSON.parse(body)).toEqual(payload);
  });

  it('builds every case event with its own fields', () => {
    expect(buildWebhookEvent('case.created', at, caseData).payload.data.number).toBe(17);
    expect(
      buildWebhookEvent('case.updated', at, { ...caseData, changes: ['status', 'assignee'] }).payload.data
        .changes,
    ).toEqual(['status', 'assignee']);
    expect(
      buildWebhookEvent('case.breached', at, { ...caseData, clock: 'firstResponse', dueAt: at.toISOString() })
        .payload.data.clock,
    ).toBe('firstResponse');
    expect(
      buildWebhookEvent('case.escalated', at, { ...caseData, level: 2, by: 'sla' }).payload.data.level,
    ).toBe(2);
    expect(
      buildWebhookEvent('case.resolved', at, { ...caseData, status: 'resolved' }).payload.data.status,
    ).toBe('resolved');
  });

  it('carries ids only for an erased contact', () => {
    const { payload } = buildWebhookEvent('contact.erased', at, {
      organizationId: ORG,
      contactId: ID,
      sequence: 1,
    });
    expect(Object.keys(payload.data).sort()).toEqual(['contactId', 'organizationId', 'sequence']);
  });

  it.each<[string, () => unknown]>([
    ['a sequence of 0', () => buildWebhookEvent('case.created', at, { ...caseData, sequence: 0 })],
    [
      'a status outside the catalog',
      () => buildWebhookEvent('case.created', at, { ...caseData, status: 'lost' as 'open' }),
    ],
    [
      'a subject longer than 200',
      () => buildWebhookEvent('case.created', at, { ...caseData, subject: 'x'.repeat(201) }),
    ],
    ['a link that is no URL', () => buildWebhookEvent('case.created', at, { ...caseData, url: '/cases/1' })],
    ['an update without changes', () => buildWebhookEvent('case.updated', at, { ...caseData, changes: [] })],
    [
      'a whole comment instead of an excerpt',
      () =>
        buildWebhookEvent('feedback.created', at, {
          ...itemData,
          source: null,
          comment: { text: 'x'.repeat(WEBHOOK_LIMITS.commentExcerpt + 1), isTruncated: false },
        }),
    ],
  ])('refuses %s', (_name, build) => {
    expect(build).toThrow(WebhookPayloadError);
  });

  it('stays under 20 KB with every text field at its longest, in four-byte characters', () => {
    const { body } = buildWebhookEvent('response.created', at, {
      ...itemData,
      comment: commentExcerpt('😀'.repeat(20_000)),
      language: 'de',
      surveyId: ID2,
      npsCategory: 'detractor',
    });
    expect(new TextEncoder().encode(body).byteLength).toBeLessThan(WEBHOOK_LIMITS.payloadBytes);
  });
});

describe('comment excerpts', () => {
  it.each<[string | null, { text: string; isTruncated: boolean } | null]>([
    [null, null],
    ['', null],
    ['   ', null],
    ['short', { text: 'short', isTruncated: false }],
    ['x'.repeat(500), { text: 'x'.repeat(500), isTruncated: false }],
    ['x'.repeat(501), { text: 'x'.repeat(500), isTruncated: true }],
    // 499 letters and an emoji: cutting at 500 code units would split the emoji.
    ['x'.repeat(499) + '😀', { text: 'x'.repeat(499), isTruncated: true }],
  ])('%#', (text, excerpt) => {
    expect(commentExcerpt(text)).toEqual(excerpt);
  });
});

describe('which event a new item is', () => {
  it('is a response for a survey answer and feedback for everything else, never both', () => {
    expect(itemEventType('survey')).toBe('response.created');
    for (const channel of ['review', 'social', 'chat', 'email', 'ticket', 'call', 'message', 'other'])
      expect(itemEventType(channel)).toBe('feedback.created');
  });

  it('goes to endpoints that subscribed to its type only', () => {
    expect(endpointWants(['case.created', 'response.created'], 'response.created')).toBe(true);
    expect(endpointWants(['case.created'], 'response.created')).toBe(false);
    expect(endpointWants([], 'response.created')).toBe(false);
  });
});
