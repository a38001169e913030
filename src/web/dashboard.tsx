import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import type { TMe } from '../shared/contracts/organization.js';
import { DashboardLayout } from './components/dashboard-layout.js';
import { SectionLoader } from './components/section-loader.js';
import { AreaPage } from './pages/area-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { OverviewPage } from './pages/overview-page.js';
import type { Route } from './router/routes.js';
import { SessionContext, type Session } from './session/session-context.js';

// Settings is the largest screen and not where people land; load it on first visit.
const SettingsPage = lazy(async () => ({
  default: (await import('./settings/settings-page.js')).SettingsPage,
}));
const ContactsPage = lazy(async () => ({
  default: (await import('./contacts/contacts-page.js')).ContactsPage,
}));
const ContactPage = lazy(async () => ({ default: (await import('./contacts/contact-page.js')).ContactPage }));
const SurveysPage = lazy(async () => ({ default: (await import('./surveys/surveys-page.js')).SurveysPage }));
const SurveyPage = lazy(async () => ({ default: (await import('./surveys/survey-page.js')).SurveyPage }));
const ImportPage = lazy(async () => ({
  default: (await import('./contacts/import/import-page.js')).ImportPage,
}));
const ResponsesPage = lazy(async () => ({
  default: (await import('./responses/responses-page.js')).ResponsesPage,
}));
const CasesPage = lazy(async () => ({ default: (await import('./cases/cases-page.js')).CasesPage }));
const CasePage = lazy(async () => ({ default: (await import('./cases/case-page.js')).CasePage }));
const CaseReportPage = lazy(async () => ({
  default: (await import('./cases/report/case-report-page.js')).CaseReportPage,
}));
const ThemesPage = lazy(async () => ({ default: (await import('./themes/themes-page.js')).ThemesPage }));
const ThemeDetailPage = lazy(async () => ({
  default: (await import('./themes/theme-detail-page.js')).ThemeDetailPage,
}));
const FeedbackPage = lazy(async () => ({
  default: (await import('./feedback/feedback-page.js')).FeedbackPage,
}));

export interface DashboardProps {
  me: TMe;
  route: Route;
}

/** The signed-in dashboard for the active organization. */
export function Dashboard({ me, route }: DashboardProps) {
  const session = useMemo<Session | null>(() => {
    const active = me.memberships.find((m) => m.id === me.activeOrganizationId);
    if (!active || !me.role) return null;
    return { me, organizationId: active.id, organizationName: active.name, role: me.role };
  }, [me]);
  if (!session) return null;

  return (
    <SessionContext.Provider value={session}>
      {/* Remount per organization: no state of one organization survives a switch. */}
      <DashboardLayout key={session.organizationId} route={route}>
        {page(route)}
      </DashboardLayout>
    </SessionContext.Provider>
  );
}

function page(route: Route) {
  if (route.name === 'settings') return lazyPage(<SettingsPage tab={route.tab} />);
  if (route.name === 'contact')
    return lazyPage(<ContactPage key={route.externalId} externalId={route.externalId} />);
  if (route.name === 'contacts-import') return lazyPage(<ImportPage importId={route.importId} />);
  if (route.name === 'survey')
    return lazyPage(
      <SurveyPage
        key={route.surveyId}
        surveyId={route.surveyId}
        tab={route.tab}
        isEditing={route.isEditing}
      />,
    );
  if (route.name === 'case') return lazyPage(<CasePage key={route.caseId} caseId={route.caseId} />);
  if (route.name === 'case-report') return lazyPage(<CaseReportPage />);
  if (route.name === 'theme')
    return lazyPage(<ThemeDetailPage key={route.themeId} themeId={route.themeId} />);
  if (route.name !== 'area') return <NotFoundPage />;
  if (route.area === 'contacts') return lazyPage(<ContactsPage />);
  if (route.area === 'surveys') return lazyPage(<SurveysPage />);
  if (route.area === 'responses') return lazyPage(<ResponsesPage />);
  if (route.area === 'feedback') return lazyPage(<FeedbackPage />);
  if (route.area === 'cases') return lazyPage(<CasesPage />);
  if (route.area === 'themes') return lazyPage(<ThemesPage />);
  return route.area === 'overview' ? <OverviewPage /> : <AreaPage area={route.area} />;
}

function lazyPage(element: ReactNode) {
  return <Suspense fallback={<SectionLoader />}>{element}</Suspense>;
}
