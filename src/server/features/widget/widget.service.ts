import { randomUUID } from 'node:crypto';
import { decideSend, type DecideSendInput } from '../../../domain/rules/decide-send.js';
import { followUpPrompt, primaryLanguage, resolveLanguage, scaleOf } from '../../../domain/survey/answers.js';
import { localize } from '../../../domain/survey/localized-text.js';
import type { LanguageCode, SurveyDefinition } from '../../../shared/contracts/survey-model.js';
import type { Config } from '../../config.js';
import { AppError } from '../../http/app-error.js';
import { brandPalette } from '../../../survey-pages/brand-palette.js';
import { scaleEndLabels } from '../../../survey-pages/scale-labels.js';
import { findByExternalId } from '../contacts/contacts.repo.js';
import type { FeedbackDeps } from '../feedback/feedback.service.js';
import { findOrganization } from '../organizations/organizations.repo.js';
import { headlineQuestions, recordResponse } from '../responses/record-response.service.js';
import { invitationToken, tokenHash } from '../sending/invitation-token.js';
import { loadSendingSettings } from '../sending/sending-settings.service.js';
import { lastInvitedAt, organizationIdByWidgetKey } from '../sending/throttle.repo.js';
import { findVersion } from '../surveys/surveys.repo.js';
import { isInSample } from './sample-bucket.js';
import type { TWidgetAnswer, TWidgetIdentify, TWidgetIdentifyResult, TWidgetSurvey } from './widget-contract.js';
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

const unknownKey = () => new AppError('NOT_FOUND', 'Unknown widget key', [{ field: 'body.key', message: 'no organization has this widget key' }]);

async function organizationFor(deps: WidgetDeps, key: string): Promise<string> {
  const organizationId = await organizationIdByWidgetKey(deps.db, key);
  if (!organizationId) throw unknownKey();
  return organizationId;
}

/** The score question and the "why?" as the widget shows them, in one language. */
function widgetQuestions(definition: SurveyDefinition, language: LanguageCode): Pick<TWidgetSurvey, 'score' | 'why'> | null {
  const { primary, why } = headlineQuestions(definition);
  if (!primary) return null;
  const score = { id: primary.id, type: primary.type, prompt: localize(primary.prompt, language), ...scaleOf(primary), ...scaleEndLabels(primary, language) };
  if (!why || why.type !== 'text') return { score, why: null };
  // Category prompts are worded for NPS scores; other metrics get the plain prompt three times.
  const at = (npsScore: number) => followUpPrompt(definition, primary.type === 'nps' ? npsScore : null, language) ?? localize(why.prompt, language);
  return { score, why: { id: why.id, maxLength: why.maxLength, prompts: [at(0), at(7), at(10)] } };
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
export async function identifyVisitor(deps: WidgetDeps, body: TWidgetIdentify): Promise<TWidgetIdentifyResult> {
  const organizationId = await organizationFor(deps, body.key);
  // Contacts come from the organization's systems (API, import), never from a public script:
  // anyone can read the widget key off a page, so it must not be able to create or change people.
  const contact = await findByExternalId(deps.db, organizationId, body.externalId);
  if (!contact) return { survey: null, reason: 'unknown_contact' };

  const event = body.event ?? null;
  const candidates = (await repo.liveWidgetSurveys(deps.db, organizationId)).filter(
    (s) => (s.widget.event ?? null) === event && isInSample(contact.id, s.id, s.widget.samplePercent),
  );
  if (candidates.length === 0) return { survey: null, reason: 'no_survey' };

  const settings = await loadSendingSettings(deps.db, organizationId);
  const org = await findOrganization(deps.db, organizationId);
  const now = deps.now();

  return repo.withContactLock(deps.db, contact.id, async (tx) => {
    let isThrottled = false;
    for (const survey of candidates) {
      if (survey.widget.segmentId && !(await repo.isContactInSegment(tx, organizationId, survey.widget.segmentId, contact.id))) continue;
      const last = (await lastInvitedAt(tx, organizationId, [contact.id], survey.id)).get(contact.id);
      const decision = decideSend({
        channel: 'widget',
        contact: { isNeverSurvey: contact.isNeverSurvey, isEmailOptOut: contact.isEmailOptOut, hasEmail: contact.email !== null },
        lastInvitedAt: last?.any ?? null,
        lastInvitedToSurveyAt: last?.survey ?? null,
        quietPeriodDays: settings.quietPeriodDays,
        recontactPeriodDays: survey.recontactPeriodDays,
        quota: NO_QUOTA,
        now,
      });
      if (!decision.send) {
        // Consent is not reported as such: the key is public, and "never survey" is personal.
        if (decision.reason === 'never_survey' || decision.reason === 'erased') return { survey: null, reason: 'no_survey' };
        isThrottled = true;
        continue;
      }
      const version = await findVersion(tx, organizationId, survey.id, survey.currentVersion);
      if (!version) continue;
      const language = resolveLanguage(version.definition.languages, primaryLanguage(body.language) ?? contact.language, org?.defaultLanguage);
      const questions = widgetQuestions(version.definition, language);
      if (!questions) continue;

      const invitationId = randomUUID();
      const token = invitationToken(deps.config.authSecret, invitationId);
      await repo.insertWidgetInvitation(tx, {
        id: invitationId,
        organizationId,
        surveyId: survey.id,
        contactId: contact.id,
        language,
        tokenHash: tokenHash(token),
        sentAt: now,
        expiresAt: new Date(now.getTime() + WIDGET_ANSWER_WINDOW_MS),
      });
      return {
        survey: { invitationId, token, language, delaySeconds: survey.widget.delaySeconds, colors: brandPalette(settings.brandColor), ...questions },
        reason: null,
      };
    }
    return { survey: null, reason: isThrottled ? 'throttled' : 'no_survey' };
  });
}

/**
 * An answer from the widget: the score first, then the comment, both to the same invitation,
 * which `recordResponse` merges into one response. The token is looked up within the key's
 * organization, so another organization's key (or a guessed token) finds nothing.
 */
export async function answerWidget(deps: WidgetDeps, body: TWidgetAnswer): Promise<{ recorded: true }> {
  const organizationId = await organizationFor(deps, body.key);
  const invitation = await repo.findWidgetInvitation(deps.db, organizationId, tokenHash(body.token));
  if (!invitation) throw new AppError('NOT_FOUND', 'No widget invitation has this token', [{ field: 'body.token', message: 'unknown token' }]);
  const now = deps.now();
  if (invitation.expiresAt && invitation.expiresAt.getTime() <= now.getTime()) {
    throw new AppError('CONFLICT', 'This widget question has expired; it is asked again after the quiet period', [{ field: 'body.token', message: 'expired' }]);
  }
  await recordResponse(deps, organizationId, {
    surveyId: invitation.surveyId,
    channel: 'widget',
    invitationId: invitation.id,
    contactId: invitation.contactId,
    language: invitation.language,
    answers: body.answers,
    occurredAt: now,
    fieldPrefix: 'body.answers',
  });
  return { recorded: true };
}
