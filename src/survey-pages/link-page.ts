import type { Question } from '../shared/contracts/survey-model.js';
import { escapeHtml } from './escape-html.js';
import { hiddenInput, renderPage, type PageBase } from './page-layout.js';
import { pageTexts } from './page-texts.js';
import { errorSummary, renderQuestionField } from './question-fields.js';

export interface LinkPageModel extends PageBase {
  action: string;
  /**
   * `score`: only the score question, as the page's heading, like the e-mail's score page; the
   * follow-up for the chosen score comes on the next page. `all`: every question at once, for a
   * survey without a score question.
   */
  step: 'score' | 'all';
  /** The questions of this step, in the order given. */
  questions: Question[];
  /** Answers by question id: a score from `?score=`, or answers sent back after an error. */
  prefill: Record<string, string | number>;
  /** Posted back as `hf_<name>`. */
  hiddenFields: Record<string, string>;
  formNonce: string;
  errors?: Record<string, string>;
}

/**
 * The public link's first page. The organization is named once, in the header: the heading is
 * the question (score step) or "Your feedback". No script: nothing is sent until a person
 * presses the button, so it works the same with JavaScript off.
 */
export function renderLinkPage(m: LinkPageModel): string {
  const t = pageTexts(m.language);
  const isScore = m.step === 'score';
  const fields = m.questions
    .map((question) =>
      renderQuestionField(question, {
        language: m.language,
        value: m.prefill[question.id],
        error: m.errors?.[question.id],
        ...(isScore ? { isHeading: true } : { markRequired: true }),
      }),
    )
    .join('');
  const hiddenInputs = Object.entries(m.hiddenFields)
    .map(([name, value]) => hiddenInput(`hf_${name}`, value))
    .join('');
  const nonce = m.formNonce ? hiddenInput('nonce', m.formNonce) : '';
  const step = isScore ? hiddenInput('step', 'score') : '';
  const heading = isScore ? '' : `<h1>${escapeHtml(t.pageTitle)}</h1>`;
  const main =
    `${heading}${errorSummary(m.language, m.errors)}` +
    `<form method="post" action="${escapeHtml(m.action)}">${nonce}${step}${hiddenInputs}${fields}<button type="submit" class="btn">${escapeHtml(isScore ? t.submitScore : t.submit)}</button></form>`;
  return renderPage(m, { title: t.pageTitle, main });
}
