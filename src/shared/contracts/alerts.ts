import { z } from 'zod';
import { ZId, ZIsoDate, ZLanguage } from './common.js';

/**
 * `/api/v1/alert-rules` and `/api/v1/settings/integrations`: which events reach which people, in
 * Slack, Microsoft Teams, an e-mail list or a webhook endpoint, in which language; and whether
 * webhook payloads and alert messages may carry personal data at all.
 */

/** The catalog's events a rule may alert on (contact.erased tells systems, not people). */
export const ALERT_EVENT_TYPES = [
  'response.created',
  'feedback.created',
  'case.created',
  'case.updated',
  'case.breached',
  'case.escalated',
  'case.resolved',
] as const;
export type AlertEventType = (typeof ALERT_EVENT_TYPES)[number];
export const ITEM_ALERT_EVENTS = ['response.created', 'feedback.created'] as const;

export const SCORE_BANDS = ['detractor', 'passive', 'promoter'] as const;
export type ScoreBand = (typeof SCORE_BANDS)[number];

export const ALERT_TARGET_KINDS = ['slack', 'teams', 'email', 'webhook'] as const;
export type AlertTargetKind = (typeof ALERT_TARGET_KINDS)[number];

export const ALERT_LIMITS = {
  name: 200,
  rulesPerOrganization: 50,
  url: 2000,
  emails: 20,
  listEntries: 50,
  entry: 200,
} as const;
const L = ALERT_LIMITS;

const ZEntry = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(L.entry, `must be at most ${L.entry} characters`);
const uniqueList = <T extends z.ZodType>(item: T, description: string) =>
  z
    .array(item)
    .max(L.listEntries, `must have at most ${L.listEntries} entries`)
    .refine((l) => new Set(l).size === l.length, 'must not repeat an entry')
    .meta({ description });

export const ZAlertConditions = z
  .strictObject({
    bands: uniqueList(z.enum(SCORE_BANDS), 'Only scores in these bands (answers and feedback); empty: any')
      .optional()
      .default([]),
    hasComment: z
      .boolean()
      .nullable()
      .optional()
      .default(null)
      .meta({ description: 'true: only with a comment; false: only without; null: either' }),
    segments: uniqueList(ZEntry, "Only customers in these segments (the contact's segment); empty: any")
      .optional()
      .default([]),
    channels: uniqueList(
      ZEntry,
      'Only these channels (survey, review, ticket, … or a case’s channel); empty: any',
    )
      .optional()
      .default([]),
    surveyIds: uniqueList(ZId, 'Only answers to these surveys; empty: any').optional().default([]),
  })
  .meta({
    description:
      'Every condition must hold. bands, hasComment and surveyIds read answers and feedback, so a rule using them alerts on response.created and feedback.created only.',
  });
export type TAlertConditions = z.infer<typeof ZAlertConditions>;

const ZTargetUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http or https URL' })
  .max(L.url, `must be at most ${L.url} characters`)
  .refine((u) => !/^[a-z]+:\/\/[^/]*@/i.test(u), 'must not contain a user name or password')
  .refine((u) => !u.includes('#'), 'must not contain a fragment');

export const ZAlertTargetInput = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('slack'),
      url: ZTargetUrl.meta({
        description: 'A Slack incoming webhook URL (https://hooks.slack.com/services/…); stored encrypted',
      }),
    }),
    z.strictObject({
      kind: z.literal('teams'),
      url: ZTargetUrl.meta({
        description: 'A Microsoft Teams incoming webhook or workflow URL; stored encrypted',
      }),
    }),
    z.strictObject({
      kind: z.literal('email'),
      emails: z
        .array(z.email('must be an e-mail address').max(254))
        .min(1, 'must name at least one address')
        .max(L.emails, `must have at most ${L.emails} addresses`)
        .refine((l) => new Set(l.map((e) => e.toLowerCase())).size === l.length, 'must not repeat an address')
        .meta({ description: 'Internal addresses that get each alert (or a summary in a burst)' }),
    }),
    z.strictObject({
      kind: z.literal('webhook'),
      endpointId: ZId.meta({ description: 'An existing webhook endpoint: it gets the signed catalog event' }),
    }),
  ])
  .meta({ description: 'Where the rule’s alerts go' });
export type TAlertTargetInput = z.infer<typeof ZAlertTargetInput>;

export const ZAlertTarget = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('slack'),
      urlHint: z.string().meta({ description: 'The host and the last characters: the URL is a credential' }),
    }),
    z.object({ kind: z.literal('teams'), urlHint: z.string() }),
    z.object({ kind: z.literal('email'), emails: z.array(z.string()) }),
    z.object({ kind: z.literal('webhook'), endpointId: ZId }),
  ])
  .meta({ id: 'AlertTarget' });
export type TAlertTarget = z.infer<typeof ZAlertTarget>;

const ZName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(L.name, `must be at most ${L.name} characters`);
const ZAlertEventTypes = z
  .array(z.enum(ALERT_EVENT_TYPES))
  .min(1, 'must name at least one event type')
  .max(ALERT_EVENT_TYPES.length)
  .refine((l) => new Set(l).size === l.length, 'must not repeat an event type');

export const ZCreateAlertRule = z.strictObject({
  name: ZName,
  eventTypes: ZAlertEventTypes,
  conditions: ZAlertConditions.optional(),
  language: ZLanguage.optional().meta({ description: 'Of the messages; default: the organization’s' }),
  target: ZAlertTargetInput,
  isEnabled: z.boolean().optional(),
});
export type TCreateAlertRule = z.infer<typeof ZCreateAlertRule>;

export const ZUpdateAlertRule = z
  .strictObject({
    name: ZName.optional(),
    eventTypes: ZAlertEventTypes.optional(),
    conditions: ZAlertConditions.optional(),
    language: ZLanguage.optional(),
    target: ZAlertTargetInput.optional().meta({ description: 'Replaces the target whole' }),
    isEnabled: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'must change at least one field');
export type TUpdateAlertRule = z.infer<typeof ZUpdateAlertRule>;

export const ZAlertRule = z
  .object({
    id: ZId,
    name: z.string(),
    eventTypes: z.array(z.enum(ALERT_EVENT_TYPES)),
    conditions: ZAlertConditions,
    language: ZLanguage,
    target: ZAlertTarget,
    isEnabled: z.boolean(),
    disabledReason: z.enum(['manual', 'gone', 'failing']).nullable().meta({
      description: 'manual; gone: Slack or Teams answered 410; failing: nothing delivered for five days',
    }),
    failingSince: ZIsoDate.nullable(),
    createdAt: ZIsoDate,
    updatedAt: ZIsoDate,
  })
  .meta({ id: 'AlertRule' });
export type TAlertRule = z.infer<typeof ZAlertRule>;

export const ZAlertRuleList = z.object({ rules: z.array(ZAlertRule) });
export const ZAlertRuleParams = z.strictObject({ id: ZId });

export const ZIntegrationSettings = z
  .strictObject({
    idsOnly: z.boolean().meta({
      description:
        'Webhook payloads and alert messages carry ids, scores and links only: no names, e-mail addresses, comments or case subjects',
    }),
  })
  .meta({ id: 'IntegrationSettings' });
export type TIntegrationSettings = z.infer<typeof ZIntegrationSettings>;
