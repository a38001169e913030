import type { TextAnalysis } from '../../../domain/text/analyse-text.js';
import type { FeedbackAnalysis, StoredEvidence } from './item-analysis.repo.js';

/** Which analyser wrote an analysis: raised when its lexicons or rules change what it finds. */
export const LEXICON_ANALYSER = 'lexicon-1';

/** Sentiment and theme scores are kept to three decimals: enough to rank, small in the row. */
const round = (x: number) => Math.round(x * 1000) / 1000;

/** The domain's reading of a comment as an item stores it (item_analyses.analysis). */
export function storedAnalysis(
  result: TextAnalysis,
  analyser: string = LEXICON_ANALYSER,
  ownNames?: ReadonlyMap<string, { en: string; de: string }>,
): FeedbackAnalysis {
  const evidence = (e: ReadonlyArray<StoredEvidence>): StoredEvidence[] =>
    e.map((x) => ({ start: x.start, end: x.end, text: x.text, weight: round(x.weight), kind: x.kind }));
  return {
    language: result.language,
    sentiment: round(result.sentiment.score),
    sentimentLabel: result.sentiment.label,
    sentimentEvidence: evidence(result.sentiment.evidence),
    themes: result.themes.map((t) => t.themeId),
    themeDetails: result.themes.map((t) => {
      const names = ownNames?.get(t.themeId);
      return {
        id: t.themeId,
        sentiment: round(t.sentiment),
        evidence: evidence(t.evidence),
        ...(names ? { names: { en: names.en, de: names.de } } : {}),
      };
    }),
    analyser,
  };
}
