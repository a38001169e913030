import type { TOwnThemes } from '../../../shared/contracts/theme-discovery.js';
import type { Db } from '../../db/client.js';
import { listOrgThemes } from './org-themes.repo.js';
import { ownThemeDto, replayDto } from './theme-discovery-dto.js';
import { latestReplay } from './theme-replays.repo.js';

/** The organization's own themes and how far the latest replay got. */
export async function listOwnThemes(db: Db, organizationId: string): Promise<TOwnThemes> {
  const [rows, replay] = await Promise.all([
    listOrgThemes(db, organizationId),
    latestReplay(db, organizationId),
  ]);
  return { themes: rows.map(ownThemeDto), replay: replay ? replayDto(replay) : null };
}
