import { detectLanguage, type DetectedLanguage } from './detect-language.js';
import { scoreTokens, type SentimentResult } from './score-sentiment.js';
import { tagThemesInTokens, type ThemeMention } from './tag-themes.js';
import { tokenize } from './tokenize.js';

export interface TextAnalysis {
  readonly language: DetectedLanguage;
  readonly sentiment: SentimentResult;
  readonly themes: readonly ThemeMention[];
}

const NEUTRAL: SentimentResult = { score: 0, label: 'neutral', evidence: [] };

/**
 * Language, sentiment and themes of one comment, computed here and nowhere else: the text is
 * tokenized once and its language detected once. A comment in neither German nor English is
 * neutral and without themes, because the lexicons would only guess.
 */
export function analyseText(text: string): TextAnalysis {
  const tokenized = tokenize(text);
  const language = detectLanguage(text, tokenized);
  if (language === 'other') return { language, sentiment: NEUTRAL, themes: [] };
  const detail = scoreTokens(tokenized, language);
  return {
    language,
    sentiment: { score: detail.score, label: detail.label, evidence: detail.evidence },
    themes: tagThemesInTokens(tokenized, language, detail),
  };
}
