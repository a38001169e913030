import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZCreateAlertRule } from '../../../../shared/contracts/alerts.js';
import { de } from '../../../i18n/de.js';
import { en } from '../../../i18n/en.js';
import { alertFieldOf, alertFormErrors } from './alert-field-errors.js';
import { createBody, emptyDraft, type AlertRuleDraft } from './alert-rule-draft.js';

beforeAll(async () => {
  await i18next.init({
    lng: 'en',
    resources: { en: { translation: en }, de: { translation: de } },
    interpolation: { escapeValue: false },
  });
});

/** The details the API answers for a body its contract refuses (the error handler's `body.` paths). */
function detailsOf(draft: AlertRuleDraft) {
  const parsed = ZCreateAlertRule.safeParse(createBody(draft));
  return (parsed.error?.issues ?? []).map((i) => ({ field: `body.${i.path.join('.')}`, message: i.message }));
}

describe('alert rule field errors', () => {
  it('names the form field of every path the contract reports', () => {
    expect(alertFieldOf('body.name')).toBe('name');
    expect(alertFieldOf('body.eventTypes.2')).toBe('eventTypes');
    expect(alertFieldOf('body.conditions.segments.3')).toBe('segments');
    expect(alertFieldOf('body.conditions.hasComment')).toBe('hasComment');
    expect(alertFieldOf('body.target.url')).toBe('url');
    expect(alertFieldOf('body.target.emails.1')).toBe('emails');
    expect(alertFieldOf('body.target.endpointId')).toBe('endpointId');
    expect(alertFieldOf('body.target.kind')).toBe('targetKind');
    expect(alertFieldOf('body')).toBeNull();
    expect(alertFieldOf('body.conditions')).toBeNull();
  });

  it('puts the contract’s refusals of a bad draft at their fields, naming the bad address', () => {
    const draft: AlertRuleDraft = {
      ...emptyDraft('en'),
      name: ' ',
      targetKind: 'email',
      emails: ['ops@example.test', 'not-an-address'],
    };
    const { fields, unplaced } = alertFormErrors(detailsOf(draft), draft);
    expect(unplaced).toBe(false);
    expect(fields).toEqual({
      name: en.alerts.form.errors.name,
      eventTypes: en.alerts.form.errors.eventsRequired,
      emails: '“not-an-address” is not an e-mail address.',
    });
  });

  it('tells an empty Slack URL from a malformed one', () => {
    const base: AlertRuleDraft = { ...emptyDraft('en'), name: 'x', eventTypes: ['response.created'] };
    const empty = { ...base, url: '' };
    expect(alertFormErrors(detailsOf(empty), empty).fields.url).toBe(en.alerts.form.errors.urlRequired);
    const malformed = { ...base, url: 'hooks.slack.com/services/T0' };
    expect(alertFormErrors(detailsOf(malformed), malformed).fields.url).toBe(en.alerts.form.errors.url);
    const withPassword = { ...base, url: 'https://user:pw@hooks.slack.com/x' };
    expect(alertFormErrors(detailsOf(withPassword), withPassword).fields.url).toBe(en.alerts.form.errors.url);
  });

  it('translates the address policy’s refusal, keeping the host and the address it resolved to', async () => {
    const draft = { ...emptyDraft('de'), url: 'http://intranet.test/hook' };
    const details = [
      {
        field: 'body.target.url',
        message:
          'intranet.test resolves to 10.1.2.3, a private address that webhooks are not sent to (an operator can allow its network in WEBHOOK_ALLOWED_NETWORKS)',
      },
    ];
    await i18next.changeLanguage('de');
    try {
      const { fields } = alertFormErrors(details, draft);
      expect(fields.url).toMatch(/^intranet\.test führt zu 10\.1\.2\.3, /);
      expect(fields.url).toContain('WEBHOOK_ALLOWED_NETWORKS');
    } finally {
      await i18next.changeLanguage('en');
    }
  });

  it('explains a condition that case events cannot have, and keeps what names no field for the whole form', () => {
    const draft = emptyDraft('en');
    const { fields, unplaced } = alertFormErrors(
      [
        {
          field: 'body.conditions.bands',
          message:
            'applies to response.created and feedback.created only, and the rule also names case.breached',
        },
        { field: 'body', message: 'must change at least one field' },
      ],
      draft,
    );
    expect(fields).toEqual({ bands: en.alerts.form.errors.itemOnly });
    expect(unplaced).toBe(true);
  });
});
