import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import type { TFeedbackList } from '../../../shared/contracts/feedback.js';
import type { TSurvey } from '../../../shared/contracts/surveys.js';
import type { TWidgetSecret } from '../../../shared/contracts/widget-identity.js';
import { contacts, surveyInvitations, surveyResponses, surveys } from '../../db/schema/index.js';
import { tokenHash } from '../sending/invitation-token.js';
import { loadSendingSettings } from '../sending/sending-settings.service.js';
import { updateSendingSettings } from '../sending/throttle.repo.js';
import { isInSample } from './sample-bucket.js';
import { userHashOf } from './user-hash.js';
import type { TWidgetIdentifyResult } from './widget-contract.js';
import { WIDGET_RATE_LIMITS } from './widget.routes.js';
import { setWidgetTargeting, type WidgetTargeting } from './widget.repo.js';

const DAY = 86_400_000;
const EVERYONE: WidgetTargeting = { segmentId: null, event: null, delaySeconds: 0, samplePercent: 100 };

describe('in-app widget API', () => {
  let t: TestApp;
  let clock = new Date('2026-03-10T09:00:00Z').getTime();
  let orgId: string;
  let apiKey: string;
  let widgetKey: string;
  let widgetSecret: string;
  let npsSurveyId: string;
  let ip = 0;

  const db = () => t.runtime.deps.db;
  // Each call from its own address: these tests are about targeting, not the per-IP limit.
  const nextIp = () => `10.1.${Math.floor(++ip / 250)}.${ip % 250}`;
  const post = (
    path: 'identify' | 'answer',
    body: unknown,
    opts: { contentType?: string; remoteAddress?: string } = {},
  ) =>
    t.app.inject({
      method: 'POST',
      url: `/api/public/widget/${path}`,
      payload: typeof body === 'string' ? body : JSON.stringify(body),
      headers: {
        'content-type': opts.contentType ?? 'text/plain;charset=UTF-8',
        origin: 'https://shop.example',
      },
      remoteAddress: opts.remoteAddress ?? nextIp(),
    });
  // Signed as the host site's server would: identity verification is on by default.
  const identify = async (externalId: string, extra: Record<string, unknown> = {}, key = widgetKey) => {
    const res = await post('identify', {
      key,
      externalId,
      userHash: userHashOf(widgetSecret, externalId),
      ...extra,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TWidgetIdentifyResult;
  };
  const shown = async (externalId: string, extra: Record<string, unknown> = {}) => {
    const result = await identify(externalId, extra);
    if (!result.survey) throw new Error(`expected a survey for ${externalId}, got reason ${result.reason}`);
    return result.survey;
  };
  const addContacts = async (...items: Record<string, unknown>[]) => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/contacts',
      payload: items,
      as: { key: apiKey },
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
  };
  const liveSurvey = async (name: string, template = 'relationship-nps') => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/surveys',
      payload: { name, template },
      as: { key: apiKey },
    });
    expect(res.statusCode, res.body).toBe(201);
    const survey = res.json() as TSurvey;
    expect(
      (
        await t.request({
          method: 'POST',
          url: `/api/v1/surveys/${survey.id}/status`,
          payload: { status: 'live' },
          as: { key: apiKey },
        })
      ).statusCode,
    ).toBe(200);
    return survey.id;
  };
  /** Only this survey is in the widget: every test starts from a clean placement. */
  const placeOnly = async (surveyId: string, targeting: Partial<WidgetTargeting> = {}) => {
    await db().update(surveys).set({ widget: null }).where(eq(surveys.organizationId, orgId));
    expect(await setWidgetTargeting(db(), orgId, surveyId, { ...EVERYONE, ...targeting })).toBe(true);
  };
  const invitationsOf = (externalId: string) =>
    db()
      .select({
        id: surveyInvitations.id,
        channel: surveyInvitations.channel,
        status: surveyInvitations.status,
        sentAt: surveyInvitations.sentAt,
        tokenHash: surveyInvitations.tokenHash,
        language: surveyInvitations.language,
      })
      .from(surveyInvitations)
      .innerJoin(contacts, eq(contacts.id, surveyInvitations.contactId))
      .where(and(eq(surveyInvitations.organizationId, orgId), eq(contacts.externalId, externalId)));
  const errorOf = (res: LightMyRequestResponse) =>
    (res.json() as { error: { code: string; message: string; details?: { field?: string }[] } }).error;

  beforeAll(async () => {
    // On Starter (50 sends a month), so counting impressions as sends would run into the quota.
    t = await buildTestApp({ now: () => new Date(clock), env: { DEFAULT_PLAN: 'starter' } });
    const owner = await t.signUp();
    orgId = (await t.createOrg(owner.cookie, 'Widget Werke')).id;
    apiKey = (await t.createApiKey(owner.cookie)).key;
    widgetKey = (await loadSendingSettings(db(), orgId)).widgetKey;
    const secret = await t.request({
      method: 'POST',
      url: '/api/v1/settings/widget-identity/secret',
      as: { cookie: owner.cookie },
    });
    widgetSecret = (secret.json() as TWidgetSecret).secret;
    npsSurveyId = await liveSurvey('Widget NPS');
  });
  afterAll(() => t.close());

  it('refuses an unknown widget key with 404 in the error shape, and answers cross-origin callers', async () => {
    const res = await post('identify', { key: 'wk_nobody', externalId: 'anyone' });
    expect(res.statusCode).toBe(404);
    expect(errorOf(res)).toMatchObject({ code: 'NOT_FOUND', details: [{ field: 'body.key' }] });
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();

    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/public/widget/identify',
      headers: {
        origin: 'https://shop.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers).toMatchObject({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'content-type',
    });

    const broken = await post('identify', '{"key": ');
    expect(broken.statusCode).toBe(400);
    expect(errorOf(broken)).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'body' }] });
    const noId = await post('identify', { key: widgetKey });
    expect(noId.statusCode).toBe(400);
    expect(errorOf(noId).details?.[0]?.field).toBe('body.externalId');
  });

  it('shows a targeted contact the survey in their language, records the impression, and throttles the next identify', async () => {
    await placeOnly(npsSurveyId, { delaySeconds: 7 });
    await addContacts({ externalId: 'anna', language: 'de', name: 'Anna' });
    const survey = await shown('anna', { email: 'ignored@example.test', name: 'Ignored' });
    expect(survey).toMatchObject({
      language: 'de',
      delaySeconds: 7,
      score: {
        id: 'nps',
        type: 'nps',
        min: 0,
        max: 10,
        low: 'Sehr unwahrscheinlich',
        high: 'Äußerst wahrscheinlich',
      },
    });
    expect(survey.score.prompt).toContain('Widget Werke');
    expect(survey.score.prompt).toMatch(/^Wie wahrscheinlich/);
    expect(survey.why).toEqual({
      id: 'why',
      maxLength: 5000,
      prompts: [
        'Was sollten wir vor allem verbessern?',
        'Was sollten wir vor allem verbessern?',
        'Was haben wir besonders gut gemacht?',
      ],
    });
    expect(survey.colors.brand).toMatch(/^#[0-9a-f]{6}$/);

    const rows = await invitationsOf('anna');
    expect(rows).toEqual([
      {
        id: survey.invitationId,
        channel: 'widget',
        status: 'sent',
        sentAt: new Date(clock),
        tokenHash: tokenHash(survey.token),
        language: 'de',
      },
    ]);
    // The widget never writes contacts: the name and e-mail passed along were ignored.
    const [anna] = await db()
      .select({ email: contacts.email })
      .from(contacts)
      .where(and(eq(contacts.organizationId, orgId), eq(contacts.externalId, 'anna')));
    expect(anna?.email).toBeNull();

    clock += 60_000;
    expect(await identify('anna')).toEqual({ survey: null, reason: 'throttled' });
    clock += 29 * DAY;
    expect((await identify('anna')).reason).toBe('throttled');
    // The organization's quiet period (30 days) has passed: asked again.
    clock += DAY;
    expect((await shown('anna')).invitationId).not.toBe(survey.invitationId);
    expect(await invitationsOf('anna')).toHaveLength(2);
  });

  it('shows one survey when two tabs identify the same visitor at once', async () => {
    await placeOnly(npsSurveyId);
    await addContacts({ externalId: 'twin-tabs' });
    const results = await Promise.all([identify('twin-tabs'), identify('twin-tabs'), identify('twin-tabs')]);
    expect(results.filter((r) => r.survey !== null)).toHaveLength(1);
    expect(await invitationsOf('twin-tabs')).toHaveLength(1);
  });

  it('throttles by the survey’s own recontact period when it is longer than the quiet period', async () => {
    await placeOnly(npsSurveyId);
    await db().update(surveys).set({ recontactPeriodDays: 90 }).where(eq(surveys.id, npsSurveyId));
    try {
      await addContacts({ externalId: 'rene' });
      await shown('rene');
      clock += 31 * DAY;
      expect((await identify('rene')).reason).toBe('throttled');
      clock += 59 * DAY;
      await shown('rene');
    } finally {
      await db().update(surveys).set({ recontactPeriodDays: null }).where(eq(surveys.id, npsSurveyId));
    }
  });

  it('creates nobody when the externalId is no contact, and does not say so', async () => {
    await placeOnly(npsSurveyId);
    expect(await identify('stranger-1', { email: 'stranger@example.test' })).toEqual({
      survey: null,
      reason: 'no_survey',
    });
    const lookup = await t.request({
      method: 'GET',
      url: '/api/v1/contacts/stranger-1',
      as: { key: apiKey },
    });
    expect(lookup.statusCode).toBe(404);
  });

  it('never shows a survey to a contact who asked never to be surveyed, and records nothing', async () => {
    await placeOnly(npsSurveyId);
    await addContacts({ externalId: 'nora', consent: { neverSurvey: true } });
    expect(await identify('nora')).toEqual({ survey: null, reason: 'no_survey' });
    expect(await invitationsOf('nora')).toEqual([]);
  });

  it('shows an event-targeted survey only when that event is tracked', async () => {
    await placeOnly(npsSurveyId, { event: 'checkout_completed', delaySeconds: 2 });
    await addContacts({ externalId: 'eve' });
    expect(await identify('eve')).toEqual({ survey: null, reason: 'no_survey' });
    expect(await identify('eve', { event: 'page_viewed' })).toEqual({ survey: null, reason: 'no_survey' });
    expect(await shown('eve', { event: 'checkout_completed' })).toMatchObject({ delaySeconds: 2 });
  });

  it('shows a segment-targeted survey to members of the segment only', async () => {
    const seg = await t.request({
      method: 'POST',
      url: '/api/v1/segments',
      payload: { name: 'Enterprise', filter: { segment: 'Enterprise' } },
      as: { key: apiKey },
    });
    expect(seg.statusCode, seg.body).toBe(201);
    await placeOnly(npsSurveyId, { segmentId: (seg.json() as { id: string }).id });
    await addContacts(
      { externalId: 'ent-1', segment: 'Enterprise' },
      { externalId: 'smb-1', segment: 'SMB' },
    );
    expect((await shown('ent-1')).language).toBe('en');
    expect(await identify('smb-1')).toEqual({ survey: null, reason: 'no_survey' });
    expect(await invitationsOf('smb-1')).toEqual([]);
  });

  it('asks a stable sample: the same visitors are in or out on every visit', async () => {
    await placeOnly(npsSurveyId, { samplePercent: 30 });
    const ids = Array.from({ length: 40 }, (_, i) => `sample-${i}`);
    await addContacts(...ids.map((externalId) => ({ externalId })));
    const rows = await db()
      .select({ id: contacts.id, externalId: contacts.externalId })
      .from(contacts)
      .where(eq(contacts.organizationId, orgId));
    const idOf = new Map(rows.map((r) => [r.externalId, r.id]));
    const expected = ids.filter((e) => isInSample(idOf.get(e) ?? '', npsSurveyId, 30));
    expect(expected.length).toBeGreaterThan(4);
    expect(expected.length).toBeLessThan(24);
    for (const round of [1, 2]) {
      const asked: string[] = [];
      for (const e of ids) if ((await identify(e)).survey) asked.push(e);
      expect(asked, `round ${round}`).toEqual(expected);
      clock += 31 * DAY;
    }
  });

  it('records the score at once, then the comment to the same response; refuses forged tokens and scores off the scale', async () => {
    await placeOnly(npsSurveyId);
    await addContacts({ externalId: 'sam', language: 'en' });
    const survey = await shown('sam');

    const forged = await post('answer', {
      key: widgetKey,
      token: randomBytes(32).toString('base64url'),
      answers: { nps: 9 },
    });
    expect(forged.statusCode).toBe(404);
    expect(errorOf(forged).details?.[0]?.field).toBe('body.token');
    const malformed = await post('answer', { key: widgetKey, token: 'not-a-token', answers: { nps: 9 } });
    expect(malformed.statusCode).toBe(400);
    expect(errorOf(malformed).details?.[0]?.field).toBe('body.token');
    const offScale = await post('answer', { key: widgetKey, token: survey.token, answers: { nps: 11 } });
    expect(offScale.statusCode).toBe(400);
    expect(errorOf(offScale)).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'body.answers.nps' }],
    });
    const unknownQuestion = await post('answer', {
      key: widgetKey,
      token: survey.token,
      answers: { shoe_size: 44 },
    });
    expect(errorOf(unknownQuestion).details?.[0]?.field).toBe('body.answers.shoe_size');

    const score = await post(
      'answer',
      { key: widgetKey, token: survey.token, answers: { nps: 9 } },
      { contentType: 'application/json' },
    );
    expect(score.statusCode, score.body).toBe(200);
    expect(score.json()).toEqual({ recorded: true });
    const comment = await post('answer', {
      key: widgetKey,
      token: survey.token,
      answers: { why: '  The <b>onboarding</b> call was great  ' },
    });
    expect(comment.statusCode, comment.body).toBe(200);

    const feedback = (
      await t.request({
        method: 'GET',
        url: '/api/v1/feedback?channel=survey&contactExternalId=sam',
        as: { key: apiKey },
      })
    ).json() as TFeedbackList;
    expect(feedback.items).toHaveLength(1);
    expect(feedback.items[0]).toMatchObject({
      score: 9,
      text: 'The <b>onboarding</b> call was great',
      touchpoint: 'widget',
      metric: 'nps',
      scaleMin: 0,
      scaleMax: 10,
      language: 'en',
    });
    const responses = await db()
      .select({ answers: surveyResponses.answers, channel: surveyResponses.channel })
      .from(surveyResponses)
      .where(eq(surveyResponses.invitationId, survey.invitationId));
    expect(responses).toEqual([
      { answers: { nps: 9, why: 'The <b>onboarding</b> call was great' }, channel: 'widget' },
    ]);
    const [invitation] = await db()
      .select({ answeredAt: surveyInvitations.answeredAt })
      .from(surveyInvitations)
      .where(eq(surveyInvitations.id, survey.invitationId));
    expect(invitation?.answeredAt).toEqual(new Date(clock));
  });

  it('refuses an answer once the invitation has expired, keeping what was recorded', async () => {
    await placeOnly(npsSurveyId);
    await addContacts({ externalId: 'late' });
    const survey = await shown('late');
    expect(
      (await post('answer', { key: widgetKey, token: survey.token, answers: { nps: 3 } })).statusCode,
    ).toBe(200);
    clock += DAY + 1000;
    const late = await post('answer', { key: widgetKey, token: survey.token, answers: { why: 'too late' } });
    expect(late.statusCode).toBe(409);
    expect(errorOf(late).details?.[0]?.field).toBe('body.token');
    const responses = await db()
      .select({ answers: surveyResponses.answers })
      .from(surveyResponses)
      .where(eq(surveyResponses.invitationId, survey.invitationId));
    expect(responses).toEqual([{ answers: { nps: 3 } }]);
  });

  it('resolves the language from the visitor, else the contact, else the organization default', async () => {
    await placeOnly(npsSurveyId);
    await addContacts(
      { externalId: 'lang-1' },
      { externalId: 'lang-2', language: 'de' },
      { externalId: 'lang-3', language: 'fr' },
    );
    expect((await shown('lang-1', { language: 'de-AT' })).language).toBe('de');
    expect((await shown('lang-2', { language: 'not a language tag!' })).language).toBe('de');
    expect((await shown('lang-3')).language).toBe('en');
  });

  it('keeps another organization’s key from answering this organization’s invitation', async () => {
    await placeOnly(npsSurveyId);
    await addContacts({ externalId: 'tina' });
    const survey = await shown('tina');
    const other = await t.signUp();
    const otherOrg = (await t.createOrg(other.cookie, 'Other GmbH')).id;
    const otherKey = (await loadSendingSettings(db(), otherOrg)).widgetKey;
    const res = await post('answer', { key: otherKey, token: survey.token, answers: { nps: 0 } });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain(survey.invitationId);
    // Nor can it name this organization's contacts: this organization's hash means nothing there.
    expect(
      (
        await post('identify', {
          key: otherKey,
          externalId: 'tina',
          userHash: userHashOf(widgetSecret, 'tina'),
        })
      ).statusCode,
    ).toBe(401);
    const responses = await db()
      .select({ id: surveyResponses.feedbackItemId })
      .from(surveyResponses)
      .where(eq(surveyResponses.invitationId, survey.invitationId));
    expect(responses).toEqual([]);
  });

  it('counts widget impressions against nobody’s send quota and honours a quiet period of 0', async () => {
    await placeOnly(npsSurveyId);
    await updateSendingSettings(db(), orgId, { quietPeriodDays: 0 });
    try {
      await addContacts({ externalId: 'quota' });
      // Starter allows 50 sends a month; impressions are not sends.
      for (let i = 0; i < 55; i++) await shown('quota');
    } finally {
      await updateSendingSettings(db(), orgId, { quietPeriodDays: 30 });
    }
  });

  it('limits each IP separately and answers 429 with CORS headers', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= WIDGET_RATE_LIMITS.identify; i++)
      statuses.push(
        (await post('identify', { key: 'wk_nobody', externalId: 'x' }, { remoteAddress: '10.200.0.1' }))
          .statusCode,
      );
    expect(statuses.filter((s) => s === 404)).toHaveLength(WIDGET_RATE_LIMITS.identify);
    expect(statuses.at(-1)).toBe(429);
    const limited = await post(
      'identify',
      { key: 'wk_nobody', externalId: 'x' },
      { remoteAddress: '10.200.0.1' },
    );
    expect(errorOf(limited).code).toBe('RATE_LIMITED');
    expect(limited.headers['access-control-allow-origin']).toBe('*');
    expect(
      (await post('identify', { key: 'wk_nobody', externalId: 'x' }, { remoteAddress: '10.200.0.2' }))
        .statusCode,
    ).toBe(404);
  });
});
