import { randomUUID } from 'node:crypto';
import { chooseAssignee, type AssignableAgent } from '../../../domain/cases/assignment.js';
import { matchCaseRule, type CaseCandidate } from '../../../domain/cases/case-rules.js';
import { analyseText } from '../../../domain/text/analyse-text.js';
import { casePriority, CASE_PRIORITIES, type CasePriority } from '../../../domain/cases/priority.js';
import { findAgents, findMembersOfTeams, findTeams, markAssigned } from './agents.repo.js';
import { findCaseCandidates, type CaseCandidateRow } from './case-candidates.repo.js';
import { addCaseItems, insertCaseEvents, type NewCaseEvent } from './case-events.repo.js';
import { reserveCaseNumbers } from './case-settings.repo.js';
import { caseSubject } from './case-subject.js';
import type { CaseTx } from './case-tx.js';
import { findOpenCasesForUpdate, insertCases, type CaseRow } from './cases.repo.js';
import type { CaseNotice } from './notify-case.js';
import { refreshCasesSla, type OrgContext } from './refresh-case-sla.js';

/**
 * An item's sentiment and themes as the text stage stores them, or read here when that stage has
 * not reached the item yet: both stages run on the same event independently, and the reading is
 * the same pure function, so the rule does not depend on which finishes first.
 */
function readingOf(row: CaseCandidateRow): Pick<CaseCandidate, 'sentiment' | 'themes'> {
  const stored = row.analysis;
  if (stored && typeof stored.sentiment === 'number')
    return {
      sentiment: stored.sentiment,
      themes: (stored.themeDetails ?? []).map((t) => ({ id: t.id, sentiment: t.sentiment })),
    };
  if (!row.text?.trim()) return { sentiment: null, themes: [] };
  const read = analyseText(row.text);
  return {
    sentiment: read.sentiment.score,
    themes: read.themes.map((t) => ({ id: t.themeId, sentiment: t.sentiment })),
  };
}

function candidateOf(row: CaseCandidateRow): CaseCandidate {
  return {
    metric: row.metric,
    score: row.score,
    scaleMin: row.scaleMin,
    scaleMax: row.scaleMax,
    channel: row.channel,
    surveyId: row.surveyId,
    touchpoint: row.touchpoint,
    ...readingOf(row),
    contact:
      row.contactId && row.contact
        ? { segment: row.contact.segment, revenue: row.contact.revenue, attributes: row.contact.attributes }
        : null,
  };
}

const higher = (a: CasePriority, b: CasePriority) =>
  CASE_PRIORITIES.indexOf(a) >= CASE_PRIORITIES.indexOf(b) ? a : b;

const openKey = (contactId: string, topic: string) => `${contactId}\u0000${topic}`;

/** A case the batch touches: one that was open before it (joined) or one it opens. */
interface Touched {
  row: CaseRow;
  notices: CaseNotice[];
}

/** What a case opened by a rule starts with besides what the batch decides. */
const NEW_CASE = {
  externalRef: null,
  rootCause: null,
  action: null,
  escalationLevel: 0,
  customerEscalatedAt: null,
  firstResponseAt: null,
  resolvedAt: null,
  closedAt: null,
  slaNextCheckAt: null,
  slaDueAt: null,
  isSlaBreached: false,
  isSlaWarned: false,
  firstResponseMet: null,
  resolutionMet: null,
  recoveryInvitationId: null,
} as const;

/**
 * The case rules' use case, run by the cases stage on a batch of new or changed items: an item
 * that meets a rule joins its contact's open case of the rule's topic, or opens one — numbered,
 * prioritised, assigned (account owner, round-robin, queue), its SLA clocks started, the
 * assignee (or the team) notified. An item already in a case is left alone, so a changed rule
 * never reopens or duplicates old cases.
 *
 * The batch is decided in memory, oldest item first (a contact's second low score in one batch
 * joins the case its first one opened), and written with a handful of statements whatever its
 * size: at one statement per step a stage fell behind one detractor in five at peak load.
 */
