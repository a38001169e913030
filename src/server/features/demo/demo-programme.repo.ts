import { and, eq, getTableName, inArray } from 'drizzle-orm';
import type { SurveyDefinition, TemplateId } from '../../../shared/contracts/survey-model.js';
import type { Db } from '../../db/client.js';
import {
  emailSuppressions,
  segments,
  surveyInvitations,
  surveyResponses,
  surveys,
  surveySends,
  surveyVersions,
  type SendAudience,
  type WidgetTargeting,
} from '../../db/schema/index.js';
import { bulkInsert, type BulkColumn } from '../../db/bulk-insert.js';

export interface NewDemoSurvey {
  key: string;
  name: string;
  templateId: TemplateId;
  definition: SurveyDefinition;
  recontactPeriodDays: number | null;
  widget: WidgetTargeting | null;
}

export interface NewDemoSegment {
  key: string;
  name: string;
  filter: Record<string, unknown>;
}

export interface NewDemoSend {
  id: string;
  surveyKey: string;
  kind: 'recurring' | 'event' | 'api';
  /** A segment audience names the demo segment by key; the repo puts in its id. */
  audience: Exclude<SendAudience, { kind: 'segment' }> | { kind: 'segment'; segmentKey: string };
  everyDays: number | null;
  delaySeconds: number;
  status: 'active' | 'paused';
}

export interface NewDemoInvitation {
  id: string;
  surveyKey: string;
  sendId: string | null;
  contactExternalId: string;
  channel: 'email' | 'link' | 'widget';
  language: string;
  status: 'sent' | 'skipped' | 'bounced';
  skipReason: string | null;
  skipUntil: Date | null;
  scheduledFor: Date;
  sentAt: Date | null;
  deliveredAt: Date | null;
  bouncedAt: Date | null;
  clickedAt: Date | null;
  answeredAt: Date | null;
  remindedAt: Date | null;
  nudgedAt: Date | null;
  unsubscribedAt: Date | null;
  expiresAt: Date | null;
}

export interface NewDemoResponse {
  feedbackItemId: string;
  surveyKey: string;
  invitationId: string;
  contactExternalId: string;
  channel: 'email' | 'link' | 'widget';
  language: string;
  answers: Record<string, number | string>;
  hiddenFields: Record<string, string>;
  answeredAt: Date;
}

export interface NewDemoSuppression {
  emailHash: string;
  reason: 'bounced' | 'unsubscribed';
  createdAt: Date;
}

/** The survey programme: surveys, the segment and sends behind them, invitations, responses, suppressed addresses. */
export interface NewDemoProgramme {
  /** When the surveys, segment and sends were set up. */
  createdAt: Date;
  surveys: readonly NewDemoSurvey[];
  segments: readonly NewDemoSegment[];
  sends: readonly NewDemoSend[];
  invitations: readonly NewDemoInvitation[];
  responses: readonly NewDemoResponse[];
  suppressions: readonly NewDemoSuppression[];
}

type Ids = (key: string) => string;
type ContactIds = (externalId: string) => string | null;

/**
 * The survey programme, inside the caller's transaction. Surveys and the segment are looked up
 * by name after a conflict-skipping insert, so a survey of the same name made before the fill is
 * used as it is; the rest skips rows whose derived ids exist.
 */
