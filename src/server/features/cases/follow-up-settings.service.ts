import type { CaseRule } from '../../../domain/cases/case-rules.js';
import type { SlaSettings, SlaTargetRow } from '../../../domain/cases/sla-settings.js';
import type {
  TCaseRule,
  TFollowUpSettings,
  TSlaPolicy,
  TSlaTargetRow,
} from '../../../shared/contracts/follow-up.js';
import type { ErrorDetail } from '../../../shared/errors.js';
import { AppError } from '../../common/app-error.js';
import type { Db } from '../../db/client.js';
import { findSurvey } from '../surveys/surveys.repo.js';
import { saveCaseSettings } from './case-settings.repo.js';
import { loadFollowUpSettings, type FollowUpSettings } from './follow-up-settings.js';
import { findOwnTeamIds } from './teams.repo.js';

interface Deps {
  db: Db;
  now: () => Date;
}

/** Drops the keys whose value is undefined (the contract's optional fields), as the domain types want. */
function defined<T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

function toCaseRule(r: TCaseRule): CaseRule {
  return { ...r, thresholds: defined(r.thresholds) };
}

function toSlaRow(r: TSlaTargetRow): SlaTargetRow {
  const { businessHoursFor, ...row } = r;
  return businessHoursFor ? { ...row, businessHoursFor: defined(businessHoursFor) } : row;
}

function toSla(p: TSlaPolicy): SlaSettings {
  return { ...p, targets: p.targets.map(toSlaRow) };
}

/** Field by field, so a stored row never carries a key the response contract would refuse. */
function ruleDto(r: CaseRule): TCaseRule {
  return {
    id: r.id,
    name: r.name,
    isEnabled: r.isEnabled,
    topic: r.topic,
    metrics: [...r.metrics],
    thresholds: { ...r.thresholds },
    negativeSentiment: r.negativeSentiment,
    themes: [...(r.themes ?? [])],
    channels: [...r.channels] as TCaseRule['channels'],
    surveyIds: [...r.surveyIds],
    touchpoints: [...r.touchpoints],
    segments: [...r.segments],
    minRevenue: r.minRevenue,
    attribute: r.attribute ? { key: r.attribute.key, value: r.attribute.value } : null,
    teamId: r.teamId,
  };
}

function slaRowDto(t: SlaTargetRow): TSlaTargetRow {
  return {
    channel: t.channel as TSlaTargetRow['channel'],
    priority: t.priority,
    firstResponseMinutes: t.firstResponseMinutes,
    nextResponseMinutes: t.nextResponseMinutes,
    resolutionMinutes: t.resolutionMinutes,
    businessHours: t.businessHours,
    ...(t.businessHoursFor ? { businessHoursFor: { ...t.businessHoursFor } } : {}),
  };
}

function slaDto(s: SlaSettings): TSlaPolicy {
  return {
    targets: s.targets.map(slaRowDto),
    pausedStatuses: s.pausedStatuses.filter((x): x is TSlaPolicy['pausedStatuses'][number] =>
      ['new', 'open', 'waiting'].includes(x),
    ),
    warnAt: s.warnAt,
    escalateAfterMinutes: [...s.escalateAfterMinutes],
  };
}

function settingsDto(s: FollowUpSettings): TFollowUpSettings {
  return {
    rules: s.rules.map(ruleDto),
    sla: slaDto(s.sla),
    defaultTeamId: s.defaultTeamId,
    highValueRevenue: s.highValueRevenue,
    rootCauses: [...s.rootCauses],
    actions: [...s.actions],
    recovery: { surveyId: s.recovery.surveyId, delayDays: s.recovery.delayDays },
  };
}

/** The settings in effect: what the organization stored, the defaults where it stored nothing. */
export async function getFollowUpSettings(deps: Deps, organizationId: string): Promise<TFollowUpSettings> {
  return settingsDto(await loadFollowUpSettings(deps.db, organizationId));
}

/**
 * Stores the whole settings. Teams and the recovery survey named must be the organization's. The
 * cases stage reads the rules for each new item, so they apply from the next answer on; cases
 * already open keep their rule, team and assignee (a new SLA policy shows in their clocks on the
 * next read or tick). The recovery settings apply to the resolutions from now on: a re-survey
 * already planned keeps its date.
 */
export async function putFollowUpSettings(
  deps: Deps,
  organizationId: string,
  input: TFollowUpSettings,
): Promise<TFollowUpSettings> {
  const named = [
    ...input.rules.flatMap((r) => (r.teamId ? [r.teamId] : [])),
    ...(input.defaultTeamId ? [input.defaultTeamId] : []),
  ];
  const own = await findOwnTeamIds(deps.db, organizationId, [...new Set(named)]);
  const details: ErrorDetail[] = [];
  const notOurs = 'is not a team of this organization';
  input.rules.forEach((r, i) => {
    if (r.teamId && !own.has(r.teamId)) details.push({ field: `body.rules.${i}.teamId`, message: notOurs });
  });
  if (input.defaultTeamId && !own.has(input.defaultTeamId))
    details.push({ field: 'body.defaultTeamId', message: notOurs });
  const recoverySurvey = input.recovery.surveyId;
  if (recoverySurvey && !(await findSurvey(deps.db, organizationId, recoverySurvey)))
    details.push({ field: 'body.recovery.surveyId', message: 'is not a survey of this organization' });
  const first = details[0];
  if (first) throw new AppError('VALIDATION_FAILED', `${first.field}: ${first.message}`, details);
  await saveCaseSettings(
    deps.db,
    organizationId,
    {
      rules: input.rules.map(toCaseRule),
      sla: toSla(input.sla),
      defaultTeamId: input.defaultTeamId,
      highValueRevenue: input.highValueRevenue,
      rootCauses: [...input.rootCauses],
      actions: [...input.actions],
      recovery: { surveyId: input.recovery.surveyId, delayDays: input.recovery.delayDays },
    },
    deps.now(),
  );
  return getFollowUpSettings(deps, organizationId);
}
