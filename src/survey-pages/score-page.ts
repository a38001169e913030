import type { Question } from '../shared/contracts/survey-model.js';
import { escapeHtml } from './escape-html.js';
import { renderPage, type PageBase } from './page-layout.js';
import { pageTexts } from './page-texts.js';
import { renderQuestionField } from './question-fields.js';

export interface ScorePageModel extends PageBase {
  action: string;
  question: Question;
  selected: number | null;
  /**
   * Submit the preselected score on load (default: whenever `selected` is set). Pass false to
   * show a score preselected without recording it, e.g. when someone comes back to change it.
   */
  autoSubmit?: boolean;
  errors?: Record<string, string>;
}

export const SCORE_FORM_ID = 'score-form';

/**
 * Records the clicked score by POST as soon as a person sees the page. Link scanners fetch or
 * render in the background, so nothing is sent unless the page is visible; a page reached with
 * the back button is left alone so nobody gets bounced forward again.
 */
const AUTO_SUBMIT = `(function(){var f=document.getElementById('${SCORE_FORM_ID}'),done=false;if(!f)return;
var n=performance.getEntriesByType&&performance.getEntriesByType('navigation')[0];if(n&&n.type==='back_forward')return;
function go(){if(done||document.visibilityState!=='visible')return;done=true;var i=document.createElement('input');i.type='hidden';i.name='auto';i.value='1';f.appendChild(i);
var s=document.getElementById('score-status');if(s)s.hidden=false;f.submit()}
go();if(!done)document.addEventListener('visibilitychange',go)})();`.replace(/\n/g, '');

/** The e-mail landing page: the primary scale question with the clicked score selected. */
export function renderScorePage(m: ScorePageModel): string {
  const t = pageTexts(m.language);
  const isAuto = m.selected !== null && m.autoSubmit !== false;
  const field = renderQuestionField(m.question, { language: m.language, value: m.selected, error: m.errors?.[m.question.id], isHeading: true });
  const status = isAuto ? `<p id="score-status" class="muted" role="status" hidden>${escapeHtml(t.sending)}</p>` : '';
  const main =
    `<form id="${SCORE_FORM_ID}" method="post" action="${escapeHtml(m.action)}">${field}` +
    `<button type="submit" class="btn">${escapeHtml(t.submitScore)}</button>${status}</form>`;
  return renderPage(m, { title: t.pageTitle, main, ...(isAuto ? { script: AUTO_SUBMIT } : {}) });
}
