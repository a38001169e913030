import { detectLanguage, type DetectedLanguage } from './detect-language.js';
import { scoreTokens, type SentimentResult } from './score-sentiment.js';
import { tagOrgThemes, type OrgThemeDictionary } from './org-themes.js';
import { tagThemesInTokens, type ThemeMention } from './tag-themes.js';
import { tokenize } from './tokenize.js';

export interface TextAnalysis {
  readonly language: DetectedLanguage;
  readonly sentiment: SentimentResult;
  readonly themes: readonly ThemeMention[];
}

/** What an organization adds to the reading of its comments (its sentiment model will join here). */
export interface AnalysisContext {
  /** Its own themes (`compileOrgThemes`), tagged beside the curated ones. */
  readonly themes?: OrgThemeDictionary | undefined;
}

const NEUTRAL: SentimentResult = { score: 0, label: 'neutral', evidence: [] };

/**
 * Language, sentiment and themes of one comment, computed here and nowhere else: the text is
 * tokenized once and its language detected once. A comment in neither German nor English is
 * neutral and without themes, because the lexicons would only guess. With an organization's own
 * themes in `context`, the same comment gives the same result whenever it is read (a replay).
 */
export function analyseText(text: string, context: AnalysisContext = {}): TextAnalysis {
  const tokenized = tokenize(text);
  const language = detectLanguage(text, tokenized);
  if (language === 'other') return { language, sentiment: NEUTRAL, themes: [] };
  const detail = scoreTokens(tokenized, language);
  return {
    language,
    sentiment: { score: detail.score, label: detail.label, evidence: detail.evidence },
    themes: [
      ...tagThemesInTokens(tokenized, language, detail),
      ...(context.themes ? tagOrgThemes(tokenized, language, context.themes, detail.score) : []),
    ],
  };
}
