import type { AlertTargetOf } from '../webhooks/attempt-delivery.service.js';
import { findRule, recordRuleHealth } from './alert-rules.repo.js';
import { openTargetUrl } from './alert-target.js';

/**
 * An alert rule's Slack or Teams channel as a delivery target for the webhooks' attempt job: its
 * URL opened at the moment of the attempt (and checked by the address policy there), no signature
 * (Slack and Teams verify nothing; the URL itself is the secret), health kept on the rule.
 */
export function alertDeliveryTarget(authSecret: string): AlertTargetOf {
  return async (db, organizationId, ruleId) => {
    const rule = await findRule(db, organizationId, ruleId);
    const url = rule ? openTargetUrl(authSecret, rule) : null;
    if (!rule || !url) return null;
    return {
      url,
      isEnabled: rule.isEnabled,
      failingSince: rule.failingSince,
      label: `alert rule “${rule.name}” (${rule.targetHint ?? rule.targetKind})`,
      headers: () => Promise.resolve({}),
      recordHealth: (tx, health, now) => recordRuleHealth(tx, organizationId, ruleId, health, now),
    };
  };
}
