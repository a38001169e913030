import { escapeHtml } from './escape-html.js';
import { renderPage, type PageBase } from './page-layout.js';
import { pageTexts } from './page-texts.js';

export type MessageKind = 'expired' | 'invalid' | 'closed' | 'error' | 'rate_limited';

export interface MessagePageModel extends PageBase {
  kind: MessageKind;
  /** Shown instead of the kind's standard explanation (e.g. what exactly went wrong). */
  detail?: string;
}

/** Thank-you page after the last step. */
export function renderThanksPage(m: PageBase): string {
  const t = pageTexts(m.language);
  return renderPage(m, {
    title: t.thanksHeading,
    main: `<h1>${escapeHtml(t.thanksHeading)}</h1><p>${escapeHtml(t.thanksBody)}</p>`,
  });
}

/** Expired, forged or closed links and other problems: one heading, one sentence. */
export function renderMessagePage(m: MessagePageModel): string {
  const { title, body } = pageTexts(m.language).messages[m.kind];
  return renderPage(m, {
    title,
    main: `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(m.detail ?? body)}</p>`,
  });
}
