import { compileOrgThemes, type OrgThemeDictionary } from '../../../domain/text/org-themes.js';
import type { OrgThemeId } from '../../../domain/text/theme-catalog.js';
import type { Db } from '../../db/client.js';
import { listOrgThemes } from './org-themes.repo.js';

/** An organization's own themes compiled for the analyser; undefined when it has none. */
export async function orgThemeDictionary(
  db: Db,
  organizationId: string,
): Promise<OrgThemeDictionary | undefined> {
  const rows = await listOrgThemes(db, organizationId);
  if (rows.length === 0) return undefined;
  return compileOrgThemes(rows.map((r) => ({ id: r.id as OrgThemeId, terms: r.terms })));
}
