import type {
  LocalizedText,
  Question,
  SurveyDefinition,
  SurveyMetric,
} from '../../../shared/contracts/survey-model.js';

/**
 * A survey "from scratch": the chosen metric's established question and a "why?", in German and
 * English — the texts respondents read, so both languages regardless of the dashboard's. The
 * author rewords them in the builder right after. German uses the formal "Sie", as the templates do.
 */
const HEADLINES: Record<SurveyMetric, { prompt: LocalizedText; low: LocalizedText; high: LocalizedText }> = {
  nps: {
    prompt: {
      en: 'How likely are you to recommend us to a friend or colleague?',
      de: 'Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen weiterempfehlen?',
    },
    low: { en: 'Not at all likely', de: 'Sehr unwahrscheinlich' },
    high: { en: 'Extremely likely', de: 'Äußerst wahrscheinlich' },
  },
  csat: {
    prompt: { en: 'How satisfied are you with us?', de: 'Wie zufrieden sind Sie mit uns?' },
    low: { en: 'Very dissatisfied', de: 'Sehr unzufrieden' },
    high: { en: 'Very satisfied', de: 'Sehr zufrieden' },
  },
  ces: {
    prompt: {
      en: 'It was easy for me to handle my issue.',
      de: 'Es war für mich einfach, mein Anliegen zu erledigen.',
    },
    low: { en: 'Strongly disagree', de: 'Stimme überhaupt nicht zu' },
    high: { en: 'Strongly agree', de: 'Stimme voll und ganz zu' },
  },
  brand: {
    prompt: {
      en: 'To what extent do you share our brand’s values?',
      de: 'Inwieweit teilen Sie die Werte unserer Marke?',
    },
    low: { en: 'Not at all', de: 'Überhaupt nicht' },
    high: { en: 'Completely', de: 'Voll und ganz' },
  },
};

/** The contract's CES scale version and open-answer length, copied to keep zod out of the bundle. */
const CES_SCALE_VERSION = 1;
const TEXT_ANSWER_LENGTH = 5000;

export function blankDefinition(metric: SurveyMetric): SurveyDefinition {
  const { prompt, low, high } = HEADLINES[metric];
  const base = { id: metric, prompt, required: true, labels: { low, high } };
  const headline: Question =
    metric === 'ces' ? { ...base, type: 'ces', scaleVersion: CES_SCALE_VERSION } : { ...base, type: metric };
  const why: Question = {
    id: 'why',
    type: 'text',
    required: false,
    maxLength: TEXT_ANSWER_LENGTH,
    prompt: {
      en: 'What is the main reason for your answer?',
      de: 'Was ist der wichtigste Grund für Ihre Antwort?',
    },
    ...(metric === 'nps'
      ? {
          promptByCategory: {
            promoter: { en: 'What did we do especially well?', de: 'Was haben wir besonders gut gemacht?' },
            passive: {
              en: 'What is the one thing we should improve?',
              de: 'Was sollten wir vor allem verbessern?',
            },
            detractor: {
              en: 'What is the one thing we should improve?',
              de: 'Was sollten wir vor allem verbessern?',
            },
          },
        }
      : {}),
  };
  return { metric, languages: ['en', 'de'], questions: [headline, why], trigger: { kind: 'one_off' } };
}
