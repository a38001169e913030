import { randomUUID } from 'node:crypto';
import type { TNotificationKind } from '../../../shared/contracts/notifications.js';
import {
  renderCaseNotificationMail,
  type CaseNotificationDetails,
} from '../../email/templates/case-notification-mail.js';
import { renderCaseNotificationDigest } from '../../email/templates/case-notification-digest-mail.js';
import { insertEmails } from '../email/email.repo.js';
import {
  findPreferences,
  insertNotifications,
  type NewNotification,
} from '../notifications/notifications.repo.js';
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
  await notifyCases(cx, [n]);
}

/**
 * Many notices at once, as the cases stage and the SLA tick give them for a batch of cases: one
 * read of the people's preferences and addresses and one insert of notifications and of mails
 * per organization, whatever the number of cases. A person with several notices gets them in one
 * mail (a line each), not a mail per case: a morning's breaches when business hours begin, or a
 * batch of new cases, would otherwise flood their inbox (the app still lists each one).
 */
export async function notifyCases(cx: CaseTx, notices: readonly CaseNotice[]): Promise<void> {
  const byOrganization = new Map<string, { notice: CaseNotice; ids: string[] }[]>();
  for (const notice of notices) {
    const ids = [...new Set(notice.userIds.filter((u): u is string => u !== null))];
    if (ids.length === 0) continue;
    const list = byOrganization.get(notice.caseRow.organizationId) ?? [];
    list.push({ notice, ids });
    byOrganization.set(notice.caseRow.organizationId, list);
  }
  for (const [organizationId, list] of byOrganization) await notifyInOrganization(cx, organizationId, list);
}

async function notifyInOrganization(
  cx: CaseTx,
  organizationId: string,
  list: readonly { notice: CaseNotice; ids: string[] }[],
): Promise<void> {
  const prefs = await findPreferences(cx.db, organizationId, [...new Set(list.flatMap((l) => l.ids))]);
  const wants = (userId: string, kind: TNotificationKind, channel: string) => {
    const chosen = prefs.get(userId)?.[kind];
    return chosen === undefined || chosen.includes(channel);
  };
  const inApp: NewNotification[] = [];
  const mails: { notice: CaseNotice; userId: string }[] = [];
  for (const { notice: n, ids } of list) {
    for (const userId of ids) {
      if (wants(userId, n.kind, 'app'))
        inApp.push({
          organizationId,
          userId,
          kind: n.kind,
          caseId: n.caseRow.id,
          data: n.data ?? {},
          createdAt: cx.now,
        });
      if (!cx.isQuiet && wants(userId, n.kind, 'email')) mails.push({ notice: n, userId });
    }
  }
  await insertNotifications(cx.db, inApp);
  if (mails.length === 0) return;
  const people = new Map(
    (await findPeople(cx.db, [...new Set(mails.map((m) => m.userId))])).map((p) => [p.id, p]),
  );
  const byPerson = new Map<string, CaseNotice[]>();
  for (const { notice, userId } of mails) byPerson.set(userId, [...(byPerson.get(userId) ?? []), notice]);
  const status = cx.hasSmtp ? ('queued' as const) : ('outbox' as const);
  const rows = [...byPerson].flatMap(([userId, theirs]) => {
    const p = people.get(userId);
    const [only] = theirs;
    if (!p || !only) return [];
    const caseUrl = (n: CaseNotice) => `${cx.publicUrl}/cases/${n.caseRow.id}`;
    const rendered =
      theirs.length === 1
        ? renderCaseNotificationMail({
            kind: only.kind,
            language: only.language,
            orgName: only.orgName,
            recipientName: p.name,
            caseNumber: only.caseRow.number,
            caseSubject: only.caseRow.subject,
            caseUrl: caseUrl(only),
            ...(only.details ? { details: only.details } : {}),
          })
        : renderCaseNotificationDigest({
            language: only.language,
            orgName: only.orgName,
            recipientName: p.name,
            casesUrl: `${cx.publicUrl}/cases`,
            notices: theirs.map((n) => ({
              kind: n.kind,
              caseNumber: n.caseRow.number,
              caseSubject: n.caseRow.subject,
              caseUrl: caseUrl(n),
              ...(n.details ? { details: n.details } : {}),
            })),
          });
    const kind = theirs.length === 1 ? only.kind.slice('case.'.length) : 'digest';
    const mail = {
      to: p.email,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      organizationId,
      kind: `case.notice.${kind}`,
    };
    return [{ id: randomUUID(), mail, status }];
  });
  await insertEmails(cx.db, rows);
  cx.mailIds.push(...rows.map((r) => r.id));
}
