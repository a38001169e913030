import { z } from 'zod';
import { ZId, ZIsoDate } from './common.js';

/** Why an invitation was not sent (domain/rules/decide-send.ts); clients switch on it. */
export const SKIP_REASONS = [
  'survey_closed',
  'erased',
  'never_survey',
  'email_opt_out',
  'email_suppressed',
  'no_email',
  'recontact_period',
  'quiet_period',
  'quota_exceeded',
  'unknown_contact',
] as const;
export const ZSkipReason = z.enum(SKIP_REASONS);
export type SkipReason = z.infer<typeof ZSkipReason>;

export const SEND_LIMITS = {
  contactsPerCall: 1000,
  /** A week: longer delays belong to a recurring program, not a deferred one-off. */
  maxDelaySeconds: 7 * 24 * 3600,
} as const;

const ZExternalId = z.string().trim().min(1, 'must not be empty').max(255, 'must be at most 255 characters');

/** `POST /api/v1/surveys/{id}/send`: Delighted's one call. Each contact is decided on its own. */
export const ZSendToContacts = z
  .strictObject({
    contacts: z
      .array(ZExternalId)
      .min(1, 'name at least one contact')
      .max(SEND_LIMITS.contactsPerCall, `at most ${SEND_LIMITS.contactsPerCall} contacts per call`),
    delaySeconds: z
      .int('must be a whole number')
      .min(0)
      .max(SEND_LIMITS.maxDelaySeconds, `at most ${SEND_LIMITS.maxDelaySeconds} seconds (7 days)`)
      .default(0),
  })
  .meta({ id: 'SendToContacts' });
export type TSendToContacts = z.infer<typeof ZSendToContacts>;

/** `POST /api/v1/surveys/{id}/sends`: a program from the dashboard. */
export const ZCreateSend = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('one_off'), segmentId: ZId }),
    z.strictObject({
      kind: z.literal('recurring'),
      segmentId: ZId,
      everyDays: z.int().min(7, 'at least every 7 days').max(366),
    }),
    z.strictObject({
      kind: z.literal('event'),
      event: z.string().trim().min(1).max(64),
      delaySeconds: z.int().min(0).max(SEND_LIMITS.maxDelaySeconds),
    }),
  ])
  .meta({ id: 'CreateSend' });
export type TCreateSend = z.infer<typeof ZCreateSend>;

export const ZFunnel = z
  .object({
    invited: z.number().int().meta({ description: 'Invitations created (sent, held, skipped or waiting)' }),
    sent: z.number().int(),
    delivered: z.number().int().meta({ description: 'Accepted by the receiving mail server' }),
    bounced: z.number().int(),
    opened: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'Null while open tracking is off (the default, for privacy)' }),
    clicked: z.number().int().meta({
      description:
        'Opened the survey page in a browser and interacted (scanners that only GET are not counted)',
    }),
    answered: z.number().int(),
    unsubscribed: z.number().int(),
    throttled: z.number().int().meta({ description: 'Skipped by the quiet or recontact period' }),
    skipped: z.number().int().meta({ description: 'Skipped for any reason, throttling included' }),
    held: z.number().int().meta({ description: 'Over quota, held for next month' }),
    reminded: z.number().int(),
  })
  .meta({ id: 'Funnel' });
export type TFunnel = z.infer<typeof ZFunnel>;

export const ZSendOutcome = z.object({
  contact: z.string().meta({ description: 'The externalId as given' }),
  status: z.enum(['scheduled', 'sent', 'held', 'skipped']),
  invitationId: ZId.nullable(),
  reason: ZSkipReason.nullable(),
  until: ZIsoDate.nullable().meta({
    description: 'For throttled or held sends: the first time a send could go',
  }),
});

export const ZSendResult = z
  .object({
    sendId: ZId,
    scheduled: z.number().int(),
    held: z.number().int(),
    skipped: z.number().int(),
    results: z.array(ZSendOutcome),
  })
  .meta({ id: 'SendResult' });
