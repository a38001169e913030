import { Suspense, useMemo } from 'react';
import type { TInstanceInfo } from '../shared/contracts/instance.js';
import { useInstance } from './api/use-instance.js';
import { useMe } from './api/use-me.js';
import { FullPageError } from './components/full-page-error.js';
import { FullPageLoader } from './components/full-page-loader.js';
import { Redirect } from './components/redirect.js';
import { AcceptInvitationPage } from './pages/accept-invitation-page.js';
import { ActivateOrganization } from './pages/activate-organization.js';
import { ForgotPasswordPage } from './pages/forgot-password-page.js';
import { OnboardingPage } from './pages/onboarding-page.js';
import { ResetPasswordPage } from './pages/reset-password-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { SignUpPage } from './pages/sign-up-page.js';
import { safeNext, useLocation, withNext } from './router/history.js';
import { lazyPage } from './router/lazy-page.js';
import { matchRoute, type Route } from './router/routes.js';
import { hasSignedInBefore } from './session/last-organization.js';

// The account screens are small and shown as soon as the session is known, so they come with
// the first script. The dashboard (every area, its charts and their styles) is a chunk of its
// own that the sign-in page never loads; its areas are split further in dashboard.tsx.
const Dashboard = lazyPage(
  async () => (await Promise.all([import('./dashboard.js'), import('./dashboard-styles.js')]))[0].Dashboard,
);

/** Starts downloading the dashboard when the address is one of its screens (before anything renders). */
export function preloadScreen(pathname: string, search: string): void {
  preload(matchRoute(pathname, search));
}

const ACCOUNT_ROUTES: ReadonlySet<Route['name']> = new Set([
  'sign-in',
  'sign-up',
  'forgot-password',
  'reset-password',
  'accept-invitation',
  'onboarding',
]);

function preload(route: Route): void {
  if (ACCOUNT_ROUTES.has(route.name)) return;
  void Dashboard.preload();
}

/**
 * Routing and the guards in one place: signed-out people see the account screens, people
 * without an organization create one, everyone else gets the dashboard.
 */
export function App() {
  const location = useLocation();
  const route = useMemo(
    () => matchRoute(location.pathname, location.search),
    [location.pathname, location.search],
  );
  const me = useMe();
  // Asked alongside /me, so the signed-out screens know at once whether sign-up is open.
  const instance = useInstance();
  const next = safeNext(location.search);
  // Alongside /me rather than after it; code already loaded or loading is not asked for again.
  preload(route);

  if (me.isPending || (me.data === null && instance.isPending)) return <FullPageLoader />;
  if (me.isError) return <FullPageError error={me.error} onRetry={() => void me.refetch()} />;
  const user = me.data;

  switch (route.name) {
    case 'sign-in':
      return user ? <Redirect to={next ?? '/'} /> : <SignInPage next={next} />;
    case 'sign-up':
      return user ? <Redirect to={next ?? '/'} /> : <SignUpPage next={next} />;
    case 'forgot-password':
      return <ForgotPasswordPage />;
    case 'reset-password':
      return <ResetPasswordPage />;
    case 'accept-invitation':
      return <AcceptInvitationPage invitationId={route.invitationId} me={user} />;
    default:
      break;
  }

  if (!user) {
    const here = location.pathname === '/' ? null : location.pathname + location.search;
    return <Redirect to={withNext(landingFor(instance.data), here)} />;
  }
  if (route.name === 'onboarding') return <OnboardingPage me={user} />;
  if (user.memberships.length === 0) return <Redirect to="/onboarding" />;
  if (!user.activeOrganizationId || !user.role) return <ActivateOrganization me={user} />;
  return (
    <Suspense fallback={<FullPageLoader />}>
      <Dashboard me={user} route={route} />
    </Suspense>
  );
}

/**
 * Where a signed-out visitor lands: a fresh installation starts with sign-up (the first account
 * creates the first organization); a closed one only signs in; otherwise this browser's history
 * decides. Without an answer from the server, the browser's history alone.
 */
function landingFor(info: TInstanceInfo | undefined): '/sign-in' | '/sign-up' {
  if (info && !info.signupEnabled) return '/sign-in';
  if (info && !info.hasAccounts) return '/sign-up';
  return hasSignedInBefore() ? '/sign-in' : '/sign-up';
}
