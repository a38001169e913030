import type { TCaseCreate, TCaseDetail } from '../../../shared/contracts/cases.js';
import { AppError, invalidField } from '../../common/app-error.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { contactIdsByExternalId } from '../contacts/contact-lookup.repo.js';
import { checkAssignee, checkTeam } from './check-case-targets.js';
import { insertCaseEvents, type NewCaseEvent } from './case-events.repo.js';
import { nextCaseNumber } from './case-settings.repo.js';
import { deliverCaseMails, type CaseTx } from './case-tx.js';
import type { CaseDeps } from './change-case.js';
import { findCaseByExternalRef, inTransaction, insertCase } from './cases.repo.js';
import { readCaseDetail } from './get-case.service.js';
import { loadOrgContext } from './load-org-context.js';
import { notifyCase } from './notify-case.js';
import { refreshCaseSla } from './refresh-case-sla.js';

/**
 * A case from another system (`POST /api/v1/cases`) or opened by hand: its own SLA from its
 * channel, assigned as given or left in the queue. A repeated `externalRef` returns the stored
 * case (created: false), so a retrying caller never opens two.
 */
export async function createCase(
  deps: CaseDeps,
  organizationId: string,
  actorUserId: string | null,
  input: TCaseCreate,
): Promise<{ created: boolean; detail: TCaseDetail }> {
  const org = await loadOrgContext(deps.db, organizationId);
  const now = deps.now();
  const read = (id: string) => readCaseDetail(deps.db, org, organizationId, id, now);
  if (input.externalRef) {
    const existing = await findCaseByExternalRef(deps.db, organizationId, input.externalRef);
    if (existing) return { created: false, detail: await read(existing.id) };
  }
  const contactId = input.contactExternalId
    ? (await contactIdsByExternalId(deps.db, organizationId, [input.contactExternalId])).get(
        input.contactExternalId,
      )
    : undefined;
  if (input.contactExternalId && !contactId)
    throw invalidField('body.contactExternalId', 'no contact with this external id');
  if (input.teamId) await checkTeam(deps.db, organizationId, input.teamId);
  if (input.assigneeId) await checkAssignee(deps.db, organizationId, input.assigneeId);
  const cx: CaseTx = {
    db: deps.db,
    now,
    publicUrl: deps.config.publicUrl,
    hasSmtp: deps.hasSmtp,
    mailIds: [],
  };
  let id: string;
  try {
    id = await inTransaction(deps.db, async (tx) => {
      const inner = { ...cx, db: tx };
      const number = await nextCaseNumber(tx, organizationId);
      const c = await insertCase(tx, {
        organizationId,
        number,
        contactId: contactId ?? null,
        topic: input.topic ?? 'external',
        subject: input.subject,
        status: 'new',
        priority: input.priority ?? 'normal',
        channel: input.channel,
        origin: actorUserId ? 'manual' : 'api',
        externalRef: input.externalRef ?? null,
        teamId: input.teamId ?? org.settings.defaultTeamId,
        assigneeId: input.assigneeId ?? null,
        openedAt: now,
        updatedAt: now,
      });
      const base = { caseId: c.id, organizationId, at: now };
      const events: NewCaseEvent[] = [
        { ...base, type: 'opened', author: actorUserId ? 'person' : 'automation', actorUserId, data: {} },
      ];
      if (input.body)
        events.push({ ...base, type: 'customer-message', author: 'customer', body: input.body, data: {} });
      if (c.assigneeId)
        events.push({
          ...base,
          type: 'assigned',
          author: 'automation',
          data: { assigneeId: c.assigneeId, via: 'manual' },
        });
      await insertCaseEvents(tx, events);
      await refreshCaseSla(inner, org, c);
      if (c.assigneeId !== actorUserId)
        await notifyCase(inner, {
          kind: 'case.assigned',
          caseRow: c,
          userIds: [c.assigneeId],
          language: org.language,
          orgName: org.orgName,
          ...(input.body ? { details: { excerpt: input.body } } : {}),
        });
      cx.mailIds = inner.mailIds;
      return c.id;
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    // A concurrent call with the same externalRef won the race: hand back its case.
    const existing = input.externalRef
      ? await findCaseByExternalRef(deps.db, organizationId, input.externalRef)
      : null;
    if (!existing) throw new AppError('CONFLICT', 'The contact already has an open case of this topic');
    return { created: false, detail: await read(existing.id) };
  }
  await deliverCaseMails(deps.enqueue, cx);
  return { created: true, detail: await read(id) };
}
