import type {
  LocalizedText,
  SurveyDefinition,
  SurveyTrigger,
  TemplateId,
} from '../../shared/contracts/survey-model.js';
import { COMPANY_PLACEHOLDER, SURVEY_TEMPLATES, surveyFromTemplate } from '../survey/templates.js';
import type { DemoLanguage } from './demo-catalog.js';
import { HOUR_MS } from './demo-time.js';
import type { DemoSurveyKey } from './survey-asks.js';

/** How a survey reaches people: e-mail invitations, a personal link another system hands out, or the in-app widget. */
export type DemoSurveyChannel = 'email' | 'link' | 'widget';

export interface DemoWidgetTargeting {
  segmentId: null;
  event: string | null;
  delaySeconds: number;
  samplePercent: number;
}

export interface DemoSurvey {
  key: DemoSurveyKey;
  templateId: TemplateId;
  /** In the organization's default language: a survey has one name. */
  name: string;
  definition: SurveyDefinition;
  channel: DemoSurveyChannel;
  /** Days before the same contact may get this survey again; null: the quiet period alone. */
  recontactPeriodDays: number | null;
  widget: DemoWidgetTargeting | null;
}

interface SurveySpec {
  key: DemoSurveyKey;
  templateId: TemplateId;
  /** Null: the template's own name. */
  name: LocalizedText | null;
  channel: DemoSurveyChannel;
  recontactPeriodDays: number | null;
  trigger: SurveyTrigger | null;
  /** Reworded questions by id, for surveys adapted from a template to another moment. */
  prompts: Record<string, LocalizedText>;
  widget: DemoWidgetTargeting | null;
}

/**
 * The support surveys go out this long after `ticket_solved` (the templates' trigger delay);
 * support-case.ts dates their answers by it. Declared here, with the trigger, so the survey
 * definitions do not depend on the case simulation.
 */
export const SUPPORT_SURVEY_DELAY_MS = HOUR_MS;

const TICKET_SOLVED: SurveyTrigger = {
  kind: 'event',
  event: 'ticket_solved',
  delaySeconds: SUPPORT_SURVEY_DELAY_MS / 1000,
};

/**
 * The vendor's survey programme, built from the templates the way a customer would: the three
 * templates as they come, and the CSAT and CES templates reworded for onboarding, billing and
 * the checkout. Two surveys show the other channels: the billing survey travels as a personal
 * link in the invoice mail (sent by the billing system), the checkout survey in the in-app widget.
 */
const SPECS: readonly SurveySpec[] = [
  {
    key: 'relationship-nps',
    templateId: 'relationship-nps',
    name: null,
    channel: 'email',
    recontactPeriodDays: null,
    trigger: null,
    prompts: {},
    widget: null,
  },
  // Someone with two tickets in a fortnight is asked about the first one only.
  {
    key: 'support-csat',
    templateId: 'csat-after-support',
    name: null,
    channel: 'email',
    recontactPeriodDays: 14,
    trigger: TICKET_SOLVED,
    prompts: {},
    widget: null,
  },
  {
    key: 'support-ces',
    templateId: 'ces-after-resolution',
    name: null,
    channel: 'email',
    recontactPeriodDays: 14,
    trigger: TICKET_SOLVED,
    prompts: {},
    widget: null,
  },
  {
    key: 'onboarding-ces',
    templateId: 'ces-after-resolution',
    name: { en: 'Effort during onboarding', de: 'Aufwand beim Onboarding' },
    channel: 'email',
    recontactPeriodDays: null,
    trigger: { kind: 'one_off' },
    prompts: {
      ces: {
        en: '{company} made it easy for me to get started.',
        de: '{company} hat es mir leicht gemacht, loszulegen.',
      },
      why: {
        en: 'What made getting started easy or difficult for you?',
        de: 'Was hat Ihnen den Einstieg leicht oder schwer gemacht?',
      },
    },
    widget: null,
  },
  {
    key: 'onboarding-csat',
    templateId: 'csat-after-support',
    name: { en: 'Satisfaction after onboarding', de: 'Zufriedenheit nach dem Onboarding' },
    channel: 'email',
    recontactPeriodDays: null,
    trigger: { kind: 'one_off' },
    prompts: {
      csat: {
        en: 'How satisfied are you with your start at {company}?',
        de: 'Wie zufrieden sind Sie mit Ihrem Start bei {company}?',
      },
    },
    widget: null,
  },
  {
    key: 'billing-csat',
    templateId: 'csat-after-support',
    name: { en: 'Satisfaction with billing', de: 'Zufriedenheit mit der Abrechnung' },
    channel: 'link',
    recontactPeriodDays: null,
    trigger: { kind: 'one_off' },
    prompts: {
      csat: {
        en: 'How satisfied are you with billing and invoices from {company}?',
        de: 'Wie zufrieden sind Sie mit der Abrechnung und den Rechnungen von {company}?',
      },
    },
    widget: null,
  },
  {
    key: 'checkout-csat',
    templateId: 'csat-after-support',
    name: { en: 'Checkout satisfaction', de: 'Zufriedenheit mit dem Bestellvorgang' },
    channel: 'widget',
    recontactPeriodDays: null,
    trigger: { kind: 'event', event: 'checkout_completed', delaySeconds: 0 },
    prompts: {
      csat: {
        en: 'How satisfied are you with the checkout?',
        de: 'Wie zufrieden sind Sie mit dem Bestellvorgang?',
      },
    },
    widget: { segmentId: null, event: 'checkout_completed', delaySeconds: 2, samplePercent: 50 },
  },
];

export function demoSurveys(companyName: string, language: DemoLanguage): DemoSurvey[] {
  // The same replacer the templates use: "$&" in a company name stays literal.
  const fill = (text: LocalizedText): LocalizedText =>
    Object.fromEntries(
      Object.entries(text).map(([lang, value]) => [
        lang,
        value.replaceAll(COMPANY_PLACEHOLDER, () => companyName),
      ]),
    );
  return SPECS.map((spec) => {
    const base = surveyFromTemplate(spec.templateId, { companyName });
    const questions = base.questions.map((q) => {
      const prompt = spec.prompts[q.id];
      return prompt ? { ...q, prompt: fill(prompt) } : q;
    });
    const name = spec.name ?? SURVEY_TEMPLATES[spec.templateId].name;
    return {
      key: spec.key,
      templateId: spec.templateId,
      name: name[language] ?? name.en ?? spec.key,
      definition: { ...base, questions, trigger: spec.trigger ?? base.trigger },
      channel: spec.channel,
      recontactPeriodDays: spec.recontactPeriodDays,
      widget: spec.widget,
    };
  });
}

/** The ids of the score and the comment question, which answers are keyed by. */
export function answerQuestionIds(survey: DemoSurvey): { score: string; comment: string | null } {
  const score = survey.definition.questions.find((q) => q.type === survey.definition.metric);
  if (!score) throw new Error(`demo survey ${survey.key} asks no ${survey.definition.metric} question`);
  return { score: score.id, comment: survey.definition.questions.find((q) => q.type === 'text')?.id ?? null };
}
