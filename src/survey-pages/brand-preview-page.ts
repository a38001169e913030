import { followUpPrompt } from '../domain/survey/answers.js';
import { surveyFromTemplate } from '../domain/survey/templates.js';
import type { ScaleQuestion } from '../shared/contracts/survey-model.js';
import { renderFollowUpPage } from './follow-up-page.js';
import type { PageBranding } from './page-layout.js';
import { renderScorePage } from './score-page.js';

export type PreviewStep = 'score' | 'follow-up';

/** The score the preview shows as chosen: a promoter's, so the brand colour fills one point. */
const SAMPLE_SCORE = 9;

/**
 * The public survey page exactly as respondents see it with these branding settings, for the
 * dashboard's preview: the Relationship NPS template's score page (a score chosen, nothing
 * sent) or its follow-up. Forms and links point nowhere; the preview shows it in a sandbox.
 */
export function renderBrandPreview(step: PreviewStep, language: string, branding: PageBranding): string {
  const survey = surveyFromTemplate('relationship-nps', {
    companyName: branding.orgName.trim().slice(0, 100) || 'Resonance',
  });
  const [primary, ...rest] = survey.questions as [ScaleQuestion, ...typeof survey.questions];
  const base = { language, branding, nonce: '' };
  if (step === 'score')
    return renderScorePage({
      ...base,
      action: '#',
      question: primary,
      selected: SAMPLE_SCORE,
      autoSubmit: false,
    });
  return renderFollowUpPage({
    ...base,
    action: '#',
    whyPrompt: followUpPrompt(survey, SAMPLE_SCORE, language) ?? null,
    questions: rest,
    recorded: { score: SAMPLE_SCORE, min: 0, max: 10 },
    changeScoreHref: '#',
  });
}
