import { localize } from '../domain/survey/localized-text.js';
import type { ScaleQuestion } from '../shared/contracts/survey-model.js';
import { contentLanguage, pageTexts } from './page-texts.js';

/** The words under the first and last point of a scale: the survey's own, else sensible defaults. */
export function scaleEndLabels(question: ScaleQuestion, language: string): { low: string; high: string } {
  if (question.labels) {
    const lang = contentLanguage(language);
    return { low: localize(question.labels.low, lang), high: localize(question.labels.high, lang) };
  }
  return pageTexts(language).scaleLabels[question.type];
}
