/** The public survey pages: pure render functions, string in, string out. */
export { escapeHtml } from './escape-html.js';
export type { PageBase, PageBranding } from './page-layout.js';
export { pageTexts } from './page-texts.js';
export { renderScorePage, VIA_INTERACTION, type ScorePageModel } from './score-page.js';
export { renderFollowUpPage, type FollowUpPageModel } from './follow-up-page.js';
export { renderLinkPage, type LinkPageModel } from './link-page.js';
export {
  renderMessagePage,
  renderThanksPage,
  type MessageKind,
  type MessagePageModel,
} from './message-pages.js';
export {
  renderUnsubscribePage,
  renderUnsubscribedPage,
  type UnsubscribePageModel,
} from './unsubscribe-pages.js';
export {
  renderCasePage,
  CASE_PAGE_LIMITS,
  type CaseEscalationView,
  type CaseMessageView,
  type CasePageStatus,
  type CasePageView,
} from './case-page.js';
export {
  renderCaseEscalatedPage,
  renderCaseEscalationRefusedPage,
  renderCaseLinkErrorPage,
  renderCaseMessageReceivedPage,
  type CaseConfirmationView,
} from './case-confirmation-pages.js';
export { formatCaseDay, formatCaseTime } from './format-case-time.js';
export { caseFormErrorText, type CaseFormError } from './case-page-texts.js';