export async function openCasesForItems(
  cx: CaseTx,
  org: OrgContext,
  organizationId: string,
  itemIds: readonly string[],
): Promise<{ opened: number; joined: number }> {
  const rows = (await findCaseCandidates(cx.db, organizationId, itemIds)).filter((r) => r.caseId === null);
  rows.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const matched = rows.flatMap((row) => {
    const rule = matchCaseRule(org.settings.rules, candidateOf(row));
    return rule ? [{ row, rule }] : [];
  });
  if (matched.length === 0) return { opened: 0, joined: 0 };

  const contactIds = [...new Set(matched.flatMap((m) => (m.row.contactId ? [m.row.contactId] : [])))];
  const open = new Map<string, Touched>();
  for (const c of await findOpenCasesForUpdate(cx.db, organizationId, contactIds))
    if (c.contactId) open.set(openKey(c.contactId, c.topic), { row: c, notices: [] });

  const needsTeam = matched.some((m) => m.rule.teamId ?? org.settings.defaultTeamId);
  const teams = new Map((needsTeam ? await findTeams(cx.db, organizationId) : []).map((t) => [t.id, t]));
  const agents = await findAgents(cx.db, organizationId);
  const agentById = new Map(agents.map((a) => [a.userId, a]));
  const membersByTeam = new Map<string, AssignableAgent[]>();
  for (const m of await findMembersOfTeams(cx.db, organizationId, [...teams.keys()])) {
    const a = agentById.get(m.userId);
    if (!a) continue;
    const list = membersByTeam.get(m.teamId) ?? [];
    list.push({ userId: a.userId, email: a.email, name: a.name, lastAssignedAt: m.lastAssignedAt });
    membersByTeam.set(m.teamId, list);
  }
  const everyone = agents.map((a) => ({
    userId: a.userId,
    email: a.email,
    name: a.name,
    lastAssignedAt: null,
  }));

  const touched: Touched[] = [];
  const newCases: CaseRow[] = [];
  const items: { caseId: string; itemId: string; organizationId: string; joinedAt: Date }[] = [];
  const events: NewCaseEvent[] = [];
  const roundRobin: { teamId: string; userId: string; at: Date }[] = [];
  let joined = 0;
  for (const { row, rule } of matched) {
    const priority = casePriority({
      score: row.score,
      scaleMin: row.scaleMin,
      scaleMax: row.scaleMax,
      channel: row.channel,
      revenue: row.contact?.revenue ?? null,
      highValueRevenue: org.settings.highValueRevenue,
    });
    const details = {
      ...(row.score !== null && row.scaleMin !== null && row.scaleMax !== null
        ? { score: { value: row.score, min: row.scaleMin, max: row.scaleMax, metric: row.metric } }
        : {}),
      ...(row.text ? { excerpt: row.text } : {}),
    };
    const notice = { language: org.language, orgName: org.orgName, details };
    const key = row.contactId ? openKey(row.contactId, rule.topic) : null;
    const existing = key ? open.get(key) : undefined;
    if (existing) {
      const c = existing.row;
      items.push({ caseId: c.id, itemId: row.id, organizationId, joinedAt: cx.now });
      events.push({
        caseId: c.id,
        organizationId,
        at: cx.now,
        type: 'joined',
        author: 'customer',
        data: { itemId: row.id, score: row.score, metric: row.metric },
      });
      // In place: a case opened earlier in this batch is inserted with the raised priority.
      c.priority = higher(c.priority as CasePriority, priority);
      c.updatedAt = cx.now;
      existing.notices.push({
        ...notice,
        kind: 'case.joined',
        caseRow: c,
        userIds: [c.assigneeId],
        data: { score: row.score, metric: row.metric },
      });
      if (!touched.includes(existing)) touched.push(existing);
      joined += 1;
      continue;
    }
    const teamId = rule.teamId ?? org.settings.defaultTeamId;
    const team = (teamId && teams.get(teamId)) || null;
    const teamMembers = team ? (membersByTeam.get(team.id) ?? []) : [];
    const choice = chooseAssignee({
      accountOwner: row.contact?.accountOwner ?? null,
      agents: everyone,
      teamMembers,
      roundRobin: team?.isRoundRobin ?? false,
    });
    if (choice.via === 'round-robin' && team && choice.assigneeId) {
      // Stamped a millisecond apart, so the next case of this batch (and of the next one) goes to
      // whoever waited longest rather than, all stamps being equal, to the lowest user id again.
      const at = new Date(cx.now.getTime() + roundRobin.length);
      const member = teamMembers.find((m) => m.userId === choice.assigneeId);
      if (member) member.lastAssignedAt = at;
      roundRobin.push({ teamId: team.id, userId: choice.assigneeId, at });
    }
    const id = randomUUID();
    const created: CaseRow = {
      ...NEW_CASE,
      id,
      organizationId,
      // Drawn for the whole batch once it is decided.
      number: 0,
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
    };
    newCases.push(created);
    items.push({ caseId: id, itemId: row.id, organizationId, joinedAt: cx.now });
    events.push(
      {
        caseId: id,
        organizationId,
        at: cx.now,
        type: 'opened',
        author: 'automation',
        data: { ruleId: rule.id, itemId: row.id },
      },
      {
        caseId: id,
        organizationId,
        at: cx.now,
        type: 'assigned',
        author: 'automation',
        data: { assigneeId: choice.assigneeId, teamId: team?.id ?? null, via: choice.via },
      },
    );
    const entry: Touched = {
      row: created,
      notices: [
        {
          ...notice,
          kind: 'case.assigned',
          caseRow: created,
          userIds: choice.assigneeId ? [choice.assigneeId] : teamMembers.map((m) => m.userId),
          data: { via: choice.via, score: row.score, metric: row.metric },
        },
      ],
    };
    if (key) open.set(key, entry);
    touched.push(entry);
  }

  if (newCases.length > 0) {
    const first = await reserveCaseNumbers(cx.db, organizationId, newCases.length);
    newCases.forEach((c, i) => (c.number = first + i));
    await insertCases(cx.db, newCases);
  }
  await addCaseItems(cx.db, items);
  await insertCaseEvents(cx.db, events);
  const latest = new Map(roundRobin.map((r) => [`${r.teamId}\u0000${r.userId}`, r]));
  for (const r of latest.values()) await markAssigned(cx.db, r.teamId, r.userId, r.at);
  // The assignments and joins are told in the same writes as whatever the SLA refresh tells.
  await refreshCasesSla(
    cx,
    org,
    touched.map((t) => t.row),
    touched.flatMap((t) => t.notices),
  );
  return { opened: newCases.length, joined };
}
