import type { TNotificationKind } from '../../../shared/contracts/notifications.js';
import {
  renderCaseNotificationMail,
  type CaseNotificationDetails,
} from '../../email/templates/case-notification-mail.js';
import { insertEmail } from '../email/email.repo.js';
import { findPreferences, insertNotifications } from '../notifications/notifications.repo.js';
import { findPeople } from './agents.repo.js';
import type { CaseRow } from './cases.repo.js';
import type { CaseTx } from './case-tx.js';

export interface CaseNotice {
  kind: TNotificationKind;
  userIds: readonly (string | null)[];
  caseRow: Pick<CaseRow, 'id' | 'organizationId' | 'number' | 'subject'>;
  /** Kept with the in-app notification. */
  data?: Record<string, unknown>;
  /** What the mail shows beside the case: score, excerpt, due time, escalation, who. */
  details?: CaseNotificationDetails;
  /** The organization's language, for the mail (people have no language of their own yet). */
  language: string;
  orgName: string;
}

/**
 * Tells people about a case: an in-app notification and a mail, each where the person wants it
 * (both unless they chose otherwise), written in the change's transaction.
 */
export async function notifyCase(cx: CaseTx, n: CaseNotice): Promise<void> {
  const ids = [...new Set(n.userIds.filter((u): u is string => u !== null))];
  if (ids.length === 0) return;
  const prefs = await findPreferences(cx.db, n.caseRow.organizationId, ids);
  const wants = (userId: string, channel: string) => {
    const chosen = prefs.get(userId)?.[n.kind];
    return chosen === undefined || chosen.includes(channel);
  };
  const data = n.data ?? {};
  await insertNotifications(
    cx.db,
    ids
      .filter((u) => wants(u, 'app'))
      .map((userId) => ({
        organizationId: n.caseRow.organizationId,
        userId,
        kind: n.kind,
        caseId: n.caseRow.id,
        data,
        createdAt: cx.now,
      })),
  );
  const mailTo = cx.isQuiet ? [] : ids.filter((u) => wants(u, 'email'));
  if (mailTo.length === 0) return;
  const people = await findPeople(cx.db, mailTo);
  for (const p of people) {
    const rendered = renderCaseNotificationMail({
      kind: n.kind,
      language: n.language,
      orgName: n.orgName,
      recipientName: p.name,
      caseNumber: n.caseRow.number,
      caseSubject: n.caseRow.subject,
      caseUrl: `${cx.publicUrl}/cases/${n.caseRow.id}`,
      ...(n.details ? { details: n.details } : {}),
    });
    const id = await insertEmail(
      cx.db,
      {
        to: p.email,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        organizationId: n.caseRow.organizationId,
        kind: `case.notice.${n.kind.slice('case.'.length)}`,
      },
      cx.hasSmtp ? 'queued' : 'outbox',
    );
    cx.mailIds.push(id);
  }
}
