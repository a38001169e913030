import { z } from 'zod';
import { CASE_CHANNELS, CASE_PRIORITY_LEVELS } from './cases.js';
import { ZId, ZIsoDate } from './common.js';
import { CANONICAL_SCALES, FEEDBACK_METRICS } from './feedback.js';

/** Settings → Follow-up: teams with their business hours, the case rules and the SLA policy. */
export const FOLLOW_UP_LIMITS = {
  teamName: 80,
  members: 100,
  intervalsPerDay: 8,
  holidays: 400,
  rules: 50,
  ruleName: 80,
  ruleId: 60,
  tag: 60,
  listValues: 50,
  listValue: 200,
  surveyIds: 100,
  targets: 60,
  /** A year: a target beyond it is a typing mistake. */
  targetMinutes: 525_600,
  escalationLevels: 5,
  /** Thirty days after the breach. */
  escalationMinutes: 43_200,
  closingList: 30,
  closingEntry: 60,
  money: 1e12,
} as const;
const L = FOLLOW_UP_LIMITS;

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** A list without repeats; the repeated entry is named by its index (and `at`, the field that repeats). */
const uniqueList = <T extends z.ZodType>(
  item: T,
  max: number,
  by: { key: (v: z.output<T>) => string; at?: string[]; message?: string } = { key: String },
) =>
  z
    .array(item)
    .max(max, `at most ${max} entries`)
    .superRefine((values, ctx) => {
      const seen = new Set<string>();
      values.forEach((v, i) => {
        const k = by.key(v);
        if (seen.has(k))
          ctx.addIssue({
            code: 'custom',
            path: [i, ...(by.at ?? [])],
            message: by.message ?? 'appears twice',
          });
        seen.add(k);
      });
    });

// ——— Business hours ———

const HHMM = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;
export const ZWorkingInterval = z
  .strictObject({
    start: z.string().regex(HHMM, 'must be a time of day HH:MM'),
    end: z.string().regex(HHMM, 'must be a time of day HH:MM (24:00 for midnight)'),
  })
  .meta({ id: 'WorkingInterval', description: 'Local wall-clock time, e.g. 09:00 to 12:30' });

const ZDay = z
  .array(ZWorkingInterval)
  .max(L.intervalsPerDay, `at most ${L.intervalsPerDay} intervals a day`)
  .optional();

