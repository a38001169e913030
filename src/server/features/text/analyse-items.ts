import { analyseText } from '../../../domain/text/analyse-text.js';
import type { Db } from '../../db/client.js';
import { itemTexts, saveAnalyses, type ItemAnalysis } from './item-analysis.repo.js';
import { orgThemeDictionary } from './org-theme-dictionary.js';
import { storedAnalysis } from './stored-analysis.js';

/**
 * Reads the items' comments as they are now and stores what they say. An item without a comment
 * (a score alone, or an erased one) keeps no analysis and no themes.
 */
export async function analyseItems(
  db: Db,
  organizationId: string,
  itemIds: readonly string[],
): Promise<{ analysed: number; withThemes: number }> {
  // Most survey answers arrive as a score alone: with nothing stored and nothing to read, they
  // cost no write (an erased or emptied comment still clears what was stored).
  const items = (await itemTexts(db, organizationId, itemIds)).filter(
    (item) => item.analysed || Boolean(item.text?.trim()),
  );
  // The organization's own themes join the curated ones (read once per batch).
  const themes = items.length > 0 ? await orgThemeDictionary(db, organizationId) : undefined;
  const analyses: ItemAnalysis[] = items.map((item) => {
    const text = item.text?.trim() ? item.text : null;
    if (text === null) return { itemId: item.id, occurredAt: item.occurredAt, analysis: null, themes: [] };
    const analysis = storedAnalysis(analyseText(text, { themes }));
    return {
      itemId: item.id,
      occurredAt: item.occurredAt,
      analysis,
      themes: (analysis.themeDetails ?? []).map((t) => ({ themeId: t.id, sentiment: t.sentiment })),
    };
  });
  await saveAnalyses(db, organizationId, analyses);
  return {
    analysed: analyses.filter((a) => a.analysis !== null).length,
    withThemes: analyses.filter((a) => a.themes.length > 0).length,
  };
}
