import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organization } from './auth.js';
import { contacts } from './contacts.js';
import { surveys } from './surveys.js';

/** Who a send goes to: named contacts, or the members of a saved segment when it runs. */
export type SendAudience =
  | { kind: 'contacts'; externalIds: string[] }
  | { kind: 'segment'; segmentId: string }
  | { kind: 'event'; event: string };

/**
 * One decision to survey people: a one-off send to a segment or a list, a recurring program
 * (each member once per `everyDays`, spread evenly), or an event trigger (`ticket_solved` → CES
 * an hour later). Its invitations carry the funnel.
 */
export const surveySends = pgTable(
  'survey_sends',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['one_off', 'recurring', 'event', 'api'] }).notNull(),
    channel: text('channel', { enum: ['email'] })
      .notNull()
      .default('email'),
    audience: jsonb('audience').$type<SendAudience>().notNull(),
    /** Recurring: each contact once per this many days. */
    everyDays: integer('every_days'),
    /** Event trigger or API: wait this long after the event or the call. */
    delaySeconds: integer('delay_seconds').notNull().default(0),
    status: text('status', { enum: ['active', 'paused', 'done'] })
      .notNull()
      .default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('survey_sends_org_survey_idx').on(t.organizationId, t.surveyId)],
);

/**
 * One person asked once, on one channel. E-mail invitations hold the SHA-256 of their token
 * (the token itself is only in the mail). The timestamps are the funnel; a skipped invitation
 * records why (consent, throttling, quota) and until when, so nothing is silently dropped.
 */
export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    sendId: uuid('send_id').references(() => surveySends.id, { onDelete: 'set null' }),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    channel: text('channel', { enum: ['email', 'link', 'widget'] }).notNull(),
    language: text('language').notNull(),
    tokenHash: text('token_hash'),
    /** scheduled → sent | skipped | held (over quota, for next month) | failed | bounced */
    status: text('status', { enum: ['scheduled', 'held', 'sent', 'skipped', 'failed', 'bounced'] }).notNull(),
    skipReason: text('skip_reason'),
    skipUntil: timestamp('skip_until', { withTimezone: true }),
    scheduledFor: timestamp('scheduled_for', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    bouncedAt: timestamp('bounced_at', { withTimezone: true }),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    clickedAt: timestamp('clicked_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    nudgedAt: timestamp('nudged_at', { withTimezone: true }),
    unsubscribedAt: timestamp('unsubscribed_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    emailMessageId: uuid('email_message_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('survey_invitations_token_idx').on(t.tokenHash),
    index('survey_invitations_contact_idx').on(t.organizationId, t.contactId, t.sentAt),
    index('survey_invitations_survey_idx').on(t.organizationId, t.surveyId, t.createdAt),
    index('survey_invitations_send_idx').on(t.sendId),
    index('survey_invitations_message_idx').on(t.emailMessageId),
    // Erasing a contact nulls its rows here; without this index that is a scan per contact.
    index('survey_invitations_contact_only_idx').on(t.contactId),
  ],
);

/**
 * The survey-specific detail of an answer; the score and the comment live on its
 * `feedback_items` row, which is what every later stage reads. One invitation has at most one
 * response: answering again updates it.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    feedbackItemId: uuid('feedback_item_id').primaryKey(),
    // No foreign keys: each cost PostgreSQL a lookup and a row lock per answer. A response lives
    // and dies with its item (a trigger on feedback_items deletes it, migration 0011); surveys
    // and invitations are never deleted but with their organization, and the contact link is
    // kept by the code that changes it (erasure nulls it, a merge moves it; both tested).
    organizationId: text('organization_id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    surveyVersion: integer('survey_version').notNull(),
    invitationId: uuid('invitation_id'),
    contactId: uuid('contact_id'),
    channel: text('channel', { enum: ['email', 'link', 'widget', 'api'] }).notNull(),
    language: text('language').notNull(),
    /** Question id → answer, each checked against its question (domain/survey/answers.ts). */
    answers: jsonb('answers').$type<Record<string, number | string | null>>().notNull(),
    /** Hidden fields of a public link (`?hf_plan=pro`), kept as given. */
    hiddenFields: jsonb('hidden_fields').$type<Record<string, string>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('survey_responses_invitation_idx').on(t.invitationId),
    index('survey_responses_org_survey_idx').on(t.organizationId, t.surveyId, t.createdAt),
    index('survey_responses_contact_idx').on(t.contactId),
  ],
);

/**
 * Addresses never to mail again: unsubscribed, or refused permanently by their server. Only the
 * SHA-256 of the lower-cased address is kept, so the list survives an erasure without holding
 * the address it protects.
 */
export const emailSuppressions = pgTable(
  'email_suppressions',
  {
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    emailHash: text('email_hash').notNull(),
    reason: text('reason', { enum: ['unsubscribed', 'bounced', 'manual'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.emailHash] })],
);

/** Sending and branding settings of an organization, one row each, created with defaults on first read. */
export const orgSendingSettings = pgTable(
  'org_sending_settings',
  {
    organizationId: text('organization_id')
      .primaryKey()
      .references(() => organization.id, { onDelete: 'cascade' }),
    quietPeriodDays: integer('quiet_period_days').notNull().default(30),
    reminderDelayDays: integer('reminder_delay_days').notNull().default(3),
    isReminderEnabled: boolean('is_reminder_enabled').notNull().default(true),
    isCommentNudgeEnabled: boolean('is_comment_nudge_enabled').notNull().default(true),
    overQuota: text('over_quota', { enum: ['refuse', 'hold'] })
      .notNull()
      .default('refuse'),
    /** Tracking pixels are off unless the organization turns them on (privacy). */
    isOpenTracking: boolean('is_open_tracking').notNull().default(false),
    invitationValidDays: integer('invitation_valid_days').notNull().default(30),
    senderName: text('sender_name'),
    brandColor: text('brand_color'),
    logoUrl: text('logo_url'),
    /** The organization's own SMTP URL, AES-256-GCM encrypted with a key derived from AUTH_SECRET. */
    smtpUrlEncrypted: text('smtp_url_encrypted'),
    smtpFrom: text('smtp_from'),
    /** Public key of the in-app widget (`data-key`); identifies the organization, grants nothing else. */
    widgetKey: text('widget_key').notNull(),
    /**
     * The widget identity secret: host sites sign a visitor's external id with it (HMAC-SHA256) on
     * their server, so the public widget key alone cannot answer as a customer. Sealed like the
     * SMTP URL; null until an admin generates one.
     */
    widgetSecretEncrypted: text('widget_secret_encrypted'),
    widgetSecretCreatedAt: timestamp('widget_secret_created_at', { withTimezone: true }),
    /** Identified widget visitors must carry a valid user hash; turning it off is an explicit choice. */
    isWidgetVerificationRequired: boolean('is_widget_verification_required').notNull().default(true),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('org_sending_settings_widget_key_idx').on(t.widgetKey)],
);
