import type { BusinessCalendar } from '../../../domain/cases/business-calendar.js';
import { DEFAULT_CASE_RULES, type CaseRule } from '../../../domain/cases/case-rules.js';
import { DEFAULT_CALENDAR, DEFAULT_SLA, type SlaSettings } from '../../../domain/cases/sla-settings.js';
import { DEFAULT_CASE_ACTIONS, DEFAULT_ROOT_CAUSES } from '../../../shared/contracts/cases.js';
import { DEFAULT_RECOVERY } from '../../../shared/contracts/follow-up.js';
import type { Db } from '../../db/client.js';
import type { RecoverySettings } from './case-settings.repo.js';
import { findCaseSettings } from './case-settings.repo.js';

/** An organization's follow-up settings with the defaults filled in where it set nothing. */
export interface FollowUpSettings {
  rules: readonly CaseRule[];
  sla: SlaSettings;
  defaultTeamId: string | null;
  highValueRevenue: number | null;
  rootCauses: readonly string[];
  actions: readonly string[];
  calendar: BusinessCalendar;
  recovery: RecoverySettings;
}

export async function loadFollowUpSettings(db: Db, organizationId: string): Promise<FollowUpSettings> {
  const row = await findCaseSettings(db, organizationId);
  return {
    rules: row?.rules ?? DEFAULT_CASE_RULES,
    sla: row?.sla ?? DEFAULT_SLA,
    defaultTeamId: row?.defaultTeamId ?? null,
    highValueRevenue: row?.highValueRevenue ?? null,
    rootCauses: row?.rootCauses ?? DEFAULT_ROOT_CAUSES,
    actions: row?.actions ?? DEFAULT_CASE_ACTIONS,
    calendar: DEFAULT_CALENDAR,
    recovery: row?.recovery ?? { ...DEFAULT_RECOVERY },
  };
}
