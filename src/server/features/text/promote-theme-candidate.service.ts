import type { TOwnThemeChange, TPromoteCandidateInput } from '../../../shared/contracts/theme-discovery.js';
import { AppError } from '../../common/app-error.js';
import type { Db } from '../../db/client.js';
import type { Enqueue } from '../../pipeline/catalog.js';
import { openCandidates } from './open-candidates.js';
import { insertOrgTheme } from './org-themes.repo.js';
import { ownThemeSlug } from './own-theme-slug.js';
import { updateCandidate } from './theme-candidates.repo.js';
import { ownThemeDto, replayDto } from './theme-discovery-dto.js';
import { startThemeReplay } from './theme-replay.js';

/** Attempts at a free id: `org-x`, `org-x-2`, … */
const MAX_SUFFIX = 50;

/**
 * A candidate becomes one of the organization's own themes (terms default to its top terms, in
 * both languages: discovery labels are the comments' own words, whichever language they are in),
 * and the analysis is replayed over the stored comments so old ones carry it too.
 */
export async function promoteThemeCandidate(
  deps: { db: Db; enqueue: Enqueue; now: () => Date },
  organizationId: string,
  candidateId: string,
  input: TPromoteCandidateInput,
): Promise<TOwnThemeChange> {
  const [candidate] = await openCandidates(deps.db, organizationId, [candidateId]);
  const terms = input.terms ?? { de: [...(candidate?.terms ?? [])], en: [...(candidate?.terms ?? [])] };
  const base = ownThemeSlug(input.name.en);
  const now = deps.now();
  for (let n = 1; n <= MAX_SUFFIX; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    const theme = {
      id,
      nameEn: input.name.en,
      nameDe: input.name.de,
      terms,
      candidateId,
      createdAt: now,
    };
    if (!(await insertOrgTheme(deps.db, organizationId, theme))) continue;
    await updateCandidate(deps.db, organizationId, candidateId, { status: 'promoted', themeId: id });
    const replay = await startThemeReplay(deps, organizationId);
    return { theme: ownThemeDto({ ...theme, updatedAt: now }), replay: replayDto(replay) };
  }
  throw new AppError('CONFLICT', 'An own theme of this name exists already; choose another English name');
}