/** True for an IANA zone the runtime knows (Intl throws on anything else). */
function isTimeZone(zone: string): boolean {
  if (zone.length === 0 || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (s: string) => DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

export const ZBusinessCalendar = z
  .strictObject({
    timeZone: z
      .string()
      .refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin')
      .meta({ description: 'IANA time zone, e.g. Europe/Berlin' }),
    week: z.strictObject({ 1: ZDay, 2: ZDay, 3: ZDay, 4: ZDay, 5: ZDay, 6: ZDay, 7: ZDay }).meta({
      description:
        'Per ISO weekday (1 = Monday … 7 = Sunday) the working intervals; a lunch break is the gap between two. A day left out is closed.',
    }),
    holidays: uniqueList(z.string().refine(isDay, 'must be a date YYYY-MM-DD'), L.holidays).meta({
      description: 'Local dates (YYYY-MM-DD) without business hours',
    }),
  })
  .meta({ id: 'BusinessCalendar' });
export type TBusinessCalendar = z.infer<typeof ZBusinessCalendar>;

// ——— Teams ———

const ZUserId = z.string().min(1).max(100);

export const ZTeam = z
  .object({
    id: ZId,
    name: z.string(),
    leadUserId: z.string().nullable().meta({ description: 'Notified on breach (escalation level 1)' }),
    memberIds: z.array(z.string()).meta({ description: 'Agents of the team, by user id' }),
    calendar: ZBusinessCalendar.nullable().meta({
      description: 'The team’s business hours; null: the default calendar (`defaultCalendar` of the list)',
    }),
    isRoundRobin: z.boolean().meta({
      description: 'New cases go to the member who waited longest; off: they wait in the team’s queue',
    }),
    createdAt: ZIsoDate,
  })
  .meta({ id: 'Team' });
export type TTeam = z.infer<typeof ZTeam>;

export const ZTeamList = z
  .object({
    teams: z.array(ZTeam),
    defaultCalendar: ZBusinessCalendar.meta({
      description: 'What a team without its own calendar works: Monday to Friday 09:00–17:00, Europe/Berlin',
    }),
  })
  .meta({ id: 'TeamList' });
export type TTeamList = z.infer<typeof ZTeamList>;

const teamFields = {
  name: text(L.teamName),
  leadUserId: ZUserId.nullable().meta({ description: 'A member of the organization; null: no lead' }),
  memberIds: uniqueList(ZUserId, L.members).meta({
    description: 'Members of the organization whose role works cases (owner, admin, agent)',
  }),
  calendar: ZBusinessCalendar.nullable().meta({ description: 'null: the default calendar' }),
  isRoundRobin: z.boolean(),
};

export const ZTeamInput = z
  .strictObject({
    name: teamFields.name,
    leadUserId: teamFields.leadUserId.default(null),
    memberIds: teamFields.memberIds.default([]),
    calendar: teamFields.calendar.default(null),
    isRoundRobin: teamFields.isRoundRobin.default(true),
  })
  .meta({ id: 'TeamCreate' });
/** What the dashboard sends (defaults may be left out). */
export type TTeamInput = z.input<typeof ZTeamInput>;
/** What the server works with (defaults filled in). */
export type TTeamCreate = z.infer<typeof ZTeamInput>;

export const ZTeamPatch = z
  .strictObject({
    name: teamFields.name.optional(),
    leadUserId: teamFields.leadUserId.optional(),
    memberIds: teamFields.memberIds.optional(),
    calendar: teamFields.calendar.optional(),
    isRoundRobin: teamFields.isRoundRobin.optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: 'nothing to change' })
  .meta({ id: 'TeamPatch' });
export type TTeamPatch = z.infer<typeof ZTeamPatch>;

// ——— Case rules ———

export const CASE_RULE_METRICS = FEEDBACK_METRICS;
export type TCaseRuleMetric = (typeof CASE_RULE_METRICS)[number];

const scaleScore = (metric: keyof typeof CANONICAL_SCALES) => {
  const [min, max] = CANONICAL_SCALES[metric];
  return z
    .number()
    .int('must be a whole number')
    .min(min, `${metric} uses the scale ${min}–${max}`)
    .max(max, `${metric} uses the scale ${min}–${max}`);
};

export const ZCaseRuleThresholds = z
  .strictObject({
    nps: scaleScore('nps').optional(),
    csat: scaleScore('csat').optional(),
    ces: scaleScore('ces').optional(),
    rating: z
      .number()
      .int('must be a whole number')
      .min(0)
      .max(100)
      .optional()
      .meta({ description: 'On the source’s own scale; left out: the lowest 40 % of it' }),
  })
  .meta({
    description:
      'The highest score that opens a case, per metric, on its canonical scale (NPS 0–10, CSAT 1–5, CES 1–7); a metric left out uses the default (NPS 6, CSAT 2, CES 3)',
  });

const ZAttributeValue = z.union([z.string().max(L.listValue), z.number(), z.boolean()]);

export const ZCaseRule = z
  .strictObject({
    id: text(L.ruleId).meta({ description: 'Stable id, stored on the cases the rule opens' }),
    name: text(L.ruleName),
    isEnabled: z.boolean().default(true),
    topic: text(L.tag).meta({
      description: 'At most one open case per contact and topic; later matching feedback joins it',
    }),
    metrics: uniqueList(z.enum(CASE_RULE_METRICS), CASE_RULE_METRICS.length).default([...CASE_RULE_METRICS]),
    thresholds: ZCaseRuleThresholds.default({}),
    negativeSentiment: z.boolean().default(false).meta({
      description:
        'Also open for a comment with negative sentiment, once text analysis ran; with themes set, for a comment negative about one of them',
    }),
    themes: uniqueList(text(L.tag), L.listValues).default([]).meta({
      description:
        'Theme ids (GET /api/v1/themes) the comment must mention, e.g. ["billing"]; empty: any comment or none',
    }),
    channels: uniqueList(z.enum(CASE_CHANNELS), CASE_CHANNELS.length)
      .default([])
      .meta({ description: 'Empty: every channel' }),
    surveyIds: uniqueList(ZId, L.surveyIds).default([]).meta({ description: 'Empty: every survey' }),
    touchpoints: uniqueList(text(L.listValue), L.listValues).default([]),
    segments: uniqueList(text(L.listValue), L.listValues)
      .default([])
      .meta({ description: 'The contact’s segment must be one of these; empty: any' }),
    minRevenue: z
      .number()
      .min(0)
      .max(L.money)
      .nullable()
      .default(null)
      .meta({ description: 'Only customers with at least this yearly revenue' }),
    attribute: z
      .strictObject({ key: text(100), value: ZAttributeValue })
      .nullable()
      .default(null)
      .meta({ description: 'A contact attribute that must equal a value, e.g. plan = enterprise' }),
    teamId: ZId.nullable().default(null).meta({ description: 'null: the default team' }),
  })
  .superRefine((r, ctx) => {
    if (r.metrics.length === 0 && !r.negativeSentiment)
      ctx.addIssue({
        code: 'custom',
        path: ['metrics'],
        message: 'name at least one metric, or set negativeSentiment',
      });
  })
  .meta({ id: 'CaseRule' });
export type TCaseRule = z.infer<typeof ZCaseRule>;
export type TCaseRuleInput = z.input<typeof ZCaseRule>;

// ——— SLA policy ———

const ZMinutes = z
  .number()
  .int('must be a whole number of minutes')
  .min(1)
  .max(L.targetMinutes)
  .nullable()
  .meta({ description: 'Minutes; null: no target' });

export const SLA_METRICS = ['firstResponse', 'nextResponse', 'resolution'] as const;
export const PAUSABLE_STATUSES = ['new', 'open', 'waiting'] as const;

export const ZSlaTargetRow = z
  .strictObject({
    channel: z.enum([...CASE_CHANNELS, '*']).meta({ description: '`*`: every channel' }),
    priority: z.enum([...CASE_PRIORITY_LEVELS, '*']).meta({ description: '`*`: every priority' }),
    firstResponseMinutes: ZMinutes,
    nextResponseMinutes: ZMinutes,
    resolutionMinutes: ZMinutes,
    businessHours: z.boolean().meta({ description: 'Counted in the team’s business hours; false: 24/7' }),
    businessHoursFor: z
      .strictObject({
        firstResponse: z.boolean().optional(),
        nextResponse: z.boolean().optional(),
        resolution: z.boolean().optional(),
      })
      .optional()
      .meta({ description: 'Per metric, where it differs from businessHours' }),
  })
  .meta({ id: 'SlaTargetRow' });
export type TSlaTargetRow = z.infer<typeof ZSlaTargetRow>;

export const ZSlaPolicy = z
  .strictObject({
    targets: uniqueList(ZSlaTargetRow, L.targets, {
      key: (r) => `${r.channel} ${r.priority}`,
      message: 'this channel and priority have a row already',
    }).meta({
      description:
        'The most specific row applies to a case: channel and priority, then channel, then priority, then `*`/`*`',
    }),
    pausedStatuses: uniqueList(z.enum(PAUSABLE_STATUSES), PAUSABLE_STATUSES.length).meta({
      description: 'The clocks pause while a case is in one of these (default: waiting for the customer)',
    }),
    warnAt: z
      .number()
      .min(0.5, 'must be between 0.5 and 0.99')
      .max(0.99, 'must be between 0.5 and 0.99')
      .meta({ description: 'Share of a target at which the assignee is warned, e.g. 0.8' }),
    escalateAfterMinutes: z
      .array(z.number().int('must be a whole number of minutes').min(0).max(L.escalationMinutes))
      .max(L.escalationLevels, `at most ${L.escalationLevels} levels`)
      .superRefine((steps, ctx) => {
        steps.forEach((m, i) => {
          const before = steps[i - 1];
          if (i > 0 && before !== undefined && m <= before)
            ctx.addIssue({ code: 'custom', path: [i], message: 'must be later than the level before' });
        });
      })
      .meta({
        description:
          'Minutes after a breach at which each escalation level is reached: 1 notifies the team lead, 2 and later the admins; each raises the priority a step',
      }),
  })
  .meta({ id: 'SlaPolicy' });
export type TSlaPolicy = z.infer<typeof ZSlaPolicy>;

// ——— Recovery ———

/** Unset: the survey the customer complained in, a week after the resolution. */
export const DEFAULT_RECOVERY = { surveyId: null, delayDays: 7 } as const;

export const ZRecoverySettings = z
  .strictObject({
    surveyId: ZId.nullable().meta({
      description: 'A survey of the organization to ask again with; null: the survey the customer answered',
    }),
    delayDays: z.int('must be a whole number of days').min(0).max(365).meta({
      description:
        'Days after the first resolution; the re-survey also waits for the quiet and recontact periods (0: as soon as they allow)',
    }),
  })
  .meta({ id: 'RecoverySettings' });
export type TRecoverySettings = z.infer<typeof ZRecoverySettings>;

// ——— The settings ———

const closingList = (what: string) =>
  uniqueList(text(L.closingEntry), L.closingList)
    .min(1, 'needs at least one entry')
    .meta({ description: `${what} an agent picks from when closing a case (1–${L.closingList})` });

export const ZFollowUpSettings = z
  .strictObject({
    rules: uniqueList(ZCaseRule, L.rules, { key: (r) => r.id, at: ['id'] }).meta({
      description: 'In order: the first enabled rule an item meets opens (or joins) its case',
    }),
    sla: ZSlaPolicy,
    defaultTeamId: ZId.nullable().meta({ description: 'Where cases of rules without a team go' }),
    highValueRevenue: z
      .number()
      .min(0)
      .max(L.money)
      .nullable()
      .meta({ description: 'Yearly revenue from which a customer counts as high value (raises priority)' }),
    rootCauses: closingList('Root-cause tags'),
    actions: closingList('Actions taken'),
    recovery: ZRecoverySettings.default({ ...DEFAULT_RECOVERY }).meta({
      description:
        'The re-survey after a case’s first resolution that measures recovery; left out: the default (the survey answered, 7 days)',
    }),
  })
  .meta({ id: 'FollowUpSettings' });
export type TFollowUpSettings = z.infer<typeof ZFollowUpSettings>;
export type TFollowUpSettingsInput = z.input<typeof ZFollowUpSettings>;
