import { themeNames } from '../../../domain/text/theme-catalog.js';
import type { TTextAnalysis } from '../../../shared/contracts/text-analysis.js';
import type { FeedbackAnalysis } from './item-analysis.repo.js';
import type { ItemVerdicts, VerdictBy } from './tag-verdicts.repo.js';

const byDto = (by: VerdictBy | null) => (by ? { userId: by.userId, name: by.name } : null);

/**
 * An item's stored analysis as the API shows it, with the organization's verdicts on its tags;
 * null until the text stage ran (or without a comment). The stored `sentimentLabel` already is the
 * label that counts (a correction is written over the analyser's).
 */
export function analysisDto(
  analysis: FeedbackAnalysis | null | undefined,
  verdicts?: ItemVerdicts,
): TTextAnalysis | null {
  if (!analysis || typeof analysis.sentiment !== 'number' || !analysis.sentimentLabel) return null;
  const sentimentVerdict = verdicts?.sentiment ?? null;
  return {
    language: analysis.language ?? 'other',
    sentiment: {
      score: analysis.sentiment,
      label: analysis.sentimentLabel,
      analyserLabel: analysis.analyserSentimentLabel ?? analysis.sentimentLabel,
      evidence: analysis.sentimentEvidence ?? [],
      verdict: sentimentVerdict
        ? {
            value: sentimentVerdict.verdict === 'agree' ? 'agree' : sentimentVerdict.label,
            by: byDto(sentimentVerdict.by),
            at: sentimentVerdict.at.toISOString(),
          }
        : null,
    },
    themes: (analysis.themeDetails ?? []).map((t) => {
      const verdict = verdicts?.themes.get(t.id);
      return {
        id: t.id,
        name: (t.names ?? themeNames(t.id)).en,
        names: t.names ?? themeNames(t.id),
        sentiment: t.sentiment,
        evidence: t.evidence,
        verdict: verdict
          ? { value: verdict.verdict, by: byDto(verdict.by), at: verdict.at.toISOString() }
          : null,
      };
    }),
    analyser: analysis.analyser ?? 'lexicon-1',
  };
}
