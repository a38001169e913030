import { analyseText, type AnalysisContext, type TextAnalysis } from '../../../domain/text/analyse-text.js';
import { modelSentiment } from '../../../domain/text/choose-sentiment-model.js';
import type { Db } from '../../db/client.js';
import { itemTexts, saveAnalyses, type ItemAnalysis } from './item-analysis.repo.js';
import { orgSentimentModel, type OrgSentimentModel } from './org-sentiment-model.js';
import { orgThemeDictionary } from './org-theme-dictionary.js';
import { storedAnalysis } from './stored-analysis.js';

/**
 * A comment read with the organization's own model where one was chosen: the model gives the
 * sentiment score and label, the lexicon's words stay as the evidence shown, and themes are the
 * dictionaries' (the curated one and the organization's own) either way.
 */
function readComment(
  text: string,
  own: OrgSentimentModel | null,
  context: AnalysisContext,
): { result: TextAnalysis; analyser?: string } {
  const result = analyseText(text, context);
  if (!own) return { result };
  const { score, label } = modelSentiment(own.model, text);
  return { result: { ...result, sentiment: { ...result.sentiment, score, label } }, analyser: own.analyser };
}

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
  const model = items.some((item) => item.text?.trim()) ? await orgSentimentModel(db, organizationId) : null;
  // The organization's own themes join the curated ones (read once per batch).
  const own = items.length > 0 ? await orgThemeDictionary(db, organizationId) : undefined;
  const analyses: ItemAnalysis[] = items.map((item) => {
    const text = item.text?.trim() ? item.text : null;
    if (text === null) return { itemId: item.id, occurredAt: item.occurredAt, analysis: null, themes: [] };
    const read = readComment(text, model, { themes: own?.dictionary });
    const analysis = storedAnalysis(read.result, read.analyser, own?.names);
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
