/** Every screen of the dashboard and the path that shows it. */
export const AREAS = [
  'overview',
  'surveys',
  'responses',
  'feedback',
  'contacts',
  'cases',
  'themes',
  'audits',
  'settings',
] as const;
export type Area = (typeof AREAS)[number];

export const SETTINGS_TABS = [
  'members',
  'api-keys',
  'sso',
  'plan',
  'organization',
  'sending',
  'follow-up',
  'integrations',
  'outbox',
] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];

/** The sections of a survey's page; the first is shown when the address names none. */
export const SURVEY_TABS = ['questions', 'send', 'channels', 'answers'] as const;
export type SurveyTab = (typeof SURVEY_TABS)[number];

export type Route =
  | { name: 'sign-in' }
  | { name: 'sign-up' }
  | { name: 'forgot-password' }
  | { name: 'reset-password' }
  | { name: 'onboarding' }
  | { name: 'accept-invitation'; invitationId: string }
  | { name: 'area'; area: Exclude<Area, 'settings'> }
  | { name: 'settings'; tab: SettingsTab }
  | { name: 'contacts-import'; importId: string | null }
  | { name: 'contact'; externalId: string }
  | { name: 'survey'; surveyId: string; tab: SurveyTab; isEditing: boolean }
  | { name: 'case'; caseId: string }
  | { name: 'case-report' }
  | { name: 'theme'; themeId: string }
  | { name: 'not-found' };

export function areaPath(area: Area): string {
  if (area === 'settings') return settingsPath('members');
  return area === 'overview' ? '/' : `/${area}`;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day moved by whole days. */
function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The answers behind a number: the Responses area with the view's filters (and e.g. `metric`,
 * `category` or `score`) in the address, so a drill-down can be shared like any view. The
 * filters are the API's, whose `to` day is exclusive; every dashboard address names the last day
 * included instead, as the screen shows it ("1 Dec – 4 Dec" is `to=…-12-04`). An instant stays as it is.
 */
export function responsesPath(
  filters: Readonly<Record<string, string | number | undefined | null>> = {},
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(
      key,
      key === 'to' && typeof value === 'string' && DAY.test(value) ? shiftDay(value, -1) : String(value),
    );
  }
  const search = params.toString();
  return `/responses${search ? `?${search}` : ''}`;
}

/** The feedback inbox with its filters (the Responses keys, plus `channel=survey` and `metric=rating`) in the address. */
export function feedbackPath(filters: Readonly<Record<string, string | undefined>> = {}): string {
  return responsesPath(filters).replace(/^\/responses/, '/feedback');
}

export function contactPath(externalId: string): string {
  return `/contacts/${encodeURIComponent(externalId)}`;
}

/** The follow-up report; `search` is its period ('' or '?…'). */
export function caseReportPath(search = ''): string {
  return `/cases/report${search}`;
}

export function casePath(caseId: string): string {
  return `/cases/${encodeURIComponent(caseId)}`;
}

/** One theme's page; `search` is the Themes page's period ('' or '?…'), kept when moving between them. */
export function themePath(themeId: string, search = ''): string {
  return `/themes/${encodeURIComponent(themeId)}${search}`;
}

export function surveyPath(surveyId: string, tab?: SurveyTab, options: { edit?: boolean } = {}): string {
  const params = new URLSearchParams();
  if (tab && tab !== 'questions') params.set('tab', tab);
  if (options.edit) params.set('edit', '1');
  const search = params.toString();
  return `/surveys/${encodeURIComponent(surveyId)}${search ? `?${search}` : ''}`;
}

function isSurveyTab(value: string | null): value is SurveyTab {
  return value !== null && (SURVEY_TABS as readonly string[]).includes(value);
}

export function contactsImportPath(importId?: string): string {
  return importId ? `/contacts/import?id=${encodeURIComponent(importId)}` : '/contacts/import';
}

export function settingsPath(tab: SettingsTab): string {
  return `/settings/${tab}`;
}

function isSettingsTab(value: string): value is SettingsTab {
  return (SETTINGS_TABS as readonly string[]).includes(value);
}

export function matchRoute(pathname: string, search = ''): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  switch (path) {
    case '/':
      return { name: 'area', area: 'overview' };
    case '/sign-in':
      return { name: 'sign-in' };
    case '/sign-up':
      return { name: 'sign-up' };
    case '/forgot-password':
      return { name: 'forgot-password' };
    case '/reset-password':
      return { name: 'reset-password' };
    case '/onboarding':
      return { name: 'onboarding' };
    case '/settings':
      return { name: 'settings', tab: 'members' };
  }
  const invitation = /^\/accept-invitation\/([^/]+)$/.exec(path);
  if (invitation?.[1]) return { name: 'accept-invitation', invitationId: decodeURIComponent(invitation[1]) };
  if (path === '/contacts/import')
    return { name: 'contacts-import', importId: new URLSearchParams(search).get('id') };
  const contact = /^\/contacts\/([^/]+)$/.exec(path);
  if (contact?.[1]) {
    try {
      return { name: 'contact', externalId: decodeURIComponent(contact[1]) };
    } catch {
      return { name: 'not-found' };
    }
  }
  const survey = /^\/surveys\/([0-9a-fA-F-]{36})$/.exec(path);
  if (survey?.[1]) {
    const params = new URLSearchParams(search);
    const tab = params.get('tab');
    return {
      name: 'survey',
      surveyId: survey[1].toLowerCase(),
      tab: isSurveyTab(tab) ? tab : 'questions',
      isEditing: params.get('edit') === '1',
    };
  }
  if (path === '/cases/report') return { name: 'case-report' };
  const theme = /^\/themes\/([^/]+)$/.exec(path);
  if (theme?.[1]) {
    try {
      return { name: 'theme', themeId: decodeURIComponent(theme[1]) };
    } catch {
      return { name: 'not-found' };
    }
  }
  const caseMatch = /^\/cases\/([0-9a-fA-F-]{36})$/.exec(path);
  if (caseMatch?.[1]) return { name: 'case', caseId: caseMatch[1].toLowerCase() };
  const settings = /^\/settings\/([a-z-]+)$/.exec(path);
  if (settings?.[1] && isSettingsTab(settings[1])) return { name: 'settings', tab: settings[1] };
  const area = path.slice(1);
  for (const candidate of AREAS) {
    if (candidate !== 'overview' && candidate !== 'settings' && candidate === area)
      return { name: 'area', area: candidate };
  }
  return { name: 'not-found' };
}
