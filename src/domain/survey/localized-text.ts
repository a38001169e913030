import type { LanguageCode, LocalizedText, Question } from '../../shared/contracts/survey-model.js';

/**
 * The text in `language`, else English, else whatever exists. A missing translation must never
 * leave a respondent looking at an empty question, so the fallback is deliberate.
 */
export function localize(text: LocalizedText, language: LanguageCode): string {
  return text[language] ?? text.en ?? Object.values(text)[0] ?? '';
}

function mapText(text: LocalizedText, fn: (value: string) => string): LocalizedText {
  return Object.fromEntries(Object.entries(text).map(([language, value]) => [language, fn(value)]));
}

/** Applies `fn` to every translatable text of a question (prompt, labels, follow-ups, choices). */
export function mapQuestionTexts<Q extends Question>(question: Q, fn: (value: string) => string): Q {
  const mapped: Question = { ...question, prompt: mapText(question.prompt, fn) };
  if ('labels' in mapped && mapped.labels) {
    mapped.labels = { low: mapText(mapped.labels.low, fn), high: mapText(mapped.labels.high, fn) };
  }
  if (mapped.type === 'text' && mapped.promptByCategory) {
    const { promoter, passive, detractor } = mapped.promptByCategory;
    mapped.promptByCategory = {
      promoter: mapText(promoter, fn),
      passive: mapText(passive, fn),
      detractor: mapText(detractor, fn),
    };
  }
  if (mapped.type === 'single_choice') {
    mapped.choices = mapped.choices.map((choice) => ({ ...choice, label: mapText(choice.label, fn) }));
  }
  return mapped as Q;
}
