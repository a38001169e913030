import type { DemoCasePlan } from '../../../domain/demo/demo-cases.js';
import { casePriority } from '../../../domain/cases/priority.js';
import { contactIdsByExternalId } from '../contacts/contact-lookup.repo.js';
import { findAgents } from './agents.repo.js';
import { findCaseCandidates } from './case-candidates.repo.js';
import { caseSubject } from './case-subject.js';
import { addCaseItem, insertCaseEvents } from './case-events.repo.js';
import { nextCaseNumber } from './case-settings.repo.js';
import type { CaseTx } from './case-tx.js';
import { inTransaction, insertCase } from './cases.repo.js';
import { loadOrgContext } from './load-org-context.js';
import { refreshCaseSla } from './refresh-case-sla.js';
import type { Db } from '../../db/client.js';

/**
 * Writes the demo's planned cases as the case code would have: numbered, assigned to the
 * organization's first agent, with their logs, then their SLA state computed on `now` (warnings,
 * breaches and escalations notify in the app only). One transaction.
 */
export async function writeDemoCases(
  deps: { db: Db; now: () => Date; config: { publicUrl: string } },
  organizationId: string,
  plans: readonly DemoCasePlan[],
): Promise<number> {
  if (plans.length === 0) return 0;
  const org = await loadOrgContext(deps.db, organizationId);
  const [agent] = await findAgents(deps.db, organizationId);
  const contactIds = await contactIdsByExternalId(
    deps.db,
    organizationId,
    plans.map((p) => p.contactExternalId),
  );
  const items = new Map(
    (
      await findCaseCandidates(
        deps.db,
        organizationId,
        plans.flatMap((p) => p.itemIds),
      )
    ).map((i) => [i.id, i]),
  );
  const now = deps.now();
  await inTransaction(deps.db, async (tx) => {
    const cx: CaseTx = {
      db: tx,
      now,
      publicUrl: deps.config.publicUrl,
      hasSmtp: false,
      mailIds: [],
      isQuiet: true,
    };
    for (const plan of plans) {
      const first = items.get(plan.itemIds[0] ?? '');
      // A second fill finds its feedback already followed up: no second case for it.
      if (!first || first.caseId) continue;
      const when = (type: string, status?: string) =>
        plan.events.find((e) => e.type === type && (status === undefined || e.data.status === status))?.at ??
        null;
      const firstReply = plan.events.find((e) => e.type === 'reply' && e.author === 'person')?.at ?? null;
      const resolvedAt =
        plan.status === 'resolved' || plan.status === 'closed' ? when('status', 'resolved') : null;
      const c = await insertCase(tx, {
        organizationId,
        number: await nextCaseNumber(tx, organizationId),
        contactId: contactIds.get(plan.contactExternalId) ?? null,
        topic: 'feedback',
        subject: caseSubject(first),
        status: plan.status,
        priority: casePriority({
          score: first.score,
          scaleMin: first.scaleMin,
          scaleMax: first.scaleMax,
          channel: first.channel,
          revenue: first.contact?.revenue ?? null,
          highValueRevenue: org.settings.highValueRevenue,
        }),
        channel: first.channel,
        origin: 'rule',
        ruleId: 'critical-scores',
        assigneeId: agent?.userId ?? null,
        language: plan.language,
        rootCause: plan.rootCause,
        action: plan.action,
        escalationLevel: plan.customerEscalatedAt ? 1 : 0,
        customerEscalatedAt: plan.customerEscalatedAt,
        openedAt: plan.openedAt,
        firstResponseAt: firstReply,
        resolvedAt,
        closedAt: plan.status === 'closed' ? when('status', 'closed') : null,
        updatedAt: plan.events[plan.events.length - 1]?.at ?? plan.openedAt,
      });
      for (const itemId of plan.itemIds)
        await addCaseItem(tx, {
          caseId: c.id,
          itemId,
          organizationId,
          joinedAt: items.get(itemId)?.occurredAt ?? plan.openedAt,
        });
      await insertCaseEvents(
        tx,
        plan.events.map((e) => ({
          caseId: c.id,
          organizationId,
          at: e.at,
          type: e.type,
          author: e.author,
          actorUserId: e.author === 'person' ? (agent?.userId ?? null) : null,
          body: e.body,
          data: e.data,
        })),
      );
      await refreshCaseSla(cx, org, c);
    }
  });
  return plans.length;
}
