import { escapeHtml } from './escape-html.js';
import { renderPage, type PageBase } from './page-layout.js';
import { pageTexts } from './page-texts.js';

export interface UnsubscribePageModel extends PageBase {
  action: string;
  email: string | null;
}

/** Confirmation with one POST button: mail scanners follow every GET, so opening the page changes nothing. */
export function renderUnsubscribePage(m: UnsubscribePageModel): string {
  const t = pageTexts(m.language);
  const main =
    `<h1>${escapeHtml(t.unsubscribeTitle)}</h1><p>${escapeHtml(t.unsubscribeQuestion(m.branding.orgName, m.email))}</p>` +
    `<form method="post" action="${escapeHtml(m.action)}"><button type="submit" class="btn">${escapeHtml(t.unsubscribeButton)}</button></form>`;
  return renderPage(m, { title: t.unsubscribeTitle, main });
}

export function renderUnsubscribedPage(m: PageBase): string {
  const t = pageTexts(m.language);
  return renderPage(m, {
    title: t.unsubscribedTitle,
    main: `<h1>${escapeHtml(t.unsubscribedTitle)}</h1><p>${escapeHtml(t.unsubscribedBody(m.branding.orgName))}</p>`,
  });
}
