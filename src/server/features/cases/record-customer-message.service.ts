import { AppError } from '../../common/app-error.js';
import { findAdmins, findTeamMembers } from './agents.repo.js';
import { insertCaseEvents, type NewCaseEvent } from './case-events.repo.js';
import type { CaseTx } from './case-tx.js';
import { changeCase, type CaseDeps } from './change-case.js';
import { findOpenCaseForUpdate, updateCase, type CaseRow } from './cases.repo.js';
import { countCustomerMessagesSince } from './customer-case.repo.js';
import { notifyCase } from './notify-case.js';

/** Messages a customer may write on one case per hour, by page and mail together: no spamming agents. */
export const CUSTOMER_MESSAGES_PER_HOUR = 10;
const HOUR_MS = 3_600_000;

export interface CustomerMessageInput {
  organizationId: string;
  /** The case the customer's link or reply address names. */
  caseId: string;
  body: string;
  via: 'page' | 'mail';
  /** Inbound mail: the sender's address, kept on the event (it may not be the contact's). */
  from?: string | null;
  /** Inbound mail: whether the sender is the case's contact (a forwarded mail is filed all the same). */
  fromContact?: boolean;
  /** Inbound mail: its Message-ID, so later replies thread under it. */
  mailMessageId?: string | null;
}

export type CustomerMessageOutcome =
  | {
      kind: 'recorded';
      /** The case the message landed in: another open one of the same contact and topic, when the named one is closed. */
      caseId: string;
      caseNumber: number;
      reopened: boolean;
    }
  | { kind: 'limited' };

const isClosed = (c: CaseRow) => c.status === 'resolved' || c.status === 'closed';

/** The assignee, else the case's team, else (no team either) the organization's owners and admins. */
async function whoHears(cx: CaseTx, c: CaseRow): Promise<string[]> {
  if (c.assigneeId) return [c.assigneeId];
  if (c.teamId) {
    const members = await findTeamMembers(cx.db, c.organizationId, c.teamId);
    if (members.length > 0) return members.map((m) => m.userId);
  }
  return findAdmins(cx.db, c.organizationId);
}

/**
 * The customer writes on their case (reply page or inbound mail): a `customer-message` event, and
 * the case moves to `open` when it waited for them or was resolved or closed. A closed case is
 * not reopened when the contact meanwhile has another open case of its topic (one open case per
 * contact and topic): the message joins that one. The assignee (or the team) is told; the SLA
 * clocks follow from the log (`changeCase`). At most `CUSTOMER_MESSAGES_PER_HOUR` per case.
 */
export async function recordCustomerMessage(
  deps: CaseDeps,
  input: CustomerMessageInput,
): Promise<CustomerMessageOutcome> {
  // A reopen racing another reopen of the same contact and topic loses on the unique index;
  // the second try finds the winner open and joins it.
  for (let attempt = 0; ; attempt++) {
    try {
      return await attemptRecord(deps, input);
    } catch (err) {
      if (err instanceof AppError && err.code === 'RATE_LIMITED') return { kind: 'limited' };
      if (err instanceof AppError && err.code === 'CONFLICT' && attempt === 0) continue;
      throw err;
    }
  }
}

async function attemptRecord(deps: CaseDeps, input: CustomerMessageInput): Promise<CustomerMessageOutcome> {
  const result: { outcome?: CustomerMessageOutcome } = {};
  await changeCase(deps, input.organizationId, input.caseId, async (cx, org, named) => {
    const other =
      isClosed(named) && named.contactId
        ? await findOpenCaseForUpdate(cx.db, named.organizationId, named.contactId, named.topic)
        : null;
    const c = other ?? named;
    const since = new Date(cx.now.getTime() - HOUR_MS);
    // Counted under the case's lock, so concurrent posts cannot all pass the limit.
    if ((await countCustomerMessagesSince(cx.db, c.id, since)) >= CUSTOMER_MESSAGES_PER_HOUR)
      throw new AppError('RATE_LIMITED', 'Too many messages on this case; try again later');
    const base = { caseId: c.id, organizationId: c.organizationId, at: cx.now, author: 'customer' };
    const events: NewCaseEvent[] = [];
    const set: Partial<CaseRow> = { updatedAt: cx.now };
    const reopened = isClosed(c);
    if (reopened || c.status === 'waiting') {
      set.status = 'open';
      if (reopened) Object.assign(set, { resolvedAt: null, closedAt: null });
      // Before the message, so the next-response clock starts in an open case.
      events.push({ ...base, type: 'status', data: { status: 'open', from: c.status, via: 'customer' } });
    }
    const data: Record<string, unknown> = { via: input.via };
    if (input.from !== undefined && input.from !== null) data.from = input.from;
    if (input.fromContact !== undefined) data.fromContact = input.fromContact;
    events.push({
      ...base,
      type: 'customer-message',
      body: input.body,
      data,
      mailMessageId: input.mailMessageId ?? null,
    });
    await insertCaseEvents(cx.db, events);
    const updated = await updateCase(cx.db, c.organizationId, c.id, set);
    await notifyCase(cx, {
      kind: 'case.customer-message',
      caseRow: updated,
      userIds: await whoHears(cx, updated),
      language: org.language,
      orgName: org.orgName,
      details: { excerpt: input.body },
      data: { via: input.via, reopened, ...(data.from ? { from: data.from } : {}) },
    });
    result.outcome = { kind: 'recorded', caseId: c.id, caseNumber: c.number, reopened };
    return updated;
  });
  if (!result.outcome) throw new Error('the customer message was not recorded');
  return result.outcome;
}
