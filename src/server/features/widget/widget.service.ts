import { randomUUID } from 'node:crypto';
import { decideSend, type DecideSendInput } from '../../../domain/rules/decide-send.js';
import { followUpPrompt, primaryLanguage, resolveLanguage, scaleOf } from '../../../domain/survey/answers.js';
import { localize } from '../../../domain/survey/localized-text.js';
import type { LanguageCode, SurveyDefinition } from '../../../shared/contracts/survey-model.js';
import type { Config } from '../../config.js';
import { AppError } from '../../common/app-error.js';
import { brandPalette } from '../../../survey-pages/brand-palette.js';
import { scaleEndLabels } from '../../../survey-pages/scale-labels.js';
import { findByExternalId } from '../contacts/contacts.repo.js';
import type { FeedbackDeps } from '../feedback/feedback.service.js';
import { findOrganization } from '../organizations/organizations.repo.js';
import { headlineQuestions } from '../../../domain/survey/headline-questions.js';
import { recordResponse } from '../responses/record-response.service.js';
import { invitationToken, tokenHash } from '../sending/invitation-token.js';
import { open } from '../sending/secret-box.js';
import { loadSendingSettings } from '../sending/sending-settings.service.js';
import {
  lastInvitedAt,
  organizationIdByWidgetKey,
  type SendingSettingsRow,
} from '../sending/throttle.repo.js';
import { findVersion } from '../surveys/surveys.repo.js';
import { isInSample } from './sample-bucket.js';
import { isValidUserHash, WIDGET_SECRET_PURPOSE } from './user-hash.js';
import type {
  TWidgetAnswer,
  TWidgetIdentify,
  TWidgetIdentifyResult,
  TWidgetSurvey,
} from './widget-contract.js';
import * as repo from './widget.repo.js';

export interface WidgetDeps extends FeedbackDeps {
  config: Pick<Config, 'authSecret'>;
}

/**
 * Widget impressions do not count against the monthly send quota: the quota prices e-mails
 * going out, while an in-app question costs nothing to deliver. An unlimited plan with nothing
 * used makes `decideSend` apply consent and throttling only.
 */
const NO_QUOTA: DecideSendInput['quota'] = { planId: 'selfhosted', usedThisMonth: 0, overQuota: 'refuse' };

/** The widget is answered in the page it appeared in; a day covers a tab left open overnight. */
const WIDGET_ANSWER_WINDOW_MS = 24 * 3600 * 1000;

const unknownKey = () =>
  new AppError('NOT_FOUND', 'Unknown widget key', [
    { field: 'body.key', message: 'no organization has this widget key' },
  ]);

async function organizationFor(deps: WidgetDeps, key: string): Promise<string> {
  const organizationId = await organizationIdByWidgetKey(deps.db, key);
  if (!organizationId) throw unknownKey();
  return organizationId;
}

/** The score question and the "why?" as the widget shows them, in one language. */
function widgetQuestions(
  definition: SurveyDefinition,
  language: LanguageCode,
): Pick<TWidgetSurvey, 'score' | 'why'> | null {
  const { primary, why } = headlineQuestions(definition);
  if (!primary) return null;
  const score = {
    id: primary.id,
    type: primary.type,
    prompt: localize(primary.prompt, language),
    ...scaleOf(primary),
    ...scaleEndLabels(primary, language),
  };
  if (!why || why.type !== 'text') return { score, why: null };
  // Category prompts are worded for NPS scores; other metrics get the plain prompt three times.
  const at = (npsScore: number) =>
    followUpPrompt(definition, primary.type === 'nps' ? npsScore : null, language) ??
    localize(why.prompt, language);
  return { score, why: { id: why.id, maxLength: why.maxLength, prompts: [at(0), at(7), at(10)] } };
}

const NOTHING_DUE: TWidgetIdentifyResult = { survey: null, reason: 'no_survey' };

const refused = (message: string) =>
  new AppError('UNAUTHENTICATED', `userHash: ${message}`, [{ field: 'body.userHash', message }]);

/**
 * Identity verification: the public widget key is in every page's source, so an external id
 * alone proves nothing. The host's server signs it (HMAC-SHA256 under the widget secret) and we
 * check that before looking anyone up, so refusals cost the same for known and unknown ids. A
 * wrong hash is refused even where verification is not required: it is never a mere omission.
 */
