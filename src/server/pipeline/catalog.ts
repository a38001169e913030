import { z } from 'zod';

/**
 * Every job and pipeline event Resonance knows, with its payload schema: the one leaf module at
 * the bottom of the server. Features start work by name through `Enqueue` (typed from here) and
 * never import `jobs/`; job files take their schema from here; `jobs/registry.ts` only pairs
 * names with handlers.
 */

/**
 * What happened to a subject. Items are feedback items; `event.ingested` carries a behaviour event;
 * `case.event` an entry of a case's log (announced by a trigger on case_events, migration 0025:
 * the subject encodes the entry's id, see `caseEventSubject`); `contact.erased` a contact erased
 * under GDPR art. 17.
 */
export const PIPELINE_TOPICS = [
  'item.created',
  'item.updated',
  'item.erased',
  'event.ingested',
  'case.event',
  'contact.erased',
] as const;
export type PipelineTopic = (typeof PIPELINE_TOPICS)[number];
export const ITEM_TOPICS = [
  'item.created',
  'item.updated',
  'item.erased',
] as const satisfies readonly PipelineTopic[];

/** One announcement as a stage receives it. */
export const ZPipelineEvent = z.object({
  /** The outbox row's id: the order the writes were announced in. */
  seq: z.number().int().nonnegative(),
  topic: z.enum(PIPELINE_TOPICS),
  subjectId: z.uuid(),
  version: z.number().int().min(1),
  /** When the write was announced (ISO): the stage's lag is measured from here. */
  at: z.iso.datetime({ offset: true }),
});
export type PipelineEvent = z.infer<typeof ZPipelineEvent>;

/** A stage's job: one organization's events, oldest first. */
export const ZStageBatch = z.object({
  organizationId: z.string().min(1),
  events: z.array(ZPipelineEvent).min(1).max(1000),
  /** A replay: the stage acts on every event again, whatever it processed before. */
  replay: z.boolean().optional(),
});
export type StageBatch = z.infer<typeof ZStageBatch>;

/** The id of a case_events row, from the subject its announcement carries (and back). */
export function caseEventIdOf(subjectId: string): number {
  return Number.parseInt(subjectId.slice(24), 16);
}
export function caseEventSubject(caseEventId: number): string {
  return `00000000-0000-4000-8000-${caseEventId.toString(16).padStart(12, '0')}`;
}

/** The queue name of a stage's jobs. */
export const stageJobName = (stage: string) => `stage.${stage}`;

const empty = z.object({});

export const JOB_PAYLOADS = {
  'email.deliver': z.union([
    z.object({ messageId: z.uuid() }),
    z.object({ messageIds: z.array(z.uuid()).min(1).max(100) }),
  ]),
  'pipeline.outbox': empty,
  'maintenance.auth-cleanup': empty.loose(),
  'imports.contacts.run': z.object({ organizationId: z.string().min(1), importId: z.uuid() }),
  'imports.feedback.run': z.object({ organizationId: z.string().min(1), importId: z.uuid() }),
  'surveys.dispatch': empty,
  'surveys.tick': empty,
  'surveys.recurring.plan': empty,
  'digest.weekly': empty,
  'cases.sla.tick': empty,
  /** One attempt of one webhook delivery; the attempt number makes a redelivered job a no-op. */
  'webhooks.attempt': z.object({
    organizationId: z.string().min(1),
    deliveryId: z.uuid(),
    attempt: z.number().int().min(1).max(10),
  }),
  'webhooks.cleanup': empty.loose(),
  'webhooks.resume': empty,
  /** One alert rule's waiting alerts as one message (or a wait for its channel to be free). */
  'alerts.flush': z.object({ organizationId: z.string().min(1), ruleId: z.uuid() }),
  'alerts.sweep': empty,
  /** An organization's own sentiment model trained (on demand), or every organization due (the nightly run). */
  'text.models.train': z.object({ organizationId: z.string().min(1).optional() }).loose(),
  /** The text analysis again over an organization's stored comments after its own themes changed. */
  'themes.replay': z.object({ organizationId: z.string().min(1), replayId: z.uuid() }),
} as const;

export type JobName = keyof typeof JOB_PAYLOADS;
export type JobData<N extends JobName> = z.infer<(typeof JOB_PAYLOADS)[N]>;

export interface EnqueueOptions {
  delaySeconds?: number;
  /** Jobs with the same singleton key are queued once (idempotent enqueue). */
  singletonKey?: string;
}

/** How features start background work: by job name, never by importing a job file. */
export type Enqueue = <N extends JobName>(
  name: N,
  data: JobData<N>,
  opts?: EnqueueOptions,
) => Promise<string | null>;
/** Many jobs of one name in one INSERT: a page of 200 deliveries is one round trip, not 200. */
export type EnqueueMany = <N extends JobName>(
  name: N,
  data: readonly JobData<N>[],
  opts?: Pick<EnqueueOptions, 'delaySeconds'>,
) => Promise<void>;
/** The pipeline's own way to queue a stage's batches (stage queues are named by stage, not in JOB_PAYLOADS). */
export type EnqueueStageBatches = (stage: string, batches: readonly StageBatch[]) => Promise<void>;
