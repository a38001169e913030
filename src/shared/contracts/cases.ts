import { z } from 'zod';
import { ZId, ZIsoDate } from './common.js';
import { ZTextAnalysis } from './text-analysis.js';

export const CASE_STATUSES = ['new', 'open', 'waiting', 'resolved', 'closed'] as const;
export const ZCaseStatus = z.enum(CASE_STATUSES);
export type TCaseStatus = z.infer<typeof ZCaseStatus>;
export const CASE_PRIORITY_LEVELS = ['low', 'normal', 'high', 'urgent'] as const;
export const ZCasePriority = z.enum(CASE_PRIORITY_LEVELS);
export type TCasePriority = z.infer<typeof ZCasePriority>;
export const CASE_CHANNELS = [
  'survey',
  'review',
  'social',
  'chat',
  'email',
  'ticket',
  'call',
  'message',
  'other',
] as const;
/** The actions a closing agent picks from unless the organization configured its own. */
export const DEFAULT_CASE_ACTIONS = [
  'apology',
  'refund',
  'replacement',
  'voucher',
  'fix',
  'explanation',
  'other',
] as const;
export const DEFAULT_ROOT_CAUSES = [
  'delivery',
  'billing',
  'product-defect',
  'support-experience',
  'usability',
  'price',
  'communication',
  'other',
] as const;

export const CASE_LIMITS = { subject: 200, body: 20_000, listLimit: 200, tag: 60, externalRef: 200 } as const;
const L = CASE_LIMITS;

const ZPerson = z.object({ id: z.string(), name: z.string(), email: z.string() }).meta({ id: 'CasePerson' });

export const ZCaseSla = z
  .object({
    dueAt: ZIsoDate.nullable().meta({
      description:
        'When the earliest open clock is due: in the past (since when it is overdue) when one is late, else the next running clock’s due time',
    }),
    isBreached: z.boolean(),
    isWarning: z.boolean(),
  })
  .meta({ id: 'CaseSlaSummary' });

export const ZCaseSummary = z
  .object({
    id: ZId,
    number: z.number().int().meta({ description: 'The organization’s case number (#1, #2, …)' }),
    subject: z.string(),
    status: ZCaseStatus,
    priority: ZCasePriority,
    channel: z.string(),
    topic: z.string(),
    origin: z.enum(['rule', 'api', 'manual']),
    contact: z.object({ id: ZId, name: z.string().nullable(), email: z.string().nullable() }).nullable(),
    assignee: ZPerson.nullable(),
    team: z.object({ id: ZId, name: z.string() }).nullable(),
    escalationLevel: z.number().int(),
    openedAt: ZIsoDate,
    updatedAt: ZIsoDate,
    sla: ZCaseSla,
  })
  .meta({ id: 'CaseSummary' });
export type TCaseSummary = z.infer<typeof ZCaseSummary>;

const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(200)
    .transform((s, ctx) => {
      const parts = s.split(',').filter((p) => p !== '');
      for (const p of parts)
        if (!(values as readonly string[]).includes(p)) {
          ctx.addIssue({ code: 'custom', message: `"${p.slice(0, 40)}" is not one of ${values.join(', ')}` });
          return z.NEVER;
        }
      return parts as Array<T[number]>;
    });