function verifyIdentity(
  authSecret: string,
  settings: SendingSettingsRow,
  externalId: string,
  given: string | undefined,
): void {
  if (given === undefined) {
    if (settings.isWidgetVerificationRequired)
      throw refused(
        'is required: HMAC-SHA256 of externalId under the widget secret, computed by your server',
      );
    return;
  }
  const secret = settings.widgetSecretEncrypted
    ? open(authSecret, WIDGET_SECRET_PURPOSE, settings.widgetSecretEncrypted)
    : null;
  if (!secret || !isValidUserHash(secret, externalId, given))
    throw refused('does not match externalId under the current widget secret');
}

interface Offer {
  organizationId: string;
  survey: repo.WidgetSurveyRow;
  contactId: string | null;
  contactLanguage: string | null;
  body: TWidgetIdentify;
  settings: SendingSettingsRow;
  defaultLanguage: string | undefined;
  now: Date;
}

/** Records the impression of one survey and returns what the widget shows; null when the survey cannot be asked in the widget. */
async function offer(deps: WidgetDeps, tx: WidgetDeps['db'], o: Offer): Promise<TWidgetSurvey | null> {
  const version = await findVersion(tx, o.organizationId, o.survey.id, o.survey.currentVersion);
  if (!version) return null;
  const language = resolveLanguage(
    version.definition.languages,
    primaryLanguage(o.body.language) ?? o.contactLanguage,
    o.defaultLanguage,
  );
  const questions = widgetQuestions(version.definition, language);
  if (!questions) return null;
  const invitationId = randomUUID();
  const token = invitationToken(deps.config.authSecret, invitationId);
  await repo.insertWidgetInvitation(tx, {
    id: invitationId,
    organizationId: o.organizationId,
    surveyId: o.survey.id,
    contactId: o.contactId,
    language,
    tokenHash: tokenHash(token),
    sentAt: o.now,
    expiresAt: new Date(o.now.getTime() + WIDGET_ANSWER_WINDOW_MS),
  });
  return {
    invitationId,
    token,
    language,
    delaySeconds: o.survey.widget.delaySeconds,
    colors: brandPalette(o.settings.brandColor),
    ...questions,
  };
}

/**
 * `Resonance.identify()` / `track()`: picks at most one live survey for a known contact and
 * records the impression. Targeting runs cheapest first (event, sample), then segment, then
 * consent and throttling through `decideSend` on channel 'widget', exactly as e-mail sends are
 * decided, so a widget question and an e-mail survey share one quiet period.
 *
 * The impression is recorded when the answer goes back, before the delay runs in the browser:
 * a visitor who leaves within the delay counts as asked, which errs towards asking less.
 */
export async function identifyVisitor(
  deps: WidgetDeps,
  body: TWidgetIdentify,
): Promise<TWidgetIdentifyResult> {
  const organizationId = await organizationFor(deps, body.key);
  const settings = await loadSendingSettings(deps.db, organizationId);
  if (body.externalId === undefined) return identifyAnonymous(deps, organizationId, settings, body);
  verifyIdentity(deps.config.authSecret, settings, body.externalId, body.userHash);

  // Contacts come from the organization's systems (API, import), never from a public script:
  // anyone can read the widget key off a page, so it must not be able to create or change people.
  // The same lookups run whether or not the contact exists, and an unknown id gets the answer of
  // a contact with nothing due: the widget is no way to learn who is a customer.
  const event = body.event ?? null;
  const [contact, live] = await Promise.all([
    findByExternalId(deps.db, organizationId, body.externalId),
    repo.liveWidgetSurveys(deps.db, organizationId),
  ]);
  if (!contact) return NOTHING_DUE;
  const candidates = live.filter(
    (s) => (s.widget.event ?? null) === event && isInSample(contact.id, s.id, s.widget.samplePercent),
  );
  if (candidates.length === 0) return NOTHING_DUE;

  const org = await findOrganization(deps.db, organizationId);
  const now = deps.now();

  return repo.withContactLock(deps.db, contact.id, async (tx) => {
    let isThrottled = false;
    for (const survey of candidates) {
      if (
        survey.widget.segmentId &&
        !(await repo.isContactInSegment(tx, organizationId, survey.widget.segmentId, contact.id))
      )
        continue;
      const last = (await lastInvitedAt(tx, organizationId, [contact.id], survey.id)).get(contact.id);
      const decision = decideSend({
        channel: 'widget',
        contact: {
          isNeverSurvey: contact.isNeverSurvey,
          isEmailOptOut: contact.isEmailOptOut,
          hasEmail: contact.email !== null,
        },
        lastInvitedAt: last?.any ?? null,
        lastInvitedToSurveyAt: last?.survey ?? null,
        quietPeriodDays: settings.quietPeriodDays,
        recontactPeriodDays: survey.recontactPeriodDays,
        quota: NO_QUOTA,
        now,
      });
      if (!decision.send) {
        // Consent is not reported as such: the key is public, and "never survey" is personal.
        if (decision.reason === 'never_survey' || decision.reason === 'erased') return NOTHING_DUE;
        isThrottled = true;
        continue;
      }
      const shown = await offer(deps, tx, {
        organizationId,
        survey,
        contactId: contact.id,
        contactLanguage: contact.language,
        body,
        settings,
        defaultLanguage: org?.defaultLanguage ?? undefined,
        now,
      });
      if (shown) return { survey: shown, reason: null };
    }
    return { survey: null, reason: isThrottled ? 'throttled' : 'no_survey' };
  });
}

