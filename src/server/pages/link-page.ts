import type { Question } from '../../shared/contracts/survey-model.js';
import { escapeHtml } from './escape-html.js';
import { renderPage, type PageBase } from './page-layout.js';
import { pageTexts } from './page-texts.js';
import { errorSummary, renderQuestionField } from './question-fields.js';

export interface LinkPageModel extends PageBase {
  action: string;
  title: string;
  /** All questions, in the order given (the primary scale question first). */
  questions: Question[];
  /** Answers by question id: a score from `?score=`, or answers sent back after an error. */
  prefill: Record<string, string | number>;
  /** Posted back as `hf_<name>`. */
  hiddenFields: Record<string, string>;
  formNonce: string;
  errors?: Record<string, string>;
}

const hidden = (name: string, value: string) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`;

/** The public link: every question on one page, usable without JavaScript. */
export function renderLinkPage(m: LinkPageModel): string {
  const t = pageTexts(m.language);
  const fields = m.questions
    .map((question) =>
      renderQuestionField(question, { language: m.language, value: m.prefill[question.id], error: m.errors?.[question.id], markRequired: true }),
    )
    .join('');
  const hiddenInputs = Object.entries(m.hiddenFields)
    .map(([name, value]) => hidden(`hf_${name}`, value))
    .join('');
  const nonce = m.formNonce ? hidden('nonce', m.formNonce) : '';
  const main =
    `<h1>${escapeHtml(m.title)}</h1>${errorSummary(m.language, m.errors)}` +
    `<form method="post" action="${escapeHtml(m.action)}">${nonce}${hiddenInputs}${fields}<button type="submit" class="btn">${escapeHtml(t.submit)}</button></form>`;
  return renderPage(m, { title: m.title, main });
}
