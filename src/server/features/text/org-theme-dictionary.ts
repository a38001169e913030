import { compileOrgThemes, type OrgThemeDictionary } from '../../../domain/text/org-themes.js';
import type { OrgThemeId, ThemeNames } from '../../../domain/text/theme-catalog.js';
import { ownThemeNames } from './theme-discovery-dto.js';
import type { Db } from '../../db/client.js';
import { listOrgThemes } from './org-themes.repo.js';

/**
 * An organization's own themes compiled for the analyser, with their names (stored with each
 * reading, so answers name them without another read); undefined when it has none.
 */
export async function orgThemeDictionary(
  db: Db,
  organizationId: string,
): Promise<{ dictionary: OrgThemeDictionary; names: Map<string, ThemeNames> } | undefined> {
  const rows = await listOrgThemes(db, organizationId);
  if (rows.length === 0) return undefined;
  return {
    dictionary: compileOrgThemes(rows.map((r) => ({ id: r.id as OrgThemeId, terms: r.terms }))),
    names: ownThemeNames(rows),
  };
}