export type TSendResult = z.infer<typeof ZSendResult>;

/**
 * `GET /api/v1/sends/{id}/outcome`: what became of every invitation of one send, counted by the
 * database. The dashboard's result card shows these totals, never a sum over one page of rows.
 */
export const ZSendOutcomeTotals = z
  .object({
    sendId: ZId,
    total: z.number().int().min(0).meta({ description: 'Invitations of the send, whatever their outcome' }),
    invited: z
      .number()
      .int()
      .min(0)
      .meta({ description: 'Scheduled, or sent since (including failed and bounced mails)' }),
    held: z.number().int().min(0).meta({ description: 'Over quota, held for next month' }),
    heldUntil: ZIsoDate.nullable().meta({ description: 'The earliest time a held invitation goes out' }),
    skipped: z.number().int().min(0),
    reasons: z
      .array(
        z.object({
          reason: ZSkipReason,
          count: z.number().int().min(1),
          until: ZIsoDate.nullable().meta({
            description: 'The earliest time one of them could be asked again (throttling)',
          }),
        }),
      )
      .meta({ description: 'The skipped ones by reason, most frequent first' }),
  })
  .meta({ id: 'SendOutcomeTotals' });
export type TSendOutcomeTotals = z.infer<typeof ZSendOutcomeTotals>;

export const ZSurveySend = z
  .object({
    id: ZId,
    surveyId: ZId,
    kind: z.enum(['one_off', 'recurring', 'event', 'api']),
    segmentId: ZId.nullable(),
    event: z.string().nullable(),
    everyDays: z.number().int().nullable(),
    delaySeconds: z.number().int(),
    status: z.enum(['active', 'paused', 'done']),
    createdAt: ZIsoDate,
    funnel: ZFunnel,
  })
  .meta({ id: 'SurveySend' });
export type TSurveySend = z.infer<typeof ZSurveySend>;
export const ZSurveySendList = z.object({
  items: z.array(ZSurveySend),
  funnel: ZFunnel.meta({ description: 'All invitations of the survey' }),
});
export type TSurveySendList = z.infer<typeof ZSurveySendList>;

export const ZInvitation = z
  .object({
    id: ZId,
    surveyId: ZId,
    sendId: ZId.nullable(),
    contact: z.object({ id: ZId, externalId: z.string(), name: z.string().nullable() }).nullable(),
    channel: z.enum(['email', 'link', 'widget']),
    language: z.string(),
    status: z.enum(['scheduled', 'held', 'sent', 'skipped', 'failed', 'bounced']),
    skipReason: ZSkipReason.nullable(),
    skipUntil: ZIsoDate.nullable(),
    scheduledFor: ZIsoDate,
    sentAt: ZIsoDate.nullable(),
    answeredAt: ZIsoDate.nullable(),
    remindedAt: ZIsoDate.nullable(),
    nudgedAt: ZIsoDate.nullable(),
  })
  .meta({ id: 'Invitation' });
