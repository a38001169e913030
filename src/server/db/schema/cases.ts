import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  doublePrecision,
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
import type { BusinessCalendar } from '../../../domain/cases/business-calendar.js';
import type { CaseRule } from '../../../domain/cases/case-rules.js';
import type { SlaSettings } from '../../../domain/cases/sla-settings.js';

/** A recovered detractor is measured by asking again: which survey, how long after resolution. */
export interface RecoverySettings {
  surveyId: string | null;
  delayDays: number;
}
import { organization, user } from './auth.js';
import { contacts } from './contacts.js';
import { feedbackItems } from './feedback.js';

/** Agents belong to teams; a team has a lead (breach escalation) and its business hours. */
export const teams = pgTable(
  'teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    leadUserId: text('lead_user_id').references(() => user.id, { onDelete: 'set null' }),
    /** null: the default calendar (Mon–Fri 09:00–17:00, Europe/Berlin). */
    calendar: jsonb('calendar').$type<BusinessCalendar>(),
    isRoundRobin: boolean('is_round_robin').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('teams_org_name_idx').on(t.organizationId, t.name)],
);

export const teamMembers = pgTable(
  'team_members',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    organizationId: text('organization_id').notNull(),
    /** Round-robin order: the member who waited longest gets the next case. */
    lastAssignedAt: timestamp('last_assigned_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index('team_members_user_idx').on(t.userId)],
);

/** Follow-up settings per organization (Settings → Follow-up); absent: the domain's defaults. */
export const caseSettings = pgTable('case_settings', {
  organizationId: text('organization_id')
    .primaryKey()
    .references(() => organization.id, { onDelete: 'cascade' }),
  rules: jsonb('rules').$type<CaseRule[]>(),
  sla: jsonb('sla').$type<SlaSettings>(),
  defaultTeamId: uuid('default_team_id').references(() => teams.id, { onDelete: 'set null' }),
  /** Yearly revenue from which a customer counts as high value (raises priority). */
  highValueRevenue: doublePrecision('high_value_revenue'),
  rootCauses: jsonb('root_causes').$type<string[]>(),
  actions: jsonb('actions').$type<string[]>(),
  /** The re-survey after resolution; absent: off until the organization picks a survey. */
  recovery: jsonb('recovery').$type<RecoverySettings>(),
  /** The organization's case numbers (#1, #2, …) are drawn from here under the row's lock. */
  lastCaseNumber: integer('last_case_number').notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A follow-up case. Its history is `case_events`; the SLA columns here are what the list and the
 * tick read (recomputed from the log whenever the case changes or the tick passes its due time).
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    topic: text('topic').notNull(),
    subject: text('subject').notNull(),
    /** new | open | waiting | resolved | closed */
    status: text('status').notNull().default('new'),
    /** low | normal | high | urgent */
    priority: text('priority').notNull(),
    /** The channel whose SLA applies (the first feedback's channel, or the API caller's). */
    channel: text('channel').notNull(),
    /** rule | api | manual */
    origin: text('origin').notNull(),
    ruleId: text('rule_id'),
    externalRef: text('external_ref'),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    assigneeId: text('assignee_id').references(() => user.id, { onDelete: 'set null' }),
    language: text('language'),
    rootCause: text('root_cause'),
    action: text('action'),
    escalationLevel: integer('escalation_level').notNull().default(0),
    /** When the customer escalated from the public page (at most once). */
    customerEscalatedAt: timestamp('customer_escalated_at', { withTimezone: true }),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** The SLA tick looks at the case again at the earliest of these. */
    slaNextCheckAt: timestamp('sla_next_check_at', { withTimezone: true }),
    slaDueAt: timestamp('sla_due_at', { withTimezone: true }),
    isSlaBreached: boolean('is_sla_breached').notNull().default(false),
    isSlaWarned: boolean('is_sla_warned').notNull().default(false),
    /** Whether the stopped clocks ended in time (null while running or without a target): the SLA report counts these. */
    firstResponseMet: boolean('first_response_met'),
    resolutionMet: boolean('resolution_met'),
    /** The re-survey planned at resolution (its invitation may be skipped by throttling; the event says why). */
    recoveryInvitationId: uuid('recovery_invitation_id'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cases_org_number_idx').on(t.organizationId, t.number),
    // At most one open case per contact and topic: concurrent stage jobs cannot both open one.
    uniqueIndex('cases_open_topic_idx')
      .on(t.organizationId, t.contactId, t.topic)
      .where(sql`${t.status} not in ('resolved', 'closed') and ${t.contactId} is not null`),
    uniqueIndex('cases_org_external_idx').on(t.organizationId, t.externalRef),
    index('cases_org_list_idx').on(t.organizationId, t.openedAt, t.id),
    index('cases_org_status_idx').on(t.organizationId, t.status, t.openedAt),
    index('cases_assignee_idx').on(t.assigneeId, t.status),
    index('cases_contact_idx').on(t.contactId),
    index('cases_sla_check_idx')
      .on(t.slaNextCheckAt)
      .where(sql`${t.status} not in ('resolved', 'closed') and ${t.slaNextCheckAt} is not null`),
  ],
);

/** The feedback a case is about: the item that opened it and every one that joined later. */
export const caseItems = pgTable(
  'case_items',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => feedbackItems.id, { onDelete: 'cascade' }),
    organizationId: text('organization_id').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.itemId] }), uniqueIndex('case_items_item_idx').on(t.itemId)],
);

/**
 * A case's log: every status change, assignment, message, note and SLA step, in order. The SLA
 * clocks are computed from it alone.
 */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    organizationId: text('organization_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** opened | status | assigned | priority | joined | reply | customer-message | note | warned | breached | escalated | customer-escalated */
    type: text('type').notNull(),
    /** person | automation | customer */
    author: text('author').notNull(),
    actorUserId: text('actor_user_id').references(() => user.id, { onDelete: 'set null' }),
    body: text('body'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    /** A reply's mail, for its delivery state and threading (`Message-ID`). */
    emailMessageId: uuid('email_message_id'),
    mailMessageId: text('mail_message_id'),
  },
  (t) => [
    index('case_events_case_idx').on(t.caseId, t.at),
    index('case_events_mail_idx').on(t.mailMessageId),
  ],
);

/** In-app notifications (the bell); e-mail copies go through the mail outbox. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    /** case.assigned | case.joined | case.customer-message | case.warned | case.breached | case.escalated | case.mentioned */
    kind: text('kind').notNull(),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'cascade' }),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.organizationId, t.createdAt),
    // A deleted case cascades here, and the cases bench reads a case's notifications by it.
    index('notifications_case_idx').on(t.caseId),
  ],
);

/** Which notifications a person wants where; absent: every kind in the app and by e-mail. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    /** kind → channels, e.g. { "case.assigned": ["app", "email"] } */
    channels: jsonb('channels').$type<Record<string, string[]>>().notNull().default({}),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] })],
);