/**
 * A visitor the host does not identify (`Resonance.identify({ anonymous: true })`). Nobody to
 * look up, so segment-targeted surveys never show, the sample is drawn per page view, and the
 * quiet period counts from when this browser last showed a survey (the widget remembers it; a
 * visitor who clears it only asks themselves again).
 */
async function identifyAnonymous(
  deps: WidgetDeps,
  organizationId: string,
  settings: SendingSettingsRow,
  body: TWidgetIdentify,
): Promise<TWidgetIdentifyResult> {
  const event = body.event ?? null;
  const draw = randomUUID();
  const candidates = (await repo.liveWidgetSurveys(deps.db, organizationId)).filter(
    (s) =>
      (s.widget.event ?? null) === event &&
      s.widget.segmentId === null &&
      isInSample(draw, s.id, s.widget.samplePercent),
  );
  if (candidates.length === 0) return NOTHING_DUE;
  const org = await findOrganization(deps.db, organizationId);
  const now = deps.now();
  const lastShown = body.lastShownAt === undefined ? null : new Date(body.lastShownAt);
  let isThrottled = false;
  for (const survey of candidates) {
    const decision = decideSend({
      channel: 'widget',
      contact: { isNeverSurvey: false, isEmailOptOut: false, hasEmail: false },
      lastInvitedAt: lastShown,
      lastInvitedToSurveyAt: lastShown,
      quietPeriodDays: settings.quietPeriodDays,
      recontactPeriodDays: survey.recontactPeriodDays,
      quota: NO_QUOTA,
      now,
    });
    if (!decision.send) {
      isThrottled = true;
      continue;
    }
    const shown = await offer(deps, deps.db, {
      organizationId,
      survey,
      contactId: null,
      contactLanguage: null,
      body,
      settings,
      defaultLanguage: org?.defaultLanguage ?? undefined,
      now,
    });
    if (shown) return { survey: shown, reason: null };
  }
  return { survey: null, reason: isThrottled ? 'throttled' : 'no_survey' };
}

/**
 * An answer from the widget: the score first, then the comment, both to the same invitation,
 * which `recordResponse` merges into one response. The token is looked up within the key's
 * organization, so another organization's key (or a guessed token) finds nothing.
 */
export async function answerWidget(deps: WidgetDeps, body: TWidgetAnswer): Promise<{ recorded: true }> {
  const organizationId = await organizationFor(deps, body.key);
  const invitation = await repo.findWidgetInvitation(deps.db, organizationId, tokenHash(body.token));
  if (!invitation)
    throw new AppError('NOT_FOUND', 'No widget invitation has this token', [
      { field: 'body.token', message: 'unknown token' },
    ]);
  const now = deps.now();
  if (invitation.expiresAt && invitation.expiresAt.getTime() <= now.getTime()) {
    throw new AppError(
      'CONFLICT',
      'This widget question has expired; it is asked again after the quiet period',
      [{ field: 'body.token', message: 'expired' }],
    );
  }
  await recordResponse(deps, organizationId, {
    surveyId: invitation.surveyId,
    channel: 'widget',
    invitationId: invitation.id,
    contactId: invitation.contactId,
    language: invitation.language,
    answers: body.answers,
    // The token is the proof: it was only handed out after the identity was verified. An
    // invitation without a contact came from an anonymous visitor, and the answer says so.
    ...(invitation.contactId === null ? { hiddenFields: { identity: 'anonymous' } } : {}),
    occurredAt: now,
    fieldPrefix: 'body.answers',
  });
  return { recorded: true };
}
