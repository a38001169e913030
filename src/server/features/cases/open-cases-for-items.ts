import { chooseAssignee } from '../../../domain/cases/assignment.js';
import { matchCaseRule, type CaseCandidate } from '../../../domain/cases/case-rules.js';
import { casePriority, CASE_PRIORITIES, type CasePriority } from '../../../domain/cases/priority.js';
import { findAgents, findTeam, findTeamMembers, markAssigned } from './agents.repo.js';
import { findCaseCandidates, type CaseCandidateRow } from './case-candidates.repo.js';
import { caseSubject } from './case-subject.js';
import { addCaseItem, insertCaseEvents } from './case-events.repo.js';
import { nextCaseNumber } from './case-settings.repo.js';
import type { CaseTx } from './case-tx.js';
import { findOpenCaseForUpdate, insertCase, updateCase } from './cases.repo.js';
import { notifyCase } from './notify-case.js';
import { refreshCaseSla, type OrgContext } from './refresh-case-sla.js';

function candidateOf(row: CaseCandidateRow): CaseCandidate {
  const sentiment = row.analysis?.sentiment;
  return {
    metric: row.metric,
    score: row.score,
    scaleMin: row.scaleMin,
    scaleMax: row.scaleMax,
    channel: row.channel,
    surveyId: row.surveyId,
    touchpoint: row.touchpoint,
    sentiment: typeof sentiment === 'number' ? sentiment : null,
    contact:
      row.contactId && row.contact
        ? { segment: row.contact.segment, revenue: row.contact.revenue, attributes: row.contact.attributes }
        : null,
  };
}

const higher = (a: CasePriority, b: CasePriority) =>
  CASE_PRIORITIES.indexOf(a) >= CASE_PRIORITIES.indexOf(b) ? a : b;

/**
 * The case rules' use case, run by the cases stage on a batch of new or changed items: an item
 * that meets a rule joins its contact's open case of the rule's topic, or opens one — numbered,
 * prioritised, assigned (account owner, round-robin, queue), its SLA clocks started, the
 * assignee (or the team) notified. An item already in a case is left alone, so a changed rule
 * never reopens or duplicates old cases.
 */
export async function openCasesForItems(
  cx: CaseTx,
  org: OrgContext,
  organizationId: string,
  itemIds: readonly string[],
): Promise<{ opened: number; joined: number }> {
  const rows = (await findCaseCandidates(cx.db, organizationId, itemIds)).filter((r) => r.caseId === null);
  rows.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  let opened = 0;
  let joined = 0;
  let agents: Awaited<ReturnType<typeof findAgents>> | null = null;
  for (const row of rows) {
    const rule = matchCaseRule(org.settings.rules, candidateOf(row));
    if (!rule) continue;
    const priority = casePriority({
      score: row.score,
      scaleMin: row.scaleMin,
      scaleMax: row.scaleMax,
      channel: row.channel,
      revenue: row.contact?.revenue ?? null,
      highValueRevenue: org.settings.highValueRevenue,
    });
    const existing = row.contactId
      ? await findOpenCaseForUpdate(cx.db, organizationId, row.contactId, rule.topic)
      : null;
    const details = {
      ...(row.score !== null && row.scaleMin !== null && row.scaleMax !== null
        ? { score: { value: row.score, min: row.scaleMin, max: row.scaleMax, metric: row.metric } }
        : {}),
      ...(row.text ? { excerpt: row.text } : {}),
    };
    const notice = { language: org.language, orgName: org.orgName, details };
    if (existing) {
      await addCaseItem(cx.db, { caseId: existing.id, itemId: row.id, organizationId, joinedAt: cx.now });
      await insertCaseEvents(cx.db, [
        {
          caseId: existing.id,
          organizationId,
          at: cx.now,
          type: 'joined',
          author: 'customer',
          data: { itemId: row.id, score: row.score, metric: row.metric },
        },
      ]);
      const raised = higher(existing.priority as CasePriority, priority);
      const updated =
        raised !== existing.priority
          ? await updateCase(cx.db, organizationId, existing.id, { priority: raised, updatedAt: cx.now })
          : existing;
      await refreshCaseSla(cx, org, updated);
      await notifyCase(cx, {
        ...notice,
        kind: 'case.joined',
        caseRow: existing,
        userIds: [existing.assigneeId],
        data: { score: row.score, metric: row.metric },
      });
      joined += 1;
      continue;
    }
    const teamId = rule.teamId ?? org.settings.defaultTeamId;
    const team = teamId ? await findTeam(cx.db, organizationId, teamId) : null;
    agents ??= await findAgents(cx.db, organizationId);
    const members = team ? await findTeamMembers(cx.db, organizationId, team.id) : [];
    const byId = new Map(agents.map((a) => [a.userId, a]));
    const teamMembers = members.flatMap((m) => {
      const a = byId.get(m.userId);
      return a ? [{ userId: a.userId, email: a.email, name: a.name, lastAssignedAt: m.lastAssignedAt }] : [];
    });
    const choice = chooseAssignee({
      accountOwner: row.contact?.accountOwner ?? null,
      agents: agents.map((a) => ({ userId: a.userId, email: a.email, name: a.name, lastAssignedAt: null })),
      teamMembers,
      roundRobin: team?.isRoundRobin ?? false,
    });
    const number = await nextCaseNumber(cx.db, organizationId);
    const created = await insertCase(cx.db, {
      organizationId,
      number,
      contactId: row.contactId,
      topic: rule.topic,
      subject: caseSubject(row),
      status: 'new',
      priority,
      channel: row.channel,
      origin: 'rule',
      ruleId: rule.id,
      teamId: team?.id ?? null,
      assigneeId: choice.assigneeId,
      language: row.contact?.language ?? row.language,
      openedAt: cx.now,
      updatedAt: cx.now,
    });
    await addCaseItem(cx.db, { caseId: created.id, itemId: row.id, organizationId, joinedAt: cx.now });
    await insertCaseEvents(cx.db, [
      {
        caseId: created.id,
        organizationId,
        at: cx.now,
        type: 'opened',
        author: 'automation',
        data: { ruleId: rule.id, itemId: row.id },
      },
      {
        caseId: created.id,
        organizationId,
        at: cx.now,
        type: 'assigned',
        author: 'automation',
        data: { assigneeId: choice.assigneeId, teamId: team?.id ?? null, via: choice.via },
      },
    ]);
    if (choice.via === 'round-robin' && team && choice.assigneeId)
      await markAssigned(cx.db, team.id, choice.assigneeId, cx.now);
    await refreshCaseSla(cx, org, created);
    const to: Array<string | null> = choice.assigneeId
      ? [choice.assigneeId]
      : teamMembers.map((m) => m.userId);
    await notifyCase(cx, {
      ...notice,
      kind: 'case.assigned',
      caseRow: created,
      userIds: to,
      data: { via: choice.via, score: row.score, metric: row.metric },
    });
    opened += 1;
  }
  return { opened, joined };
}