export type TInvitation = z.infer<typeof ZInvitation>;
export const ZInvitationList = z.object({ items: z.array(ZInvitation), nextCursor: z.string().nullable() });
export const ZInvitationQuery = z.strictObject({
  sendId: ZId.optional(),
  status: z.enum(['scheduled', 'held', 'sent', 'skipped', 'failed', 'bounced']).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const ZHexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f6feb');

export const ZSendingSettings = z
  .object({
    quietPeriodDays: z
      .int()
      .min(0)
      .max(365)
      .meta({ description: 'No contact gets any survey more often than this (0: off)' }),
    reminderDelayDays: z.int().min(1).max(30),
    isReminderEnabled: z.boolean(),
    isCommentNudgeEnabled: z.boolean(),
    overQuota: z
      .enum(['refuse', 'hold'])
      .meta({ description: 'Over the monthly quota: refuse the send, or hold it until next month' }),
    isOpenTracking: z
      .boolean()
      .meta({ description: 'A tracking pixel in invitations; off by default (privacy)' }),
    invitationValidDays: z.int().min(1).max(365),
    senderName: z.string().trim().min(1).max(100).nullable(),
    brandColor: ZHexColour.nullable(),
    logoUrl: z
      .url({ protocol: /^https$/, error: 'must be an https:// URL' })
      .max(2000)
      .nullable(),
    /** Read-only: whether the organization has its own SMTP server configured. */
    hasOwnSmtp: z.boolean(),
    smtpFrom: z.string().max(320).nullable(),
    widgetKey: z.string(),
    publicUrl: z.string().meta({
      description: 'Where survey pages and widget.js are served (PUBLIC_URL), for the widget snippet',
    }),
  })
  .meta({ id: 'SendingSettings' });
export type TSendingSettings = z.infer<typeof ZSendingSettings>;

export const ZUpdateSendingSettings = z
  .strictObject({
    quietPeriodDays: z.int().min(0).max(365).optional(),
    reminderDelayDays: z.int().min(1).max(30).optional(),
    isReminderEnabled: z.boolean().optional(),
    isCommentNudgeEnabled: z.boolean().optional(),
    overQuota: z.enum(['refuse', 'hold']).optional(),
    isOpenTracking: z.boolean().optional(),
    invitationValidDays: z.int().min(1).max(365).optional(),
    senderName: z.string().trim().min(1).max(100).nullable().optional(),
    brandColor: ZHexColour.nullable().optional(),
    logoUrl: z
      .url({ protocol: /^https$/, error: 'must be an https:// URL' })
      .max(2000)
      .nullable()
      .optional(),
    smtpUrl: z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL')
      .max(2000)
      .nullable()
      .optional()
      .meta({
        description: 'The organization’s own SMTP server; stored encrypted, never returned. null removes it',
      }),
    smtpFrom: z.string().trim().min(3).max(320).nullable().optional(),
  })
  .meta({ id: 'UpdateSendingSettings' });
export type TUpdateSendingSettings = z.infer<typeof ZUpdateSendingSettings>;

export const ZSurveyDelivery = z
  .strictObject({
    recontactPeriodDays: z.int().min(0).max(3650).nullable().optional(),
    isLinkEnabled: z.boolean().optional(),
    widget: z
      .strictObject({
        segmentId: ZId.nullable(),
        event: z.string().trim().min(1).max(64).nullable(),
        delaySeconds: z.int().min(0).max(3600),
        samplePercent: z.int().min(1).max(100),
      })
      .nullable()
      .optional(),
  })
  .meta({ id: 'SurveyDelivery' });
export type TSurveyDelivery = z.infer<typeof ZSurveyDelivery>;

export const ZSurveyDeliveryState = z.object({
  recontactPeriodDays: z.number().int().nullable(),
  linkUrl: z.string().nullable().meta({ description: 'The public link, when turned on' }),
  linkQrSvg: z
    .string()
    .nullable()
    .meta({ description: 'The public link as a QR code (SVG), for print and kiosks' }),
  widget: z
    .object({
      segmentId: ZId.nullable(),
      event: z.string().nullable(),
      delaySeconds: z.number().int(),
      samplePercent: z.number().int(),
    })
    .nullable(),
});
export type TSurveyDeliveryState = z.infer<typeof ZSurveyDeliveryState>;

/** The suppression list holds only hashes, so it is queried by address, never listed. */
export const ZSuppressionQuery = z.strictObject({ email: z.email('must be an e-mail address').max(254) });
export const ZSuppressionState = z
  .object({
    email: z.string(),
    isSuppressed: z.boolean(),
    reason: z.enum(['unsubscribed', 'bounced', 'manual']).nullable(),
    since: ZIsoDate.nullable(),
  })
  .meta({ id: 'SuppressionState' });
export type TSuppressionState = z.infer<typeof ZSuppressionState>;
export const ZSuppressionCounts = z.object({
  unsubscribed: z.number().int(),
  bounced: z.number().int(),
  manual: z.number().int(),
});
