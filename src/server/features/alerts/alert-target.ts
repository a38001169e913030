import { createHmac } from 'node:crypto';
import type { TAlertTarget, TAlertTargetInput } from '../../../shared/contracts/alerts.js';
import { open, seal } from '../sending/secret-box.js';
import type { AlertRuleRow, NewAlertRule } from './alert-rules.repo.js';

/**
 * A Slack or Teams incoming webhook URL is a credential (whoever has it posts to the channel):
 * sealed under AUTH_SECRET for this purpose, shown only as a hint, and grouped with other rules
 * writing to the same channel by a keyed hash that reveals nothing of the URL.
 */
const PURPOSE = 'alert-target-url';

type TargetColumns = Pick<
  NewAlertRule,
  'targetKind' | 'targetSealed' | 'targetHint' | 'targetKey' | 'emails' | 'endpointId'
>;

function keyOf(authSecret: string, kind: string, value: string): string {
  return createHmac('sha256', `${PURPOSE}\u0000${authSecret}`).update(`${kind}\u0000${value}`).digest('hex');
}

/** "hooks.slack.com/…Xy9Q": enough to recognise a URL, not to use it. */
export function urlHint(url: string): string {
  const u = new URL(url);
  const tail = `${u.pathname}${u.search}`.replace(/\/+$/, '');
  return `${u.host}/…${tail.slice(-4)}`;
}

export function targetColumns(authSecret: string, target: TAlertTargetInput): TargetColumns {
  switch (target.kind) {
    case 'slack':
    case 'teams':
      return {
        targetKind: target.kind,
        targetSealed: seal(authSecret, PURPOSE, target.url),
        targetHint: urlHint(target.url),
        targetKey: keyOf(authSecret, 'url', target.url),
        emails: null,
        endpointId: null,
      };
    case 'email': {
      const list = [...target.emails];
      return {
        targetKind: 'email',
        targetSealed: null,
        targetHint: null,
        targetKey: keyOf(
          authSecret,
          'email',
          list
            .map((e) => e.toLowerCase())
            .sort()
            .join(','),
        ),
        emails: list,
        endpointId: null,
      };
    }
    case 'webhook':
      return {
        targetKind: 'webhook',
        targetSealed: null,
        targetHint: null,
        targetKey: null,
        emails: null,
        endpointId: target.endpointId,
      };
  }
}

/** The URL of a Slack or Teams rule, opened for an attempt (never for an answer). */
export function openTargetUrl(authSecret: string, row: Pick<AlertRuleRow, 'targetSealed'>): string | null {
  return row.targetSealed ? open(authSecret, PURPOSE, row.targetSealed) : null;
}

export function targetDto(row: AlertRuleRow): TAlertTarget {
  switch (row.targetKind) {
    case 'slack':
    case 'teams':
      return { kind: row.targetKind, urlHint: row.targetHint ?? '' };
    case 'email':
      return { kind: 'email', emails: row.emails ?? [] };
    default:
      return { kind: 'webhook', endpointId: row.endpointId ?? '' };
  }
}