export const ZCaseListQuery = z.strictObject({
  status: csv(CASE_STATUSES)
    .optional()
    .meta({ description: 'Comma-separated statuses; default: every status' }),
  priority: csv(CASE_PRIORITY_LEVELS).optional().meta({ description: 'Comma-separated priorities' }),
  assignee: z.string().max(100).optional().meta({ description: '`me`, `none` (unassigned) or a user id' }),
  teamId: ZId.optional(),
  contactId: ZId.optional(),
  channel: z.enum(CASE_CHANNELS).optional(),
  breached: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .meta({ description: 'Only cases whose SLA is (true) or is not (false) breached' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(L.listLimit)
    .default(50)
    .meta({ description: `Page size, 1–${L.listLimit} (default 50)` }),
  cursor: z.string().max(500).optional().meta({ description: 'nextCursor of the previous page' }),
});
export type TCaseListQuery = z.infer<typeof ZCaseListQuery>;

export const ZCaseList = z
  .object({
    cases: z.array(ZCaseSummary),
    nextCursor: z.string().nullable().meta({
      description: 'Pass as cursor for the next page; null on the last page. Order: newest first.',
    }),
  })
  .meta({ id: 'CaseList' });
export type TCaseList = z.infer<typeof ZCaseList>;

export const ZSlaClock = z
  .object({
    metric: z.enum(['firstResponse', 'nextResponse', 'resolution']),
    state: z.enum(['not-started', 'running', 'paused', 'met', 'breached']),
    targetMinutes: z.number(),
    elapsedMinutes: z.number(),
    remainingMinutes: z.number().meta({ description: 'Negative once breached' }),
    dueAt: ZIsoDate.nullable(),
    isWarning: z.boolean(),
    businessHours: z.boolean(),
  })
  .meta({ id: 'SlaClock' });
export type TSlaClock = z.infer<typeof ZSlaClock>;

export const ZCaseEvent = z
  .object({
    id: z.number().int(),
    at: ZIsoDate,
    type: z.string().meta({
      description:
        'opened, status, assigned, priority, joined, reply, customer-message, note, warned, breached, escalated, customer-escalated',
    }),
    author: z.enum(['person', 'automation', 'customer']),
    actor: ZPerson.nullable(),
    body: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
    delivery: z
      .enum(['outbox', 'queued', 'sent', 'failed'])
      .nullable()
      .meta({ description: 'A reply’s mail: its delivery state' }),
  })
  .meta({ id: 'CaseEvent' });
export type TCaseEvent = z.infer<typeof ZCaseEvent>;

export const ZCaseItem = z
  .object({
    id: ZId,
    channel: z.string(),
    metric: z.string().nullable(),
    score: z.number().int().nullable(),
    scaleMin: z.number().int().nullable(),
    scaleMax: z.number().int().nullable(),
    text: z.string().nullable(),
    analysis: ZTextAnalysis.nullable(),
    occurredAt: ZIsoDate,
    joinedAt: ZIsoDate,
  })
  .meta({ id: 'CaseItem' });

export const ZCaseDetail = ZCaseSummary.extend({
  rootCause: z.string().nullable(),
  action: z.string().nullable(),
  customerEscalatedAt: ZIsoDate.nullable(),
  firstResponseAt: ZIsoDate.nullable(),
  resolvedAt: ZIsoDate.nullable(),
  closedAt: ZIsoDate.nullable(),
  externalRef: z.string().nullable(),
  items: z.array(ZCaseItem),
  events: z.array(ZCaseEvent),
  clocks: z.array(ZSlaClock),
  /** The contact's other cases, newest first: every agent sees earlier complaints. */
  contactCases: z.array(
    z.object({
      id: ZId,
      number: z.number().int(),
      subject: z.string(),
      status: ZCaseStatus,
      openedAt: ZIsoDate,
    }),
  ),
  rootCauses: z.array(z.string()).meta({ description: 'The organization’s root-cause tags' }),
  actions: z.array(z.string()).meta({ description: 'The organization’s actions' }),
}).meta({ id: 'CaseDetail' });
export type TCaseDetail = z.infer<typeof ZCaseDetail>;

const tag = z.string().trim().min(1, 'must not be empty').max(L.tag, `must be at most ${L.tag} characters`);

export const ZCasePatch = z
  .strictObject({
    status: ZCaseStatus.optional(),
    priority: ZCasePriority.optional(),
    assigneeId: z
      .string()
      .max(100)
      .nullable()
      .optional()
      .meta({ description: 'A member’s user id; null unassigns' }),
    teamId: ZId.nullable().optional(),
    rootCause: tag.optional(),
    action: tag.optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: 'nothing to change' })
  .meta({ id: 'CasePatch' });
export type TCasePatch = z.infer<typeof ZCasePatch>;

export const ZCaseMessageInput = z
  .strictObject({
    kind: z.enum(['reply', 'note']).meta({
      description: '`reply` mails the customer (threaded); `note` is internal, @name mentions notify',
    }),
    body: z.string().trim().min(1, 'must not be empty').max(L.body, `must be at most ${L.body} characters`),
  })
  .meta({ id: 'CaseMessageInput' });
export type TCaseMessageInput = z.infer<typeof ZCaseMessageInput>;

export const ZCaseCreate = z
  .strictObject({
    subject: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(L.subject, `must be at most ${L.subject} characters`),
    channel: z.enum(CASE_CHANNELS).default('other'),
    priority: ZCasePriority.optional().meta({ description: 'Default: normal' }),
    topic: tag.optional().meta({ description: 'Default: external' }),
    contactExternalId: z.string().trim().min(1).max(255).optional(),
    body: z
      .string()
      .trim()
      .min(1)
      .max(L.body)
      .optional()
      .meta({ description: 'The first message, from the customer' }),
    externalRef: z
      .string()
      .trim()
      .min(1)
      .max(L.externalRef)
      .optional()
      .meta({ description: 'The other system’s id: a repeated call returns the stored case' }),
    teamId: ZId.optional(),
    assigneeId: z.string().max(100).optional(),
  })
  .meta({ id: 'CaseCreate' });
export type TCaseCreate = z.infer<typeof ZCaseCreate>;

export const ZCaseAssignees = z
  .object({
    people: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })),
    teams: z.array(z.object({ id: ZId, name: z.string() })),
  })
  .meta({ id: 'CaseAssignees' });
