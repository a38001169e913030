import { describe, expect, it } from 'vitest';
import { ZCreateAlertRule, ZUpdateAlertRule, type TAlertRule } from '../../../../shared/contracts/alerts.js';
import { createBody, draftOf, emptyDraft, patchBody, type AlertRuleDraft } from './alert-rule-draft.js';

const SURVEY = '0b7d3c1e-55a4-4c0e-9a43-2f1d7c9e8a10';
const ENDPOINT = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b';

function rule(target: TAlertRule['target']): TAlertRule {
  return {
    id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    name: 'Enterprise detractors',
    eventTypes: ['response.created'],
    conditions: {
      bands: ['detractor'],
      hasComment: true,
      segments: ['Enterprise'],
      channels: [],
      surveyIds: [],
    },
    language: 'de',
    target,
    isEnabled: true,
    disabledReason: null,
    failingSince: null,
    createdAt: '2026-05-01T10:00:00.000Z',
    updatedAt: '2026-05-01T10:00:00.000Z',
  };
}

describe('an alert rule draft', () => {
  it('becomes a body the API’s contract accepts, in the catalog’s order and without stray spaces', () => {
    const draft: AlertRuleDraft = {
      ...emptyDraft('en'),
      name: '  Detractors with a comment ',
      // Ticked in another order than the catalog's.
      eventTypes: ['feedback.created', 'response.created'],
      bands: ['promoter', 'detractor'],
      hasComment: true,
      segments: [' Enterprise ', '  '],
      channels: ['survey'],
      surveyIds: [SURVEY],
      targetKind: 'slack',
      url: ' https://hooks.slack.com/services/T000/B000/XXXX ',
    };
    const parsed = ZCreateAlertRule.safeParse(createBody(draft));
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toMatchObject({
      name: 'Detractors with a comment',
      eventTypes: ['response.created', 'feedback.created'],
      conditions: {
        bands: ['detractor', 'promoter'],
        hasComment: true,
        segments: ['Enterprise'],
        channels: ['survey'],
        surveyIds: [SURVEY],
      },
      language: 'en',
      target: { kind: 'slack', url: 'https://hooks.slack.com/services/T000/B000/XXXX' },
      isEnabled: true,
    });
  });

  it('sends the same fields for every kind of target, the other kinds’ inputs left out', () => {
    const typed = { ...emptyDraft('de'), name: 'Cases', eventTypes: ['case.breached' as const] };
    const withEverything = {
      ...typed,
      url: 'https://x.test/h',
      emails: ['a@example.test'],
      endpointId: ENDPOINT,
    };
    expect(createBody({ ...withEverything, targetKind: 'email' }).target).toEqual({
      kind: 'email',
      emails: ['a@example.test'],
    });
    expect(createBody({ ...withEverything, targetKind: 'webhook' }).target).toEqual({
      kind: 'webhook',
      endpointId: ENDPOINT,
    });
    expect(createBody({ ...withEverything, targetKind: 'teams' }).target).toEqual({
      kind: 'teams',
      url: 'https://x.test/h',
    });
  });

  it('keeps a stored Slack URL when the field is left empty, and replaces it when one is typed', () => {
    const stored = rule({ kind: 'slack', urlHint: 'hooks.slack.com/…XXXX' });
    const draft = draftOf(stored);
    // The URL is a credential: the form never has it.
    expect(draft.url).toBe('');
    const unchanged = patchBody(stored, { ...draft, name: 'Renamed' });
    expect(unchanged).not.toHaveProperty('target');
    expect(unchanged.name).toBe('Renamed');
    expect(ZUpdateAlertRule.safeParse(unchanged).success).toBe(true);

    const replaced = patchBody(stored, { ...draft, url: 'https://hooks.slack.com/services/T1/B1/YYYY' });
    expect(replaced.target).toEqual({ kind: 'slack', url: 'https://hooks.slack.com/services/T1/B1/YYYY' });
  });

  it('sends an empty URL after a switch to Teams, so the server names the missing field', () => {
    const stored = rule({ kind: 'email', emails: ['team@example.test'] });
    const patch = patchBody(stored, { ...draftOf(stored), targetKind: 'teams' });
    expect(patch.target).toEqual({ kind: 'teams', url: '' });
    const parsed = ZUpdateAlertRule.safeParse(patch);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['target.url']);
  });

  it('sends an e-mail list or an endpoint only when it changed', () => {
    const mail = rule({ kind: 'email', emails: ['a@example.test', 'b@example.test'] });
    expect(patchBody(mail, draftOf(mail))).not.toHaveProperty('target');
    expect(
      patchBody(mail, { ...draftOf(mail), emails: ['b@example.test', 'a@example.test'] }).target,
    ).toEqual({
      kind: 'email',
      emails: ['b@example.test', 'a@example.test'],
    });
    const hook = rule({ kind: 'webhook', endpointId: ENDPOINT });
    expect(patchBody(hook, draftOf(hook))).not.toHaveProperty('target');
    const other = '1f2e3d4c-5b6a-4789-9a0b-1c2d3e4f5a6b';
    expect(patchBody(hook, { ...draftOf(hook), endpointId: other }).target).toEqual({
      kind: 'webhook',
      endpointId: other,
    });
  });

  it('reads a rule back into the same conditions, language and state', () => {
    const stored = { ...rule({ kind: 'teams', urlHint: 'x.test/…abcd' }), isEnabled: false };
    const draft = draftOf(stored);
    expect(draft).toMatchObject({
      name: stored.name,
      eventTypes: stored.eventTypes,
      bands: ['detractor'],
      hasComment: true,
      segments: ['Enterprise'],
      language: 'de',
      targetKind: 'teams',
      isEnabled: false,
    });
  });
});