export async function insertDemoProgramme(
  tx: Db,
  organizationId: string,
  p: NewDemoProgramme,
  idByExternalId: ReadonlyMap<string, string>,
): Promise<{ surveys: number; sends: number; invitations: number; responses: number }> {
  const at = { createdAt: p.createdAt, updatedAt: p.createdAt };
  const newSurveys = await tx
    .insert(surveys)
    .values(
      p.surveys.map((s) => ({
        organizationId,
        name: s.name,
        templateId: s.templateId,
        metric: s.definition.metric,
        status: 'live' as const,
        currentVersion: 1,
        recontactPeriodDays: s.recontactPeriodDays,
        widget: s.widget,
        ...at,
      })),
    )
    // A survey of the same name made before the fill is used as it is.
    .onConflictDoNothing()
    .returning({ id: surveys.id });
  const surveyIds = await idsByName(tx, surveys, organizationId, p.surveys);
  await tx
    .insert(surveyVersions)
    .values(
      p.surveys.map((s) => ({
        surveyId: need(surveyIds, s.name),
        organizationId,
        version: 1,
        comparableSince: 1,
        definition: s.definition,
        createdAt: p.createdAt,
      })),
    )
    .onConflictDoNothing();
  const surveyId = (key: string) => need(surveyIds, p.surveys.find((s) => s.key === key)?.name ?? key);

  await tx
    .insert(segments)
    .values(p.segments.map((s) => ({ organizationId, name: s.name, filter: s.filter, ...at })))
    .onConflictDoNothing();
  const segmentIds = await idsByName(tx, segments, organizationId, p.segments);
  const audience = (a: NewDemoSend['audience']): SendAudience =>
    a.kind === 'segment'
      ? {
          kind: 'segment',
          segmentId: need(segmentIds, p.segments.find((s) => s.key === a.segmentKey)?.name ?? a.segmentKey),
        }
      : a;
  const sendRows = await tx
    .insert(surveySends)
    .values(
      p.sends.map(({ surveyKey, audience: a, ...s }) => ({
        ...s,
        organizationId,
        surveyId: surveyId(surveyKey),
        audience: audience(a),
        channel: 'email' as const,
        createdAt: p.createdAt,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: surveySends.id });

  const contactId = (externalId: string) => idByExternalId.get(externalId) ?? null;
  const invitations = await bulkInsert(
    tx,
    getTableName(surveyInvitations),
    invitationColumns(organizationId, surveyId, contactId),
    p.invitations,
  );
  const responses = await bulkInsert(
    tx,
    getTableName(surveyResponses),
    responseColumns(organizationId, surveyId, contactId),
    p.responses,
  );

  // A handful of addresses: one statement.
  if (p.suppressions.length > 0) {
    await tx
      .insert(emailSuppressions)
      .values(p.suppressions.map((s) => ({ ...s, organizationId })))
      .onConflictDoNothing();
  }
  return { surveys: newSurveys.length, sends: sendRows.length, invitations, responses };
}

function invitationColumns(
  organizationId: string,
  surveyId: Ids,
  contactId: ContactIds,
): BulkColumn<NewDemoInvitation>[] {
  const i = surveyInvitations;
  const at = (
    column: { name: string },
    value: (row: NewDemoInvitation) => Date | null,
  ): BulkColumn<NewDemoInvitation> => ({ name: column.name, type: 'timestamptz', value });
  // token_hash stays null: a demo link must never be answerable.
  return [
    { name: i.id.name, type: 'uuid', value: (r) => r.id },
    { name: i.organizationId.name, type: 'text', value: () => organizationId },
    { name: i.surveyId.name, type: 'uuid', value: (r) => surveyId(r.surveyKey) },
    { name: i.sendId.name, type: 'uuid', value: (r) => r.sendId },
    { name: i.contactId.name, type: 'uuid', value: (r) => contactId(r.contactExternalId) },
    { name: i.channel.name, type: 'text', value: (r) => r.channel },
    { name: i.language.name, type: 'text', value: (r) => r.language },
    { name: i.status.name, type: 'text', value: (r) => r.status },
    { name: i.skipReason.name, type: 'text', value: (r) => r.skipReason },
    at(i.skipUntil, (r) => r.skipUntil),
    at(i.scheduledFor, (r) => r.scheduledFor),
    at(i.sentAt, (r) => r.sentAt),
    at(i.deliveredAt, (r) => r.deliveredAt),
    at(i.bouncedAt, (r) => r.bouncedAt),
    at(i.clickedAt, (r) => r.clickedAt),
    at(i.answeredAt, (r) => r.answeredAt),
    at(i.remindedAt, (r) => r.remindedAt),
    at(i.nudgedAt, (r) => r.nudgedAt),
    at(i.unsubscribedAt, (r) => r.unsubscribedAt),
    at(i.expiresAt, (r) => r.expiresAt),
    at(i.createdAt, (r) => r.scheduledFor),
  ];
}

function responseColumns(
  organizationId: string,
  surveyId: Ids,
  contactId: ContactIds,
): BulkColumn<NewDemoResponse>[] {
  const r = surveyResponses;
  return [
    { name: r.feedbackItemId.name, type: 'uuid', value: (x) => x.feedbackItemId },
    { name: r.organizationId.name, type: 'text', value: () => organizationId },
    { name: r.surveyId.name, type: 'uuid', value: (x) => surveyId(x.surveyKey) },
    { name: r.surveyVersion.name, type: 'integer', value: () => 1 },
    { name: r.invitationId.name, type: 'uuid', value: (x) => x.invitationId },
    { name: r.contactId.name, type: 'uuid', value: (x) => contactId(x.contactExternalId) },
    { name: r.channel.name, type: 'text', value: (x) => x.channel },
    { name: r.language.name, type: 'text', value: (x) => x.language },
    { name: r.answers.name, type: 'jsonb', value: (x) => x.answers },
    { name: r.hiddenFields.name, type: 'jsonb', value: (x) => x.hiddenFields },
    { name: r.createdAt.name, type: 'timestamptz', value: (x) => x.answeredAt },
    { name: r.updatedAt.name, type: 'timestamptz', value: (x) => x.answeredAt },
  ];
}

async function idsByName(
  tx: Db,
  table: typeof surveys | typeof segments,
  organizationId: string,
  named: readonly { name: string }[],
): Promise<Map<string, string>> {
  if (named.length === 0) return new Map();
  const rows = await tx
    .select({ id: table.id, name: table.name })
    .from(table)
    .where(
      and(
        eq(table.organizationId, organizationId),
        inArray(
          table.name,
          named.map((n) => n.name),
        ),
      ),
    );
  return new Map(rows.map((r) => [r.name, r.id]));
}

function need(ids: ReadonlyMap<string, string>, name: string): string {
  const id = ids.get(name);
  if (!id) throw new Error(`demo: "${name}" was neither inserted nor found`);
  return id;
}
