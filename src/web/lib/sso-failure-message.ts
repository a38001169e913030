import i18next from 'i18next';

/**
 * What to tell someone who comes back from single sign-on with `?sso=failed&error=…`. The
 * error comes from better-auth or the identity provider ("account not linked",
 * "invalid_provider", "access_denied", …); unknown ones get the general message. The query is
 * shown only as our own text, never rendered as markup.
 */
export function ssoFailureMessage(error: string | null): string {
  const code = (error ?? '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  switch (code) {
    case 'account_not_linked':
      return i18next.t('auth.sso.failed.accountNotLinked');
    case 'access_denied':
      return i18next.t('auth.sso.failed.accessDenied');
    case 'signup_disabled':
      return i18next.t('auth.sso.failed.signupDisabled');
    case 'invalid_state':
      return i18next.t('auth.sso.failed.expired');
    case 'invalid_provider':
    case 'discovery_failed':
    case 'invalid_request':
      return i18next.t('auth.sso.failed.provider');
    default:
      return i18next.t('auth.sso.failed.generic');
  }
}
