import type { Enqueue } from '../../pipeline/catalog.js';
import type { Db } from '../../db/client.js';
import { analyseItems } from './analyse-items.js';
import {
  commentCount,
  commentItemIdsAfter,
  findReplay,
  insertReplay,
  markReplay,
  type ThemeReplayRow,
} from './theme-replays.repo.js';

/** Items per page of a replay: the text stage's own batch size. */
const PAGE = 500;

/**
 * Queues the text analysis again over all of an organization's stored comments, after its own
 * themes changed: each comment then has exactly the themes it would have had if the dictionary
 * had been this from the start (the analyser is deterministic and reads the current dictionary).
 */
export async function startThemeReplay(
  deps: { db: Db; enqueue: Enqueue; now: () => Date },
  organizationId: string,
): Promise<ThemeReplayRow> {
  const replay = await insertReplay(
    deps.db,
    organizationId,
    await commentCount(deps.db, organizationId),
    deps.now(),
  );
  await deps.enqueue('themes.replay', { organizationId, replayId: replay.id }, { singletonKey: replay.id });
  return replay;
}

/**
 * The replay job's work: the organization's items with a comment (or a stored analysis) in id
 * order, a page at a time through `analyseItems`, the progress written after each page. A retry
 * starts over, which gives the same result.
 */
export async function runThemeReplay(
  deps: { db: Db; now: () => Date },
  organizationId: string,
  replayId: string,
): Promise<void> {
  const replay = await findReplay(deps.db, organizationId, replayId);
  if (!replay || replay.status === 'done') return;
  await markReplay(deps.db, organizationId, replayId, { status: 'running', done: 0 });
  let after: string | null = null;
  let done = 0;
  for (;;) {
    const ids = await commentItemIdsAfter(deps.db, organizationId, after, PAGE);
    if (ids.length === 0) break;
    const { analysed } = await analyseItems(deps.db, organizationId, ids);
    done += analysed;
    after = ids[ids.length - 1] as string;
    await markReplay(deps.db, organizationId, replayId, { done });
  }
  await markReplay(deps.db, organizationId, replayId, { status: 'done', done, finishedAt: deps.now() });
}
