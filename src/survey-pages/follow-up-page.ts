import type { Question } from '../shared/contracts/survey-model.js';
import { escapeHtml } from './escape-html.js';
import { hiddenInput, renderPage, type PageBase } from './page-layout.js';
import { pageTexts } from './page-texts.js';
import { errorSummary, renderQuestionField } from './question-fields.js';

export interface FollowUpPageModel extends PageBase {
  action: string;
  /** The "why?" prompt for the respondent's category, already localized; shown on the survey's open question. */
  whyPrompt: string | null;
  /** The survey's questions without the primary scale question. */
  questions: Question[];
  recorded: { score: number; min: number; max: number };
  changeScoreHref: string;
  values?: Record<string, string | number | null>;
  errors?: Record<string, string>;
  /** Posted back as hidden inputs: the public link names its answer and step so. */
  formFields?: Record<string, string>;
}

/** The open question `followUpPrompt` words by category: the one with category prompts, else the first text question. */
function whyQuestion(questions: Question[]): Question | undefined {
  return (
    questions.find((q) => q.type === 'text' && q.promptByCategory) ?? questions.find((q) => q.type === 'text')
  );
}

/** After the score is recorded: thanks, the "why?" question first, then the survey's other questions. */
export function renderFollowUpPage(m: FollowUpPageModel): string {
  const t = pageTexts(m.language);
  const why = whyQuestion(m.questions);
  const ordered = why ? [why, ...m.questions.filter((q) => q !== why)] : m.questions;
  const fields = ordered
    .map((question) =>
      renderQuestionField(question, {
        language: m.language,
        value: m.values?.[question.id],
        error: m.errors?.[question.id],
        prompt: question === why && m.whyPrompt !== null ? m.whyPrompt : undefined,
        markRequired: true,
      }),
    )
    .join('');
  const { score, min, max } = m.recorded;
  const hiddenInputs = Object.entries(m.formFields ?? {})
    .map(([name, value]) => hiddenInput(name, value))
    .join('');
  const main =
    `<h1>${escapeHtml(t.thanksHeading)}</h1>` +
    `<p>${escapeHtml(t.scoreRecorded(score, min, max))} <a href="${escapeHtml(m.changeScoreHref)}">${escapeHtml(t.changeScore)}</a></p>` +
    (ordered.length > 0
      ? `${errorSummary(m.language, m.errors)}<form method="post" action="${escapeHtml(m.action)}">${hiddenInputs}${fields}<button type="submit" class="btn">${escapeHtml(t.submit)}</button></form>`
      : '');
  return renderPage(m, { title: t.thanksHeading, main });
}
