import {
  renderCaseEscalatedPage,
  renderCaseEscalationRefusedPage,
  renderCaseLinkErrorPage,
  renderCaseMessageReceivedPage,
  renderCasePage,
} from '../../../survey-pages/index.js';
import type { CasePortalView } from './case-portal-outcome.js';

/** The HTML of a case page a use case decided on: the pure render functions of `survey-pages/`, escaped there. */
export function renderCasePortalView(view: CasePortalView): string {
  switch (view.page) {
    case 'case':
      return renderCasePage(view.model);
    case 'message-received':
      return renderCaseMessageReceivedPage(view.model);
    case 'escalated':
      return renderCaseEscalatedPage(view.model);
    case 'escalation-refused':
      return renderCaseEscalationRefusedPage(view.model);
    case 'link-error':
      return renderCaseLinkErrorPage(view.model);
  }
}
