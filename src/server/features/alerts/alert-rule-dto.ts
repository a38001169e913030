import { ZAlertConditions, type TAlertRule } from '../../../shared/contracts/alerts.js';
import { iso } from '../../common/iso.js';
import type { AlertRuleRow } from './alert-rules.repo.js';
import { targetDto } from './alert-target.js';

export function toAlertRuleDto(row: AlertRuleRow): TAlertRule {
  return {
    id: row.id,
    name: row.name,
    eventTypes: row.eventTypes as TAlertRule['eventTypes'],
    conditions: ZAlertConditions.parse(row.conditions),
    language: row.language === 'de' ? 'de' : 'en',
    target: targetDto(row),
    isEnabled: row.isEnabled,
    disabledReason: row.isEnabled ? null : ((row.disabledReason ?? 'manual') as 'manual'),
    failingSince: row.failingSince ? iso(row.failingSince) : null,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}
