import { resolveLanguage } from '../../../domain/survey/answers.js';
import type { PageBase } from '../../../survey-pages/index.js';
import { findOrganization } from '../organizations/organizations.repo.js';
import { cachedVersion } from '../responses/survey-version-cache.js';
import { surveyWithVersion, type SurveyWithVersion } from '../sending/invitations.repo.js';
import { neutralPageBase, pageBranding } from './page-base.js';
import { pageOutcome, type PageOutcome } from './page-outcome.js';
import { linkResponseByRef, surveyByLinkKey } from './public-survey.repo.js';
import type { PublicDeps } from './public-deps.js';

/** A live survey a public link key opens, with its branded page base in the visitor's language. */
export interface OpenedLink {
  survey: SurveyWithVersion;
  organizationId: string;
  base: PageBase;
}

/** The survey behind a public link, or the page saying the link is invalid or the survey closed. */
export async function openLink(
  deps: PublicDeps,
  key: string,
  nonce: string,
  lang: string | undefined,
): Promise<OpenedLink | PageOutcome> {
  const invalid = (): PageOutcome =>
    pageOutcome(404, { page: 'message', model: { ...neutralPageBase(nonce), kind: 'invalid' } });
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(key)) return invalid();
  const found = await surveyByLinkKey(deps.db, key);
  if (!found) return invalid();
  const survey = await surveyWithVersion(deps.db, found.organizationId, found.id);
  const org = await findOrganization(deps.db, found.organizationId);
  const language = resolveLanguage(survey?.definition.languages ?? ['en'], lang, org?.defaultLanguage);
  const base: PageBase = { language, nonce, branding: await pageBranding(deps.db, found.organizationId) };
  if (!survey || survey.status !== 'live')
    return pageOutcome(410, { page: 'message', model: { ...base, kind: 'closed' } });
  return { survey, organizationId: found.organizationId, base };
}

/** A form nonce names one anonymous answer; it is a random UUID the page handed out. */
const FORM_NONCE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const validFormNonce = (value: string | undefined): string | null =>
  value !== undefined && FORM_NONCE.test(value) ? value : null;

/** The external ref a link answer is stored under, so the same form nonce names the same answer. */
export const linkRef = (formNonce: string) => `link:${formNonce}`;

/** The answer a form nonce names, with the definition it was given on; null when there is none yet. */
export async function storedLinkAnswer(deps: PublicDeps, opened: OpenedLink, formNonce: string) {
  const row = await linkResponseByRef(deps.db, opened.organizationId, opened.survey.id, linkRef(formNonce));
  if (!row) return null;
  const version = await cachedVersion(deps.db, opened.organizationId, opened.survey.id, row.surveyVersion);
  return { ...row, definition: version?.definition ?? opened.survey.definition };
}
