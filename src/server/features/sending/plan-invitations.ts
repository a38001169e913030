import { randomUUID } from 'node:crypto';
import { DEFAULT_PLAN, isPlanId, usagePeriod } from '../../../domain/plans/plans.js';
import { decideSend, type SendDecision } from '../../../domain/rules/decide-send.js';
import { resolveLanguage } from '../../../domain/survey/answers.js';
import type { SkipReason } from '../../../shared/contracts/sending.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../common/app-error.js';
import { findOrganization } from '../organizations/organizations.repo.js';
import { consumeQuota } from '../usage/usage.service.js';
import { readUsage } from '../usage/usage.repo.js';
import { emailHash } from './invitation-token.js';
import {
  insertInvitations,
  type NewInvitation,
  type SendContact,
  type SurveyWithVersion,
} from './invitations.repo.js';
import { loadSendingSettings } from './sending-settings.service.js';
import { lastInvitedAt, suppressedHashes } from './throttle.repo.js';

export interface PlanDeps {
  db: Db;
  now: () => Date;
}

export interface PlanTarget {
  /** What the caller named (an externalId), echoed in the outcome. */
  ref: string;
  contact: SendContact | null;
}

export interface PlanOutcome {
  ref: string;
  status: 'scheduled' | 'held' | 'skipped';
  invitationId: string | null;
  reason: SkipReason | null;
  until: Date | null;
}

export interface PlanOptions {
  sendId: string;
  scheduledFor: Date;
  /** Interactive sends refuse over quota with an error (nothing written); programs record the skip. */
  quotaRefusal: 'error' | 'skip';
}

/**
 * Decides every target with `decideSend` (consent, then throttling, then quota) and writes one
 * invitation per known contact: scheduled, held for next month, or skipped with its reason, so
 * the funnel accounts for everyone asked about. Sends count against the month's quota when
 * they are planned, in one guarded step; in `error` mode a call that does not fit is refused
 * before anything is written.
 */
export async function planInvitations(
  deps: PlanDeps,
  organizationId: string,
  survey: SurveyWithVersion,
  targets: readonly PlanTarget[],
  opts: PlanOptions,
): Promise<PlanOutcome[]> {
  const now = deps.now();
  const [settings, org] = await Promise.all([
    loadSendingSettings(deps.db, organizationId),
    findOrganization(deps.db, organizationId),
  ]);
  const planId = org?.planId && isPlanId(org.planId) ? org.planId : DEFAULT_PLAN;
  const known = targets.flatMap((t) => (t.contact ? [t.contact] : []));
  const last = await lastInvitedAt(
    deps.db,
    organizationId,
    known.map((c) => c.id),
    survey.id,
  );
  const suppressed = await suppressedHashes(
    deps.db,
    organizationId,
    known.flatMap((c) => (c.email ? [emailHash(c.email)] : [])),
  );
  let used = await readUsage(deps.db, organizationId, usagePeriod(now), 'survey.sends');

  const outcomes: PlanOutcome[] = [];
  const rows: NewInvitation[] = [];
  let toConsume = 0;
  let overQuota = 0;
  for (const target of targets) {
    const contact = target.contact;
    if (!contact) {
      outcomes.push({
        ref: target.ref,
        status: 'skipped',
        invitationId: null,
        reason: 'unknown_contact',
        until: null,
      });
      continue;
    }
    const seen = last.get(contact.id) ?? { any: null, survey: null };
    const decision: SendDecision = decideSend({
      channel: 'email',
      contact: {
        isNeverSurvey: contact.isNeverSurvey,
        isEmailOptOut: contact.isEmailOptOut,
        hasEmail: contact.email !== null && contact.email !== '',
        isEmailSuppressed: contact.email ? suppressed.has(emailHash(contact.email)) : false,
      },
      lastInvitedAt: seen.any,
      lastInvitedToSurveyAt: seen.survey,
      quietPeriodDays: settings.quietPeriodDays,
      recontactPeriodDays: survey.recontactPeriodDays,
      quota: { planId, usedThisMonth: used, overQuota: settings.overQuota },
      now: opts.scheduledFor,
    });
    const id = randomUUID();
    const language = resolveLanguage(survey.definition.languages, contact.language, org?.defaultLanguage);
    const base = {
      id,
      organizationId,
      surveyId: survey.id,
      sendId: opts.sendId,
      contactId: contact.id,
      channel: 'email' as const,
      language,
      scheduledFor: opts.scheduledFor,
    };
    if (decision.send) {
      used += 1;
      toConsume += 1;
      // A contact named twice in one call is asked once: the second is inside the quiet period.
      last.set(contact.id, { any: opts.scheduledFor, survey: opts.scheduledFor });
      rows.push({ ...base, status: 'scheduled', skipReason: null, skipUntil: null });
      outcomes.push({ ref: target.ref, status: 'scheduled', invitationId: id, reason: null, until: null });
      continue;
    }
    const until = 'until' in decision ? decision.until : null;
    const held = decision.reason === 'quota_exceeded' && decision.hold;
    if (decision.reason === 'quota_exceeded' && !held) overQuota += 1;
    rows.push({ ...base, status: held ? 'held' : 'skipped', skipReason: decision.reason, skipUntil: until });
    outcomes.push({
      ref: target.ref,
      status: held ? 'held' : 'skipped',
      invitationId: id,
      reason: decision.reason,
      until,
    });
  }

  if (overQuota > 0 && opts.quotaRefusal === 'error') {
    const remaining = Math.max(0, toConsume);
    throw new AppError(
      'QUOTA_EXCEEDED',
      `This send needs ${toConsume + overQuota} invitations but the ${planId} plan has only ${remaining} left this month; nothing was sent. Send to fewer contacts, wait for next month, or choose "hold until next month" in the sending settings.`,
      [{ field: 'body.contacts', message: `${overQuota} over this month's quota` }],
    );
  }
  // The guarded counter makes the quota hold under concurrent sends: a loser is refused whole.
  if (toConsume > 0) await consumeQuota(deps, organizationId, 'survey.sends', toConsume);
  await insertInvitations(deps.db, rows);
  return outcomes;
}