export type TCaseAssignees = z.infer<typeof ZCaseAssignees>;

const ZShare = z
  .object({
    key: z
      .string()
      .meta({ description: 'The group’s id (channel, team id, user id, root cause, action); `all` overall' }),
    label: z.string(),
    successes: z.number().int(),
    n: z.number().int(),
    percent: z.number().nullable().meta({ description: 'null when n is 0' }),
    low: z.number().nullable().meta({ description: '95 % Wilson interval, percent' }),
    high: z.number().nullable(),
  })
  .meta({ id: 'CaseShare' });
export type TCaseShare = z.infer<typeof ZShare>;

const ZDuration = z
  .object({
    n: z.number().int(),
    medianMinutes: z.number().nullable(),
    p90Minutes: z.number().nullable(),
  })
  .meta({ id: 'CaseDuration' });

export const ZCaseReportQuery = z.strictObject({
  from: z.iso.date().meta({ description: 'First day (YYYY-MM-DD, UTC)' }),
  to: z.iso.date().meta({ description: 'Day after the last (exclusive)' }),
});
export type TCaseReportQuery = z.infer<typeof ZCaseReportQuery>;

export const ZCaseReport = z
  .object({
    from: z.string(),
    to: z.string(),
    opened: z.number().int(),
    resolved: z.number().int(),
    firstResponse: ZDuration.meta({ description: 'Cases opened in the period that got a first response' }),
    resolution: ZDuration.meta({ description: 'Cases resolved in the period: opened → resolved' }),
    slaFirstResponse: z.object({
      all: ZShare,
      byChannel: z.array(ZShare),
      byTeam: z.array(ZShare),
      byAgent: z.array(ZShare),
    }),
    slaResolution: z.object({
      all: ZShare,
      byChannel: z.array(ZShare),
      byTeam: z.array(ZShare),
      byAgent: z.array(ZShare),
    }),
    backlog: z.object({
      byStatus: z.object({ new: z.number().int(), open: z.number().int(), waiting: z.number().int() }),
      ageing: z.array(z.object({ bucket: z.enum(['<1d', '1-3d', '3-7d', '>7d']), count: z.number().int() })),
      breached: z.number().int(),
    }),
    recovery: z
      .object({
        all: ZShare,
        promoters: ZShare,
        byTeam: z.array(ZShare),
        byAgent: z.array(ZShare),
        byRootCause: z.array(ZShare),
        byAction: z.array(ZShare),
      })
      .meta({
        description:
          'Detractor cases (NPS 0–6) resolved in the period whose customer answered NPS again after the resolution: the share who then answered 7–10 (recovered), and 9–10 (promoters)',
      }),
  })
  .meta({ id: 'CaseReport' });
export type TCaseReport = z.infer<typeof ZCaseReport>;
