import type { TSendResult, TSendToContacts } from '../../../shared/contracts/sending.js';
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../common/app-error.js';
import { iso } from '../../common/iso.js';
import type { Enqueue } from '../../pipeline/catalog.js';
import { findByExternalIds } from '../contacts/contacts.repo.js';
import { inTransaction, insertSend, surveyWithVersion, type SurveyWithVersion } from './invitations.repo.js';
import { planInvitations, type PlanOutcome } from './plan-invitations.js';
import { setSendStatus } from './sends.repo.js';

export interface SendDeps {
  db: Db;
  enqueue: Enqueue;
  now: () => Date;
}

export async function liveSurvey(
  db: Db,
  organizationId: string,
  surveyId: string,
): Promise<SurveyWithVersion> {
  const survey = await surveyWithVersion(db, organizationId, surveyId);
  if (!survey) throw notFound('Survey');
  if (survey.status !== 'live') {
    throw new AppError(
      'CONFLICT',
      `The survey is ${survey.status}; only live surveys can be sent. Set it live first.`,
      [{ field: 'status', message: `is ${survey.status}` }],
    );
  }
  return survey;
}

export function toSendResult(sendId: string, outcomes: readonly PlanOutcome[]): TSendResult {
  const count = (s: PlanOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  return {
    sendId,
    scheduled: count('scheduled'),
    held: count('held'),
    skipped: count('skipped'),
    results: outcomes.map((o) => ({
      contact: o.ref,
      status: o.status,
      invitationId: o.invitationId,
      reason: o.reason,
      until: o.until ? iso(o.until) : null,
    })),
  };
}

/**
 * `POST /api/v1/surveys/{id}/send`: invite these contacts, now or after a delay. Every contact is
 * decided on its own and the answer says what happened to each; invitations go out from the
 * dispatch job, which re-checks consent at sending time.
 */
export async function sendToContacts(
  deps: SendDeps,
  organizationId: string,
  surveyId: string,
  body: TSendToContacts,
): Promise<TSendResult> {
  const survey = await liveSurvey(deps.db, organizationId, surveyId);
  const found = await findByExternalIds(deps.db, organizationId, body.contacts);
  const scheduledFor = new Date(deps.now().getTime() + body.delaySeconds * 1000);
  const { sendId, outcomes } = await inTransaction(deps.db, async (tx) => {
    const id = await insertSend(tx, {
      organizationId,
      surveyId,
      kind: 'api',
      audience: { kind: 'contacts', externalIds: body.contacts },
      everyDays: null,
      delaySeconds: body.delaySeconds,
      createdAt: deps.now(),
    });
    const targets = body.contacts.map((ref) => {
      const c = found.get(ref);
      return {
        ref,
        contact: c
          ? {
              id: c.id,
              externalId: c.externalId,
              email: c.email,
              name: c.name,
              language: c.language,
              isEmailOptOut: c.isEmailOptOut,
              isNeverSurvey: c.isNeverSurvey,
            }
          : null,
      };
    });
    const planned = await planInvitations({ db: tx, now: deps.now }, organizationId, survey, targets, {
      sendId: id,
      scheduledFor,
      quotaRefusal: 'error',
    });
    // A call is planned whole at once: nothing more will join it.
    await setSendStatus(tx, organizationId, id, 'done');
    return { sendId: id, outcomes: planned };
  });
  if (outcomes.some((o) => o.status === 'scheduled')) {
    await deps.enqueue(
      'surveys.dispatch',
      {},
      body.delaySeconds > 0 ? { delaySeconds: body.delaySeconds } : {},
    );
  }
  return toSendResult(sendId, outcomes);
}
