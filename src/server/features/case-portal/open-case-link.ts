import type { PageBase } from '../../../survey-pages/index.js';
import { findCaseContact } from '../cases/case-contact.repo.js';
import { caseIdFromToken } from '../cases/case-token.js';
import type { CaseDeps } from '../cases/change-case.js';
import type { CaseRow } from '../cases/cases.repo.js';
import { findCaseById } from '../cases/customer-case.repo.js';
import { loadOrgContext } from '../cases/load-org-context.js';
import type { OrgContext } from '../cases/refresh-case-sla.js';
import { neutralPageBase, pageBranding } from '../public-survey/page-base.js';
import { casePage, type CasePortalOutcome } from './case-portal-outcome.js';

/** One request to a case page: the token from the path, the page's CSP nonce, the visitor's language. */
export interface CaseRequest {
  token: string;
  nonce: string;
  /** From Accept-Language: only the "invalid link" page, which names no organization, uses it. */
  language: string;
}

export interface OpenedCase {
  token: string;
  c: CaseRow;
  org: OrgContext;
  /** The customer's language and the organization's branding. */
  base: PageBase;
  /** The case page, where every confirmation links back to. */
  caseUrl: string;
}

/**
 * What a case link opens: the case its signed token names, or the "invalid link" page (404) for
 * a token that is forged, cut short or names a deleted case. Reads only.
 */
export async function openCaseLink(
  deps: CaseDeps,
  req: CaseRequest,
): Promise<OpenedCase | CasePortalOutcome> {
  const id = caseIdFromToken(deps.config.authSecret, req.token);
  const c = id ? await findCaseById(deps.db, id) : null;
  if (!c)
    return casePage(404, {
      page: 'link-error',
      model: { ...neutralPageBase(req.nonce, req.language), kind: 'invalid' },
    });
  const [org, contact] = await Promise.all([
    loadOrgContext(deps.db, c.organizationId),
    c.contactId ? findCaseContact(deps.db, c.organizationId, c.contactId) : null,
  ]);
  const known = (l: string | null | undefined) => (l === 'de' || l === 'en' ? l : null);
  // The customer's language: the case's (from their feedback), else their contact's, else the organization's.
  const language = known(c.language) ?? known(contact?.language) ?? org.language;
  return {
    token: req.token,
    c,
    org,
    base: { language, nonce: req.nonce, branding: await pageBranding(deps.db, c.organizationId) },
    caseUrl: `/c/${req.token}`,
  };
}
