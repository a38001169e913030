import type { TOwnThemeChange, TUpdateOwnThemeInput } from '../../../shared/contracts/theme-discovery.js';
import { notFound } from '../../common/app-error.js';
import type { Db } from '../../db/client.js';
import type { Enqueue } from '../../pipeline/catalog.js';
import { updateOrgTheme } from './org-themes.repo.js';
import { ownThemeDto, replayDto } from './theme-discovery-dto.js';
import { startThemeReplay } from './theme-replay.js';

/** Renames an own theme or changes its terms (its id stays), then replays the analysis. */
export async function updateOwnTheme(
  deps: { db: Db; enqueue: Enqueue; now: () => Date },
  organizationId: string,
  id: string,
  input: TUpdateOwnThemeInput,
): Promise<TOwnThemeChange> {
  const row = await updateOrgTheme(deps.db, organizationId, id, {
    ...(input.name ? { nameEn: input.name.en, nameDe: input.name.de } : {}),
    ...(input.terms ? { terms: input.terms } : {}),
    updatedAt: deps.now(),
  });
  if (!row) throw notFound('Own theme');
  const replay = await startThemeReplay(deps, organizationId);
  return { theme: ownThemeDto(row), replay: replayDto(replay) };
}
