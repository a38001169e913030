import {
  renderFollowUpPage,
  renderLinkPage,
  renderMessagePage,
  renderScorePage,
  renderThanksPage,
  renderUnsubscribedPage,
  renderUnsubscribePage,
} from '../../../survey-pages/index.js';
import type { PageView } from './page-outcome.js';

/** The HTML of a page a use case decided on: the survey pages' render functions, escaped there. */
export function renderPageView(view: PageView): string {
  switch (view.page) {
    case 'score':
      return renderScorePage(view.model);
    case 'follow-up':
      return renderFollowUpPage(view.model);
    case 'link':
      return renderLinkPage(view.model);
    case 'message':
      return renderMessagePage(view.model);
    case 'thanks':
      return renderThanksPage(view.model);
    case 'unsubscribe':
      return renderUnsubscribePage(view.model);
    case 'unsubscribed':
      return renderUnsubscribedPage(view.model);
  }
}
