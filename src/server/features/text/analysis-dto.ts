import { themeNames } from '../../../domain/text/theme-catalog.js';
import type { TTextAnalysis } from '../../../shared/contracts/text-analysis.js';
import type { FeedbackAnalysis } from './item-analysis.repo.js';

/** An item's stored analysis as the API shows it; null until the text stage ran (or without a comment). */
export function analysisDto(analysis: FeedbackAnalysis | null | undefined): TTextAnalysis | null {
  if (!analysis || typeof analysis.sentiment !== 'number' || !analysis.sentimentLabel) return null;
  return {
    language: analysis.language ?? 'other',
    sentiment: {
      score: analysis.sentiment,
      label: analysis.sentimentLabel,
      evidence: analysis.sentimentEvidence ?? [],
    },
    themes: (analysis.themeDetails ?? []).map((t) => ({
      id: t.id,
      name: themeNames(t.id).en,
      sentiment: t.sentiment,
      evidence: t.evidence,
    })),
    analyser: analysis.analyser ?? 'lexicon-1',
  };
}
