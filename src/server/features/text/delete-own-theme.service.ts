import type { TOwnThemeChange } from '../../../shared/contracts/theme-discovery.js';
import { notFound } from '../../common/app-error.js';
import type { Db } from '../../db/client.js';
import type { Enqueue } from '../../pipeline/catalog.js';
import { deleteOrgTheme } from './org-themes.repo.js';
import { reopenCandidateOf } from './theme-candidates.repo.js';
import { replayDto } from './theme-discovery-dto.js';
import { startThemeReplay } from './theme-replay.js';

/** Deletes an own theme; the replay removes it from every comment, and its candidate is offered again. */
export async function deleteOwnTheme(
  deps: { db: Db; enqueue: Enqueue; now: () => Date },
  organizationId: string,
  id: string,
): Promise<TOwnThemeChange> {
  const row = await deleteOrgTheme(deps.db, organizationId, id);
  if (!row) throw notFound('Own theme');
  await reopenCandidateOf(deps.db, organizationId, id);
  const replay = await startThemeReplay(deps, organizationId);
  return { theme: null, replay: replayDto(replay) };
}
