import type { TOwnTheme, TThemeCandidate, TThemeReplay } from '../../../shared/contracts/theme-discovery.js';
import type { OrgThemeRow } from './org-themes.repo.js';
import type { CandidateRow } from './theme-candidates.repo.js';
import type { ThemeReplayRow } from './theme-replays.repo.js';

export const candidateDto = (r: CandidateRow): TThemeCandidate => ({
  id: r.id,
  name: r.name,
  terms: r.terms,
  size: r.size,
  examples: r.examples,
  status: r.status,
  themeId: r.themeId,
  runAt: r.runAt.toISOString(),
});

export const ownThemeDto = (r: OrgThemeRow): TOwnTheme => ({
  id: r.id,
  name: { de: r.nameDe, en: r.nameEn },
  terms: r.terms,
  candidateId: r.candidateId,
  createdAt: r.createdAt.toISOString(),
});

export const replayDto = (r: ThemeReplayRow): TThemeReplay => ({
  id: r.id,
  status: r.status,
  total: r.total,
  done: r.done,
  createdAt: r.createdAt.toISOString(),
  finishedAt: r.finishedAt?.toISOString() ?? null,
});

/** The names of an organization's own themes by id, for `themeNames`. */
export const ownThemeNames = (rows: readonly OrgThemeRow[]) =>
  new Map(rows.map((r) => [r.id, { de: r.nameDe, en: r.nameEn }] as const));
