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
   * Record the preselected score at the person's first interaction with the page (default:
   * whenever `selected` is set). Pass false to show a score preselected that only the button
   * records, e.g. when someone comes back to change it.
   */
  autoSubmit?: boolean;
  /** Asks to confirm the score with the button (an answer the server would not take otherwise). */
  askToConfirm?: boolean;
  errors?: Record<string, string>;
}

export const SCORE_FORM_ID = 'score-form';
/** The posted `via` field: how the answer was sent. The server treats them differently. */
export const VIA_INTERACTION = 'interaction';
export const VIA_BUTTON = 'button';

/**
 * Records the clicked score at the person's first real interaction with the page, never on
 * load: link scanners open mail links in real browsers, run the script and wait, but give no
 * input. What counts is a trusted (`isTrusted`) event that only an input device makes: moving
 * the pointer or pressing anywhere, touching, a key, the wheel. Scroll and focus events are not
 * used: a script calling `scrollTo()` or `focus()` makes trusted ones. A press on the scale
 * itself waits for the choice to land (the radio's own click or change, which come after a
 * label's click), so a person can still pick another score.
 * Time on the page is no signal (a scanner can wait as long as it likes). A page reached with
 * the back button is left alone so nobody gets bounced forward again.
 */
const INTERACTION_SUBMIT =
  `(function(){var f=document.getElementById('${SCORE_FORM_ID}'),done=false;if(!f)return;
var n=performance.getEntriesByType&&performance.getEntriesByType('navigation')[0];if(n&&n.type==='back_forward')return;
var s=f.querySelector('fieldset');
function go(e){if(done||!e.isTrusted||document.visibilityState!=='visible')return;
var onScale=s&&e.target&&s.contains(e.target);if(onScale&&e.type!=='change'&&!(e.type==='click'&&e.target.tagName==='INPUT'))return;
if(!onScale&&(e.type==='click'||e.type==='change'))return;
done=true;var i=document.createElement('input');i.type='hidden';i.name='via';i.value='${VIA_INTERACTION}';f.appendChild(i);
var t=document.getElementById('score-status');if(t)t.hidden=false;f.submit()}
['pointermove','pointerdown','touchstart','keydown','wheel','click','change'].forEach(function(k){document.addEventListener(k,go,{capture:true,passive:true})});
f.addEventListener('submit',function(){done=true})})();`.replace(/\n/g, '');

/** The e-mail landing page: the primary scale question with the clicked score selected. */
export function renderScorePage(m: ScorePageModel): string {
  const t = pageTexts(m.language);
  const isAuto = m.selected !== null && m.autoSubmit !== false;
  const field = renderQuestionField(m.question, {
    language: m.language,
    value: m.selected,
    error: m.errors?.[m.question.id],
    isHeading: true,
  });
  const status = isAuto
    ? `<p id="score-status" class="muted" role="status" hidden>${escapeHtml(t.sending)}</p>`
    : '';
  const notice = m.askToConfirm ? `<p class="muted" role="status">${escapeHtml(t.confirmScore)}</p>` : '';
  // The button names itself in the post (`via=button`), with or without script.
  const main =
    `<form id="${SCORE_FORM_ID}" method="post" action="${escapeHtml(m.action)}">${field}${notice}` +
    `<button type="submit" class="btn" name="via" value="${VIA_BUTTON}">${escapeHtml(t.submitScore)}</button>${status}</form>`;
  return renderPage(m, { title: t.pageTitle, main, ...(isAuto ? { script: INTERACTION_SUBMIT } : {}) });
}
