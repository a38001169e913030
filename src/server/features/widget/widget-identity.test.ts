import { createHmac, randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import type { TResponseList } from '../../../shared/contracts/responses.js';
import type { TSurvey } from '../../../shared/contracts/surveys.js';
import type { TWidgetIdentityState, TWidgetSecret } from '../../../shared/contracts/widget-identity.js';
import {
  contacts,
  orgSendingSettings,
  surveyInvitations,
  surveyResponses,
  surveys,
} from '../../db/schema/index.js';
import { invitationToken, tokenHash } from '../sending/invitation-token.js';
import { loadSendingSettings } from '../sending/sending-settings.service.js';
import type { TWidgetIdentifyResult } from './widget-contract.js';
import { setWidgetTargeting } from './widget.repo.js';

/** What a host site's server computes: HMAC-SHA256 of the external id under the widget secret, hex. */
const userHashOf = (secret: string, externalId: string) =>
  createHmac('sha256', secret).update(externalId).digest('hex');

describe('widget identity verification', () => {
  let t: TestApp;
  let clock = new Date('2026-04-01T09:00:00Z').getTime();
  let ownerCookie: string;
  let orgId: string;
  let apiKey: string;
  let widgetKey: string;
  let secret: string;
  let surveyId: string;
  let ip = 0;

  const db = () => t.runtime.deps.db;
  const post = (path: 'identify' | 'answer', body: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: `/api/public/widget/${path}`,
      payload: JSON.stringify({ key: widgetKey, ...body }),
      headers: { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://shop.example' },
      remoteAddress: `10.9.${Math.floor(++ip / 250)}.${ip % 250}`,
    });
  const errorOf = (res: LightMyRequestResponse) =>
    (res.json() as { error: { code: string; details?: { field?: string; message?: string }[] } }).error;
  const addContacts = async (...items: Record<string, unknown>[]) => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/contacts',
      payload: items,
      as: { key: apiKey },
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
  };
  const shownTo = async (body: Record<string, unknown>) => {
    const res = await post('identify', body);
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json() as TWidgetIdentifyResult;
    if (!result.survey) throw new Error(`expected a survey, got ${res.body}`);
    return result.survey;
  };
  const invitationsOf = (externalId: string) =>
    db()
      .select({ id: surveyInvitations.id })
      .from(surveyInvitations)
      .innerJoin(contacts, eq(contacts.id, surveyInvitations.contactId))
      .where(and(eq(surveyInvitations.organizationId, orgId), eq(contacts.externalId, externalId)));
  const responsesOf = async (externalId: string) => {
    const res = await t.request({
      method: 'GET',
      url: `/api/v1/responses?surveyId=${surveyId}&contactExternalId=${externalId}`,
      as: { key: apiKey },
    });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as TResponseList).items;
  };
  const identityState = async () => {
    const res = await t.request({
      method: 'GET',
      url: '/api/v1/settings/widget-identity',
      as: { cookie: ownerCookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TWidgetIdentityState;
  };
  const newSecret = async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/settings/widget-identity/secret',
      as: { cookie: ownerCookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TWidgetSecret;
  };

  beforeAll(async () => {
    t = await buildTestApp({ now: () => new Date(clock) });
    const owner = await t.signUp();
    ownerCookie = owner.cookie;
    orgId = (await t.createOrg(owner.cookie, 'Verified Vendor')).id;
    apiKey = (await t.createApiKey(owner.cookie)).key;
    widgetKey = (await loadSendingSettings(db(), orgId)).widgetKey;
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/surveys',
      payload: { name: 'Widget NPS', template: 'relationship-nps' },
      as: { key: apiKey },
    });
    surveyId = (res.json() as TSurvey).id;
    expect(
      (
        await t.request({
          method: 'POST',
          url: `/api/v1/surveys/${surveyId}/status`,
          payload: { status: 'live' },
          as: { key: apiKey },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      await setWidgetTargeting(db(), orgId, surveyId, {
        segmentId: null,
        event: null,
        delaySeconds: 0,
        samplePercent: 100,
      }),
    ).toBe(true);
  });
  afterAll(() => t.close());

  it('requires verification by default, shows a new secret once, keeps it sealed and lets only admins make one', async () => {
    expect(await identityState()).toEqual({
      hasSecret: false,
      secretCreatedAt: null,
      isVerificationRequired: true,
    });
    const member = await t.addMember(orgId, 'analyst');
    expect(
      (
        await t.request({
          method: 'POST',
          url: '/api/v1/settings/widget-identity/secret',
          as: { cookie: member.cookie },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.request({
          method: 'PUT',
          url: '/api/v1/settings/widget-identity',
          payload: { isVerificationRequired: false },
          as: { cookie: member.cookie },
        })
      ).statusCode,
    ).toBe(403);

    const made = await newSecret();
    secret = made.secret;
    expect(secret).toMatch(/^ws_[A-Za-z0-9_-]{43}$/);
    expect(made).toMatchObject({
      hasSecret: true,
      secretCreatedAt: new Date(clock).toISOString(),
      isVerificationRequired: true,
    });
    const state = await identityState();
    expect(state).toEqual({
      hasSecret: true,
      secretCreatedAt: new Date(clock).toISOString(),
      isVerificationRequired: true,
    });
    expect(JSON.stringify(state)).not.toContain(secret);
    const [row] = await db()
      .select({ sealed: orgSendingSettings.widgetSecretEncrypted })
      .from(orgSendingSettings)
      .where(eq(orgSendingSettings.organizationId, orgId));
    expect(row?.sealed).toBeTruthy();
    expect(row?.sealed).not.toContain(secret.slice(3));
  });

  it('refuses to answer as a customer without the user hash, or with a wrong one, naming the field and recording nothing', async () => {
    await addContacts({ externalId: 'victim-1' });
    const noHash = await post('identify', { externalId: 'victim-1' });
    expect(noHash.statusCode).toBe(401);
    expect(errorOf(noHash)).toMatchObject({ code: 'UNAUTHENTICATED', details: [{ field: 'body.userHash' }] });
    const wrongHash = await post('identify', {
      externalId: 'victim-1',
      userHash: userHashOf(secret, 'attacker'),
    });
    expect(wrongHash.statusCode).toBe(401);
    expect(errorOf(wrongHash).details?.[0]?.field).toBe('body.userHash');
    const otherSecret = await post('identify', {
      externalId: 'victim-1',
      userHash: userHashOf('ws_guessed', 'victim-1'),
    });
    expect(otherSecret.statusCode).toBe(401);
    const malformed = await post('identify', { externalId: 'victim-1', userHash: 'not-hex' });
    expect(malformed.statusCode).toBe(400);
    expect(errorOf(malformed).details?.[0]?.field).toBe('body.userHash');
    expect(await invitationsOf('victim-1')).toEqual([]);
    expect(await responsesOf('victim-1')).toEqual([]);
  });

  it('records the answer under the contact when the host signed the external id', async () => {
    await addContacts({ externalId: 'verified-1' });
    const survey = await shownTo({ externalId: 'verified-1', userHash: userHashOf(secret, 'verified-1') });
    expect((await post('answer', { token: survey.token, answers: { nps: 10 } })).statusCode).toBe(200);
    const [response] = await responsesOf('verified-1');
    expect(response).toMatchObject({
      score: 10,
      channel: 'widget',
      contact: { externalId: 'verified-1' },
      hiddenFields: {},
    });
  });

  it('answers an unknown external id exactly as a known contact with no survey due (no existence oracle)', async () => {
    await addContacts({ externalId: 'known-1' });
    // Placed for an event nobody tracks: nothing is due for the known contact either.
    await db()
      .update(surveys)
      .set({ widget: { segmentId: null, event: 'never_fired', delaySeconds: 0, samplePercent: 100 } })
      .where(eq(surveys.id, surveyId));
    try {
      const known = await post('identify', {
        externalId: 'known-1',
        userHash: userHashOf(secret, 'known-1'),
      });
      const unknown = await post('identify', {
        externalId: 'nobody-1',
        userHash: userHashOf(secret, 'nobody-1'),
      });
      expect(known.statusCode).toBe(200);
      expect(unknown.statusCode).toBe(known.statusCode);
      expect(unknown.body).toBe(known.body);
      expect(unknown.json()).toEqual({ survey: null, reason: 'no_survey' });
      // Unsigned, both get the same refusal before any lookup.
      const knownNoHash = await post('identify', { externalId: 'known-1' });
      const unknownNoHash = await post('identify', { externalId: 'nobody-1' });
      expect(unknownNoHash.statusCode).toBe(knownNoHash.statusCode);
      expect(unknownNoHash.body).toBe(knownNoHash.body);
    } finally {
      await setWidgetTargeting(db(), orgId, surveyId, {
        segmentId: null,
        event: null,
        delaySeconds: 0,
        samplePercent: 100,
      });
    }
  });

  it('records an anonymous visitor’s answer without a contact and marks it anonymous; the browser’s last survey throttles it', async () => {
    const survey = await shownTo({ anonymous: true });
    expect((await post('answer', { token: survey.token, answers: { nps: 4 } })).statusCode).toBe(200);
    const [stored] = await db()
      .select({ contactId: surveyResponses.contactId, hiddenFields: surveyResponses.hiddenFields })
      .from(surveyResponses)
      .where(eq(surveyResponses.invitationId, survey.invitationId));
    expect(stored).toEqual({ contactId: null, hiddenFields: { identity: 'anonymous' } });
    const list = await t.request({
      method: 'GET',
      url: `/api/v1/responses?surveyId=${surveyId}`,
      as: { key: apiKey },
    });
    const item = (list.json() as TResponseList).items.find((r) => r.invitationId === survey.invitationId);
    expect(item).toMatchObject({ contact: null, hiddenFields: { identity: 'anonymous' }, score: 4 });
    const [inv] = await db()
      .select({ id: surveyInvitations.id })
      .from(surveyInvitations)
      .where(and(eq(surveyInvitations.id, survey.invitationId), isNull(surveyInvitations.contactId)));
    expect(inv).toBeDefined();

    const recently = await post('identify', { anonymous: true, lastShownAt: clock - 86_400_000 });
    expect(recently.json()).toEqual({ survey: null, reason: 'throttled' });
    await shownTo({ anonymous: true, lastShownAt: clock - 40 * 86_400_000 });
    const both = await post('identify', { anonymous: true, externalId: 'victim-1' });
    expect(both.statusCode).toBe(400);
    expect(errorOf(both).details?.[0]?.field).toBe('body.externalId');
  });

  it('keeps widget tokens off the e-mail pages and e-mail tokens off the widget', async () => {
    await addContacts({ externalId: 'token-1' });
    const survey = await shownTo({ externalId: 'token-1', userHash: userHashOf(secret, 'token-1') });
    const page = await t.app.inject({ method: 'GET', url: `/s/${survey.token}` });
    expect(page.statusCode).toBe(404);
    const form = await t.app.inject({
      method: 'POST',
      url: `/s/${survey.token}`,
      payload: 'nps=0',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/s/${survey.token}/why` })).statusCode).toBe(404);
    // Nor the unsubscribe page: a widget token must not opt the customer out of e-mail.
    expect((await t.app.inject({ method: 'GET', url: `/u/${survey.token}` })).statusCode).toBe(404);
    const optOut = await t.app.inject({
      method: 'POST',
      url: `/u/${survey.token}`,
      payload: '',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(optOut.statusCode).toBe(404);
    const [optedOut] = await db()
      .select({ isEmailOptOut: contacts.isEmailOptOut })
      .from(contacts)
      .where(and(eq(contacts.organizationId, orgId), eq(contacts.externalId, 'token-1')));
    expect(optedOut?.isEmailOptOut).toBe(false);
    expect(await responsesOf('token-1')).toEqual([]);

    const [contact] = await db()
      .select({ id: contacts.id })
      .from(contacts)
      .where(and(eq(contacts.organizationId, orgId), eq(contacts.externalId, 'token-1')));
    const emailInvitation = randomUUID();
    const emailToken = invitationToken(t.runtime.deps.config.authSecret, emailInvitation);
    const at = new Date(clock);
    await db()
      .insert(surveyInvitations)
      .values({
        id: emailInvitation,
        organizationId: orgId,
        surveyId,
        contactId: contact?.id ?? null,
        channel: 'email',
        language: 'en',
        tokenHash: tokenHash(emailToken),
        status: 'sent',
        scheduledFor: at,
        sentAt: at,
      });
    const viaWidget = await post('answer', { token: emailToken, answers: { nps: 0 } });
    expect(viaWidget.statusCode).toBe(404);
    expect(await responsesOf('token-1')).toEqual([]);
  });

  it('rotating the secret retires the old hashes; turning verification off lets unsigned ids through and still refuses a wrong hash', async () => {
    await addContacts({ externalId: 'rotate-1' }, { externalId: 'loose-1' });
    const oldSecret = secret;
    clock += 1000;
    secret = (await newSecret()).secret;
    expect(secret).not.toBe(oldSecret);
    expect(
      (await post('identify', { externalId: 'rotate-1', userHash: userHashOf(oldSecret, 'rotate-1') }))
        .statusCode,
    ).toBe(401);
    await shownTo({ externalId: 'rotate-1', userHash: userHashOf(secret, 'rotate-1') });

    const off = await t.request({
      method: 'PUT',
      url: '/api/v1/settings/widget-identity',
      payload: { isVerificationRequired: false },
      as: { cookie: ownerCookie },
    });
    expect(off.statusCode, off.body).toBe(200);
    expect((off.json() as TWidgetIdentityState).isVerificationRequired).toBe(false);
    try {
      await shownTo({ externalId: 'loose-1' });
      expect(
        (await post('identify', { externalId: 'loose-1', userHash: userHashOf(oldSecret, 'loose-1') }))
          .statusCode,
      ).toBe(401);
    } finally {
      await t.request({
        method: 'PUT',
        url: '/api/v1/settings/widget-identity',
        payload: { isVerificationRequired: true },
        as: { cookie: ownerCookie },
      });
    }
  });
});
