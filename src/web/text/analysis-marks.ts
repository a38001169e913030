import type { TTextAnalysis } from '../../shared/contracts/text-analysis.js';
import type { EvidenceMark } from './evidence-segments.js';

/**
 * The marks to draw for an analysed comment: each theme's words (labelled with the theme's name in
 * the reader's language) and the sentiment words by the sign of what they added.
 * `themeName` lets the caller pick the language; `onlyTheme` keeps one theme's words only.
 */
export function analysisMarks(
  analysis: TTextAnalysis,
  themeName: (id: string, fallback: string) => string,
  onlyTheme?: string,
): EvidenceMark[] {
  const themes = analysis.themes
    .filter((t) => onlyTheme === undefined || t.id === onlyTheme)
    .flatMap((t) =>
      t.evidence.map((e) => ({
        start: e.start,
        end: e.end,
        tone: 'theme' as const,
        label: themeName(t.id, t.name),
      })),
    );
  const sentiment = analysis.sentiment.evidence
    .filter((e) => e.weight !== 0)
    .map((e) => ({
      start: e.start,
      end: e.end,
      tone: e.weight < 0 ? ('negative' as const) : ('positive' as const),
    }));
  return [...themes, ...sentiment];
}
