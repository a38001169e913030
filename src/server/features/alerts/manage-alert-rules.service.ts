import { isItemEvent, itemOnlyConditions } from '../../../domain/alerts/alert-rule-match.js';
import {
  ALERT_LIMITS,
  ZAlertConditions,
  type TAlertConditions,
  type TAlertRule,
  type TAlertTargetInput,
  type TCreateAlertRule,
  type TUpdateAlertRule,
} from '../../../shared/contracts/alerts.js';
import { AppError, invalidField, notFound } from '../../common/app-error.js';
import type { Db } from '../../db/client.js';
import type { OutboundHttp } from '../../net/post-to-checked-address.js';
import { assertDeliverableUrl } from '../webhooks/webhook-url.js';
import { toAlertRuleDto } from './alert-rule-dto.js';
import * as repo from './alert-rules.repo.js';
import { targetColumns } from './alert-target.js';

export interface AlertRulesDeps {
  db: Db;
  config: { authSecret: string; publicUrl: string };
  now: () => Date;
  outbound: OutboundHttp;
}

/** bands, hasComment and surveyIds read answers: a rule using them may not name case events. */
function assertConditionsFit(eventTypes: readonly string[], conditions: TAlertConditions): void {
  const caseTypes = eventTypes.filter((t) => !isItemEvent(t));
  const [first] = itemOnlyConditions(conditions);
  if (first && caseTypes.length > 0)
    throw invalidField(
      `body.conditions.${first}`,
      `applies to response.created and feedback.created only, and the rule also names ${caseTypes.join(', ')}`,
    );
}

/** Slack and Teams URLs must lead where the server may send (checked again at every attempt); a webhook target must be the organization's. */
async function assertTargetUsable(deps: AlertRulesDeps, organizationId: string, target: TAlertTargetInput) {
  if (target.kind === 'slack' || target.kind === 'teams')
    await assertDeliverableUrl(deps.outbound, target.url, 'body.target.url');
  if (target.kind === 'webhook' && !(await repo.endpointExists(deps.db, organizationId, target.endpointId)))
    throw invalidField('body.target.endpointId', 'is not a webhook endpoint of this organization');
}

export async function listAlertRules(deps: AlertRulesDeps, organizationId: string) {
  return { rules: (await repo.listRules(deps.db, organizationId)).map(toAlertRuleDto) };
}

export async function getAlertRule(
  deps: AlertRulesDeps,
  organizationId: string,
  id: string,
): Promise<TAlertRule> {
  const row = await repo.findRule(deps.db, organizationId, id);
  if (!row) throw notFound('Alert rule');
  return toAlertRuleDto(row);
}

export async function createAlertRule(
  deps: AlertRulesDeps,
  organizationId: string,
  input: TCreateAlertRule,
): Promise<TAlertRule> {
  if ((await repo.countRules(deps.db, organizationId)) >= ALERT_LIMITS.rulesPerOrganization)
    throw new AppError(
      'CONFLICT',
      `An organization has at most ${ALERT_LIMITS.rulesPerOrganization} alert rules`,
    );
  const conditions = input.conditions ?? ZAlertConditions.parse({});
  assertConditionsFit(input.eventTypes, conditions);
  await assertTargetUsable(deps, organizationId, input.target);
  const language =
    input.language ??
    ((await repo.organizationFacts(deps.db, organizationId)).language === 'de' ? 'de' : 'en');
  const now = deps.now();
  const isEnabled = input.isEnabled ?? true;
  const row = await repo.insertRule(deps.db, {
    organizationId,
    name: input.name,
    eventTypes: input.eventTypes,
    conditions,
    language,
    ...targetColumns(deps.config.authSecret, input.target),
    isEnabled,
    disabledReason: isEnabled ? null : 'manual',
    disabledAt: isEnabled ? null : now,
    createdAt: now,
    updatedAt: now,
  });
  return toAlertRuleDto(row);
}

export async function updateAlertRule(
  deps: AlertRulesDeps,
  organizationId: string,
  id: string,
  patch: TUpdateAlertRule,
): Promise<TAlertRule> {
  const current = await repo.findRule(deps.db, organizationId, id);
  if (!current) throw notFound('Alert rule');
  const eventTypes = patch.eventTypes ?? current.eventTypes;
  const conditions = patch.conditions ?? ZAlertConditions.parse(current.conditions);
  assertConditionsFit(eventTypes, conditions);
  if (patch.target) await assertTargetUsable(deps, organizationId, patch.target);
  const now = deps.now();
  const set: Partial<repo.NewAlertRule> = { updatedAt: now };
  if (patch.name !== undefined) set.name = patch.name;
  if (patch.eventTypes !== undefined) set.eventTypes = patch.eventTypes;
  if (patch.conditions !== undefined) set.conditions = patch.conditions;
  if (patch.language !== undefined) set.language = patch.language;
  if (patch.target !== undefined)
    Object.assign(set, targetColumns(deps.config.authSecret, patch.target), { failingSince: null });
  if (patch.isEnabled === true && !current.isEnabled)
    Object.assign(set, { isEnabled: true, disabledReason: null, disabledAt: null, failingSince: null });
  if (patch.isEnabled === false && current.isEnabled)
    Object.assign(set, { isEnabled: false, disabledReason: 'manual', disabledAt: now });
  const row = await repo.updateRule(deps.db, organizationId, id, set);
  if (!row) throw notFound('Alert rule');
  return toAlertRuleDto(row);
}

export async function deleteAlertRule(deps: AlertRulesDeps, organizationId: string, id: string) {
  const gone = await repo.inTransaction(deps.db, (tx) => repo.deleteRule(tx, organizationId, id));
  if (!gone) throw notFound('Alert rule');
  return { ok: true as const };
}
