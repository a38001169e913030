import {
  BUILT_IN_LANGUAGES,
  CES_SCALE_VERSION,
  SURVEY_LIMITS,
  type LocalizedText,
  type Question,
  type SurveyDefinition,
  type SurveyMetric,
  type SurveyTrigger,
  type TemplateId,
  type TextQuestion,
} from '../../shared/contracts/survey-model.js';
import { mapQuestionTexts } from './localized-text.js';

/**
 * The source's program as ready-made surveys. German texts use the formal "Sie": respondents are
 * customers, and the informal form would need an explicit brand choice. `{company}` is filled in
 * by `surveyFromTemplate`.
 */
export interface SurveyTemplate {
  id: TemplateId;
  name: LocalizedText;
  metric: SurveyMetric;
  trigger: SurveyTrigger;
  questions: Question[];
}

export const COMPANY_PLACEHOLDER = '{company}';
export const COMPANY_NAME_MAX_LENGTH = 100;

const HOUR = 3600;

const npsQuestion: Question = {
  id: 'nps',
  type: 'nps',
  required: true,
  prompt: {
    en: 'How likely are you to recommend {company} to a friend or colleague?',
    de: 'Wie wahrscheinlich ist es, dass Sie {company} einem Freund oder Kollegen weiterempfehlen?',
  },
  labels: {
    low: { en: 'Not at all likely', de: 'Sehr unwahrscheinlich' },
    high: { en: 'Extremely likely', de: 'Äußerst wahrscheinlich' },
  },
};

// Promoters are asked what to keep, everyone else for the single most important fix (the source).
const npsWhy: TextQuestion = {
  id: 'why',
  type: 'text',
  required: false,
  maxLength: SURVEY_LIMITS.textAnswerLength,
  prompt: {
    en: 'What is the main reason for your score?',
    de: 'Was ist der wichtigste Grund für Ihre Bewertung?',
  },
  promptByCategory: {
    promoter: { en: 'What did we do especially well?', de: 'Was haben wir besonders gut gemacht?' },
    passive: { en: 'What is the one thing we should improve?', de: 'Was sollten wir vor allem verbessern?' },
    detractor: {
      en: 'What is the one thing we should improve?',
      de: 'Was sollten wir vor allem verbessern?',
    },
  },
};

function openQuestion(id: string, prompt: LocalizedText): TextQuestion {
  return { id, type: 'text', required: false, maxLength: SURVEY_LIMITS.textAnswerLength, prompt };
}

export const SURVEY_TEMPLATES: Record<TemplateId, SurveyTemplate> = {
  'relationship-nps': {
    id: 'relationship-nps',
    name: { en: 'Relationship NPS', de: 'Beziehungs-NPS' },
    metric: 'nps',
    trigger: { kind: 'recurring', everyDays: 90 },
    questions: [npsQuestion, npsWhy],
  },
  'csat-after-support': {
    id: 'csat-after-support',
    name: { en: 'Satisfaction after a support contact', de: 'Zufriedenheit nach einem Supportkontakt' },
    metric: 'csat',
    trigger: { kind: 'event', event: 'support_contact', delaySeconds: HOUR },
    questions: [
      {
        id: 'csat',
        type: 'csat',
        required: true,
        prompt: {
          en: 'How satisfied are you with the support you received from {company}?',
          de: 'Wie zufrieden sind Sie mit der Unterstützung, die Sie von {company} erhalten haben?',
        },
        labels: {
          low: { en: 'Very dissatisfied', de: 'Sehr unzufrieden' },
          high: { en: 'Very satisfied', de: 'Sehr zufrieden' },
        },
      },
      openQuestion('why', {
        en: 'What could we have done better?',
        de: 'Was hätten wir besser machen können?',
      }),
    ],
  },
  'ces-after-resolution': {
    id: 'ces-after-resolution',
    name: { en: 'Effort after a resolved ticket', de: 'Aufwand nach einem gelösten Ticket' },
    metric: 'ces',
    trigger: { kind: 'event', event: 'ticket_solved', delaySeconds: HOUR },
    questions: [
      {
        id: 'ces',
        type: 'ces',
        required: true,
        scaleVersion: CES_SCALE_VERSION,
        prompt: {
          en: '{company} made it easy for me to handle my issue.',
          de: '{company} hat es mir leicht gemacht, mein Anliegen zu erledigen.',
        },
        labels: {
          low: { en: 'Strongly disagree', de: 'Stimme überhaupt nicht zu' },
          high: { en: 'Strongly agree', de: 'Stimme voll und ganz zu' },
        },
      },
      openQuestion('why', {
        en: 'What made it easy or difficult for you?',
        de: 'Was hat es Ihnen leicht oder schwer gemacht?',
      }),
    ],
  },
  'brand-bond': {
    id: 'brand-bond',
    name: { en: 'Brand bond', de: 'Markenbindung' },
    metric: 'brand',
    trigger: { kind: 'recurring', everyDays: 180 },
    questions: [
      {
        id: 'brand',
        type: 'brand',
        required: true,
        prompt: {
          en: "To what extent do you share our brand's values?",
          de: 'Inwieweit teilen Sie die Werte unserer Marke?',
        },
        labels: {
          low: { en: 'Not at all', de: 'Überhaupt nicht' },
          high: { en: 'Completely', de: 'Voll und ganz' },
        },
      },
      openQuestion('stands-for', {
        en: 'In your own words, what does {company} stand for?',
        de: 'Wofür steht {company} aus Ihrer Sicht?',
      }),
    ],
  },
  // Asked of the affected customers before a price or policy change: a baseline to compare against afterwards.
  'pre-change-pulse': {
    id: 'pre-change-pulse',
    name: { en: 'Pulse before a change', de: 'Stimmungsbild vor einer Änderung' },
    metric: 'nps',
    trigger: { kind: 'one_off' },
    questions: [
      npsQuestion,
      {
        id: 'matters-most',
        type: 'single_choice',
        required: false,
        prompt: {
          en: 'What matters most to you about {company}?',
          de: 'Was ist Ihnen bei {company} am wichtigsten?',
        },
        choices: [
          { id: 'price', label: { en: 'The price', de: 'Der Preis' } },
          { id: 'product', label: { en: 'The product itself', de: 'Das Produkt selbst' } },
          { id: 'service', label: { en: 'Service and support', de: 'Service und Support' } },
          { id: 'terms', label: { en: 'Contract terms', de: 'Die Vertragsbedingungen' } },
        ],
      },
      npsWhy,
    ],
  },
};

export function isTemplateId(value: string): value is TemplateId {
  return Object.hasOwn(SURVEY_TEMPLATES, value);
}

/** A new survey from a template, with the organization's name in every `{company}`. */
export function surveyFromTemplate(id: TemplateId, options: { companyName: string }): SurveyDefinition {
  const companyName = options.companyName.trim();
  if (companyName.length === 0 || companyName.length > COMPANY_NAME_MAX_LENGTH) {
    throw new RangeError(`companyName must be 1–${COMPANY_NAME_MAX_LENGTH} characters`);
  }
  const template = SURVEY_TEMPLATES[id];
  // A replacer function, not a string: "$&" or "$1" in a company name must stay literal.
  const fill = (text: string) => text.replaceAll(COMPANY_PLACEHOLDER, () => companyName);
  return {
    metric: template.metric,
    languages: [...BUILT_IN_LANGUAGES],
    trigger: { ...template.trigger },
    questions: template.questions.map((question) => mapQuestionTexts(question, fill)),
  };
}
