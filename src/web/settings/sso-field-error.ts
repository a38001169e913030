import i18next from 'i18next';
import type { TCreateSsoProviderRequest } from '../../shared/contracts/sso.js';

export type SsoField = keyof Pick<
  TCreateSsoProviderRequest,
  'providerId' | 'issuer' | 'domain' | 'clientId' | 'clientSecret'
>;
export const SSO_FIELDS: readonly SsoField[] = ['providerId', 'issuer', 'domain', 'clientId', 'clientSecret'];

export function isSsoField(value: unknown): value is SsoField {
  return typeof value === 'string' && (SSO_FIELDS as readonly string[]).includes(value);
}

/** The translated message for a field the contract refused in the browser. */
export function clientFieldError(field: SsoField, value: string): string {
  if (value.trim().length === 0) return i18next.t('auth.required');
  switch (field) {
    case 'providerId':
      return i18next.t('sso.errors.providerId');
    case 'issuer':
      return i18next.t('sso.errors.url');
    case 'domain':
      return i18next.t('sso.errors.domain');
    default:
      return i18next.t('sso.errors.tooLong');
  }
}

/**
 * The server's message for a field, translated where we know it. Discovery failures name what
 * the identity provider answered; that detail stays as the server wrote it.
 */
export function serverFieldError(field: string, message: string): string {
  if (field === 'providerId' && message.includes('already in use'))
    return i18next.t('sso.errors.providerIdTaken');
  if (field === 'domain' && message.includes('already has an SSO provider'))
    return i18next.t('sso.errors.domainTaken');
  if (message.includes('public host')) return i18next.t('sso.errors.issuerNotAllowed');
  if (field === 'issuer' || field === 'discoveryEndpoint')
    return i18next.t('sso.errors.discovery', { detail: message });
  return message;
}
