import type { Db } from '../db/client.js';
import type { EnqueueStageBatches, PipelineEvent, PipelineTopic } from './catalog.js';
import { eventsInRange, itemsInRange, type ReplaySubject } from './replay.repo.js';
import type { Stage } from './stage.js';

export interface ReplayDeps {
  db: Db;
  now: () => Date;
  enqueueStageBatches: EnqueueStageBatches;
}

const PAGE = 1000;

/**
 * Hands one stage every item (and, if it reads them, every behaviour event) of an organization
 * that occurred in [from, to) again, at its current version, as replay batches the stage acts on
 * whatever it processed before: for when its rules change (theme definitions, case rules). Only
 * that stage's queue gets the jobs; the others never see a replay. Returns what was queued.
 */
export async function replayStage(
  deps: ReplayDeps,
  stage: Stage,
  organizationId: string,
  from: Date,
  to: Date,
): Promise<{ events: number; jobs: number }> {
  const at = deps.now().toISOString();
  let events = 0;
  let jobs = 0;
  const sources: Array<{ topic: PipelineTopic; page: typeof itemsInRange }> = [];
  if (stage.consumes.some((t) => t.startsWith('item.')))
    sources.push({
      topic: stage.consumes.includes('item.updated')
        ? 'item.updated'
        : (stage.consumes.find((t) => t.startsWith('item.')) as PipelineTopic),
      page: itemsInRange,
    });
  if (stage.consumes.includes('event.ingested'))
    sources.push({ topic: 'event.ingested', page: eventsInRange });
  const size = Math.min(1000, stage.batchSize ?? 500);
  for (const { topic, page } of sources) {
    let after: { at: string; id: string } | null = null;
    for (;;) {
      const rows: Array<ReplaySubject & { at: string }> = await page(
        deps.db,
        organizationId,
        from,
        to,
        after,
        PAGE,
      );
      if (rows.length === 0) break;
      const batch: PipelineEvent[] = rows.map((r, i) => ({
        seq: events + i,
        topic,
        subjectId: r.id,
        version: r.version,
        at,
      }));
      const batches = Array.from({ length: Math.ceil(batch.length / size) }, (_, i) => ({
        organizationId,
        events: batch.slice(i * size, (i + 1) * size),
        replay: true,
      }));
      await deps.enqueueStageBatches(stage.name, batches);
      events += rows.length;
      jobs += batches.length;
      const last = rows[rows.length - 1];
      if (!last || rows.length < PAGE) break;
      after = { at: last.at, id: last.id };
    }
  }
  return { events, jobs };
}
